package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLoadTest {

    private final ReportLoader loader = ReportLoader.defaults();

    @Test
    void utf8WithoutBomIsDetected() throws Exception {
        String text = TestFiles.report();
        LoadedReport r = loader.load(TestFiles.TESTDATA.resolve("txt_utf8.txt"));
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.fileName()).isEqualTo("txt_utf8.txt");
        assertThat(r.mediaType()).isEqualTo("text/plain");
        assertThat(r.charset()).isEqualTo("UTF-8");
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.DETECTED);
        assertThat(r.title()).isEqualTo("某县2024年教育事业发展情况报告");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void utf8BomIsRemovedFromTheText() throws Exception {
        String text = TestFiles.report();
        byte[] b = TestFiles.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        LoadedReport r = loader.load(b, "txt_utf8_bom.txt");
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.BOM);
    }

    @Test
    void utf16WithBomBothByteOrders() throws Exception {
        String text = TestFiles.report();
        byte[] le = TestFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = text.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        LoadedReport a = loader.load(le, "txt_utf16le.txt");
        LoadedReport b = loader.load(be, "txt_utf16be.txt");
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.charset()).isEqualTo("UTF-16LE");
        assertThat(b.text()).isEqualTo(text);
        assertThat(b.charset()).isEqualTo("UTF-16BE");
        assertThat(b.charsetSource()).isEqualTo(CharsetSource.BOM);
    }

    @Test
    void gbkIsDetectedAsGb18030WithADiagnostic() throws Exception {
        String text = TestFiles.report();
        LoadedReport r = loader.load(text.getBytes(Charset.forName("GBK")), "txt_gbk.txt");
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.charset()).isEqualTo("GB18030");
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.DETECTED);
        assertThat(r.has(Diagnostic.Code.CHARSET_GUESSED)).isTrue();
    }

    @Test
    void big5IsDetected() throws Exception {
        String text = TestFiles.traditionalReport();
        LoadedReport r = loader.load(text.getBytes(Charset.forName("Big5")), "txt_big5.txt");
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.charset()).isEqualTo("Big5");
        assertThat(r.has(Diagnostic.Code.CHARSET_GUESSED)).isTrue();
    }

    @Test
    void traditionalTextInGbkStaysGb18030() throws Exception {
        String text = TestFiles.traditionalReport();
        LoadedReport r = loader.load(text.getBytes(Charset.forName("GBK")), "txt_gbk_traditional.txt");
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.charset()).isEqualTo("GB18030");
    }

    @Test
    void forcedCharsetWins() throws Exception {
        String text = TestFiles.report();
        ReportLoader forced = ReportLoader.builder().charset(Charset.forName("GB18030")).build();
        LoadedReport r = forced.load(new ByteArrayInputStream(text.getBytes(Charset.forName("GB18030"))), "txt_forced.txt");
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.FORCED);
        // Forcing the wrong charset is the caller's call: the text is garbled, and the loader says so.
        LoadedReport wrong = ReportLoader.builder().charset(StandardCharsets.UTF_8).build()
                .load(text.getBytes(Charset.forName("GBK")), "txt_forced_wrong.txt");
        assertThat(wrong.has(Diagnostic.Code.MALFORMED_INPUT)).isTrue();
    }

    @Test
    void binaryGarbageNamedTxtIsAnError() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> loader.load(garbage, "txt_garbage.txt"))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.UNREADABLE_ENCODING);
                    assertThat(e.fileName()).isEqualTo("txt_garbage.txt");
                    assertThat(e.getMessage()).startsWith("txt_garbage.txt: unreadable encoding: binary data");
                });
    }

    @Test
    void emptyAndBlankInputs() {
        assertThatThrownBy(() -> loader.load(new byte[0], "txt_empty.txt"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.EMPTY));
        assertThatThrownBy(() -> loader.load(" \n\t\n".getBytes(StandardCharsets.US_ASCII), "txt_blank.txt"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.EMPTY));
    }

    @Test
    void fiftyMegabyteTextIsTooLargeFast(@TempDir Path dir) throws Exception {
        byte[] line = "全市教育经费总投入12.8亿元，比上年增长6.5%。\n".getBytes(Charset.forName("GBK"));
        byte[] big = new byte[50 << 20];
        for (int i = 0; i + line.length <= big.length; i += line.length) {
            System.arraycopy(line, 0, big, i, line.length);
        }
        Arrays.fill(big, big.length - (big.length % line.length), big.length, (byte) '\n');
        Path file = dir.resolve("txt_huge.txt");
        Files.write(file, big);
        long t = System.nanoTime();
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("limit of 10000000 characters")
                            .contains("raise ReportLoader.Builder.maxChars(...)").doesNotContain("--max-chars");
                });
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(5_000);
        ReportLoader small = ReportLoader.builder().maxInputBytes(1 << 20).build();
        assertThatThrownBy(() -> small.load(file))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("limit of 1048576 bytes")
                            .contains("raise ReportLoader.Builder.maxInputBytes(...)").doesNotContain("--max-size");
                });
        assertThatThrownBy(() -> small.load(Files.newInputStream(file), "txt_huge.txt"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE));
    }

    @Test
    void truncationIsReportedNeverSilent() throws Exception {
        String text = TestFiles.report();
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> ReportLoader.builder().maxChars(100).build().load(gbk, "txt_long.txt"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE));
        LoadedReport r = ReportLoader.builder().maxChars(100).truncate(true).build().load(gbk, "txt_long.txt");
        assertThat(r.text()).hasSizeLessThanOrEqualTo(100);
        assertThat(text).startsWith(r.text());
        assertThat(r.has(Diagnostic.Code.TRUNCATED)).isTrue();
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> loader.load(Path.of("testdata/no-such-file.txt")))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.IO);
                    assertThat(e.fileName()).isEqualTo("no-such-file.txt");
                });
    }

    @Test
    void plainTextNeverStartsTika() throws Exception {
        // A fresh loader: if text went through Tika, the first load would take ~1 s for parser creation.
        ReportLoader fresh = ReportLoader.defaults();
        byte[] gbk = TestFiles.report().getBytes(Charset.forName("GBK"));
        long t = System.nanoTime();
        fresh.load(gbk, "txt_fast.txt");
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(300);
    }
}
