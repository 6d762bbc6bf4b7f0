package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 10,000 small reports: the run completes, streams, and stays within a small heap. */
class ScaleTest {

    static final int FILES = 10_000;
    static final int NUMBERS_PER_FILE = 20;

    @TempDir
    static Path dir;

    static Path reports;

    @BeforeAll
    static void writeReports() throws IOException {
        reports = dir.resolve("reports");
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < NUMBERS_PER_FILE; k++) {
            text.append("全市新增公办幼儿园").append(k + 1).append("所，");
        }
        for (int k = 0; k < FILES; k++) {
            Path sub = reports.resolve(String.format("%02d", k % 50));
            Files.createDirectories(sub);
            Files.writeString(sub.resolve(String.format("report-%05d.txt", k)), text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void tenThousandReportsWithTheRealExtractorInProcess() {
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"extract", "-t", "2", reports.toString()},
                OutputStream.nullOutputStream(), new PrintWriter(err), false, Extractor.defaults()::extract);
        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
    }

    @Test
    void twoHundredThousandRecordsStreamThroughA32MegabyteHeap() throws Exception {
        Path out = dir.resolve("out.jsonl");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                FakeSource.class.getName(), "extract", "-t", "2", "-o", out.toString(), reports.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("jvm.log").toFile())
                .start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String log = Files.readString(dir.resolve("jvm.log"));
        assertThat(p.exitValue()).as(log).isZero();

        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            assertThat(first).startsWith("{\"doc\":\"00/report-00000.txt\",\"text\":\"1\",\"value\":1,");
            lines = 1;
            while (r.readLine() != null) {
                lines++;
            }
        }
        assertThat(lines).isEqualTo((long) FILES * NUMBERS_PER_FILE);
    }
}
