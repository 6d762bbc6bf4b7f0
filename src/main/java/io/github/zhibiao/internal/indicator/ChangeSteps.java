package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.Direction;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

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
    static final class Trigger implements Step {
        /** The object of a cut before its amount stays short ({@code 碳排放}); longer words name more. */
        private static final int MAX_CUT_OBJECT = 6;
        /** Adverbs that may stand between a change word and its number (增长均超20%, 分别增长 … 均为). */
        private final Set<String> changeAdverbs;
        private final Pattern comparison;
        private final Lexicon delta;
        private final Lexicon level;
        private final Phrases phrases;

        Trigger(RuleSet rules, Words words, Phrases phrases) {
            this.changeAdverbs = words.set("change-adverbs");
            this.comparison = Pattern.compile(words.alternation("comparison-words"));
            this.delta = new Lexicon(rules.of(RuleKind.DELTA).stream().filter(r -> !r.arg().endsWith(NOUN)).toList());
            this.level = new Lexicon(rules.of(RuleKind.LEVEL));
            this.phrases = phrases;
        }

        @Override
        public String id() {
            return "delta.trigger";
        }

        @Override
        public boolean apply(Site s, Draft d) {
            String leftCore = Clauses.stripTail(s.left(), "了");
            Lexicon.Hit trig = delta.headIn(leftCore);
            d.leveled = false;
            d.changeless = leftCore;
            if (trig != null) {
                read(trig, leftCore, d);
            }
            if (d.direction != null) {
                d.step(id());
            } else if (d.leveled) {
                d.step("delta.new-level");
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
            String before = phrases.stripComparison(lead);
            boolean compared = before.length() < lead.length() || comparison.matcher(leftCore).find();
            boolean than = trig.entry().rule().arg().endsWith("-THAN");
            if (rem.isEmpty() || than && rem.length() <= 8 && rem.indexOf('、') < 0 && level.prefixOf(rem) == null && !rem.endsWith("的")
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
                    && rem.indexOf('等') < 0 && phrases.nounPhrase(rem)) {
                d.direction = Direction.DOWN;
                d.changeless = rem;
            }
        }
    }

    /** {@code delta.after-conjunction}: a number after nothing but 和 or 、 takes the change of the number before ({@code 分别增长2.6%和4.3%}). */
    static final class AfterConjunction implements Step {
        private final Set<String> conjunctions;

        AfterConjunction(Words words) {
            this.conjunctions = words.set("conjunctions");
        }

        @Override
        public String id() {
            return "delta.after-conjunction";
        }

        @Override
        public boolean apply(Site s, Draft d) {
            d.onlyConjunction = conjunctions.contains(s.left().strip());
            if (d.onlyConjunction && s.samePrevSentence()) {
                d.direction = s.prev().direction;
                d.step(id());
                return true;
            }
            return false;
        }
    }

    /** {@code delta.rate-noun}: a rate named as a change ({@code 居民消费价格涨幅}) is one without a verb. */
    static final class RateNoun implements Step {
        private final Lexicon rateNouns;

        RateNoun(RuleSet rules) {
            this.rateNouns = new Lexicon(rules.of(RuleKind.DELTA).stream().filter(r -> r.arg().endsWith(NOUN)).toList());
        }

        @Override
        public String id() {
            return "delta.rate-noun";
        }

        @Override
        public boolean apply(Site s, Draft d) {
            Lexicon.Entry rateNoun;
            if (s.rate() && d.direction == null && !d.leveled && (rateNoun = rateNouns.suffixOf(d.subject)) != null) {
                d.direction = direction(rateNoun.rule());
                d.step(id());
                return true;
            }
            return false;
        }
    }
}
