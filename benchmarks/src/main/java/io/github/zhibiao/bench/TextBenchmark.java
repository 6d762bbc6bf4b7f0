package io.github.zhibiao.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.model.Quantity;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text throughput on one corpus, from the floor (a bare regex scan) through the quantity grammar
 * and HanLP's standard segmentation to the full pipeline, at three sizes to show cost is linear.
 *
 * <p>Throughput mode: the score is whole texts per second (summed over threads for the
 * all-threads benchmark); {@link Report} turns it into characters per second with the corpus's
 * character count. Every method returns what it computed, so nothing is dead code. Five warm-up
 * iterations: with three, the pipeline on 100 KB was still getting faster while measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-Dfile.encoding=UTF-8"})
public class TextBenchmark {

    /** Digit runs with an optional decimal part: the cheapest scan that finds every number. */
    static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** UTF-8 size of the text (see {@link Corpus#bytes(String)}). */
    @Param({"100KB", "1MB", "10MB"})
    public String size;

    private String text;
    private Extractor extractor;
    private QuantityGrammar grammar;
    private Segment hanlp;

    /**
     * Builds only what the running benchmark uses, so one benchmark's warm code (the library's
     * own regexes, HanLP) does not change the JIT profile another is measured with.
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        text = Corpus.text(size);
        if (method.startsWith("pipeline")) {
            extractor = Extractor.defaults();
            // A library build that finds nothing would measure nothing: refuse to run it.
            if (extractor.extract("bench.txt", text).indicators().isEmpty()) {
                throw new IllegalStateException("the library finds no indicators in the " + size + " corpus");
            }
        } else if (method.equals("grammar")) {
            grammar = QuantityGrammar.defaults();
            if (grammar.parse(text).isEmpty()) {
                throw new IllegalStateException("the quantity grammar finds nothing in the " + size
                        + " corpus: is a stub QuantityGrammar on the class path?");
            }
        } else if (method.startsWith("hanlp")) {
            hanlp = HanLP.newSegment();
        }
    }

    /** Clean, find and resolve quantities, segment around them, build indicator records. */
    @Benchmark
    public Extraction pipeline() {
        return extractor.extract("bench.txt", text);
    }

    /**
     * The same on every core: one shared extractor, one text per thread. Ten warm-up iterations:
     * with every core busy running the benchmark, the JIT's compiler threads get little CPU and
     * with five the score was still climbing while measured.
     */
    @Benchmark
    @Threads(Threads.MAX)
    @Warmup(iterations = 10, time = 2)
    public Extraction pipelineAllThreads() {
        return extractor.extract("bench.txt", text);
    }

    /** The quantity grammar alone: find every quantity and resolve its value. */
    @Benchmark
    public List<Quantity> grammar() {
        return grammar.parse(text);
    }

    /** The reference: HanLP's standard segmenter with its defaults over the whole text. */
    @Benchmark
    public List<Term> hanlpSegment() {
        return hanlp.seg(text);
    }

    /**
     * HanLP again, one line at a time: HanLP's Viterbi over a whole multi-megabyte string builds
     * one huge word lattice, so this shows what the reference costs on sentence-sized input.
     * For information; the target is judged against {@link #hanlpSegment()} as specified.
     */
    @Benchmark
    public int hanlpSegmentByLine() {
        int terms = 0;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start) {
                terms += hanlp.seg(text.substring(start, end)).size();
            }
            start = end + 1;
        }
        return terms;
    }

    /** The floor: count the digit runs of the whole text with one precompiled pattern. */
    @Benchmark
    public int regexScan() {
        Matcher m = DIGITS.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
