package io.github.zhibiao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A one-cell-per-line table (as Word tables and PDF text come out) followed by a page footer keeps
 * its rows: short lines next to the footer are not page chrome when they hold a figure.
 */
class TablePageFooterTest {

    private static final Path FILE = Path.of("testdata/table_page_footer.txt");
    private static final String FOOTER = "第1页/共3页";

    private static List<String> rows(Extraction e) {
        return e.indicators().stream()
                .map(i -> i.text() + "|" + i.measure().value().toPlainString() + "|" + i.measure().unit() + "|" + i.subject())
                .toList();
    }

    private static void assertGrounded(Extraction e) {
        for (Indicator i : e.indicators()) {
            assertThat(e.loadedText().substring(i.start(), i.end())).isEqualTo(i.text());
        }
    }

    @Test
    void footerChangesNoRecordInText() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(text).contains(FOOTER);
        String without = text.replace(FOOTER + "\n", "");
        Extraction with = Extractor.defaults().extract("with", text);
        Extraction plain = Extractor.defaults().extract("without", without);
        assertThat(rows(plain)).hasSize(6);
        assertThat(rows(with)).isEqualTo(rows(plain));
        assertThat(with.indicators()).extracting(Indicator::text)
                .containsExactly("42所", "8560人", "1200人", "93.5%", "88.2%", "3250万元");
        assertGrounded(with);
    }

    @Test
    void footerChangesNoRecordInDocx() throws Exception {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        Extraction with = Extractor.defaults().extract(new ByteArrayInputStream(docx(lines)), "table.docx");
        Extraction plain = Extractor.defaults().extract(
                new ByteArrayInputStream(docx(lines.stream().filter(l -> !l.equals(FOOTER)).toList())), "table.docx");
        assertThat(rows(plain)).hasSize(6);
        assertThat(rows(with)).isEqualTo(rows(plain));
        assertGrounded(with);
    }

    @Test
    void footerItselfIsStillChrome() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(PageCleaner.defaults().clean(text).text()).doesNotContain(FOOTER).contains("8560人");
    }

    private static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
