package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.Set;

/**
 * Decides the category of a measure from its kind and the head of its subject, with the
 * {@code category} rules: the keyword that ends last in the subject (the head of a Chinese noun
 * phrase) wins. Immutable.
 */
final class Categorizer {

    /** A category and the id of the rule that chose it. */
    record Verdict(Category category, String ruleId) {
    }

    /** Measure words that count schools even when the subject names none (全县共有98所); 处 counts any place. */
    private static final Set<Category> RATE = Set.of(Category.ENROLLMENT_RATE, Category.PERCENTAGE);

    private final RuleSet rules;
    private final Lexicon rateCategories;
    private final Lexicon countCategories;
    private final Lexicon schoolWords;
    private final Set<String> personUnits;
    private final Set<String> schoolMeasures;
    private final Set<String> schoolUnits;

    Categorizer(RuleSet rules) {
        this.rules = rules;
        Words words = new Words(rules);
        this.personUnits = words.set("person-units");
        this.schoolMeasures = words.set("school-measures");
        this.schoolUnits = words.set("school-units");
        this.rateCategories = new Lexicon(rules.of(RuleKind.CATEGORY).stream()
                .filter(r -> RATE.contains(category(r).base())).toList());
        this.countCategories = new Lexicon(rules.of(RuleKind.CATEGORY).stream()
                .filter(r -> !RATE.contains(category(r).base())).toList());
        this.schoolWords = new Lexicon(rules.of(RuleKind.CATEGORY).stream()
                .filter(r -> category(r) == Category.SCHOOL_COUNT).toList());
    }

    /** The category a rule names: built in or declared by the rules ({@code category-def}); the rule set checked it. */
    Category category(Rule r) {
        return rules.category(r.arg());
    }

    /** The category of {@code m} measuring {@code subject}. */
    Verdict categorize(Measure m, String subject) {
        if (m instanceof Measure.Money) {
            return new Verdict(Category.FUNDING, "money");
        } else if (m instanceof Measure.Ratio) {
            return new Verdict(Category.RATIO, "ratio");
        } else if (m instanceof Measure.Area) {
            return new Verdict(Category.AREA, "area");
        } else if (m instanceof Measure.Physical) {
            return new Verdict(Category.COUNT, "physical");
        } else if (m instanceof Measure.Percent || m instanceof Measure.PercentagePoints) {
            Lexicon.Hit h = rateCategories.headIn(subject);
            return h == null ? new Verdict(Category.PERCENTAGE, "percent")
                    : new Verdict(category(h.entry().rule()), h.entry().rule().id());
        } else {
            String unit = m.unit();
            Lexicon.Hit h = countCategories.headIn(subject);
            Category c = h == null ? null : category(h.entry().rule());
            Category base = c == null ? null : c.base();
            if (base == Category.SCHOOL_COUNT && !schoolUnits.contains(unit)
                    || (base == Category.STUDENT_COUNT || base == Category.TEACHER_COUNT) && !personUnits.contains(unit)) {
                c = null;
            }
            if (c == null) {
                return new Verdict(schoolMeasures.contains(unit) ? Category.SCHOOL_COUNT : Category.COUNT, "count-" + unit);
            }
            return new Verdict(c, h.entry().rule().id());
        }
    }

    /**
     * True when a breakdown item already names a thing of its own: of its parent's category ({@code
     * 其中小学72所}), or people of another kind than its parent's ({@code 教职工0.47万人} after {@code
     * 招生4.26万人}: staff, not a part of the intake).
     */
    boolean namesOwnKind(String part, Measure m, Category parent) {
        boolean rate = m instanceof Measure.Percent || m instanceof Measure.PercentagePoints;
        Lexicon.Hit h = (rate ? rateCategories : countCategories).headIn(part);
        if (h == null) {
            return false;
        }
        Category named = category(h.entry().rule());
        return named == parent || !rate && people(named) && people(parent) && categorize(m, part).category() == named;
    }

    private static boolean people(Category c) {
        return c != null && (c.base() == Category.STUDENT_COUNT || c.base() == Category.TEACHER_COUNT);
    }

    /** True when some count keyword (学校, 教师, 项目…) names what {@code phrase} counts. */
    boolean namesCountedKind(String phrase) {
        return countCategories.headIn(phrase) != null;
    }

    /** True when {@code phrase} ends in a count keyword: it already names what is counted. */
    boolean endsInCountedKind(CharSequence phrase) {
        return countCategories.suffixOf(phrase) != null;
    }

    /** True when {@code phrase} names a kind of school anywhere in it (高中生 names 高中). */
    boolean namesSchool(String phrase) {
        return schoolWords.firstIn(phrase) != null;
    }
}
