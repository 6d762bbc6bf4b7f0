package io.github.zhibiao.bench;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Start-up cost: building an extractor in a fresh JVM. Single-shot, no warm-up, one invocation
 * per fork, so every sample pays class loading, rule loading and HanLP's dictionary load exactly
 * as a user's first call does.
 *
 * <p>Two figures, because building does not by itself load everything: HanLP loads its core
 * dictionary on first use, which may come with the first extraction. {@code buildAndFirstExtract}
 * is the time until the first record of a one-sentence text: the figure the target is judged on.
 *
 * <p>Do not run these with {@code -wi} greater than 0 or {@code -i} greater than 1: a second
 * invocation in the same JVM is no longer a cold start. {@code benchmarks/run.sh} runs them in a
 * separate JMH call for that reason.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(value = 5, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
public class BuildBenchmark {

    static final String SENTENCE = "全县新建公办幼儿园7所，学前三年毛入园率达到92.6%，比上年提高1.8个百分点。";

    /** {@code Extractor.builder().build()} in a fresh JVM. */
    @Benchmark
    public Extractor build() {
        return Extractor.builder().build();
    }

    /** Build, then extract from one sentence: the time to the first records. */
    @Benchmark
    public Extraction buildAndFirstExtract() {
        return Extractor.builder().build().extract("first.txt", SENTENCE);
    }
}
