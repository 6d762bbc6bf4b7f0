package io.github.zhibiao;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.load.LoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZhibiaoTest {

    @TempDir
    Path dir;

    private Path write(String relative, byte[] bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void delegatesToTheDefaultExtractor() throws Exception {
        String text = "全市新增公办幼儿园11所，投入资金2.5亿元。";
        assertThat(Zhibiao.extract(text).doc()).isEqualTo("text");
        assertThat(Zhibiao.extract(text).loadedText()).isEqualTo(text);
        assertThat(Zhibiao.extract("a.txt", text).doc()).isEqualTo("a.txt");
        Extraction r = Zhibiao.extract(write("reports/r.txt", text));
        assertThat(r.doc()).isEqualTo("r.txt");
        assertThat(r.indicators()).allSatisfy(i ->
                assertThat(r.loadedText().substring(i.start(), i.end())).isEqualTo(i.text()));
    }

    @Test
    void reportFilesAreSortedRecursiveAndGlobbed() throws IOException {
        write("r/b.txt", "b");
        write("r/a.docx", "a");
        write("r/c/z.txt", "z");
        write("r/c/a.pdf", "a");
        write("r/.git/config", "hidden");
        write("r/.DS_Store", "hidden");
        Path r = dir.resolve("r");

        assertThat(names(Zhibiao.reportFiles(r, null))).containsExactly("a.docx", "b.txt", "c/a.pdf", "c/z.txt");
        assertThat(names(Zhibiao.reportFiles(r, "*.txt"))).containsExactly("b.txt", "c/z.txt");
        assertThat(names(Zhibiao.reportFiles(r, "*.{pdf,docx}"))).containsExactly("a.docx", "c/a.pdf");
        assertThat(names(Zhibiao.reportFiles(r, "c/*"))).containsExactly("c/a.pdf", "c/z.txt");
        assertThatThrownBy(() -> Zhibiao.reportFiles(r.resolve("b.txt"), null)).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void extractAllStopsAtTheFirstBadFileOrReportsAndGoesOn() throws IOException {
        write("r/1.txt", "新增11所");
        write("r/2.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});   // not UTF-8: the seam loader refuses it
        write("r/3.txt", "新增12所");
        Path r = dir.resolve("r");
        boolean secondLoads;
        try {
            Zhibiao.extract(r.resolve("2.txt"));
            secondLoads = true;   // a smarter loader may read it; the failure paths are then not exercised
        } catch (LoadException e) {
            secondLoads = false;
        }

        List<Path> failed = new ArrayList<>();
        List<Extraction> all = Zhibiao.extractAll(r, "*.txt", (file, e) -> failed.add(file));
        if (secondLoads) {
            assertThat(all).extracting(Extraction::doc).containsExactly("1.txt", "2.txt", "3.txt");
        } else {
            assertThat(all).extracting(Extraction::doc).containsExactly("1.txt", "3.txt");
            assertThat(failed).containsExactly(r.resolve("2.txt"));
            assertThatThrownBy(() -> Zhibiao.extractAll(r)).isInstanceOf(LoadException.class);
        }
    }

    private List<String> names(List<Path> files) {
        Path r = dir.resolve("r");
        return files.stream().map(f -> r.relativize(f).toString().replace('\\', '/')).toList();
    }
}
