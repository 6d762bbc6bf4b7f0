package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Outcome;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.rules.RuleFormatException;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's mechanisms on the mini rule set ({@link MiniRules}, {@code src/test/resources/rules/mini/}):
 * subject, change, target, unit, category, rejection, the steps that fire, a {@code disable} row and the
 * order file, each against answers that follow from the mini files alone. A word added to or dropped
 * from the built-in files changes nothing here; a changed mechanism fails here.
 */
class MiniEngineTest {

    private static final Extractor MINI = MiniRules.extractor();

    @Test
    void aSubjectBeforeTheNumberLosesItsScopeAndLinkWords() {
        // 全县 is a scope word of the mini set, 达到 a link word; 藏书 names the set's own category.
        Indicator books = only(MINI, "全县图书馆藏书达到120万册。");
        assertThat(books.text()).isEqualTo("120万册");
        assertThat(books.value()).isEqualByComparingTo(new BigDecimal("1200000"));
        assertThat(books.unit()).isEqualTo("册");
        assertThat(books.subject()).isEqualTo("图书馆藏书");
        assertThat(books.category().name()).isEqualTo("BOOK_COUNT");
        assertThat(books.ruleId()).isEqualTo("mini-books");
        assertThat(books.trace()).containsExactly("subject.before-number", "phrase.left-scope", "phrase.left-link",
                "category.head:mini-books");
        assertThat(MiniRules.rules().declaredCategories()).extracting(c -> c.name()).containsExactly("BOOK_COUNT");
    }

    @Test
    void aCountedNumberMeasuresTheNounAfterItAndWhatItsThingsDid() {
        Indicator libraries = only(MINI, "全县新建6所图书馆。");
        assertThat(libraries.subject()).isEqualTo("图书馆");
        assertThat(libraries.category().name()).isEqualTo("SCHOOL_COUNT");
        assertThat(libraries.trace()).containsExactly("subject.noun-after", "subject.after-number", "category.head:mini-libraries");
        // 通过 is a predicate verb of the mini word lists: what the counted things did joins their subject.
        Indicator shops = only(MINI, "全县38家书店通过星级评定。");
        assertThat(shops.subject()).isEqualTo("通过星级评定书店");
        assertThat(shops.category().name()).isEqualTo("COUNT");
        assertThat(shops.trace()).containsExactly("subject.noun-after", "subject.after-number", "subject.actor", "category.head:count-家");
    }

    @Test
    void aChangeWordGivesADirectionAndALevelWordANewLevel() {
        Indicator up = only(MINI, "全县藏书比上年增长5%。");
        assertThat(up.subject()).isEqualTo("藏书");
        assertThat(up.delta()).isTrue();
        assertThat(up.direction()).hasToString("UP");
        assertThat(up.trace()).containsExactly("delta.trigger", "subject.before-number", "phrase.left-scope", "category.head:percent");
        assertThat(only(MINI, "全县借阅人次下降3%。").direction()).hasToString("DOWN");
        Indicator level = only(MINI, "全县藏书增长到130万册。");
        assertThat(level.delta()).isFalse();
        assertThat(level.trace()).containsExactly("delta.new-level", "subject.before-number", "phrase.left-scope",
                "category.head:mini-books");
        Indicator rate = only(MINI, "全年藏书增幅为5%。");
        assertThat(rate.direction()).hasToString("UP");
        assertThat(rate.trace()).contains("delta.rate-noun");
    }

    @Test
    void theSetsWordsAreTheOnlyOnes() {
        // 上升 is a change word of the built-in rules, not of the mini set: here it is words of the subject.
        Indicator rise = only(MINI, "全县藏书上升5%。");
        assertThat(rise.delta()).isFalse();
        assertThat(rise.subject()).isEqualTo("藏书上升");
    }

    @Test
    void aPlanWordOrAPlanHeadingMakesAGoal() {
        Indicator word = only(MINI, "力争全县藏书达到150万册。");
        assertThat(word.target()).isTrue();
        assertThat(word.trace()).first().isEqualTo("target.word");
        Indicator section = only(MINI, "二、今年工作安排\n全县新建分馆6所。");
        assertThat(section.target()).isTrue();
        assertThat(section.subject()).isEqualTo("新建分馆");
        assertThat(section.trace()).containsExactly("target.section", "subject.before-number", "phrase.left-scope",
                "category.head:mini-libraries");
        List<Indicator> before = MINI.extract("一、去年工作回顾\n全县藏书达到120万册。\n二、主要目标\n全县藏书达到150万册。\n").indicators();
        assertThat(before).extracting(Indicator::text).containsExactly("120万册", "150万册");
        assertThat(before).extracting(Indicator::target).containsExactly(false, true);
    }

