package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.EnumSet;

/**
 * The subject steps of a counted number that a noun phrase follows ({@code 建成6条城乡公交示范线路}):
 * the phrase after it ({@link NounAfter}, {@link LooseAfter}) names what it counts, with the words
 * before that tell the things apart ({@link AfterNumber}, {@link Reach}) or what they did ({@link Actor}).
 */
final class AfterNumberSteps {

    private AfterNumberSteps() {
    }

    /**
     * {@code subject.noun-after}: the noun phrase right after a counted number ({@code 6条城乡公交示范线路}),
     * else, when that names no counted kind, the head a description and 的 lead to ({@code
     * 1932名师德高尚、业务精湛的骨干教师}), names what it counts. Its stage runs for counted numbers only
     * ({@code when=counted}); fires when it found one, which decides the stages {@code when=noun-after}.
     */
    static final class NounAfter extends DraftStep {
        private final Phrasing phrases;
        private final Categorizer categorizer;

        NounAfter(Phrasing phrases, Categorizer categorizer) {
            super("subject.noun-after", EnumSet.of(Slot.SITE, Slot.COUNTED), EnumSet.of(Slot.NOUN_AFTER));
            this.phrases = phrases;
            this.categorizer = categorizer;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String np = phrases.nouns().after(s.v(), s.rightFrom(), s.rightEnd(), t);
            if (!categorizer.namesCountedKind(np)) {
                String described = phrases.nouns().describedHead(s.v(), s.rightFrom(), s.rightEnd());
                if (!described.isEmpty()) {
                    t.sub("phrase.described-head", np, described);
                    np = described;
                }
            }
            d.nounAfter = np;
            return !np.isEmpty();
        }
    }

    /**
     * {@code subject.loose-after}: with nothing but verbs before it, the thing after a number (not a
     * rate nor money) is what it measures even when the segmenter breaks its name up
     * ({@code 打造5条多式联运示范线路}) or a size class stands inside it ({@code 新建22个750千伏和330千伏电网工程}).
     */
    static final class LooseAfter extends DraftStep {
        private final Phrasing phrases;

