package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.ReportContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    @Test
    void countsChineseAsTwoColumns() {
        assertThat(Table.width("abc")).isEqualTo(3);
        assertThat(Table.width("入学率")).isEqualTo(6);
        assertThat(Table.width("99.77%")).isEqualTo(6);
        assertThat(Table.width("，。％")).isEqualTo(6);     // fullwidth punctuation
        assertThat(Table.width("𠀀")).isEqualTo(2);        // extension B, a surrogate pair
        assertThat(Table.width("e\u0301")).isEqualTo(1);  // combining accent
    }

    @Test
    void headerRuleAndOneLinePerRecord() {
        List<String> lines = Table.render(List.of(Samples.report())).lines().toList();
        assertThat(lines.get(0)).matches("\\s*#\\s+subject\\s+text\\s+value\\s+unit\\s+category\\s+marks");
        assertThat(lines.get(1)).matches("[- ]+");
        assertThat(lines).hasSize(2 + 5);
        assertThat(lines.get(2)).contains("新增财政支出", "20.35亿元", "2035000000", "元", "FUNDING");
        assertThat(lines.get(4)).endsWith("down");
        assertThat(lines.get(5)).endsWith("target over");
        assertThat(lines.get(6)).contains("元/生·年");
    }

    @Test
    void columnsLineUpInDisplayColumns() {
        List<String> lines = Table.render(List.of(Samples.report())).lines().toList();
        int category = Table.width(lines.get(0).substring(0, lines.get(0).indexOf("category")));
        int valueEnd = Table.width(lines.get(0).substring(0, lines.get(0).indexOf("value") + "value".length()));
        for (String line : lines.subList(2, lines.size())) {
            int at = line.indexOf(line.contains("FUNDING") ? "FUNDING"
                    : line.contains("ENROLLMENT_RATE") ? "ENROLLMENT_RATE"
                    : line.contains("STUDENT_COUNT") ? "STUDENT_COUNT" : "PERCENTAGE");
            assertThat(Table.width(line.substring(0, at))).as(line).isEqualTo(category);
        }
        // values are right-aligned: each ends in the column where the header's "value" ends
        String first = lines.get(2);
        int end = first.indexOf("2035000000") + "2035000000".length();
        assertThat(Table.width(first.substring(0, end))).isEqualTo(valueEnd);
    }

    @Test
    void longSubjectsAreCutAndBreaksFlattened() {
        Extraction r = Samples.report();
        String longSubject = "很长的主语".repeat(10) + "\n下一行";
        var i = r.indicators().get(0);
        var cut = new io.github.zhibiao.model.Indicator(i.text(), i.start(), i.end(), i.measure(), i.category(),
                longSubject, false, null, null, false, null, i.sentence(), i.ruleId());
        String table = Table.render(List.of(new Extraction("a.txt", r.loadedText(), ReportContext.UNKNOWN, List.of(cut))));
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("..").doesNotContain("下一行");
        assertThat(Table.width(lines.get(2))).isLessThan(Table.width(longSubject));
    }

    @Test
    void aDocColumnWhenRecordsComeFromSeveralReports() {
        Extraction a = Samples.report();
        Extraction b = new Extraction("b.txt", a.loadedText(), a.context(), a.indicators());
        List<String> lines = Table.render(List.of(a, b)).lines().toList();
        assertThat(lines.get(0)).matches("\\s*#\\s+doc\\s+subject.*");
        assertThat(lines).hasSize(2 + 10);
        assertThat(lines.get(11)).contains("b.txt").startsWith("10");
    }

    @Test
    void anEmptyResultIsJustTheHeader() {
        assertThat(Table.render(List.of(Samples.empty("e.txt"))).lines()).hasSize(2);
    }

    @Test
    void tableWriterTitlesEachReport() {
        assertThat(TableWriter.title(Samples.report())).isEqualTo("== a.txt: 5 indicators (博兴县, 2023, 全年)");
        assertThat(TableWriter.title(Samples.empty("e.txt"))).isEqualTo("== e.txt: 0 indicators");
    }
}
