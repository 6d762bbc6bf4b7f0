package io.github.zhibiao.api;

import io.github.zhibiao.internal.quantity.Rules;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Public API: table examples, user tables, thread safety. */
class QuantityGrammarTest {

    static List<Rules.Example> examples() {
        return Rules.defaults().examples();
    }

    /** Every example in the rule tables gives exactly one quantity covering the whole example. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void tableExample(Rules.Example ex) {
        List<Quantity> qs = QuantityGrammar.defaults().parse(ex.example());
        assertThat(qs).as("%s/%s example %s", ex.table(), ex.entry(), ex.example()).hasSize(1);
        Quantity q = qs.get(0);
        // Start, text, value and unit: all that differ are reported together.
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(q.start()).as("start").isZero();
        softly.assertThat(q.text()).as("text").isEqualTo(ex.example());
        softly.assertThat(q.measure().value()).as("value").isEqualByComparingTo(new BigDecimal(ex.value()));
        softly.assertThat(q.measure().unit()).as("unit").isEqualTo(ex.unit());
        softly.assertAll();
    }

    @Test
    void tablesCarryManyExamples() {
        assertThat(examples()).hasSizeGreaterThan(60);
    }

    @Test
    void userUnitsCanBeAdded(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("units.tsv");
        Files.writeString(extra, "# my units\nquantity-unit\tfeathers\t羽,COUNT,ALL\t羽\t30羽\t30|羽\n"
                + "blocker\tbadminton\tAFTER,ALL\t羽毛球\n", StandardCharsets.UTF_8);
        assertThat(QuantityGrammar.defaults().parse("放飞信鸽30羽")).extracting(q -> q.measure().unit())
                .containsExactly("");
        QuantityGrammar g = QuantityGrammar.builder().addRules(extra).build();
        assertThat(g.parse("放飞信鸽30羽")).extracting(Quantity::measure)
                .containsExactly(new Measure.Count(BigDecimal.valueOf(30), "羽"));
        assertThat(QuantityGrammar.defaults().parse("新建30羽毛球场")).hasSize(1);
        assertThat(g.parse("新建30羽毛球场")).isEmpty();
    }

    @Test
    void threadSafe() throws Exception {
        String text = "全市近16万名学生，投入20.35亿元，入学率99.77%，生师比19.6:1。".repeat(50);
        List<Quantity> expected = QuantityGrammar.defaults().parse(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Quantity>>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> QuantityGrammar.defaults().parse(text)));
            }
            for (Future<List<Quantity>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).hasSize(200);
    }
}
