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
        AnchorSteps a = new AnchorSteps(r, scanner, chains);
        FormSteps f = new FormSteps(r, scanner, chains);
        AfterSteps w = new AfterSteps(r, scanner, chains);
        Map<String, FindStep> m = new HashMap<>();
        add(m, "find.name", Set.of(ANCHOR), Set.of(VERDICT), a::name);
        add(m, "find.half-word", Set.of(ANCHOR), Set.of(FORM), a::halfWord);
        add(m, "find.no-numeral", Set.of(ANCHOR), Set.of(NUMERAL, VERDICT), a::noNumeral);
        add(m, "find.vague", Set.of(NUMERAL), Set.of(VERDICT), a::vague);
        add(m, "find.too-long", Set.of(NUMERAL), Set.of(VERDICT), a::tooLong);
        add(m, "find.blocker-before", Set.of(NUMERAL), Set.of(VERDICT), a::blockerBefore);
        add(m, "find.latin-glued", Set.of(NUMERAL), Set.of(VERDICT), a::latinGlued);
        add(m, "find.plus", Set.of(NUMERAL), Set.of(VERDICT), a::plus);
        add(m, "find.bad-fraction", Set.of(NUMERAL), Set.of(FORM, VERDICT), f::badFraction);
        add(m, "find.zero-fraction", Set.of(NUMERAL, FORM), Set.of(VERDICT), f::zeroFraction);
        add(m, "find.fraction", Set.of(NUMERAL, FORM), Set.of(FORM), f::fraction);
        add(m, "find.leading-zero", Set.of(NUMERAL), Set.of(VERDICT), f::leadingZero);
        add(m, "find.ratio", Set.of(NUMERAL), Set.of(FORM), f::ratio);
        add(m, "find.clock-time", Set.of(NUMERAL), Set.of(VERDICT), f::clockTime);
        add(m, "find.dotted-date", Set.of(NUMERAL), Set.of(VERDICT), f::dottedDate);
        add(m, "find.share", Set.of(NUMERAL), Set.of(FORM), f::share);
        add(m, "find.bad-share", Set.of(NUMERAL), Set.of(VERDICT), f::badShare);
        add(m, "find.list-marker", Set.of(NUMERAL), Set.of(VERDICT), f::listMarker);
        add(m, "find.lone-character", Set.of(NUMERAL), Set.of(VERDICT), f::loneCharacter);
        add(m, "find.scale-only", Set.of(NUMERAL), Set.of(VERDICT), f::scaleOnly);
        add(m, "find.bad-digits", Set.of(NUMERAL), Set.of(VERDICT), f::badDigits);
        add(m, "find.statistic-scope", Set.of(NUMERAL), Set.of(VERDICT), w::statisticScope);
        add(m, "find.blocker-after", Set.of(NUMERAL), Set.of(VERDICT), w::blockerAfter);
        add(m, "find.arabic-only-unit", Set.of(NUMERAL), Set.of(VERDICT), w::arabicOnlyUnit);
        add(m, "find.tenths", Set.of(NUMERAL), Set.of(FORM, UNIT), w::tenths);
        add(m, "find.generic-one", Set.of(NUMERAL), Set.of(VERDICT), w::genericOne);
        add(m, "find.unit", Set.of(NUMERAL), Set.of(UNIT, FORM), w::unit);
        add(m, "find.spaced-blocker", Set.of(NUMERAL, UNIT), Set.of(VERDICT), w::spacedBlocker);
        add(m, "find.latin-after", Set.of(NUMERAL, UNIT), Set.of(VERDICT), w::latinAfter);
        add(m, "find.rate", Set.of(FORM), Set.of(RATE, FORM), w::rate);
        add(m, "find.infix-qualifier", Set.of(NUMERAL), Set.of(FORM), AfterSteps::infixQualifier);
        add(m, "find.bare-chinese", Set.of(NUMERAL, UNIT), Set.of(VERDICT), AfterSteps::bareChinese);
        add(m, "find.digit-run", Set.of(NUMERAL, UNIT), Set.of(VERDICT), AfterSteps::digitRun);
        return m;
    }

    private static void add(Map<String, FindStep> m, String id, Set<FindSlot> reads, Set<FindSlot> writes,
            FindStep.Decision d) {
        m.put(id, new FindStep(id, reads, writes, d));
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
