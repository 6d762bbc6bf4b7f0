package io.github.zhibiao.bench;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Retained heap of a built extractor, measured in a fresh JVM (run it as its own process:
 * {@code java -cp benchmarks.jar io.github.zhibiao.bench.HeapProbe}).
 *
 * <p>Method: force full collections until the used heap stops shrinking, read the used heap
 * ({@link MemoryMXBean}); build the extractor and keep it strongly reachable; collect and read
 * again; then extract from one sentence (HanLP loads its dictionaries on first use) and read a
 * third time. The differences are the bytes that stay live because of the extractor, including
 * static caches its construction or first use filled (HanLP's dictionaries). JMH's
 * {@code -prof gc} reports allocation rates, not live data, so it cannot give this figure.
 *
 * <p>Prints one JSON object on one line.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long base = settledUsed(mem);
        long t0 = System.nanoTime();
        Extractor ex = Extractor.builder().build();
        long t1 = System.nanoTime();
        long afterBuild = settledUsed(mem);
        long t2 = System.nanoTime();
        Extraction first = ex.extract("first.txt", BuildBenchmark.SENTENCE);
        long t3 = System.nanoTime();
        long afterFirst = settledUsed(mem);
        Reference.reachabilityFence(ex);
        System.out.printf(Locale.ROOT,
                "{\"baselineBytes\":%d,\"afterBuildBytes\":%d,\"afterFirstExtractBytes\":%d,"
                        + "\"retainedAfterBuildBytes\":%d,\"retainedAfterFirstExtractBytes\":%d,"
                        + "\"buildMs\":%.1f,\"firstExtractMs\":%.1f,\"indicators\":%d,\"gc\":\"%s\"}%n",
                base, afterBuild, afterFirst, afterBuild - base, afterFirst - base,
                (t1 - t0) / 1e6, (t3 - t2) / 1e6, first.indicators().size(), gcNames());
    }

    /** Used heap after full collections, once two in a row agree within 64 KB (at most 10). */
    static long settledUsed(MemoryMXBean mem) {
        long prev = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = mem.getHeapMemoryUsage().getUsed();
            if (Math.abs(prev - used) < 64 << 10) {
                return used;
            }
            prev = used;
        }
        return prev;
    }

    private static String gcNames() {
        StringBuilder sb = new StringBuilder();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(g -> {
            if (sb.length() > 0) {
                sb.append('+');
            }
            sb.append(g.getName());
        });
        return sb.toString();
    }
}
