package io.github.zhibiao.bench;

import io.github.zhibiao.api.Extractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time per hostile shape ({@link HostileShapes}) at 100 KB and 1 MB of UTF-8: in process
 * ({@code Extractor.defaults().extract}, best of 2, wall and CPU time) and, given the fat jar,
 * the whole process {@code java -jar zhibiao-all.jar extract FILE > /dev/null} on the 1 MB file.
 * Prints a Markdown table.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.zhibiao.bench.ShapeBenchmark target/zhibiao-all.jar
 * </pre>
 */
public final class ShapeBenchmark {

    private static final int[] SIZES = {100 * 1024, 1024 * 1024};
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ShapeBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = args.length > 0 ? Path.of(args[0]) : null;
        Path dir = Path.of("benchmarks/target/shapes");
        Files.createDirectories(dir);
        Extractor ex = Extractor.defaults();
        for (HostileShapes.Shape s : HostileShapes.all()) {
            ex.extract("warm", s.of(20_000));
        }
        System.out.println("| shape | chars at 1 MB | 100 KB ms (CPU) | 1 MB ms (CPU) | 1 MB / 100 KB per char | records at 1 MB |"
                + (jar != null ? " whole process, 1 MB file |" : ""));
        System.out.println("|---|---:|---:|---:|---:|---:|" + (jar != null ? "---:|" : ""));
        int index = 0;
        for (HostileShapes.Shape s : HostileShapes.all()) {
            index++;
            List<String> cells = new ArrayList<>();
            double[] perChar = new double[SIZES.length];
            int chars = 0;
            int records = 0;
            Path large = null;
            for (int k = 0; k < SIZES.length; k++) {
                String text = s.ofUtf8Bytes(SIZES[k]);
                long wall = Long.MAX_VALUE;
                long cpu = Long.MAX_VALUE;
                for (int run = 0; run < 2; run++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    records = ex.extract("shape", text).indicators().size();
                    wall = Math.min(wall, System.nanoTime() - t0);
                    cpu = Math.min(cpu, CPU.getCurrentThreadCpuTime() - c0);
                }
                perChar[k] = (double) cpu / text.length();
                chars = text.length();
                cells.add(String.format("%d (%d)", wall / 1_000_000, cpu / 1_000_000));
                if (k == SIZES.length - 1) {
                    large = dir.resolve(String.format("%02d-%s.txt", index, s.name().replaceAll("[^A-Za-z0-9]+", "-")));
                    Files.writeString(large, text, StandardCharsets.UTF_8);
                }
            }
            String row = String.format("| %s | %,d | %s | %s | %.2f | %,d |", s.name(), chars, cells.get(0), cells.get(1),
                    perChar[1] / perChar[0], records);
            if (jar != null) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("java", "-jar", jar.toString(), "extract", large.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int rc = p.waitFor();
                row += String.format(" %.1f s%s |", (System.nanoTime() - t0) / 1e9, rc == 0 ? "" : " (exit " + rc + ")");
            }
            System.out.println(row);
        }
    }
}
