package io.github.zhibiao.bench;

import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.ReportLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Loading: the library's {@code ReportLoader} (Tika inside) turning a .docx and a .pdf of the
 * benchmark text back into text. The files are generated at set-up from the same corpus as
 * {@link TextBenchmark} and kept in {@code benchmarks/target/gen/} (or {@code ZHIBIAO_BENCH_OUT})
 * so {@link Report} can state their sizes. The loader is created and warmed once per trial:
 * Tika's parser creation is a one-off start-up cost measured elsewhere, not a per-file cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g", "-Dfile.encoding=UTF-8"})
public class LoadBenchmark {

    @Param({"docx", "pdf"})
    public String format;

    /** UTF-8 size of the text written into the file (see {@link Corpus#bytes(String)}). */
    @Param({"100KB", "1MB"})
    public String size;

    private Path file;
    private ReportLoader loader;

    @Setup(Level.Trial)
    public void setUp() throws IOException, LoadException {
        String text = Corpus.text(size);
        Path dir = outDir();
        Files.createDirectories(dir);
        file = dir.resolve("bench-" + size + "." + format);
        String note;
        if (format.equals("docx")) {
            ReportFiles.writeDocx(text, file);
            note = "";
        } else {
            ReportFiles.Pdf pdf = ReportFiles.writePdf(text, file);
            note = String.format(Locale.ROOT, ", %d pages, font %s, %d chars without a glyph",
                    pdf.pages(), pdf.font(), pdf.replaced());
        }
        loader = ReportLoader.defaults();
        String loaded = loader.load(file).text();
        String info = String.format(Locale.ROOT, "%s: %d bytes, text %d chars (%d UTF-8 bytes) in, %d chars out%s",
                file, Files.size(file), text.length(), text.getBytes(StandardCharsets.UTF_8).length,
                loaded.length(), note);
        Files.writeString(dir.resolve("bench-" + size + "." + format + ".txt"), info + "\n");
        System.out.println(info);
    }

    /** Load the file and return its text. */
    @Benchmark
    public String load() throws LoadException {
        return loader.load(file).text();
    }

    static Path outDir() {
        String env = System.getenv("ZHIBIAO_BENCH_OUT");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("benchmarks/target/gen");
    }
}
