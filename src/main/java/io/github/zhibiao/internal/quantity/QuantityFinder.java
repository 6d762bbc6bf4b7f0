package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Pipeline;
import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.rules.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds candidate quantities in a text with one linear, table-driven scan: a character class
 * lookup skips everything that cannot start a number; at an anchor (digit, Chinese numeral,
 * placeholder {@code X}, 一半) the finder's pipeline ({@code find.*} stages of {@code pipeline.tsv},
 * steps in {@link FindSteps}) reads the numeral and decides about it: names, ordinals, dates, forms,
 * the unit, the rate denominator. Then the composites (ranges, share chains, elided units) and the
 * affixes (sign, qualifiers). A turned-down numeral keeps the id of the step that decided. Nothing
 * is resolved here: see {@link QuantityResolver}.
 *
 * <p>Immutable and thread-safe. Spans index the given text as is (full-width characters are read in
 * place). Candidates come out in order and never overlap.
 *
 * <pre>{@code
 * List<Candidate> cs = new QuantityFinder(Rules.defaults()).find("全市近16万名学生");
 * // one NUMBER candidate: start 2, end 7, numeral [3,6), unit 名, qualifier APPROX
 * }</pre>
 */
public final class QuantityFinder {

    private final Rules r;
    private final Pipeline<Reading> steps;
    private final Affixes affixes;
    private final Composites composites;
    private final Placeholders placeholders;

    public QuantityFinder(Rules rules) {
        this.r = Objects.requireNonNull(rules, "rules");
        NumeralScanner scanner = new NumeralScanner(rules);
        Chains chains = new Chains(rules);
        this.steps = FindSteps.pipeline(rules, scanner, chains);
        this.affixes = new Affixes(rules);
        this.composites = new Composites(rules, scanner, chains, affixes, this::parseOne);
        this.placeholders = new Placeholders(rules, scanner);
    }

    /** Every candidate in {@code text}, placeholders included, in order and non-overlapping. */
    public List<Candidate> find(CharSequence text) {
        return find(text, null, Tracer.NONE);
    }

    /**
     * Every candidate in {@code text}, as {@link #find(CharSequence)}; adds to {@code rejected}
     * (when not null) every reading the scan turned down, whole as the scan saw it, with the id of
     * the step that did; {@code tr} notes every step that fired.
     */
    public List<Candidate> find(CharSequence text, List<Rejected> rejected, Tracer tr) {
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int floor = 0;
        while (i < n) {
            byte k = r.charClass(text.charAt(i));
            if (k == Rules.NONE || k == Rules.POINT) {
                i++;
                continue;
            }
            int before = out.size();
            int next = at(text, i, floor, out, rejected, tr);
            if (out.size() > before) {
                floor = out.get(out.size() - 1).end();
            }
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /**
     * Reads at an anchor: a placeholder, a turned-down numeral (where a share chain may still
     * start), a range, or one quantity. Adds the candidates and returns where the scan goes on.
     */
    private int at(CharSequence t, int i, int floor, List<Candidate> out, List<Rejected> rejected, Tracer tr) {
        if (r.charClass(t.charAt(i)) == Rules.PLACEHOLDER) {
            return placeholders.read(t, i, out);
        }
        Reading a = parseOne(t, i, floor, true, tr);
        if (a == null) {
            return i + 1;
        }
        if (a.verdict == Reading.Verdict.BLOCKED) {
            int chainEnd = ShareChains.read(t, i, out);
            return chainEnd > 0 ? chainEnd : turnedDown(a, rejected);
        }
        int rangeEnd = a.kind == Kind.NUMBER ? composites.range(t, a, out, rejected, tr) : -1;
        if (rangeEnd >= 0) {
            return rangeEnd;
        }
        if (a.verdict == Reading.Verdict.WEAK) {
            return turnedDown(a, rejected);
        }
        composites.elidedUnit(t, a, tr);
        affixes.suffixQualifier(t, a);
        out.add(a.candidate(RangeRole.NONE));
        return a.end;
    }

    private static int turnedDown(Reading a, List<Rejected> rejected) {
        if (rejected != null) {
            rejected.add(new Rejected(a.start, Math.max(a.skipTo, a.core == null ? a.anchor + 1 : a.core.end), a.reason));
        }
        return a.skipTo;
    }

    /**
     * The reading of the numeral at {@code i}: a quantity (with its sign and prefix qualifier when
     * {@code allowPrefix}), a weak one or a blocked one, each turned-down reading with the id of the
     * step that decided; null when no numeral starts at {@code i}.
     */
    private Reading parseOne(CharSequence t, int i, int floor, boolean allowPrefix, Tracer tr) {
        Reading d = new Reading(t, i, floor);
        String decided = steps.run(d, tr);
        if (d.verdict == Reading.Verdict.NONE) {
            return null;
        }
        if (d.verdict != Reading.Verdict.OK) {
            d.reason = decided;
            if (d.verdict == Reading.Verdict.BLOCKED) {
                return d;
            }
        }
        if (allowPrefix) {
            // 负 is a sign before a measure, not before 一半 or a count; a dash is one before any.
            affixes.prefix(t, d, floor, d.kind != Kind.HALF && (d.unit == null || d.unit.kind() != UnitKind.COUNT));
        }
        if (d.per == null && d.unit != null && d.unit.kind() == UnitKind.MONEY) {
            d.per = affixes.perFromMei(t, d.start, floor);
        }
        return d;
    }

    /**
     * The id of the step that turned down the numeral at {@code i} of {@code text}, read as the scan
     * reads a numeral with nothing found before it; null when it starts a quantity or no numeral
     * starts there. A weak numeral reports why it cannot stand alone. For tests: the scan never calls it.
     */
    String rejectionAt(CharSequence text, int i) {
        Reading p = parseOne(text, i, 0, true, Tracer.NONE);
        return p == null ? null : p.reason;
    }

    /** The ids of the finder's steps in the order they may run. */
    List<String> order() {
        return steps.order();
    }
}
