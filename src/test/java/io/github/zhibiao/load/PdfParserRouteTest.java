package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A PDF goes straight to Tika's PDF parser, without the auto-detecting parser (whose type registry
 * and parser loading cost more CPU than a short PDF's parse in a fresh JVM). The text, type, title
 * and the errors must be the ones the detecting route gives.
 */
class PdfParserRouteTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PDF = TikaExtractor.Known.PDF.type;

    @Test
    void thePdfRouteGivesTheTextOfTheDetectingRoute() throws Exception {
        String text = "表1 某县2024年各级学校基本情况\n全县共有普通中学42所，比上年增加3所。\n在校学生2.6万人，增长4.8%。";
        byte[] pdf = TikaFormatsTest.pdf(text, null, 780, 11, 20);
        TikaExtractor tika = new TikaExtractor();
        TikaExtractor.Extracted direct = tika.extract(PDF, pdf, "route.pdf", null, 1_000_000, false, TIMEOUT);
        TikaExtractor.Extracted detected = tika.extract(pdf, "route.pdf", null, 1_000_000, false, TIMEOUT);
        assertThat(direct.text()).isEqualTo(detected.text()).contains("42").contains("2.6");
        assertThat(direct.mediaType()).isEqualTo(detected.mediaType()).isEqualTo("application/pdf");
        assertThat(direct.title()).isEqualTo(detected.title());
        assertThat(direct.tables()).isEqualTo(detected.tables());
        assertThat(direct.metadata()).containsEntry("X-TIKA:Parsed-By", "org.apache.tika.parser.pdf.PDFParser")
                .containsEntry("xmpTPg:NPages", "1");
    }

    @Test
    void loadingPdfsNeverBuildsTheDetectingParser() throws Exception {
        TikaExtractor tika = new TikaExtractor();
        tika.extract(PDF, TikaFormatsTest.pdf("全县共有幼儿园18所。", null, 780, 11, 20), "one.pdf", null, 1_000_000, false, TIMEOUT);
        assertThat(tika.detectingParserBuilt()).isFalse();
        tika.extract(TikaFormatsTest.docx("全县共有幼儿园18所。"), "one.docx", null, 1_000_000, false, TIMEOUT);
        assertThat(tika.detectingParserBuilt()).isTrue();
    }

    @Test
    void thePdfRouteMapsFailuresAsBefore() throws Exception {
        byte[] whole = TikaFormatsTest.pdf("全县共有幼儿园18所，在园幼儿5320人。", null, 780, 11, 20);
        TikaExtractor tika = new TikaExtractor();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        LoadException viaPdf = catchThrowableOfType(LoadException.class, () -> tika.extract(PDF, cut, "cut.pdf", null, 1_000_000, false, TIMEOUT));
        LoadException viaDetect = catchThrowableOfType(LoadException.class, () -> tika.extract(cut, "cut.pdf", null, 1_000_000, false, TIMEOUT));
        assertThat(viaPdf).isNotNull();
        assertThat(viaDetect).isNotNull();
        assertThat(viaPdf.reason()).isEqualTo(viaDetect.reason()).isEqualTo(LoadException.Reason.CORRUPT);

        byte[] locked = TikaFormatsTest.pdf("全县共有幼儿园18所。", "secret");
        assertThatThrownBy(() -> tika.extract(PDF, locked, "locked.pdf", null, 1_000_000, false, TIMEOUT))
                .isInstanceOfSatisfying(LoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.ENCRYPTED));

        // The write limit: refused, or cut with a diagnostic.
        assertThatThrownBy(() -> tika.extract(PDF, whole, "long.pdf", null, 5, false, TIMEOUT))
                .isInstanceOfSatisfying(LoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE));
        TikaExtractor.Extracted cutText = tika.extract(PDF, whole, "long.pdf", null, 5, true, TIMEOUT);
        assertThat(cutText.text()).hasSizeLessThanOrEqualTo(5);
        assertThat(cutText.diagnostics()).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.TRUNCATED);
    }
}
