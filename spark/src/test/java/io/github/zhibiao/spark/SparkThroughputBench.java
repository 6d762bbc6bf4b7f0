package io.github.zhibiao.spark;

import io.github.zhibiao.api.ExtractorSpec;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's Spark figures, run by hand (not part of {@code mvn verify}):
 * {@code mvn -q -f spark/pom.xml test -Dtest=SparkThroughputBench -Dbench.dir=../shared/corpus}.
 * Prints the session start, the fixed cost of a job on one small file, and records per second
 * on the folder, cold (first job: the executor builds its extractor) and warm.
 */
class SparkThroughputBench {

    @Test
    void measure() throws Exception {
        String folder = System.getProperty("bench.dir", "../../shared/corpus");
        Path tiny = Files.createTempFile("zhibiao-bench", ".txt");
        Files.writeString(tiny, "全县新建公办幼儿园7所。");
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("zhibiao-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long t1 = System.nanoTime();
            System.out.printf("session start: %.2f s%n", (t1 - t0) / 1e9);
            for (int round = 1; round <= 2; round++) {
                long s = System.nanoTime();
                long n = ZhibiaoSpark.run(spark, ExtractorSpec.defaults(), 0, folder).indicators().count();
                double sec = (System.nanoTime() - s) / 1e9;
                System.out.printf("round %d (%s): %d records in %.2f s = %.0f records/s%n", round,
                        round == 1 ? "cold" : "warm", n, sec, n / sec);
            }
            for (int k = 0; k < 5; k++) {
                long s = System.nanoTime();
                ZhibiaoSpark.run(spark, ExtractorSpec.defaults(), 0, tiny.toString()).indicators().count();
                System.out.printf("one small file: %.3f s%n", (System.nanoTime() - s) / 1e9);
            }
        } finally {
            spark.stop();
            Files.deleteIfExists(tiny);
        }
    }
}