    @Test
    void aNumberWithoutAUnitTakesTheOneItsSubjectGivesOrNone() {
        Indicator money = only(MINI, "全县筹措购书经费2.4亿，用于新建分馆。");
        assertThat(money.unit()).isEqualTo("元");
        assertThat(money.value()).isEqualByComparingTo(new BigDecimal("240000000"));
        assertThat(money.category().name()).isEqualTo("FUNDING");
        assertThat(money.trace()).containsExactly("subject.before-number", "phrase.left-scope", "unit.from-subject:mini-unit-money", "category.head:money");
        Explanation index = MINI.explain("全县综合指数为3.85。").get(0);
        assertThat(index.outcome()).isEqualTo(Outcome.NO_RECORD);
        assertThat(index.ids()).containsExactly("subject.before-number", "phrase.left-scope", "phrase.left-link", "reject.no-unit");
    }

    @Test
    void theCategoryIsTheRuleWordThatEndsTheSubjectElseTheKindOfMeasure() {
        Indicator readers = only(MINI, "全年接待读者约8.6万人次。");
        assertThat(readers.category().name()).isEqualTo("STUDENT_COUNT");
        assertThat(readers.ruleId()).isEqualTo("mini-readers");
        assertThat(readers.qualifier()).hasToString("APPROX");
        Indicator rate = only(MINI, "全县图书借阅率达到60%。");
        assertThat(rate.category().name()).isEqualTo("ENROLLMENT_RATE");
        assertThat(rate.ruleId()).isEqualTo("mini-lending-rate");
        Indicator talks = MINI.extract("全县举办讲座120场，惠及读者5000人。").indicators().get(0);
        assertThat(talks.category().name()).isEqualTo("COUNT");
        assertThat(talks.ruleId()).isEqualTo("count-场");
    }

    @Test
    void aRejectRuleOrAGuardStepEndsTheNumberAndNamesItself() {
        Explanation aspects = MINI.explain("抓好4个方面的工作。").get(0);
        assertThat(aspects.outcome()).isEqualTo(Outcome.NO_RECORD);
        assertThat(aspects.ids()).containsExactly("reject.aspect:mini-aspect");
        List<Explanation> projects = MINI.explain("全县新建10亿元以上项目3个。");
        assertThat(projects).extracting(Explanation::text).containsExactly("10亿元以上", "3个");
        assertThat(projects.get(0).ids()).containsExactly("reject.threshold");
        assertThat(projects.get(1).outcome()).isEqualTo(Outcome.RECORD);
        assertThat(MINI.extract("全县新建10亿元以上项目3个。").indicators()).extracting(Indicator::subject).containsExactly("项目");
    }

    @Test
    void aNumberBorrowsFromTheNumberBefore() {
        List<Indicator> inherited = MINI.extract("全县藏书120万册，增长5%。").indicators();
        assertThat(inherited).extracting(Indicator::subject).containsExactly("藏书", "藏书");
        assertThat(inherited.get(1).trace()).containsExactly("delta.trigger", "subject.before-number", "subject.inherited",
                "category.head:percent");
        List<Indicator> part = MINI.extract("全县新建分馆6所，其中城区4所。").indicators();
        assertThat(part).extracting(Indicator::subject).containsExactly("新建分馆", "城区分馆");
        assertThat(part.get(1).trace()).contains("subject.breakdown-item");
    }

    @Test
    void anEnumerationSplitsItsCompoundAndSharesItsVerb() {
        // 城乡 is the mini set's split rule: 城镇, 农村.
        List<Indicator> both = MINI.extract("城乡读者分别增长5%、6%。").indicators();
        assertThat(both).extracting(Indicator::subject).containsExactly("城镇读者", "农村读者");
        assertThat(both).allSatisfy(i -> assertThat(i.direction()).hasToString("UP"));
        assertThat(both.get(1).trace()).contains("subject.enumeration-item", "delta.enumeration-verb");
    }

