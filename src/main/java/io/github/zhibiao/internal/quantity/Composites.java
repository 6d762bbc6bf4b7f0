package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.rules.UnitKind;

import java.util.List;

/**
 * The composite phase of the finder: readings combined after each is decided. A range (3万—5万元,
 * 三至五所) whose low end borrows the high end's unit and scale; a dash that makes a date chain or
 * a span of years instead ({@code find.date-chain}); a list that writes its unit once
 * ({@code 16.4个、1.3个百分点}); a share chain whose parts add up to 100. Immutable, thread-safe.
 *
 * <pre>{@code
 * // 3—5万元: LOW 3 (scale 万 and unit 元 borrowed), HIGH 5万元
 * }</pre>
 */
final class Composites {

    /** The id a range turned down as a date chain or a span of years is explained with. */
    static final String DATE_CHAIN = "find.date-chain";

    /** Reads one numeral's reading, as the finder does. */
    @FunctionalInterface
    interface Reader {
        Reading read(CharSequence t, int i, int floor, boolean allowPrefix, Tracer tr);
    }

    private final Rules r;
    private final NumeralScanner scanner;
    private final Chains chains;
    private final Affixes affixes;
    private final Reader reader;

    Composites(Rules r, NumeralScanner scanner, Chains chains, Affixes affixes, Reader reader) {
        this.r = r;
        this.scanner = scanner;
        this.chains = chains;
        this.affixes = affixes;
        this.reader = reader;
    }

    /**
     * A list that writes a unit once, at its end, after the measure word each item repeats
     * ({@code 高于增速16.4个、1.3个百分点}): the item before takes the last one's unit, so {@code 16.4个}
     * is 16.4 points, not 16.4 things.
     */
    void elidedUnit(CharSequence t, Reading a, Tracer tr) {
        int p = a.end;
        if (a.unit == null || a.unit.kind() != UnitKind.COUNT || p + 1 >= t.length()
                || !r.words().is(t.charAt(p), FindWords.LIST_JOINT) || !scanner.numeralStart(t.charAt(p + 1))) {
            return;
        }
        Reading b = reader.read(t, p + 1, p + 1, false, tr);
        if (b != null && b.ok() && b.unit != null && b.unit.kind() == UnitKind.POINTS
                && b.unit.surface().startsWith(a.unit.surface())) {
            a.unit = b.unit;
        }
    }

    /**
     * A range whose low end is the plain number {@code a} (3万—5万元, 三至五所): adds both ends
     * and returns the range's end. A dash that makes a date or an age span instead (2023-04-19,
     * 3-6岁, © 2015-2023) adds nothing, notes it in {@code rejected} (when given) and returns the
     * chain's end; -1 when no range starts here.
     */
    int range(CharSequence t, Reading a, List<Candidate> out, List<Rejected> rejected, Tracer tr) {
        int n = t.length();
        int p = a.end;
        int conn = chains.connector(t, p, a.core);
        if (conn <= 0 || p + conn >= n || !scanner.numeralStart(t.charAt(p + conn))) {
            return -1;
        }
        Reading b = reader.read(t, p + conn, p + conn, false, tr);
        if (b == null) {
            return -1;
        }
        if (b.verdict == Reading.Verdict.BLOCKED) {
            return turnedDown(a, chains.skipChain(t, b.skipTo), b.reason, rejected); // 3-6岁, 2023—2025年
        }
        if (!b.ok() || b.kind != Kind.NUMBER) {
            return -1;
        }
        if (chains.chains(t, b.end) || (a.unit == null && b.unit == null && year(t, a) && year(t, b))) {
            return turnedDown(a, chains.skipChain(t, b.end), DATE_CHAIN, rejected); // 2023-4-19, © 2015-2023
        }
        borrowFromHigh(a, b);
        affixes.suffixQualifier(t, b);
        Numeral ac = a.core;
        if (a.unit != null || a.scaleStart >= 0 || ac.hasBig || ac.arabic()) {
            out.add(a.candidate(RangeRole.LOW)); // a Chinese low end needs a unit or a scale word, own or borrowed
        }
        out.add(b.candidate(RangeRole.HIGH));
        return b.end;
    }

    private static int turnedDown(Reading a, int end, String step, List<Rejected> rejected) {
        if (rejected != null) {
            rejected.add(new Rejected(a.start, end, step));
        }
        return end;
    }

    /** The low end of a range takes the high end's unit, rate and trailing scale word it lacks (3—5万元). */
    private static void borrowFromHigh(Reading a, Reading b) {
        if (a.unit == null) {
            a.unit = b.unit;
            if (a.per == null) {
                a.per = b.per;
            }
        }
        Numeral ac = a.core;
        Numeral bc = b.core;
        if (!ac.hasBig && bc.trailStart >= 0 && (bc.trailBig || !ac.hasScale)) {
            a.scaleStart = bc.trailStart;
            a.scaleEnd = bc.trailEnd;
        }
    }

    /** A bare four-digit integer 1900-2099: in a bare range, a span of years. */
    private static boolean year(CharSequence t, Reading p) {
        Numeral c = p.core;
        if (c == null || !c.arabic() || c.hasScale || c.hasDecimal || c.hasSep || c.length() != 4) {
            return false;
        }
        String d = Chars.digits(t, c.start, c.end);
        return d.startsWith("19") || d.startsWith("20");
    }
}
