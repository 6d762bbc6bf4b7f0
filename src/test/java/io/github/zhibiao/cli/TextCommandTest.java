package io.github.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheAnalysisViewAndWithRawTheLoadedText() throws Exception {
        Path page = Path.of("testdata/layout/bulletin_page.txt");
        String loaded = Files.readString(page, StandardCharsets.UTF_8);

        ExtractCommandTest.Run view = ExtractCommandTest.run("text", page.toString());
        assertEquals(0, view.status(), view.err());
        assertTrue(view.out().contains("全年人均地区生产总值35120元"), view.out());
        assertFalse(view.out().contains("- 2 -"), view.out());

        ExtractCommandTest.Run raw = ExtractCommandTest.run("text", "--raw", page.toString());
        assertEquals(0, raw.status(), raw.err());
        assertEquals(loaded, raw.out());
    }

    @Test
    void aFileThatCannotBeReadIsOneErrorLine() throws Exception {
        Path bad = dir.resolve("bad.pdf");
        Files.write(bad, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2});
        ExtractCommandTest.Run r = ExtractCommandTest.run("text", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("zhibiao: " + bad + ": "), r.err());
    }
}
