package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Pipeline;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.github.zhibiao.internal.quantity.FindSlot.ANCHOR;
import static io.github.zhibiao.internal.quantity.FindSlot.FORM;
import static io.github.zhibiao.internal.quantity.FindSlot.NUMERAL;
import static io.github.zhibiao.internal.quantity.FindSlot.RATE;
import static io.github.zhibiao.internal.quantity.FindSlot.UNIT;
import static io.github.zhibiao.internal.quantity.FindSlot.VERDICT;

/**
 * Every step of the finder, registered here without order: the {@code find.*} stage rows of
 * {@code pipeline.tsv} alone say which runs when, each step's row in {@code steps.tsv} shows it at
 * work. The conditions its stages may run under are {@code plain-arabic} (Arabic digits with no
 * scale word) and {@code chinese} (a numeral with Chinese digits or scale words only).
 *
 * <pre>{@code
 * Pipeline<Reading> p = FindSteps.pipeline(Rules.defaults());
 * }</pre>
 */
final class FindSteps {

    private FindSteps() {
    }

    /** The finder's pipeline over the tables and order of {@code r}. */
    static Pipeline<Reading> pipeline(Rules r, NumeralScanner scanner, Chains chains) {
        Map<String, Predicate<Reading>> conditions = Map.of(
                "plain-arabic", x -> x.core.plainArabic(),
                "chinese", x -> !x.core.arabic());
        return Pipeline.build("find", r.order(), registry(r, scanner, chains), conditions, Set.of(ANCHOR));
    }

    private static Map<String, FindStep> registry(Rules r, NumeralScanner scanner, Chains chains) {
        Groups g = new Groups(new AnchorSteps(r, scanner, chains), new FormSteps(r, scanner, chains),
                new AfterSteps(r, scanner, chains));
        Map<String, FindStep> m = new HashMap<>();
        add(m, "find.name", Set.of(ANCHOR), Set.of(VERDICT), g);
        add(m, "find.half-word", Set.of(ANCHOR), Set.of(FORM), g);
        add(m, "find.no-numeral", Set.of(ANCHOR), Set.of(NUMERAL, VERDICT), g);
        add(m, "find.vague", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.too-long", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.blocker-before", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.latin-glued", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.plus", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.bad-fraction", Set.of(NUMERAL), Set.of(FORM, VERDICT), g);
        add(m, "find.zero-fraction", Set.of(NUMERAL, FORM), Set.of(VERDICT), g);
        add(m, "find.fraction", Set.of(NUMERAL, FORM), Set.of(FORM), g);
        add(m, "find.leading-zero", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.ratio", Set.of(NUMERAL), Set.of(FORM), g);
        add(m, "find.clock-time", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.dotted-date", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.share", Set.of(NUMERAL), Set.of(FORM), g);
        add(m, "find.bad-share", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.list-marker", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.lone-character", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.scale-only", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.bad-digits", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.statistic-scope", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.blocker-after", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.arabic-only-unit", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.tenths", Set.of(NUMERAL), Set.of(FORM, UNIT), g);
        add(m, "find.generic-one", Set.of(NUMERAL), Set.of(VERDICT), g);
        add(m, "find.unit", Set.of(NUMERAL), Set.of(UNIT, FORM), g);
        add(m, "find.spaced-blocker", Set.of(NUMERAL, UNIT), Set.of(VERDICT), g);
        add(m, "find.latin-after", Set.of(NUMERAL, UNIT), Set.of(VERDICT), g);
        add(m, "find.rate", Set.of(FORM), Set.of(RATE, FORM), g);
        add(m, "find.infix-qualifier", Set.of(NUMERAL), Set.of(FORM), g);
        add(m, "find.bare-chinese", Set.of(NUMERAL, UNIT), Set.of(VERDICT), g);
        add(m, "find.digit-run", Set.of(NUMERAL, UNIT), Set.of(VERDICT), g);
        return m;
    }

    /** Registers a step; its op, the case of {@link #decide} that runs it, is its place in this list. */
    private static void add(Map<String, FindStep> m, String id, Set<FindSlot> reads, Set<FindSlot> writes, Groups g) {
        m.put(id, new FindStep(id, reads, writes, m.size(), g));
    }

    /** The step groups whose methods decide. */
    record Groups(AnchorSteps anchor, FormSteps forms, AfterSteps after) {
    }

    /**
     * The decision of step {@code op} (its place in {@link #registry}, no order of running): a switch
     * of direct calls, so the hot loop makes one call per step, not a call through a lambda.
     */
    static boolean decide(int op, Groups g, Reading x) {
        return switch (op) {
            case 0 -> g.anchor.name(x);
            case 1 -> g.anchor.halfWord(x);
            case 2 -> g.anchor.noNumeral(x);
            case 3 -> g.anchor.vague(x);
            case 4 -> g.anchor.tooLong(x);
            case 5 -> g.anchor.blockerBefore(x);
            case 6 -> g.anchor.latinGlued(x);
            case 7 -> g.anchor.plus(x);
            case 8 -> g.forms.badFraction(x);
            case 9 -> g.forms.zeroFraction(x);
            case 10 -> g.forms.fraction(x);
            case 11 -> g.forms.leadingZero(x);
            case 12 -> g.forms.ratio(x);
            case 13 -> g.forms.clockTime(x);
            case 14 -> g.forms.dottedDate(x);
            case 15 -> g.forms.share(x);
            case 16 -> g.forms.badShare(x);
            case 17 -> g.forms.listMarker(x);
            case 18 -> g.forms.loneCharacter(x);
            case 19 -> g.forms.scaleOnly(x);
            case 20 -> g.forms.badDigits(x);
            case 21 -> g.after.statisticScope(x);
            case 22 -> g.after.blockerAfter(x);
            case 23 -> g.after.arabicOnlyUnit(x);
            case 24 -> g.after.tenths(x);
            case 25 -> g.after.genericOne(x);
            case 26 -> g.after.unit(x);
            case 27 -> g.after.spacedBlocker(x);
            case 28 -> g.after.latinAfter(x);
            case 29 -> g.after.rate(x);
            case 30 -> AfterSteps.infixQualifier(x);
            case 31 -> AfterSteps.bareChinese(x);
            case 32 -> AfterSteps.digitRun(x);
            default -> throw new IllegalStateException("no finder step " + op);
        };
    }

    /** The rules that order the finder: {@code rules} when it has {@code find.*} stages, else the built-in ones. */
    static RuleSet orderOf(RuleSet rules) {
        return order(rules).isEmpty() ? RuleSet.defaults() : rules;
    }

    /** Whether two rule sets order the finder alike: the same stage rows, the same steps switched off. */
    static boolean sameOrder(RuleSet a, RuleSet b) {
        List<Rule> sa = order(a);
        if (!sa.equals(order(b))) {
            return false;
        }
        for (Rule stage : sa) {
            for (String id : stage.words()) {
                if (a.disabled(id) != b.disabled(id)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Rule> order(RuleSet rules) {
        return rules.of(RuleKind.STAGE).stream().filter(s -> s.id().startsWith("find.")).toList();
    }
}