        LooseAfter(Phrasing phrases) {
            super("subject.loose-after", EnumSet.of(Slot.SITE, Slot.NOUN_AFTER, Slot.LEFT_WORDS), EnumSet.of(Slot.NOUN_AFTER));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Measure m = s.q().measure();
            boolean rateOrMoney = m instanceof Measure.Percent || m instanceof Measure.PercentagePoints
                    || m instanceof Measure.Money || m instanceof Measure.Ratio;
            if (!d.nounAfter.isEmpty() || rateOrMoney || s.rightFrom() >= s.clauseEnd()) {
                return false;
            }
            String v = s.v();
            boolean sizeClassNext = Character.isDigit(v.charAt(s.rightFrom()));
            String leftWords = sizeClassNext ? null : d.leftWords(phrases.left(), s.left());
            if (sizeClassNext || phrases.left().openLeft(leftWords) || phrases.shapes().verbsOnly(leftWords)) {
                d.nounAfter = phrases.nouns().loose(v, s.rightFrom(), s.clauseEnd());
                if (!d.nounAfter.isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code subject.after-number}: a counted number measures the noun phrase right after it, with
     * the words before that tell the things apart: a modifier ({@code 省级}), else, outside plans,
     * the action and what reached them ({@link Reach}); a noun of two characters with neither takes
     * the place named before it ({@link LeftSubjects#placeBefore}). Example: {@code 建成6条城乡公交示范线路}
     * → {@code 城乡公交示范线路}.
     */
    static final class AfterNumber extends DraftStep {
        private final Phrasing phrases;

        AfterNumber(Phrasing phrases) {
            super("subject.after-number", EnumSet.of(Slot.SITE, Slot.NOUN_AFTER, Slot.TARGET, Slot.ONLY_CONJUNCTION), EnumSet.of(Slot.MODIFIER, Slot.ACTED, Slot.ACTION, Slot.WORDING, Slot.CONSUMED_TO));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String np = d.nounAfter;
            d.modifier = phrases.left().modifierBefore(s.left());
            if (d.modifier.isEmpty() && !d.target) {
                // In plans the verb is an instruction (加快…建设), not what tells these things apart.
                Draft prev = s.prev();
                d.modifier = d.onlyConjunction && s.samePrevSentence() && prev.action != null ? prev.action
                        : phrases.left().actionBefore(s.left());
                d.acted = true;
                d.action = d.modifier.isEmpty() ? null : d.modifier;
            }
            d.wording = np.length() <= 2 && d.modifier.isEmpty()
                    ? phrases.left().placeBefore(s.v(), s.floor(), s.q().start(), np) + np : d.modifier + np;
            d.consumedTo = Clauses.spanEnd(s.v(), s.rightFrom(), np);
            return true;
        }
    }

    /**
     * {@code subject.reach}: things counted after a verb of reach ({@code 惠及}) are named with what
     * reached them: the words before the verb ({@code “送教上门”活动惠及}), else what the clause before
     * acts on ({@code 落实课后服务政策，惠及…}); the verb alone when neither names it. Runs after {@link
     * AfterNumber}, on the action it found ({@link Draft#modifier}, {@link Draft#acted}), which it
     * replaces in the subject; fires not when that action ({@code 惠及的}) is no verb of reach.
     */
    static final class Reach extends DraftStep {
        private final Lexicon reach;
        private final Phrasing phrases;

        Reach(RuleSet rules, Phrasing phrases) {
            super("subject.reach", EnumSet.of(Slot.SITE, Slot.MODIFIER, Slot.ACTED, Slot.NOUN_AFTER), EnumSet.of(Slot.MODIFIER, Slot.ACTION, Slot.WORDING));
            this.reach = new Lexicon(rules.of(RuleKind.LINK).stream().filter(r -> r.arg().equals(LeftSubjects.REACH)).toList());
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!d.acted) {
                return false;
            }
            String left = s.left();
            String verb = LeftSubjects.stripDe(d.modifier);
            Lexicon.Entry e = verb.isEmpty() ? null : reach.suffixOf(verb);
            if (e == null || !e.word().equals(verb) || !left.endsWith(verb)) {
                return false;
            }
            String cause = phrases.left().clean(left.substring(0, left.length() - verb.length()), false, t);
            if (cause.isEmpty()) {
                String clause = s.clauseBefore();
                if (clause != null) {
                    cause = phrases.clauses().objectOf(clause);
                }
            }
            d.modifier = cause + verb;
            d.action = d.modifier;
            d.wording = d.modifier + d.nounAfter;
            return true;
        }
    }

    /**
     * {@code subject.actor}: things counted at the head of their clause, with no modifier, are named
     * with what they did ({@code 404家企业通过两化融合贯标} → {@code 通过两化融合贯标企业}).
     */
    static final class Actor extends DraftStep {
        private final Phrasing phrases;

        Actor(Phrasing phrases) {
            super("subject.actor", EnumSet.of(Slot.SITE, Slot.COUNTED, Slot.MODIFIER, Slot.LEFT_WORDS, Slot.CONSUMED_TO, Slot.NOUN_AFTER), EnumSet.of(Slot.WORDING));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!d.counted || !d.modifier.isEmpty() || !phrases.left().openLeft(d.leftWords(phrases.left(), s.left()))) {
                return false;
            }
            // The subject's noun phrase ends where the words after were taken ({@link AfterNumber}).
            String act = phrases.clauses().actionAfter(s.v(), d.consumedTo, s.rightEnd());
            if (act.isEmpty()) {
                return false;
            }
            // 25个案例获评全球最佳减贫案例: what they did already names them once
            d.wording = act.endsWith(d.nounAfter) ? act : act + d.nounAfter;
            return true;
        }
    }
}