    @Test
    void aDisableRowOfOnesOwnSwitchesOffARuleOrAStep() {
        Extractor noAspect = MiniRules.extractor(MiniRules.rules().with("disable\tmini-aspect\t-\taspects are counted here\n", "mine.tsv"));
        Indicator aspects = only(noAspect, "抓好4个方面的工作。");
        assertThat(aspects.subject()).isEqualTo("抓好的方面");
        assertThat(aspects.trace()).doesNotContain("reject.aspect:mini-aspect");

        Extractor noPlanWord = MiniRules.extractor(MiniRules.rules().without("target.word"));
        Indicator plan = only(noPlanWord, "力争全县藏书达到150万册。");
        assertThat(plan.target()).isFalse();
        assertThat(plan.trace()).containsExactly("subject.before-number", "phrase.left-link", "category.head:mini-books");

        Extractor noMoneyUnit = MiniRules.extractor(MiniRules.rules().without("mini-unit-money"));
        assertThat(noMoneyUnit.explain("全县筹措购书经费2.4亿，用于新建分馆。").get(0).ids())
                .containsExactly("subject.before-number", "phrase.left-scope", "reject.no-unit");

        // delta.new-level reads what delta.trigger writes: the step cannot go alone.
        assertThatThrownBy(() -> MiniRules.extractor(MiniRules.rules().without("delta.trigger")))
                .isInstanceOf(RuleFormatException.class).hasMessageContaining("step delta.new-level reads").hasMessageContaining("nor a step of an earlier stage writes");
    }

    @Test
    void aWordsRowOfOnesOwnAddsToTheSetsListAndReachesTheEngine() {
        // 座 is no school measure of the mini word lists: 分馆 names a library, but 35座 counts things.
        Indicator plain = only(MINI, "全县有分馆35座。");
        assertThat(plain.category().name()).isEqualTo("COUNT");
        assertThat(plain.ruleId()).isEqualTo("count-座");
        Extractor mine = MiniRules.extractor(MiniRules.rules().with("words\tschool-units\t-\t座\n", "mine.tsv"));
        Indicator libraries = only(mine, "全县有分馆35座。");
        assertThat(libraries.category().name()).isEqualTo("SCHOOL_COUNT");
        assertThat(libraries.ruleId()).isEqualTo("mini-libraries");
    }

    @Test
    void swappingTwoStepsOfAStageChangesWhichOneDecidesWhereBothFire() {
        String sentence = "全县藏书120万册，新增5万册。";
        assertThat(MINI.extract(sentence).indicators().get(1).trace()).contains("subject.verb-completed");
        Extractor swapped = MiniRules.extractor(MiniRules.withOrder(swap("subject.verb-completed", "subject.breakdown-item")));
        Indicator later = swapped.extract(sentence).indicators().get(1);
        assertThat(later.trace()).contains("subject.breakdown-item").doesNotContain("subject.verb-completed");

        // A guard stage: the first rejection that fires names the number.
        String quoted = "实施“4个方面”工作。";
        assertThat(MINI.explain(quoted).get(0).ids()).containsExactly("reject.aspect:mini-aspect");
        Extractor quotesFirst = MiniRules.extractor(MiniRules.withOrder(swap("reject.aspect", "reject.quoted-name")));
        assertThat(quotesFirst.explain(quoted).get(0).ids()).containsExactly("reject.quoted-name");
    }

    /** The order file with two step ids swapped. */
    private static UnaryOperator<String> swap(String a, String b) {
        return order -> {
            assertThat(order).contains(a).contains(b);
            return order.replace(a, "\u0000").replace(b, a).replace("\u0000", b);
        };
    }

    /** The one record of a sentence. */
    private static Indicator only(Extractor extractor, String sentence) {
        List<Indicator> found = extractor.extract(sentence).indicators();
        assertThat(found).as("records of " + sentence).hasSize(1);
        Indicator i = found.get(0);
        assertThat(sentence.substring(i.start(), i.end())).isEqualTo(i.text());
        return i;
    }

    /** The mini set is a full set of its own: its rules are its own lines, its word lists short ones of its own. */
    @Test
    void theMiniSetHoldsNoneOfTheBuiltInVocabulary() {
        RuleSet mini = MiniRules.rules();
        assertThat(mini.rules()).filteredOn(r -> !Set.of(RuleKind.STEP, RuleKind.STAGE, RuleKind.WORDS, RuleKind.PATTERN).contains(r.kind()))
                .hasSizeGreaterThan(50).allSatisfy(r -> assertThat(r.id()).startsWith("mini-"));
        assertThat(mini.wordList("light-verbs")).hasSizeLessThan(RuleSet.defaults().wordList("light-verbs").size());
        assertThat(QuantityParser.of(mini)).isNotSameAs(QuantityParser.defaults());
    }
}
