package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps after a subject is worded: money named by its purpose, the unit a number without one
 * takes from its subject, a school kind's student and teacher figures.
 */
final class FinishSteps {

    private FinishSteps() {
    }

    /**
     * {@code subject.money-purpose}: money whose words before say only who spent it is named by what
     * follows, a purpose ({@code 安排3000万元用于乡村教师生活补助}, {@code 投入4.3亿元实施技能提升工程})
     * or a fund ({@code 组建200亿元规模母基金}); the words after are then its subject's.
     */
    static final class MoneyPurpose extends DraftStep {
        private final Pattern purposeWords;
        private final Pattern purposeVerb;
        private final Phrasing phrases;

        MoneyPurpose(Words words, Phrasing phrases) {
            super("subject.money-purpose", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING, Slot.CONSUMED_TO));
            this.purposeWords = Pattern.compile(words.alternation("purpose-words"));
            this.purposeVerb = Pattern.compile("^(" + words.alternation("purpose-verbs") + ")(?=.{4})");
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String right = s.right();
            String subject = d.wording;
            if (!(s.q().measure() instanceof Measure.Money && right.length() > 2 && (subject.isEmpty() || phrases.shapes().endsWithVerb(subject)))) {
                return false;
            }
            Matcher pm = purposeWords.matcher(right);
            String purpose = pm.lookingAt() && right.length() > pm.end() + 1
                    ? phrases.left().clean(purposeVerb.matcher(right.substring(pm.end())).replaceFirst(""), false, t)
                    : phrases.nouns().after(s.v(), s.rightFrom(), s.rightEnd(), t);
            if (purpose.isEmpty()) {
                return false;
            }
            d.wording = purpose;
            d.consumedTo = s.rightEnd();
            return true;
        }
    }

    /**
     * {@code reject.no-unit}: a number written without a unit whose subject, or the words before
     * when it has none, names no unit ({@code 综合指数为3.85}), or that is a rate per something,
     * gives no record. A GUARD: the number ends here.
     */
    static final class NoUnit extends DraftStep {
        private final Lexicon unitWords;

        NoUnit(RuleSet rules) {
            super("reject.no-unit", EnumSet.of(Slot.SITE, Slot.WORDING), Set.of());
            this.unitWords = new Lexicon(rules.of(RuleKind.UNIT));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            return s.q().measure() instanceof Measure.Bare
                    && (s.q().per() != null || unitWords.headIn(unitText(s, d)) == null);
        }
    }

    /** Where a number without a unit finds one: its subject, else the words before it. */
    static String unitText(Site s, Draft d) {
        return d.wording.isEmpty() ? s.left() : d.wording;
    }

    /**
     * {@code unit.from-subject}, naming the unit rule it applied: a number written without a unit
     * takes one from its subject, or from the words before when it has none ({@code 筹措改造资金2.4亿}
     * → 元). Runs after {@link NoUnit}, so a unit is there to find.
     */
    static final class UnitFromSubject extends DraftStep {
        private final Lexicon unitWords;

        UnitFromSubject(RuleSet rules) {
            super("unit.from-subject", EnumSet.of(Slot.SITE, Slot.WORDING, Slot.MEASURE), EnumSet.of(Slot.MEASURE));
            this.unitWords = new Lexicon(rules.of(RuleKind.UNIT));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!(d.measure instanceof Measure.Bare bare)) {
                return false;
            }
            Lexicon.Hit h = unitWords.headIn(unitText(s, d));
            t.rule(h.entry().rule().id());
            String unit = h.entry().rule().arg();
            d.measure = switch (unit) {
                case "元" -> new Measure.Money(bare.value(), "元");
                case ":1" -> new Measure.Ratio(bare.value()); // 城乡居民收入比2.31 is 2.31:1
                default -> new Measure.Count(bare.value(), unit);
            };
            return true;
        }
    }

    /**
     * {@code category.head}, naming the category rule it applied ({@code category.head:money}): the
     * category of the measure and its subject as worded ({@link Categorizer}); fires always.
     */
    static final class CategoryHead extends DraftStep {
        private final Categorizer categorizer;

        CategoryHead(Categorizer categorizer) {
            super("category.head", EnumSet.of(Slot.MEASURE, Slot.WORDING), EnumSet.of(Slot.CATEGORY, Slot.RULE));
            this.categorizer = categorizer;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Categorizer.Verdict verdict = categorizer.categorize(d.measure, d.wording);
            d.category = verdict.category();
            d.ruleId = verdict.ruleId();
            t.rule(d.ruleId);
            return true;
        }
    }

    /**
     * {@code subject.school-topic}: a sentence about one kind of school ({@code 普通高中83所，招生5.3万人，
     * 在校生15.6万人}): its short student and teacher figures are that school kind's. Keeps the
     * kind a sentence counts for the numbers after it ({@link Draft#topic}).
     */
    static final class SchoolTopic extends DraftStep {
        private final Categorizer categorizer;

        SchoolTopic(Categorizer categorizer) {
            super("subject.school-topic", EnumSet.of(Slot.SITE, Slot.CATEGORY, Slot.WORDING), EnumSet.of(Slot.TOPIC, Slot.SUBJECT));
            this.categorizer = categorizer;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String subject = d.wording;
            d.topic = d.category == Category.SCHOOL_COUNT ? subject : s.sameGroup() ? s.prev().topic : null;
            if ((d.category == Category.STUDENT_COUNT || d.category == Category.TEACHER_COUNT)
                    && d.topic != null && subject.length() <= 3 && !subject.isEmpty() && !subject.contains(d.topic)
                    && !categorizer.namesSchool(subject)) {
                d.subject = d.topic + subject;
                return true;
            }
            return false;
        }
    }
}
