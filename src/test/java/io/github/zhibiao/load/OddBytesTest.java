package io.github.zhibiao.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The odd inputs of testdata/odd: a stray byte in otherwise valid text, UTF-16 without a
 * byte-order mark, entity references in an OFD.
 */
class OddBytesTest {

    private static final Path ODD = TestFiles.TESTDATA.resolve("odd");
    private static final String CLEAN = "全县新增公办幼儿园14所，投入建设资金3.2亿元。\n全县小学在校生4.6万人，"
            + "专任教师5120人。\n全县初中学校23所。\n";
    private static final int STRAY_AT = CLEAN.indexOf("专任教师");

    private final ReportLoader loader = ReportLoader.defaults();

    @ParameterizedTest
    @CsvSource({"stray_nul_utf8.txt, UTF-8", "stray_ff_utf8.txt, UTF-8",
            "stray_1c_gb18030.txt, GB18030", "stray_ff_gb18030.txt, GB18030"})
    void oneStrayByteIsReplacedAndReported(String file, String charset) throws Exception {
        LoadedReport r = loader.load(ODD.resolve(file));
        assertThat(r.charset()).isEqualTo(charset);
        String expected = CLEAN.substring(0, STRAY_AT) + '\uFFFD' + CLEAN.substring(STRAY_AT);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(r.diagnostics()).filteredOn(d -> d.code() == Diagnostic.Code.MALFORMED_INPUT).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("1 bad byte sequence ")
                        .contains("first at char offset " + STRAY_AT + " (byte "
                                + CLEAN.substring(0, STRAY_AT).getBytes(Charset.forName(charset)).length + ")"));
    }

    @Test
    void moreBadBytesThanTheAllowanceAreStillRefused() throws Exception {
        byte[] one = Files.readAllBytes(ODD.resolve("stray_ff_utf8.txt"));
        // Two bad sequences in a text of under 1,000 chars: over the allowance (1 + 1 per 1,000).
        byte[] two = TestFiles.concat(one, new byte[] {(byte) 0xFF});
        assertThatThrownBy(() -> loader.load(two, "two.txt")).isInstanceOfSatisfying(LoadException.class,
                e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.UNREADABLE_ENCODING));
        byte[] nuls = TestFiles.concat(Files.readAllBytes(ODD.resolve("stray_nul_utf8.txt")), new byte[] {0});
        assertThatThrownBy(() -> loader.load(nuls, "nuls.txt")).isInstanceOf(LoadException.class);

        // Three in a text of 2,000 chars and more: within the allowance.
        StringBuilder longer = new StringBuilder();
        while (longer.length() < 2_100) {
            longer.append(CLEAN);
        }
        byte[] body = longer.toString().getBytes(StandardCharsets.UTF_8);
        byte[] three = TestFiles.concat(TestFiles.concat(new byte[] {(byte) 0xFF}, body), new byte[] {0, (byte) 0xC3});
        LoadedReport r = loader.load(three, "three.txt");
        assertThat(r.text().chars().filter(c -> c == '\uFFFD').count()).isEqualTo(3);
        assertThat(r.text()).startsWith("\uFFFD全县").endsWith("\uFFFD\uFFFD");
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).startsWith("3 bad byte sequences ")
                .contains("first at char offset 0 (byte 0)"));
    }

    @Test
    void aStrayByteAfterAByteOrderMarkIsCountedToo() throws Exception {
        byte[] stray = Files.readAllBytes(ODD.resolve("stray_ff_utf8.txt"));
        LoadedReport r = loader.load(TestFiles.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, stray), "bom.txt");
        int bytesBefore = CLEAN.substring(0, STRAY_AT).getBytes(StandardCharsets.UTF_8).length;
        assertThat(r.text()).isEqualTo(CLEAN.substring(0, STRAY_AT) + '\uFFFD' + CLEAN.substring(STRAY_AT));
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("1 byte sequence not valid in UTF-8 replaced by U+FFFD; first at char offset " + STRAY_AT
                        + " (byte " + (3 + bytesBefore) + ")"));
    }

    @ParameterizedTest
    @CsvSource({"utf16le_nobom_chinese.txt, UTF-16LE", "utf16be_nobom_chinese.txt, UTF-16BE",
            "utf16le_nobom_ascii.txt, UTF-16LE", "utf16be_nobom_ascii.txt, UTF-16BE"})
    void utf16WithoutBomIsReadInItsByteOrder(String file, String charset) throws Exception {
        byte[] bytes = Files.readAllBytes(ODD.resolve(file));
        LoadedReport r = loader.load(bytes, file);
        assertThat(r.charset()).isEqualTo(charset);
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.DETECTED);
        assertThat(r.text()).isEqualTo(new String(bytes, Charset.forName(charset))).contains("全县新增公办幼儿园14所");
        assertThat(r.has(Diagnostic.Code.CHARSET_GUESSED)).isTrue();
    }

    @Test
    void binaryIsStillNoUtf16() throws Exception {
        byte[] bin = Files.readAllBytes(TestFiles.TESTDATA.resolve("bad/txt_binary.txt"));
        assertThat(TextDecoder.utf16Order(bin)).isNull();
        // English text in UTF-8 never reaches the UTF-16 test (no zero bytes), and is read as UTF-8.
        assertThat(loader.load("plain ASCII text, 2023: 14 schools\n".getBytes(StandardCharsets.UTF_8), "a.txt")
                .charset()).isEqualTo("UTF-8");
    }

    @Test
    void ofdEntitiesAreDroppedNeverPrinted() throws Exception {
        LoadedReport r = loader.load(ODD.resolve("ofd_entities.ofd"));
        assertThat(r.text()).doesNotContain("null").doesNotContain("&")
                .contains("全县新增公办幼儿园14所，投入建设资金3.2亿元。")
                .contains("全县小学在校生4.6万人，专任教师5120人。")
                .contains("全县初中学校23所。");
        assertThat(r.title()).isEqualTo("教育事业发展情况");
        assertThat(r.metadata().values()).noneMatch(v -> v.contains("null"));
    }
}
