package io.github.zhibiao.rules;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.internal.text.ChromeRules;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetTest {

    private static final org.assertj.core.api.Condition<List<?>> EMPTY = new org.assertj.core.api.Condition<>(List::isEmpty, "empty");
    private static final org.assertj.core.api.Condition<List<?>> NOT_EMPTY = new org.assertj.core.api.Condition<>(l -> !l.isEmpty(), "not empty");

    @Test
    void defaultsHaveEveryKindThatTheEngineUses() {
        RuleSet rules = RuleSet.defaults();
        for (RuleKind k : RuleKind.values()) {
            // the built-in categories need no declaration: category-def is for a user's own; so is disable
            boolean own = k == RuleKind.CATEGORY_DEF || k == RuleKind.DISABLE;
            assertThat(rules.of(k)).as(k.name()).is(own ? EMPTY : NOT_EMPTY);
        }
    }

    @Test
    void aWordsRuleOfOnesOwnAddsToTheBuiltInListOfItsId() {
        RuleSet mine = RuleSet.defaults().with("words\tchange-adverbs\t-\t大幅|小幅\n", "mine.tsv");
        List<String> builtIn = RuleSet.defaults().wordList("change-adverbs");
        assertThat(mine.wordList("change-adverbs")).startsWith(builtIn.toArray(String[]::new)).endsWith("大幅", "小幅")
                .hasSize(builtIn.size() + 2);
        assertThat(RuleSet.defaults().wordList("change-adverbs")).doesNotContain("大幅");
        assertThatThrownBy(() -> mine.wordList("no-such-list")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-list");
    }

    @Test
    void aWordListOfOnesOwnReachesTheEngine() {
        String text = "全县有幼儿园35座。";
        assertThat(Extractor.defaults().extract("t.txt", text).indicators()).singleElement()
                .extracting(Indicator::category).isEqualTo(Category.COUNT);
        Extractor mine = Extractor.builder()
                .rules(RuleSet.defaults().with("words\tschool-units\t-\t座\n", "mine.tsv")).build();
        assertThat(mine.extract("t.txt", text).indicators()).singleElement()
                .extracting(Indicator::category).isEqualTo(Category.SCHOOL_COUNT);
    }

    @Test
    void everyBuiltInFileIsReadByTheOneLoader() {
        assertThat(RuleSet.defaults().rules()).extracting(Rule::source).containsOnly("common.tsv", "education.tsv",
                "economy.tsv", "numerals.tsv", "units.tsv", "qualifiers.tsv", "blockers.tsv", "per.tsv", "chrome.tsv",
                "measures.tsv", "words.tsv", "patterns.tsv", "steps.tsv", "pipeline.tsv");
        assertThat(RuleSet.defaults().rules()).allSatisfy(r -> assertThat(r.line()).isPositive());
    }

    @Test
    void userFileAddsRulesWithoutChangingTheDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hospital.tsv");
        Files.writeString(file, "\uFEFF# beds\ncategory\thospital-beds\tCOUNT\t床位|病床\t全市床位3.2万张。\n",
                StandardCharsets.UTF_8);
        RuleSet mine = RuleSet.defaults().with(file);
        assertThat(mine.rules()).hasSize(RuleSet.defaults().rules().size() + 1);
        Rule added = mine.rules().get(mine.rules().size() - 1);
        assertThat(added.id()).isEqualTo("hospital-beds");
        assertThat(added.words()).containsExactly("床位", "病床");
        assertThat(added.source()).endsWith("hospital.tsv");
        assertThat(added.line()).isEqualTo(2);
        assertThat(RuleSet.defaults().rules()).doesNotContain(added);
    }

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> RuleSet.empty().with("category\tx\tCOUNT\n", "mine.tsv"))
                .isInstanceOf(RuleFormatException.class).hasMessageStartingWith("mine.tsv:1:");
        assertThatThrownBy(() -> RuleSet.empty().with("# ok\nkategory\tx\tCOUNT\t床位\n", "mine.tsv"))
                .isInstanceOf(RuleFormatException.class).hasMessageContaining("mine.tsv:2:")
                .hasMessageContaining("unknown rule kind");
    }

    /** Each kind's malformed line: the message is file:line: reason. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // indicator rules
        "category\tbeds\tCOUNT;                      columns;    got 3 columns",
        "category\tbeds\tBEDS\t床位;                 enum;       unknown category 'BEDS'",
        "category\tbeds\tCOUNT\t | ;                 words;      no words",
        "category-def\tbeds\tFUNDING\tHOSPITAL_BEDS;    enum;       unknown value 'FUNDING'",
        "category-def\tbeds\tCOUNT\thospital_beds;      enum;       upper-case letters",
        "category-def\tbeds\tCOUNT\tFUNDING;            enum;       category FUNDING is built in",
        "category-def\tbeds\tCOUNT\tEMPTY;              words;      no words",
        "delta\tup\tSIDEWAYS\t增加;                  enum;       unknown value 'SIDEWAYS'",
        "reject\tr\tLATER\t方面;                     enum;       unknown value 'LATER'",
        "target\tt\tUP\t力争;                        enum;       unknown value 'UP'",
        "term\tt\t-\tEMPTY;                            words;      no words",
        // quantity grammar
        "numeral\tn\tDIGIT\t壹;                      enum;       expected DIGIT,value",
        "numeral\tn\tTEN,10\t拾;                     enum;       unknown numeral role 'TEN'",
        "numeral\tn\tDIGIT,1\tEMPTY;                   words;      no words",
        "quantity-unit\tu\t羽,COUNTS,ALL\t羽;        enum;       unknown value 'COUNTS'",
        "quantity-unit\tu\t羽,COUNT\t羽;             columns;    expected 3 comma-separated parts",
        "quantity-unit\tu\t羽,COUNT,ALL\t羽\t30羽;   expect;     the example needs what it gives",
        "quantity-unit\tu\t羽,COUNT,ALL\t羽\t30羽\t30|羽\tmore; columns; got 7 columns",
        "qualifier\tq\tPREFIX,ABOUT\t约;             enum;       unknown value 'ABOUT'",
        "blocker\tb\tAFTER,SOMETIMES\t月;            enum;       unknown value 'SOMETIMES'",
        "blocker\tb\tAFTER,ALL;                      columns;    got 3 columns",
        "per\tp\tWHOM\t生;                           enum;       unknown value 'WHOM'",
        "per\tp\tWHO\t生\t每生\t1|生;                expect;     an expected value|unit belongs to",
        // site chrome
        "chrome-line\tl\t40\t(unclosed;          regex;      bad regular expression",
        "chrome-line\tl\tforty\t^下载$;               enum;       is not a whole number",
        "chrome-notice\tn\t40\t[温馨;               regex;      bad regular expression",
        "chrome-inline\ti\t0\tEMPTY;                   words;      no words",
        "chrome-keyword\tk\t0\t下载|上传\textra\tx\ty; columns; got 7 columns",
        "chrome-param\tp\t8\tEMPTY;                    words;      no words",
        // table measures
        "table-measure\tm\tHALF\t总量;                enum;       unknown value 'HALF'",
        "table-measure\tm\tTAIL;                     columns;    got 3 columns",
        "words\tno-such-list\t-\t打造;                 own;        no such word list",
        "words\tlight-verbs\tUP\t打造;                 enum;       unknown value 'UP'",
        "step\tsubject.x\tsubject\t说明;               own;        cannot add one",
        "step\tsubject.x\tsubject\t说明\t全市新增5所学校。; expect; the number it fires on",
        "step\tsubject.x\tsubject\t说明\t全市新增5所学校。\t5所|colour=red; expect; the number it fires on",
        "kategory\tx\t-\t词;                         kind;       unknown rule kind 'kategory'",
        "EMPTY\tx\t-\t词;                                 kind;       unknown rule kind ''",
        "scope\t\t-\t全市;                           id;         empty id",
    })
    void malformedLineOfEachKind(String line, String what, String reason) {
        String text = "# a user's file\n\nscope\tok\t-\t全市\n" + line.strip().replace("EMPTY", "") + "\n";
        assertThatThrownBy(() -> RuleSet.defaults().with(text, "mine.tsv")).as(what)
                .isInstanceOf(RuleFormatException.class)
                .hasMessageStartingWith("mine.tsv:4: ")
                .hasMessageContaining(reason.strip());
    }

    @Test
    void aCategoryOfTheUsersOwnIsDeclaredOnce() {
        RuleSet set = RuleSet.defaults().with("category-def\tbeds\tCOUNT\tHOSPITAL_BEDS|CLINIC_BEDS\n"
                + "category\thospital-beds\tHOSPITAL_BEDS\t床位\n", "beds.tsv");
        assertThat(set.declaredCategories()).extracting(Category::name).containsExactly("HOSPITAL_BEDS", "CLINIC_BEDS");
        assertThat(set.category("HOSPITAL_BEDS").base()).isSameAs(Category.COUNT);
        assertThat(set.category("COUNT")).isSameAs(Category.COUNT);
        assertThat(RuleSet.defaults().declaredCategories()).isEmpty();
        assertThatThrownBy(() -> set.with("category-def\tbeds2\tPERCENTAGE\tHOSPITAL_BEDS\n", "more.tsv"))
                .isInstanceOf(RuleFormatException.class)
                .hasMessage("more.tsv:1: category-def beds2: HOSPITAL_BEDS is declared with base COUNT already");
        // declared in one file, used in the next
        assertThat(set.with("category\tclinic\tCLINIC_BEDS\t诊所床位\n", "more.tsv").of(RuleKind.CATEGORY))
                .extracting(Rule::arg).contains("CLINIC_BEDS");
    }

    @Test
    void patternKindsTakeTheirRegexWholeAndWordKindsSplitIt() {
        RuleSet set = RuleSet.empty().with("chrome-line\tnav\t30\t^(首页|返回)$\nchrome-keyword\tkw\t0\t首页|返回\n", "c.tsv");
        assertThat(set.of(RuleKind.CHROME_LINE).get(0).words()).containsExactly("^(首页|返回)$");
        assertThat(set.of(RuleKind.CHROME_KEYWORD).get(0).words()).containsExactly("首页", "返回");
    }

    @Test
    void theChromeReaderUsesTheOneFormatAndItsErrors() throws IOException {
        assertThat(ChromeRules.parse(new StringReader("chrome-param\tp\t12\tshort_len\n"), "c.tsv")).isNotNull();
        assertThatThrownBy(() -> ChromeRules.parse(new StringReader("line\tx\t30\t^a$\n"), "c.tsv"))
                .isInstanceOf(RuleFormatException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("c.tsv:1: unknown rule kind");
    }

    /** A user's file may hold any kind: here a unit, a blocker and a chrome rule, through the extractor. */
    @Test
    void aUsersFileMayHoldGrammarAndChromeRules() {
        String units = "quantity-unit\tfeathers\t羽,COUNT,ALL\t羽\t30羽\t30|羽\n"
                + "blocker\tstorm-name\tAFTER,CHINESE\t号台风\n"
                + "chrome-line\tmy-footer\t40\t^本报讯\n";
        String text = "本报讯：协会新增会员120人。\n全市放飞信鸽300羽，迎战十二号台风。";
        List<Indicator> plain = Extractor.defaults().extract(text).indicators();
        Extractor mine = Extractor.builder().rules(RuleSet.defaults().with(units, "pigeons.tsv")).build();
        List<Indicator> found = mine.extract(text).indicators();
        assertThat(plain).extracting(Indicator::text).contains("120人").doesNotContain("300羽");
        assertThat(found).extracting(Indicator::text).containsExactly("300羽");
        assertThat(found.get(0).unit()).isEqualTo("羽");
    }

    @Test
    void kindsAreSpelledAsInTheFiles() {
        for (RuleKind k : EnumSet.allOf(RuleKind.class)) {
            assertThat(RuleKind.parse(k.spelling())).isEqualTo(k);
        }
        assertThat(RuleKind.TARGET_SECTION.spelling()).isEqualTo("target-section");
    }

    @Test
    void aPatternNamesItsPiecesAndIsResolvedAtLoad() {
        RuleSet mine = RuleSet.empty().with("""
                pattern\tdigit-cn\t-\t[一二三]\t二
                pattern\titem\t-\t^{digit-cn}+、\\d{1,2}\t二、12
                """, "mine.tsv");
        assertThat(mine.pattern("item")).isEqualTo("^(?:[一二三])+、\\d{1,2}");
        assertThatThrownBy(() -> mine.pattern("none")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleSet.empty().with("pattern\ta\t-\tx{b}\n", "p.tsv"))
                .isInstanceOf(RuleFormatException.class).hasMessage("p.tsv:1: pattern a: no pattern {b}");
        assertThatThrownBy(() -> RuleSet.empty().with("pattern\ta\t-\tx{b}\npattern\tb\t-\ty{a}\n", "p.tsv"))
                .hasMessageContaining("refers to itself");
        assertThatThrownBy(() -> RuleSet.empty().with("pattern\ta\t-\t^图\\d\t表1\n", "p.tsv"))
                .hasMessage("p.tsv:1: pattern a: does not find its example '表1'");
        assertThatThrownBy(() -> RuleSet.empty().with("pattern\ta\t-\t([\n", "p.tsv"))
                .hasMessageContaining("p.tsv:1: pattern a: bad regular expression");
    }

    @Test
    void theBuiltInPatternsFindTheirExamples() {
        assertThat(RuleSet.defaults().of(RuleKind.PATTERN)).isNotEmpty().allSatisfy(r -> assertThat(
                java.util.regex.Pattern.compile(RuleSet.defaults().pattern(r.id())).matcher(r.example()).find())
                .as(r.id()).isTrue());
    }
}
