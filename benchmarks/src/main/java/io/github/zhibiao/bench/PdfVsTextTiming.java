package io.github.zhibiao.bench;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The measurement of {@link PdfVsTextBenchmark} for a shared, loaded machine: the four steps run
 * interleaved (PDF, text, PDF load, loaded PDF text; again and again) in one warmed JVM, each
 * timed by wall clock and by the process's CPU time (all threads: Tika parses on a worker thread).
 * When other work competes for the cores, wall times swing with it and the CPU times and the
 * ratios are the figures to compare.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.zhibiao.bench.PdfVsTextTiming [runs] [size]
 * </pre>
 * Defaults: 7 measured rounds after 2 warm-up rounds, 1MB. Run from the project root (the corpus
 * is found as for {@link Corpus}).
 */
public final class PdfVsTextTiming {

    private PdfVsTextTiming() {
    }

    private interface Step {
        Object run() throws LoadException;
    }

    public static void main(String[] args) throws IOException, LoadException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String size = args.length > 1 ? args[1] : "1MB";
        String text = Corpus.text(size);
        Path dir = LoadBenchmark.outDir();
        Files.createDirectories(dir);
        Path pdf = dir.resolve("pdf-vs-text-" + size + ".pdf");
        Path txt = dir.resolve("pdf-vs-text-" + size + ".txt");
        Files.writeString(txt, text);
        ReportFiles.Pdf made = ReportFiles.writePdf(text, pdf);
        Extractor extractor = Extractor.builder().build();
        LoadedReport loaded = extractor.loader().load(pdf);
        String[] names = {"pdf", "text", "pdfLoad", "pdfLoaded"};
        Step[] steps = {
            () -> extractor.extract(pdf),
            () -> extractor.extract(txt),
            () -> extractor.loader().load(pdf),
            () -> extractor.extract(loaded),
        };
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<List<double[]>> times = new ArrayList<>();
        for (int s = 0; s < steps.length; s++) {
            times.add(new ArrayList<>());
        }
        System.out.printf(Locale.ROOT, "%s: %d bytes, %d pages, %d chars of text, %d chars loaded; load average %s%n",
                pdf, Files.size(pdf), made.pages(), text.length(), loaded.text().length(), loadAverage());
        for (int r = -2; r < runs; r++) {
            for (int s = 0; s < steps.length; s++) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Object out = steps[s].run();
                long wall = System.nanoTime() - t0;
                long cpu = os.getProcessCpuTime() - cpu0;
                if (out == null) {
                    throw new IllegalStateException(names[s]);
                }
                if (r >= 0) {
                    times.get(s).add(new double[] {wall / 1e6, cpu / 1e6});
                }
            }
        }
        double[][] med = new double[steps.length][];
        for (int s = 0; s < steps.length; s++) {
            med[s] = new double[] {median(times.get(s), 0), median(times.get(s), 1)};
            System.out.printf(Locale.ROOT, "%-10s wall %8.1f ms   cpu %8.1f ms   (medians of %d)%n",
                    names[s], med[s][0], med[s][1], runs);
        }
        System.out.printf(Locale.ROOT, "pdf / text: wall %.2fx, cpu %.2fx; pdfLoad / text: wall %.2fx, cpu %.2fx;"
                + " pdfLoaded / text: wall %.2fx, cpu %.2fx; load average after %s%n",
                med[0][0] / med[1][0], med[0][1] / med[1][1], med[2][0] / med[1][0], med[2][1] / med[1][1],
                med[3][0] / med[1][0], med[3][1] / med[1][1], loadAverage());
    }

    private static double median(List<double[]> xs, int k) {
        double[] v = xs.stream().mapToDouble(x -> x[k]).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
