package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps that decide whether a number is a change against a baseline ({@code delta.*}) and in
 * which direction, or a level. (The change shared by an enumeration or a list: {@link
 * EnumerationStep} and {@link PreviousSubjectSteps.ListItem}.)
 */
final class ChangeSteps {

    /** The arg suffix of delta rules whose words are nouns naming a change ({@code 涨幅}). */
    static final String NOUN = "-NOUN";

    private ChangeSteps() {
    }

    /** The direction a delta rule names: its arg is UP or DOWN, with a suffix ({@code DOWN-THAN}) or not. */
    static Direction direction(Rule r) {
        return r.arg().startsWith("DOWN") ? Direction.DOWN : Direction.UP;
    }

    /**
     * {@code delta.trigger}: a change word at the end of the words before a number ({@code 比上年增加}),
     * or before a named baseline ({@code 高出省定标准}), makes it a change with its direction; a cut
     * with its object right before the amount cut ({@code 减少碳排放2810万吨}) is a change of that
     * object. {@code delta.new-level}: followed by 到/至 the change word names the new level
     * ({@code 提高到38.6%}). A trigger before a counted thing's own noun phrase ({@code 提升83所初中
     * 学校}) is an action unless a comparison (比, 较, 同比…) says otherwise. Leaves the words before
     * without the change and comparison words ({@link Draft#changeless}).
     */
    static final class Trigger extends DraftStep {
        /** The object of a cut before its amount stays short ({@code 碳排放}); longer words name more. */
        private static final int MAX_CUT_OBJECT = 6;
        /** Adverbs that may stand between a change word and its number (增长均超20%, 分别增长 … 均为). */
        private final Set<String> changeAdverbs;
        private final Pattern comparison;
        private final Lexicon delta;
        private final Lexicon level;
        private final Phrasing phrases;

        Trigger(RuleSet rules, Words words, Phrasing phrases) {
            super("delta.trigger", EnumSet.of(Slot.SITE, Slot.NOUN_AFTER), EnumSet.of(Slot.DIRECTION, Slot.LEVELED, Slot.CHANGELESS));
            this.changeAdverbs = words.set("change-adverbs");
            this.comparison = Pattern.compile(words.alternation("comparison-words"));
            this.delta = new Lexicon(rules.of(RuleKind.DELTA).stream().filter(r -> !r.arg().endsWith(NOUN)).toList());
            this.level = new Lexicon(rules.of(RuleKind.LEVEL));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String leftCore = Clauses.stripTail(s.left(), Particles.LE);
            Lexicon.Hit trig = delta.headIn(leftCore);
            d.leveled = false;
            d.changeless = leftCore;
            if (trig != null) {
                read(trig, leftCore, d);
            }
            return d.direction != null;
        }

        /** Sets the direction, level and changeless words the trigger {@code trig} in {@code leftCore} gives. */
        private void read(Lexicon.Hit trig, String leftCore, Draft d) {
            String np = d.nounAfter;
            String rem = leftCore.substring(trig.end());
            if (changeAdverbs.contains(rem)) {
                rem = "";
            }
            String lead = leftCore.substring(0, trig.start());
            String before = phrases.lists().stripComparison(lead);
            boolean compared = before.length() < lead.length() || comparison.matcher(leftCore).find();
            boolean than = trig.entry().rule().arg().endsWith("-THAN");
            if (rem.isEmpty() || than && rem.length() <= 8 && rem.indexOf('、') < 0 && level.prefixOf(rem) == null && !rem.endsWith(Particles.DE)
                    && delta.firstIn(rem) == null) {
                if (np.isEmpty() || compared) {
                    d.direction = direction(trig.entry().rule());
                    d.changeless = before;
                }
                return;
            }
            if (level.prefixOf(rem) != null) {
                d.leveled = true;
                d.changeless = before;
                return;
            }
            if (np.isEmpty() && trig.entry().rule().arg().equals("DOWN") && rem.length() >= 2 && rem.length() <= MAX_CUT_OBJECT
                    && rem.indexOf(Particles.DENG_CHAR) < 0 && phrases.shapes().nounPhrase(rem)) {
                d.direction = Direction.DOWN;
                d.changeless = rem;
            }
        }
    }

    /**
     * {@code delta.new-level}: the change word {@link Trigger} found is followed by 到 or 至 and names
     * the new level ({@code 提高到38.6%}): no change. Fires on what the trigger read.
     */
    static final class NewLevel extends DraftStep {
        NewLevel() {
            super("delta.new-level", EnumSet.of(Slot.LEVELED, Slot.DIRECTION), Set.of());
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            return d.leveled && d.direction == null;
        }
    }

    /** {@code delta.after-conjunction}: a number after nothing but 和 or 、 takes the change of the number before ({@code 分别增长2.6%和4.3%}). */
    static final class AfterConjunction extends DraftStep {
        private final Set<String> conjunctions;

        AfterConjunction(Words words) {
            super("delta.after-conjunction", EnumSet.of(Slot.SITE), EnumSet.of(Slot.ONLY_CONJUNCTION, Slot.DIRECTION));
            this.conjunctions = words.set("conjunctions");
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            d.onlyConjunction = conjunctions.contains(s.left().strip());
            if (d.onlyConjunction && s.samePrevSentence()) {
                d.direction = s.prev().direction;
                return true;
            }
            return false;
        }
    }

    /** {@code delta.rate-noun}: a rate named as a change ({@code 居民消费价格涨幅}) is one without a verb. */
    static final class RateNoun extends DraftStep {
        private final Lexicon rateNouns;

        RateNoun(RuleSet rules) {
            super("delta.rate-noun", EnumSet.of(Slot.SITE, Slot.DIRECTION, Slot.LEVELED, Slot.SUBJECT), EnumSet.of(Slot.DIRECTION));
            this.rateNouns = new Lexicon(rules.of(RuleKind.DELTA).stream().filter(r -> r.arg().endsWith(NOUN)).toList());
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Lexicon.Entry rateNoun;
            if (s.rate() && d.direction == null && !d.leveled && (rateNoun = rateNouns.suffixOf(d.subject)) != null) {
                d.direction = direction(rateNoun.rule());
                return true;
            }
            return false;
        }
    }
}
