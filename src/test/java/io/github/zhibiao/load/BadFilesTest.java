package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in testdata/bad/ fails with a typed exception that names it, quickly. */
class BadFilesTest {

    private static final ReportLoader LOADER = ReportLoader.defaults();

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.TESTDATA.resolve("bad"))) {
            return s.sorted().toList().stream();
        }
    }

    /** The limit below is per file: Tika's and POI's and PDFBox's start-up is paid here, once. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() throws Exception {
        LOADER.load(TikaFormatsTest.docx("全县新建公办幼儿园7所。"), "warm.docx");
        LOADER.load(TikaFormatsTest.pdf("全县新建公办幼儿园7所。", null), "warm.pdf");
        LOADER.load("<html><body><p>全县新建公办幼儿园7所。</p></body></html>".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "warm.html");
    }

    @Test
    void theFolderIsNotEmpty() throws IOException {
        assertThat(badFiles()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void failsWithATypedReason(Path file) {
        long t = System.nanoTime();
        assertThatThrownBy(() -> LOADER.load(file))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(file.getFileName().toString());
                    assertThat(e.getMessage()).startsWith(file.getFileName() + ": " + e.reason().label() + ": ");
                    assertThat(e.reason()).isIn(List.of(LoadException.Reason.values()));
                });
        // A guard against a bad file that hangs the loader, not a speed target: the first Tika
        // start in a JVM alone can take seconds on a busy machine.
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(60_000);
    }
}
