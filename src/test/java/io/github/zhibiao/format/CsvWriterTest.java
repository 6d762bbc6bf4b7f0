package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.ReportContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void headerThenOneLinePerRecordWithCrlf() {
        String csv = CsvWriter.toString(List.of(Samples.report()));
        assertThat(csv).startsWith(String.join(",", Records.ALL_FIELDS) + "\r\n");
        assertThat(csv).endsWith("\r\n");
        assertThat(csv.split("\r\n", -1)).hasSize(1 + 5 + 1);
        assertThat(csv.split("\r\n")[1]).isEqualTo(
                "a.txt,20.35亿元,2035000000,元,FUNDING,新增财政支出,false,,,false,,8,15,sentence of 20.35亿元,博兴县,2023,全年,test.rule,,,,");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksPerRfc4180() {
        assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
        assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvWriter.quote("")).isEqualTo("");

        String csv = CsvWriter.toString(List.of(Samples.report()));
        assertThat(csv).contains(",\"学前教育\"\"普惠\"\"覆盖率,全市\",");
    }

    @Test
    void parsesBackToTheSameFields() {
        String csv = CsvWriter.toString(List.of(Samples.report()));
        List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(Records.ALL_FIELDS.size()));
        List<String> goal = rows.get(4);
        assertThat(goal.get(Records.ALL_FIELDS.indexOf("subject"))).isEqualTo("学前教育\"普惠\"覆盖率,全市");
        assertThat(goal.get(Records.ALL_FIELDS.indexOf("qualifier"))).isEqualTo("OVER");
        assertThat(goal.get(Records.ALL_FIELDS.indexOf("target"))).isEqualTo("true");
    }

    @Test
    void anEmptyRunStillHasItsHeader() {
        assertThat(CsvWriter.toString(List.of())).isEqualTo(String.join(",", Records.ALL_FIELDS) + "\r\n");
        assertThat(CsvWriter.toString(List.of(Samples.empty("e.txt"))))
                .isEqualTo(String.join(",", Records.ALL_FIELDS) + "\r\n");
    }

    @Test
    void formulaCellsAreDefusedAndNumbersStayNumbers() {
        assertThat(CsvWriter.defuse("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvWriter.defuse("+86")).isEqualTo("'+86");
        assertThat(CsvWriter.defuse("-0.57‰")).isEqualTo("'-0.57‰");
        assertThat(CsvWriter.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.defuse("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.defuse("\rx")).isEqualTo("'\rx");
        assertThat(CsvWriter.defuse("全市=1")).isEqualTo("全市=1");
        assertThat(CsvWriter.defuse("")).isEqualTo("");

        String text = "=HYPERLINK(\"x\")出生率为-0.57‰。";
        int at = text.indexOf("-0.57‰");
        Indicator rate = new Indicator("-0.57‰", at, at + 6, new Measure.Percent(new BigDecimal("-0.057")),
                Category.PERCENTAGE, "@出生率", false, null, null, false, null, "=HYPERLINK(\"x\")出生率为-0.57‰。",
                "+rule");
        Extraction e = new Extraction("=cmd.txt", text, new ReportContext("-区", 2023, "\t全年"), List.of(rate));
        List<String> row = parse(CsvWriter.toString(List.of(e))).get(1);
        Map<String, String> cells = new LinkedHashMap<>();
        for (int k = 0; k < row.size(); k++) {
            cells.put(Records.ALL_FIELDS.get(k), row.get(k));
        }
        assertThat(cells).containsEntry("doc", "'=cmd.txt").containsEntry("text", "'-0.57‰")
                .containsEntry("subject", "'@出生率").containsEntry("sentence", "'=HYPERLINK(\"x\")出生率为-0.57‰。")
                .containsEntry("region", "'-区").containsEntry("period", "'\t全年").containsEntry("rule", "'+rule")
                .containsEntry("value", "-0.057").containsEntry("start", Integer.toString(at))
                .containsEntry("year", "2023");
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < csv.length(); k++) {
            char c = csv.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < csv.length() && csv.charAt(k + 1) == '"') {
                    field.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && k + 1 < csv.length() && csv.charAt(k + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                k++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
