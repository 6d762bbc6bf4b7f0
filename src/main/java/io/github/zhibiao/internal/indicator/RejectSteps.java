package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps that make a number no record ({@code reject.*}), a GUARD stage of {@code pipeline.tsv}:
 * the first that fires ends the number. Counts of aspects, ranks, slogans; quoted names, size classes,
 * capacities inside a name, thresholds. ({@code reject.no-unit} comes later, once the subject is
 * known: {@link FinishSteps.NoUnit}.)
 */
final class RejectSteps {

    /** The arg of reject rules whose word may also open a longer name ({@code 8个重点县}). */
    private static final String MODIFIER = "MODIFIER";
    /** A figure that starts with a bare scale word is a size class (百万吨乙烯项目, 千亿级产业), not a count. */
    private static final String LONE_SCALE = "百千万亿";

    private RejectSteps() {
    }

    /** The reject steps, for the registry ({@link IndicatorSteps}); pipeline.tsv orders them. */
    static List<DraftStep> of(RuleSet rules, Phrasing phrases) {
        return List.of(new Aspect(rules, phrases), new Rank(rules), new SloganFrame(rules), new QuotedName(),
                new SizeClass(), new CapacityName(rules, phrases), new Threshold(rules, phrases));
    }

    /** The reject rules with arg {@code arg}. */
    private static Lexicon rejects(RuleSet rules, String... args) {
        List<String> wanted = List.of(args);
        return new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> wanted.contains(r.arg())).toList());
    }

    /**
     * {@code reject.aspect}, naming the reject rule it applied: a count of aspects ({@code 抓好4个方面}); a word that
     * may also open a longer name counts aspects only when no noun follows it ({@code 3个重点}, but
     * {@code 8个重点县} counts counties).
     */
    static final class Aspect extends DraftStep {
        private final Lexicon reject;
        private final Phrasing phrases;

        Aspect(RuleSet rules, Phrasing phrases) {
            super("reject.aspect", EnumSet.of(Slot.SITE), Set.of());
            this.reject = rejects(rules, "-", MODIFIER);
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!(s.q().measure() instanceof Measure.Count)) {
                return false;
            }
            Lexicon.Entry aspect = reject.prefixOf(s.right());
            if (aspect != null && !(aspect.rule().arg().equals(MODIFIER)
                    && phrases.shapes().startsWithNoun(s.right().substring(aspect.word().length())))) {
                t.rule(aspect.rule().id());
                return true;
            }
            return false;
        }
    }

    /**
     * {@code reject.rank}: a rank word before a count ({@code 排名前移5位}); for a count in 位 or 名,
     * anywhere before it in the sentence.
     */
    static final class Rank extends DraftStep {
        private final Lexicon rejectBefore;

        Rank(RuleSet rules) {
            super("reject.rank", EnumSet.of(Slot.SITE), Set.of());
            this.rejectBefore = rejects(rules, "BEFORE");
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Quantity q = s.q();
            if (!(q.measure() instanceof Measure.Count)) {
                return false;
            }
            return q.text().endsWith("位") || q.text().endsWith("名")
                    ? rejectBefore.firstIn(s.v().substring(s.sentenceStart(), q.start())) != null
                    : rejectBefore.firstIn(s.left()) != null;
        }
    }

    /**
     * {@code reject.slogan-frame}: a count in Chinese numerals framed by 以…为重点
     * ({@code 以两个提升工程为重点}) names a slogan, not a number of things: official counts are
     * written in digits.
     */
    static final class SloganFrame extends DraftStep {
        private final Lexicon sloganFrames;

        SloganFrame(RuleSet rules) {
            super("reject.slogan-frame", EnumSet.of(Slot.SITE), Set.of());
            this.sloganFrames = rejects(rules, "FRAME");
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Quantity q = s.q();
            return q.measure() instanceof Measure.Count && !Character.isDigit(q.text().charAt(0))
                    && s.left().endsWith("以") && sloganFrames.firstIn(s.right()) != null;
        }
    }

    /** {@code reject.quoted-name}: a number inside quotes is part of a name ({@code “五个一百”工程}). */
    static final class QuotedName extends DraftStep {
        QuotedName() {
            super("reject.quoted-name", EnumSet.of(Slot.SITE), Set.of());
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            return Clauses.quotedName(s.v(), s.q());
        }
    }

    /** {@code reject.size-class}: a figure that starts with a bare scale word is a size class ({@code 百万吨乙烯项目}). */
    static final class SizeClass extends DraftStep {
        SizeClass() {
            super("reject.size-class", EnumSet.of(Slot.SITE), Set.of());
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            return LONE_SCALE.indexOf(s.q().text().charAt(0)) >= 0;
        }
    }

    /**
     * {@code reject.capacity-name}: a physical quantity right before the head of a project's name
     * ({@code 720兆瓦储能电站}, {@code 300万吨级}), or inside a list of projects ({@code …10万吨
     * 绿电铝基材料等项目}), is part of that name.
     */
    static final class CapacityName extends DraftStep {
        private final Lexicon nameHeads;
        private final Phrasing phrases;

        CapacityName(RuleSet rules, Phrasing phrases) {
            super("reject.capacity-name", EnumSet.of(Slot.SITE), Set.of());
            this.nameHeads = rejects(rules, "NAME");
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            return s.q().measure() instanceof Measure.Physical && inName(s.v(), s.rightFrom(), s.clauseEnd());
        }

        private boolean inName(String v, int from, int clauseEnd) {
            if (from < clauseEnd && nameHeads.prefixOf(v.substring(from, Math.min(clauseEnd, from + 1))) != null) {
                return true;
            }
            String named = phrases.nouns().loose(v, from, clauseEnd);
            if (!named.isEmpty() && nameHeads.suffixOf(named) != null) {
                return true;
            }
            String rest = v.substring(from, clauseEnd);
            int etc = rest.indexOf(Particles.DENG_CHAR);
            return etc > 0 && nameHeads.prefixOf(rest.substring(etc + 1)) != null && rest.indexOf('，') < 0;
        }
    }

    /**
     * {@code reject.threshold}: an amount or a physical size that ends in a threshold word
     * ({@code 以上}) right before the noun it sizes ({@code 30亿元以上项目}, {@code 海拔1500米以上学校})
     * is a size class, not a record. A count there counts that noun ({@code 150家以上企业}).
     */
    static final class Threshold extends DraftStep {
        private final Lexicon thresholds;
        private final Phrasing phrases;

        Threshold(RuleSet rules, Phrasing phrases) {
            super("reject.threshold", EnumSet.of(Slot.SITE), Set.of());
            this.thresholds = rejects(rules, "THRESHOLD");
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Quantity q = s.q();
            Measure m = q.measure();
            // 500万元以上的项目: a 的 may stand between the threshold and the noun it sizes.
            int from = s.rightFrom() < s.rightEnd() && s.v().charAt(s.rightFrom()) == Particles.DE_CHAR ? s.rightFrom() + 1 : s.rightFrom();
            return (m instanceof Measure.Money || m instanceof Measure.Physical || m instanceof Measure.Area)
                    && s.rightFrom() == q.end() && from < s.rightEnd() && thresholds.suffixOf(q.text()) != null
                    && !phrases.nouns().after(s.v(), from, s.rightEnd()).isEmpty();
        }
    }
}
