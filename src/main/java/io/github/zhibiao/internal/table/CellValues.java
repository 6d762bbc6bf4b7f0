package io.github.zhibiao.internal.table;

import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cell's value in the unit its headers give, resolved by the quantity grammar as prose would be.
 * Immutable and thread-safe.
 */
final class CellValues {

    private final QuantityParser grammar;

    CellValues(QuantityParser grammar) {
        this.grammar = grammar;
    }

    /** True when the grammar reads {@code word} after a number as its unit. */
    boolean isUnit(String word) {
        if (word.equals("%")) {
            return true;
        }
        List<Quantity> qs = grammar.parse("1" + word);
        return qs.size() == 1 && qs.get(0).end() == 1 + word.length() && !(qs.get(0).measure() instanceof Measure.Bare);
    }

    /** The measure of a number with a unit word, resolved by the quantity grammar as prose would be. */
    Measure measure(String digits, String unit) {
        String u = unit.replace("％", "%");
        // 万千升, 万重量箱: the scale word apart, so the unit after it is read on its own.
        if (u.length() > 1 && (u.charAt(0) == '万' || u.charAt(0) == '亿')) {
            BigDecimal scale = BigDecimal.TEN.pow(u.charAt(0) == '万' ? 4 : 8);
            return scaled(measure(digits, u.substring(1)), scale);
        }
        List<Quantity> qs = grammar.parse(digits + u);
        if (qs.size() == 1 && qs.get(0).start() == 0 && qs.get(0).end() == digits.length() + u.length()) {
            return qs.get(0).measure();
        }
        // A unit the grammar does not know: keep the number and name the unit as written.
        BigDecimal v = new BigDecimal(digits);
        return u.isEmpty() ? new Measure.Bare(v) : new Measure.Physical(v, u);
    }

    static Measure negate(Measure m) {
        return scaled(m, BigDecimal.ONE.negate());
    }

    private static Measure scaled(Measure m, BigDecimal by) {
        BigDecimal v = m.value().multiply(by);
        if (m instanceof Measure.Money x) {
            return new Measure.Money(v, x.currency());
        } else if (m instanceof Measure.Percent) {
            return new Measure.Percent(v);
        } else if (m instanceof Measure.PercentagePoints) {
            return new Measure.PercentagePoints(v);
        } else if (m instanceof Measure.Count x) {
            return new Measure.Count(v, x.measureWord());
        } else if (m instanceof Measure.Ratio) {
            return new Measure.Ratio(v);
        } else if (m instanceof Measure.Area x) {
            return new Measure.Area(v, x.unit());
        } else if (m instanceof Measure.Physical x) {
            return new Measure.Physical(v, x.unit());
        }
        return new Measure.Bare(v);
    }
}
