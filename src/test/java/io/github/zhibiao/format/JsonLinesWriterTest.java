package io.github.zhibiao.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.TableCell;
import io.github.zhibiao.model.ReportContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheContractExampleFieldForFieldThenExtras() {
        String text = "x".repeat(120) + "20.35亿元";
        Indicator i = new Indicator("20.35亿元", 120, 127,
                new Measure.Money(new BigDecimal("2.035E+9"), "元"), Category.FUNDING, "新增财政支出",
                false, null, null, false, null, "全市新增财政支出20.35亿元", "funding.money");
        String out = JsonLinesWriter.toString(List.of(new Extraction("a.txt", text, ReportContext.UNKNOWN, List.of(i))));

        assertThat(out).isEqualTo("{\"doc\":\"a.txt\",\"text\":\"20.35亿元\",\"value\":2035000000,\"unit\":\"元\","
                + "\"category\":\"FUNDING\",\"subject\":\"新增财政支出\",\"delta\":false,\"direction\":null,"
                + "\"qualifier\":null,\"target\":false,\"per\":null,\"start\":120,\"end\":127,"
                + "\"sentence\":\"全市新增财政支出20.35亿元\",\"region\":null,\"year\":null,\"period\":null,"
                + "\"rule\":\"funding.money\",\"table\":null,\"row\":null,\"column\":null}\n");
    }

    @Test
    void aTableCellNamesItsTableRowAndColumn() throws Exception {
        String text = "粮食 102.61 -2.1";
        Indicator i = new Indicator("102.61", 3, 9, new Measure.Physical(new BigDecimal("1026100"), "吨"),
                Category.COUNT, "粮食", false, null, null, false, null, text, "table-level:physical",
                new TableCell("表 1 主要农产品产量", "粮食", "产量（万吨）"));
        String out = JsonLinesWriter.toString(List.of(new Extraction("a.pdf", text, ReportContext.UNKNOWN, List.of(i))));
        var node = JSON.readTree(out);
        assertThat(node.get("table").asText()).isEqualTo("表 1 主要农产品产量");
        assertThat(node.get("row").asText()).isEqualTo("粮食");
        assertThat(node.get("column").asText()).isEqualTo("产量（万吨）");
    }

    @Test
    void everyLineHasTheSchemaFieldsInOrderThenTheExtras() throws Exception {
        String out = JsonLinesWriter.toString(List.of(Samples.report()));
        String[] lines = out.split("\n", -1);
        assertThat(lines).hasSize(6);        // five records, then what follows the last \n
        assertThat(lines[5]).isEmpty();
        for (int k = 0; k < 5; k++) {
            List<String> names = new ArrayList<>();
            JSON.readTree(lines[k]).fieldNames().forEachRemaining(names::add);
            // fraction only on the records that have one (none here)
            assertThat(names).containsExactlyElementsOf(Records.ALL_FIELDS.stream().filter(f -> !f.equals("fraction")).toList());
            assertThat(names.subList(0, 13)).containsExactly("doc", "text", "value", "unit", "category",
                    "subject", "delta", "direction", "qualifier", "target", "per", "start", "end");
        }
    }

    @Test
    void valuesAreTypedAndPlain() throws Exception {
        String out = JsonLinesWriter.toString(List.of(Samples.report()));
        assertThat(out).doesNotContain("E+").doesNotContain("E9").doesNotContain("2035000000.00");
        Iterator<String> lines = out.lines().iterator();

        JsonNode money = JSON.readTree(lines.next());
        assertThat(money.get("value").isNumber()).isTrue();
        assertThat(money.get("value").toString()).isEqualTo("2035000000");
        assertThat(money.get("direction").isNull()).isTrue();
        assertThat(money.get("delta").isBoolean()).isTrue();
        assertThat(money.get("start").isInt()).isTrue();
        assertThat(money.get("region").asText()).isEqualTo("博兴县");
        assertThat(money.get("year").intValue()).isEqualTo(2023);

        JsonNode rate = JSON.readTree(lines.next());
        assertThat(rate.get("value").toString()).isEqualTo("99.77");
        assertThat(rate.get("unit").asText()).isEqualTo("%");

        JsonNode fewer = JSON.readTree(lines.next());
        assertThat(fewer.get("delta").booleanValue()).isTrue();
        assertThat(fewer.get("direction").asText()).isEqualTo("DOWN");
        assertThat(fewer.get("value").toString()).isEqualTo("1052");

        JsonNode goal = JSON.readTree(lines.next());
        assertThat(goal.get("target").booleanValue()).isTrue();
        assertThat(goal.get("qualifier").asText()).isEqualTo("OVER");
        assertThat(goal.get("subject").asText()).isEqualTo("学前教育\"普惠\"覆盖率,全市");

        JsonNode standard = JSON.readTree(lines.next());
        assertThat(standard.get("per").asText()).isEqualTo("生·年");
    }

    @Test
    void spansIndexTheLoadedText() throws Exception {
        Extraction r = Samples.report();
        for (String line : JsonLinesWriter.toString(List.of(r)).lines().toList()) {
            JsonNode n = JSON.readTree(line);
            assertThat(r.loadedText().substring(n.get("start").intValue(), n.get("end").intValue()))
                    .isEqualTo(n.get("text").asText());
        }
    }

    @Test
    void aReportWithoutRecordsWritesNothing() {
        assertThat(JsonLinesWriter.toString(List.of(Samples.empty("e.txt")))).isEmpty();
    }

    @Test
    void unicodeLineBreaksNeverSplitARecord() throws Exception {
        String breaks = "\u2028\u2029\u0085\u000B\u000C\u001C\u001D\u001E\r\n";
        String sentence = "全市\u2028新增" + breaks + "幼儿园11所";
        List<Indicator> records = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            records.add(new Indicator("11所", 0, 3, new Measure.Count(new BigDecimal(11), "所"), Category.SCHOOL_COUNT,
                    "新增\u2029幼儿园" + k, false, null, null, false, null, sentence, "r\u0085" + k));
        }
        Extraction e = new Extraction("a\u2028.txt", "11所", new ReportContext("全\u0085市", null, "\u2029"), records);
        String out = JsonLinesWriter.toString(List.of(e));

        // Java's \R and Python's str.splitlines() break on every one of these.
        String[] lines = out.split("\\R");
        assertThat(lines).hasSize(12);
        assertThat(out.chars().filter(c -> breaks.indexOf(c) >= 0)).containsOnly((int) '\n');
        for (int k = 0; k < 12; k++) {
            JsonNode n = JSON.readTree(lines[k]);
            assertThat(n.get("sentence").asText()).isEqualTo(sentence);
            assertThat(n.get("subject").asText()).isEqualTo("新增\u2029幼儿园" + k);
            assertThat(n.get("doc").asText()).isEqualTo("a\u2028.txt");
        }
        assertThat(lines[0]).contains("\\u2028", "\\u2029", "\\u0085", "\\u000B", "\\f", "\\u001C");
    }
}
