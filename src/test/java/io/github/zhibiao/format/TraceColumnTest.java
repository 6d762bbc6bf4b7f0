package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code trace} is a column ({@link Columns#TRACE}): every format carries it when asked, each in its spelling. */
class TraceColumnTest {

    private static final String TEXT = "全市新增财政支出20.35亿元。";
    private static final Extraction PLAIN = Extractor.defaults().extract("a.txt", TEXT);
    private static final Extraction TRACED = Extractor.defaults().withTrace(true).extract("a.txt", TEXT);

    @TempDir
    Path dir;

    private static String ids() {
        return String.join("|", TRACED.indicators().get(0).trace());
    }

    @Test
    void theTraceColumnComesLastOnlyWhenAskedFor() {
        assertThat(Columns.TEXT).doesNotContain(Columns.TRACE);
        assertThat(Columns.TYPED).doesNotContain(Columns.TRACE);
        assertThat(Columns.text(false)).isEqualTo(Columns.TEXT);
        assertThat(Columns.text(true)).endsWith(Columns.TRACE).hasSize(Columns.TEXT.size() + 1);
        assertThat(Columns.typed(true)).endsWith(Columns.TRACE).hasSize(Columns.TYPED.size() + 1);
        Indicator i = TRACED.indicators().get(0);
        assertThat(i.trace()).isNotEmpty();
        assertThat(Columns.TRACE.value(TRACED, i)).isEqualTo(i.trace());
        assertThat(Columns.TRACE.typedValue(TRACED, i)).isEqualTo(ids());
        assertThat(Columns.TRACE.value(PLAIN, PLAIN.indicators().get(0))).isNull();
    }

    @Test
    void jsonLinesWritesTheArrayLastAsBeforeAndNothingWithoutATrace() {
        String plain = JsonLinesWriter.toString(List.of(PLAIN));
        String traced = JsonLinesWriter.toString(List.of(TRACED));
        assertThat(plain).doesNotContain("trace");
        String array = "[\"" + String.join("\",\"", TRACED.indicators().get(0).trace()) + "\"]";
        assertThat(traced).isEqualTo(plain.substring(0, plain.length() - 2) + ",\"trace\":" + array + "}\n");
    }

    @Test
    void csvAndTheTableJoinTheIdsWithBars() throws IOException {
        StringWriter csv = new StringWriter();
        try (CsvWriter w = new CsvWriter(csv, true)) {
            w.write(TRACED);
        }
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", Records.ALL_FIELDS) + ",trace");
        assertThat(lines.get(1)).endsWith("," + ids());
        assertThat(CsvWriter.toString(List.of(PLAIN))).doesNotContain("trace");

        List<String> table = Table.render(List.of(TRACED), true).lines().toList();
        assertThat(table.get(0)).endsWith("trace");
        assertThat(table.get(2)).endsWith(ids());
        assertThat(Table.render(List.of(TRACED))).doesNotContain("trace");
    }

    @Test
    void parquetHoldsTheIdsAsAString() throws IOException {
        Path file = dir.resolve("t.parquet");
        try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(file), true)) {
            w.write(TRACED);
        }
        List<Map<String, Object>> rows = ParquetRecordWriterTest.read(file);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("trace")).isEqualTo(ids());
        Path plain = dir.resolve("p.parquet");
        try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(plain))) {
            w.write(TRACED);
        }
        assertThat(ParquetRecordWriterTest.read(plain).get(0)).doesNotContainKey("trace");
    }
}
