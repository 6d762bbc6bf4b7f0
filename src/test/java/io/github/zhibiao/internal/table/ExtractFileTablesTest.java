package io.github.zhibiao.internal.table;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.api.FileResult;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that hands the extractor a file's bytes ({@code extractFile}, as the Spark module does)
 * gets what the command line gets from the same file: tables read as tables, PDF layout repaired.
 */
class ExtractFileTablesTest {

    private static final Extractor EX = Extractor.defaults();

    @Test
    void bytesGiveTheRecordsOfTheFile() throws Exception {
        Path dir = Files.createTempDirectory("zb-bytes");
        byte[][] files = {TableFormatsTest.docx(), TableFormatsTest.html(), TableFormatsTest.pdf()};
        String[] names = {"bulletin.docx", "bulletin.html", "bulletin.pdf"};
        for (int k = 0; k < files.length; k++) {
            Path file = Files.write(dir.resolve(names[k]), files[k]);
            List<Indicator> fromFile = EX.extract(file).indicators();

            List<FileResult> results = EX.extractFile("2024/" + names[k], files[k]);

            assertThat(results).singleElement().isInstanceOf(FileResult.Success.class);
            FileResult.Success ok = (FileResult.Success) results.get(0);
            assertThat(ok.extraction().doc()).isEqualTo("2024/" + names[k]);
            assertThat(ok.extraction().indicators()).as(names[k]).isEqualTo(fromFile);
            assertThat(fromFile).as(names[k]).anyMatch(i -> i.cell() != null);
        }
    }
}
