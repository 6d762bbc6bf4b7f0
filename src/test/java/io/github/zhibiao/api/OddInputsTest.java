package io.github.zhibiao.api;

import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file of testdata/odd gives its good records through the library, grounded. */
class OddInputsTest {

    private static final Path ODD = Path.of("testdata/odd");
    private static final Extractor EX = Extractor.defaults();

    private static Extraction extract(String file) throws Exception {
        Extraction e = EX.extract(ODD.resolve(file));
        for (Indicator i : e.indicators()) {
            assertThat(e.loadedText().substring(i.start(), i.end())).isEqualTo(i.text());
            assertThat(i.text()).doesNotContain("\uFFFD");
            assertThat(i.subject()).doesNotStartWith("\uFFFD").doesNotEndWith("\uFFFD")
                    .doesNotStartWith("\u0085").doesNotEndWith("\u0085");
        }
        return e;
    }

    @Test
    void aZeroDenominatorCostsOnlyItself() throws Exception {
        Extraction e = extract("zero_denominator.txt");
        String text = e.loadedText();
        int line2 = text.indexOf('\n') + 1;
        int line3 = text.indexOf('\n', line2) + 1;
        assertThat(e.indicators()).extracting(Indicator::text).contains("14所", "3.2亿元", "5120人", "86人");
        assertThat(e.indicators()).noneMatch(i -> i.start() >= line2 && i.start() < line3);
        assertThat(e.indicators()).noneMatch(i -> i.measure() instanceof Measure.Percent);
    }

    @Test
    void generatedZeroDenominatorsNeverCostTheOtherLines() {
        java.util.Random rnd = new java.util.Random(13);
        String[] zeros = {"0", "00", "零", "〇", "０"};
        String[] nums = {"九", "玖", "3", "", "12345678901234567890", "一千二百亿", "0"};
        for (int n = 0; n < 200; n++) {
            String z = zeros[rnd.nextInt(zeros.length)];
            String y = nums[rnd.nextInt(nums.length)];
            String phrase = switch (rnd.nextInt(3)) {
                case 0 -> z + "分之" + y;
                case 1 -> y + "/" + z;
                default -> "百分之" + y + "，" + z + "分之" + y;
            };
            String text = "全县新增公办幼儿园14所。\n其中" + phrase + "的园所完成改造。\n全县小学专任教师5120人。\n";
            Extraction e = EX.extract(text);
            assertThat(e.indicators()).as(text).extracting(Indicator::text).contains("14所", "5120人");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stray_nul_utf8.txt", "stray_ff_utf8.txt", "stray_1c_gb18030.txt",
            "stray_ff_gb18030.txt"})
    void aStrayByteCostsNothingAndIsReported(String file) throws Exception {
        Extraction e = extract(file);
        assertThat(e.indicators()).extracting(Indicator::text)
                .contains("14所", "3.2亿元", "4.6万人", "5120人", "23所");
        assertThat(e.indicators()).filteredOn(i -> i.text().equals("5120人")).singleElement()
                .satisfies(i -> assertThat(i.subject()).isEqualTo("专任教师"));
        assertThat(e.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.MALFORMED_INPUT);
    }

    @Test
    void aNumberTouchingAStrayByteIsUnknownTheOthersComeOut() throws Exception {
        Extraction e = extract("stray_in_number_utf8.txt");
        assertThat(e.indicators()).extracting(Indicator::text).contains("14所", "3.2亿元", "5120人");
        assertThat(e.indicators()).noneMatch(i -> i.value().compareTo(new BigDecimal("46000")) == 0
                || i.value().compareTo(new BigDecimal("6000")) == 0 || i.value().compareTo(new BigDecimal("4")) == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf16le_nobom_chinese.txt", "utf16be_nobom_chinese.txt"})
    void utf16WithoutBom(String file) throws Exception {
        assertThat(extract(file).indicators()).extracting(Indicator::text)
                .contains("14所", "3.2亿元", "4.6万人", "5120人");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf16le_nobom_ascii.txt", "utf16be_nobom_ascii.txt"})
    void asciiHeavyUtf16WithoutBom(String file) throws Exception {
        assertThat(extract(file).indicators()).extracting(Indicator::text).contains("14所", "3.2亿元");
    }

    @Test
    void ofdEntities() throws Exception {
        Extraction e = extract("ofd_entities.ofd");
        assertThat(e.loadedText()).doesNotContain("null");
        assertThat(e.indicators()).extracting(Indicator::text)
                .contains("14所", "3.2亿元", "4.6万人", "5120人", "23所");
        assertThat(e.indicators()).allSatisfy(i -> assertThat(i.sentence()).doesNotContain("null"));
    }

    @Test
    void lineSeparatorsInSentences() throws Exception {
        assertThat(extract("line_separators.txt").indicators()).extracting(Indicator::text)
                .contains("14所", "3.2亿元", "4.6万人", "5120人", "23所", "2.1万人");
    }

    @Test
    void aTextGivenAsAStringHasNoLoadDiagnostics() {
        assertThat(EX.extract("全县新增公办幼儿园14所。").diagnostics()).isEmpty();
    }
}
