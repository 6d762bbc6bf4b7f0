package io.github.zhibiao.internal.table;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.api.Outcome;
import io.github.zhibiao.load.CharsetSource;
import io.github.zhibiao.load.LoadedReport;
import io.github.zhibiao.load.LoadedTable;
import io.github.zhibiao.model.Fired;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code table.*} steps on the pipeline driver: every catalogue example (a table written as rows
 * split by {@code " / "}, cells by {@code " | "}) runs through {@link Extractor#explain(LoadedReport)}
 * and {@link Extractor#extract(LoadedReport)}, shows its step, and gives the outcomes it names.
 */
class TableStepsTest {

    private static final Extractor TRACED = Extractor.defaults().withTrace(true);

    static Stream<Rule> steps() {
        return RuleSet.defaults().of(RuleKind.STEP).stream().filter(r -> r.arg().startsWith("table."));
    }

    /** A report of one structured table, as a Word or HTML document gives it: cells tab-separated, rows on lines. */
    static LoadedReport report(String table) {
        StringBuilder text = new StringBuilder();
        List<List<LoadedTable.Cell>> rows = new ArrayList<>();
        for (String row : table.split(" / ")) {
            List<LoadedTable.Cell> cells = new ArrayList<>();
            for (String cell : row.split(" \\| ", -1)) {
                if (!cells.isEmpty()) {
                    text.append('\t');
                }
                cells.add(new LoadedTable.Cell(cell, text.length(), text.length() + cell.length(), 1, 1));
                text.append(cell);
            }
            rows.add(cells);
            text.append('\n');
        }
        return new LoadedReport("t.docx", text.toString(), "application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document", null, null, "", Map.of(), List.of(), List.of(new LoadedTable(rows)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void exampleShowsItsStep(Rule step) {
        String[] expect = step.expect().split("\\|");
        String number = expect[0];
        LoadedReport report = report(step.example());
        List<Explanation> at = TRACED.explain(report).stream().filter(e -> e.text().equals(number)).toList();
        assertThat(at).as(step.id() + ": the cell " + number).hasSize(1);
        Explanation x = at.get(0);
        assertThat(x.trace()).extracting(Fired::step).as(step.id() + " fires on " + number).contains(step.id());
        if (step.expect().endsWith("|no-record")) {
            assertThat(x.outcome()).isEqualTo(Outcome.NO_RECORD);
            assertThat(x.trace().get(x.trace().size() - 1).step()).as("the guard ends it").isEqualTo(step.id());
            assertThat(TRACED.extract(report).indicators()).noneMatch(i -> i.start() == x.start());
            return;
        }
        assertThat(x.outcome()).isEqualTo(Outcome.TABLE_CELL);
        Indicator record = TRACED.extract(report).indicators().stream()
                .filter(i -> i.start() == x.start()).findFirst().orElseThrow();
        assertThat(record.trace()).as(step.id() + ": the record's trace is the explanation's").isEqualTo(x.ids());
        assertThat(x.subject()).isEqualTo(record.subject());
        // Every outcome of the row is checked, and all that differ are reported together.
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, String> o : outcomes(expect).entrySet()) {
            String v = o.getValue();
            switch (o.getKey()) {
                case "row" -> softly.assertThat(record.cell().row()).as(step.id() + ": row").isEqualTo(v);
                case "column" -> softly.assertThat(record.cell().column()).as(step.id() + ": column").isEqualTo(v);
                case "subject" -> softly.assertThat(record.subject()).as(step.id() + ": subject").isEqualTo(v);
                case "unit" -> softly.assertThat(record.unit()).as(step.id() + ": unit").isEqualTo(v);
                case "category" -> softly.assertThat(record.category().name()).as(step.id() + ": category").isEqualTo(v);
                case "delta" -> softly.assertThat(record.direction() == null ? "none" : record.direction().name())
                        .as(step.id() + ": change").isEqualTo(v);
                default -> softly.fail(step.id() + ": unknown outcome " + o.getKey());
            }
        }
        softly.assertAll();
    }

    private static Map<String, String> outcomes(String[] expect) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 1; k < expect.length; k++) {
            int eq = expect[k].indexOf('=');
            out.put(expect[k].substring(0, eq), expect[k].substring(eq + 1));
        }
        return out;
    }

    @Test
    void aCellRecordCarriesItsTraceOnlyWhenAskedAndKeepsItsRule() {
        LoadedReport report = report("指标 | 比上年增长（%） / 粮食产量 | -2.3");
        Indicator plain = Extractor.defaults().extract(report).indicators().get(0);
        Indicator traced = TRACED.extract(report).indicators().get(0);
        assertThat(plain.trace()).isEmpty();
        assertThat(plain.ruleId()).isEqualTo("table-growth:percent");
        assertThat(traced.ruleId()).isEqualTo("table-growth:percent");
        assertThat(traced.trace()).containsExactly("table.header-unit", "table.percent:growth", "table.growth",
                "table.category:percent");
        assertThat(traced).isEqualTo(new Indicator(plain.text(), plain.start(), plain.end(), plain.measure(),
                plain.category(), plain.subject(), plain.delta(), plain.direction(), plain.qualifier(), plain.target(),
                plain.per(), plain.sentence(), plain.ruleId(), plain.cell(), traced.trace()));
    }

    @Test
    void anIndexCellIsExplainedButGivesNoRecord() {
        LoadedReport report = report("指标 | 2022年=100 | 比上年增长（%） / 工业增加值 | 105.2 | 5.2");
        List<Explanation> all = TRACED.explain(report);
        assertThat(all).extracting(Explanation::text, Explanation::outcome, Explanation::ids).containsExactly(
                org.assertj.core.groups.Tuple.tuple("105.2", Outcome.NO_RECORD, List.of("table.index-column")),
                org.assertj.core.groups.Tuple.tuple("5.2", Outcome.TABLE_CELL, List.of("table.header-unit",
                        "table.percent:growth", "table.growth", "table.category:percent")));
        assertThat(TRACED.extract(report).indicators()).extracting(Indicator::text).containsExactly("5.2");
    }
}
