package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

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
    static final class MoneyPurpose implements Step {
        private final Pattern purposeWords;
        private final Pattern purposeVerb;
        private final Phrases phrases;

        MoneyPurpose(Words words, Phrases phrases) {
            this.purposeWords = Pattern.compile(words.alternation("purpose-words"));
            this.purposeVerb = Pattern.compile("^(" + words.alternation("purpose-verbs") + ")(?=.{4})");
            this.phrases = phrases;
        }

        @Override
        public String id() {
            return "subject.money-purpose";
        }

        @Override
        public boolean apply(Site s, Draft d) {
            String right = s.right();
            String subject = d.wording;
            if (!(s.q().measure() instanceof Measure.Money && right.length() > 2 && (subject.isEmpty() || phrases.endsWithVerb(subject)))) {
                return false;
            }
            Matcher pm = purposeWords.matcher(right);
            String purpose = pm.lookingAt() && right.length() > pm.end() + 1
                    ? phrases.cleanLeftSubject(purposeVerb.matcher(right.substring(pm.end())).replaceFirst(""), false)
                    : phrases.nounPhraseAfter(s.v(), s.rightFrom(), s.rightEnd());
            if (purpose.isEmpty()) {
                return false;
            }
            d.wording = purpose;
            d.step(id());
            d.consumedTo = s.rightEnd();
            return true;
        }
    }

    /**
     * {@code unit.} + the id of a unit rule: a number written without a unit takes one from its
     * subject, or from the words before when it has none ({@code 筹措改造资金2.4亿} → 元); {@code
     * reject.no-unit} when neither names one, or the number is a rate per something. Sets the
     * draft's measure; fires when it rejects (the number gives no record).
     */
    static final class Unit implements Step {
        private final Lexicon unitWords;

        Unit(RuleSet rules) {
            this.unitWords = new Lexicon(rules.of(RuleKind.UNIT));
        }

        @Override
        public String id() {
            return "unit.";
        }

        @Override
        public boolean apply(Site s, Draft d) {
            Quantity q = s.q();
            Measure m = q.measure();
            if (m instanceof Measure.Bare bare) {
                Lexicon.Hit h = unitWords.headIn(d.wording.isEmpty() ? s.left() : d.wording);
                if (h == null || q.per() != null) {
                    d.step("reject.no-unit");
                    return true;
                }
                d.step("unit." + h.entry().rule().id());
                String unit = h.entry().rule().arg();
                m = switch (unit) {
                    case "元" -> new Measure.Money(bare.value(), "元");
                    case ":1" -> new Measure.Ratio(bare.value()); // 城乡居民收入比2.31 is 2.31:1
                    default -> new Measure.Count(bare.value(), unit);
                };
            }
            d.measure = m;
            return false;
        }
    }

    /**
     * {@code subject.school-topic}: a sentence about one kind of school ({@code 普通高中83所，招生5.3万人，
     * 在校生15.6万人}): its short student and teacher figures are that school kind's. Keeps the
     * kind a sentence counts for the numbers after it ({@link Draft#topic}).
     */
    static final class SchoolTopic implements Step {
        private final Categorizer categorizer;

        SchoolTopic(Categorizer categorizer) {
            this.categorizer = categorizer;
        }

        @Override
        public String id() {
            return "subject.school-topic";
        }

        @Override
        public boolean apply(Site s, Draft d) {
            String subject = d.wording;
            d.topic = d.category == Category.SCHOOL_COUNT ? subject : s.sameGroup() ? s.prev().topic : null;
            if ((d.category == Category.STUDENT_COUNT || d.category == Category.TEACHER_COUNT)
                    && d.topic != null && subject.length() <= 3 && !subject.isEmpty() && !subject.contains(d.topic)
                    && !categorizer.namesSchool(subject)) {
                d.subject = d.topic + subject;
                d.step(id());
                return true;
            }
            return false;
        }
    }
}
