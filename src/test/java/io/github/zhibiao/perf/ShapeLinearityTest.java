package io.github.zhibiao.perf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards against blow-ups: every hostile shape costs, per character, at most 4× as much at 1 MB
 * as at 100 KB, and 1 MB takes less than a generous absolute cap. Times are this thread's CPU time
 * (a busy machine stretches wall time, not CPU time), the best of two runs at 100 KB; a 1 MB run
 * over the bound is repeated once before failing. Figures for the README come from the benchmark.
 */
class ShapeLinearityTest {

    private static final int SMALL = 100 * 1024;
    private static final int LARGE = 1024 * 1024;
    private static final double MAX_RATIO = 4.0;
    /** Per-run noise a short measurement may carry, in ns: JIT and GC, not the text. */
    private static final long SLACK_NS = 300_000_000L;
    private static final long CAP_NS = 60_000_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Extractor EXTRACTOR = Extractor.defaults();

    @BeforeAll
    static void warmUp() {
        for (HostileShapes.Shape s : HostileShapes.all()) {
            EXTRACTOR.extract("warm", s.of(20_000));
        }
    }

    static Iterable<HostileShapes.Shape> shapes() {
        return HostileShapes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void linearFrom100KbTo1Mb(HostileShapes.Shape shape) {
        String small = shape.ofUtf8Bytes(SMALL);
        String large = shape.ofUtf8Bytes(LARGE);
        long s = Math.min(cpu(small), cpu(small));
        double perCharSmall = (double) s / small.length();
        long bound = (long) (perCharSmall * large.length() * MAX_RATIO) + SLACK_NS;
        long l = cpu(large);
        if (l > bound) {
            l = Math.min(l, cpu(large));
        }
        assertThat(l).as("%s: %d chars took %d ms CPU; %d chars took %d ms", shape.name(),
                large.length(), l / 1_000_000, small.length(), s / 1_000_000).isLessThanOrEqualTo(bound);
        assertThat(l).isLessThan(CAP_NS);
    }

    /**
     * The "short lines" shape loses no record at any length: its figures stand on lines of their
     * own between page marks and repeat thousands of times, which once made every one of them a
     * running header (0 records at 1 MB). Each unit of the shape holds three figures.
     */
    @Test
    void shortFigureLinesKeepTheirRecordsAtAnyLength() {
        HostileShapes.Shape shape = HostileShapes.all().stream()
                .filter(s -> s.name().equals("short lines")).findFirst().orElseThrow();
        String unit = shape.of(200).substring(0, shape.of(200).indexOf("第", 1));
        for (int units : new int[] {2, 10, 2_000}) {
            Extraction e = EXTRACTOR.extract("short", shape.of(units * unit.length()));
            assertThat(e.indicators()).hasSize(3 * units);
            assertThat(e.indicators()).extracting(Indicator::text).containsOnly("42所", "8560人", "93.5%");
        }
    }

    /** CPU time of one extraction, checking on the way that every record is grounded. */
    private static long cpu(String text) {
        long t0 = CPU.getCurrentThreadCpuTime();
        Extraction e = EXTRACTOR.extract("shape", text);
        long t = CPU.getCurrentThreadCpuTime() - t0;
        for (Indicator i : e.indicators()) {
            assertThat(text.substring(i.start(), i.end())).isEqualTo(i.text());
            assertThat(i.sentence().length()).isLessThanOrEqualTo(202 + i.text().length());
        }
        return t;
    }
}
