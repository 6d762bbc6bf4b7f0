package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.ParquetRecordWriterTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParquetCommandTest {

    @TempDir
    Path dir;

    @Test
    void parquetHoldsTheRecordsOfJsonLinesInTheSameOrder() throws IOException {
        Path in = dir.resolve("in/2024");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "全市新增公办幼儿园11所，投入资金2.5亿元。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "小学适龄儿童入学率99.77%，比上年提高0.2个百分点。", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.parquet");
        ExtractorSource source = new ExtractorSource(Extractor.defaults());
        ExtractCommandTest.Run parquet = ExtractCommandTest.run(source, false,
                "extract", "-f", "parquet", "-t", "2", "-o", out.toString(), dir.resolve("in").toString());
        ExtractCommandTest.Run jsonl = ExtractCommandTest.run(source, false, "extract", dir.resolve("in").toString());
        assertThat(parquet.status()).isZero();
        assertThat(parquet.out()).isEmpty();
        List<Map<String, Object>> rows = ParquetRecordWriterTest.read(out);
        assertThat(rows).extracting(r -> r.get("doc")).containsExactlyElementsOf(jsonl.docs())
                .contains("2024/a.txt", "2024/b.txt");
        assertThat(rows).extracting(r -> r.get("value_text") + " " + r.get("unit"))
                .containsExactly("11 所", "250000000 元", "99.77 %", "0.2 百分点");
    }

    @Test
    void parquetWithoutAnOutputFileIsAUsageError() {
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", "-f", "parquet", "x.txt");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("-o FILE.parquet");
    }
}
