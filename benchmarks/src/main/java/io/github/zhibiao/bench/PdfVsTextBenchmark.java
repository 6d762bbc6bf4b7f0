package io.github.zhibiao.bench;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A report as PDF against the same report as text (issue 10: loading and extracting a PDF of
 * 1 MB of text stays within 3× the time of extracting the text). The corpus text is written as a
 * PDF by {@link ReportFiles#writePdf} (40 characters a line, 240 pages at 1 MB) at set-up; one
 * extractor, warmed on both, serves every method:
 * <ul>
 *   <li>{@code pdf}: {@code extractor.extract(pdfPath)}, loading (Tika, PDFBox), layout repair,
 *       tables and extraction;</li>
 *   <li>{@code pdfLoad}: {@code extractor.loader().load(pdfPath)} alone;</li>
 *   <li>{@code pdfLoaded}: {@code extractor.extract(loadedReport)}, the PDF's loaded text without
 *       the loading;</li>
 *   <li>{@code text}: {@code extractor.extract(txtPath)}, the text the PDF was made from as a
 *       UTF-8 .txt file (its loading is a strict UTF-8 decode, a few milliseconds).</li>
 * </ul>
 * Throughput mode like the other benchmarks (files per second); the target is
 * {@code pdf / text ≤ 3} in time, which {@link Report} prints with the other ratios. On a loaded
 * machine {@link PdfVsTextTiming} (interleaved rounds, CPU time) gives steadier ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g", "-Dfile.encoding=UTF-8"})
public class PdfVsTextBenchmark {

    /** UTF-8 size of the text (see {@link Corpus#bytes(String)}). */
    @Param({"1MB"})
    public String size;

    private Path pdf;
    private Path txt;
    private LoadedReport loaded;
    private Extractor extractor;

    @Setup(Level.Trial)
    public void setUp() throws IOException, LoadException {
        String text = Corpus.text(size);
        Path dir = LoadBenchmark.outDir();
        Files.createDirectories(dir);
        pdf = dir.resolve("pdf-vs-text-" + size + ".pdf");
        txt = dir.resolve("pdf-vs-text-" + size + ".txt");
        Files.writeString(txt, text);
        ReportFiles.Pdf made = ReportFiles.writePdf(text, pdf);
        extractor = Extractor.builder().build();
        loaded = extractor.loader().load(pdf);
        Extraction fromPdf = extractor.extract(loaded);
        Extraction fromText = extractor.extract(txt);
        System.out.printf(Locale.ROOT, "%s: %d bytes, %d pages, text %d chars in, %d chars loaded;"
                + " %d records from the PDF, %d from the text%n", pdf, Files.size(pdf), made.pages(),
                text.length(), loaded.text().length(), fromPdf.indicators().size(), fromText.indicators().size());
    }

    /** Load the PDF and extract from it. */
    @Benchmark
    public Extraction pdf() throws LoadException {
        return extractor.extract(pdf);
    }

    /** Load the PDF only. */
    @Benchmark
    public LoadedReport pdfLoad() throws LoadException {
        return extractor.loader().load(pdf);
    }

    /** Extract from the PDF's loaded text (layout repair and tables included), without loading. */
    @Benchmark
    public Extraction pdfLoaded() {
        return extractor.extract(loaded);
    }

    /** Load and extract the text the PDF was written from, as a UTF-8 .txt file. */
    @Benchmark
    public Extraction text() throws LoadException {
        return extractor.extract(txt);
    }
}
