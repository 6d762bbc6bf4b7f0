package io.github.zhibiao.perf;

import io.github.zhibiao.api.Extractor;

/** Dev tool: times each shape (args: sizes in chars, optional name filter). */
public final class ShapeTimer {
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    public static void main(String[] args) {
        Extractor ex = Extractor.defaults();
        ex.extract("warm", "全县共有幼儿园42所。");
        String filter = System.getProperty("shape", "");
        for (HostileShapes.Shape s : HostileShapes.all()) {
            if (!s.name().contains(filter)) {
                continue;
            }
            StringBuilder line = new StringBuilder(s.name());
            for (String a : args) {
                int n = Integer.parseInt(a);
                String t = s.of(n);
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int recs = ex.extract("x", t).indicators().size();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1_000_000;
                line.append(String.format("  %d: %d ms cpu %d ms (%d recs)", n, ms, cpu, recs));
                System.out.println(line);
                System.out.flush();
            }
        }
    }
}
