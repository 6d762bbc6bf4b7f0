package io.github.zhibiao.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Fraction;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.ReportContext;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 21's output defects: lone surrogates, the CSV guard, --fields, fractions, the record schema, gzip and TSV. */
class OutputDefectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A report typed in whose subject and sentence hold a lone surrogate each (a library user's text). */
    private static Extraction withLoneSurrogates() {
        String text = "新增学校\uD835x3所。";
        Indicator i = new Indicator("3所", 6, 8, new Measure.Count(new BigDecimal(3), "所"), Category.SCHOOL_COUNT,
                "学校\uD835", false, null, null, false, null, "句\uDC00子😀", "school-count");
        return new Extraction("s.txt", text, ReportContext.UNKNOWN, List.of(i));
    }

    @Test
    void loneSurrogatesAreEscapedNotTurnedIntoQuestionMarks() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            w.write(withLoneSurrogates());
        }
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line).contains("\"subject\":\"学校\\uD835\"", "\"sentence\":\"句\\uDC00子😀\"").doesNotContain("?");
        JsonNode back = JSON.readTree(line);
        assertThat(back.get("subject").asText()).isEqualTo("学校\uD835");
        assertThat(back.get("sentence").asText()).isEqualTo("句\uDC00子😀");   // a real pair stays a character
    }

    @Test
    void theCsvGuardLeavesNegativeNumbersAlone() {
        assertThat(CsvWriter.defuse("-2.5")).isEqualTo("-2.5");
        assertThat(CsvWriter.defuse("-2.5%")).isEqualTo("-2.5%");
        assertThat(CsvWriter.defuse("-12")).isEqualTo("-12");
        assertThat(CsvWriter.defuse("-.5")).isEqualTo("-.5");
        assertThat(CsvWriter.defuse("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvWriter.defuse("-x")).isEqualTo("'-x");
        assertThat(CsvWriter.defuse("-")).isEqualTo("'-");
        assertThat(CsvWriter.defuse("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.defuse("+2.5")).isEqualTo("'+2.5");
        assertThat(CsvWriter.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.defuse("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.defuse("\rx")).isEqualTo("'\rx");
        assertThat(CsvWriter.defuse("增长-2.5")).isEqualTo("增长-2.5");

        Indicator minus = new Indicator("-2.5", 0, 4, new Measure.Percent(new BigDecimal("-2.5")), Category.PERCENTAGE,
                "=增速", true, io.github.zhibiao.model.Direction.DOWN, null, false, null, "-2.5", "table-growth:percent");
        Extraction e = new Extraction("t.txt", "-2.5", ReportContext.UNKNOWN, List.of(minus));
        String guarded = CsvWriter.toString(List.of(e)).lines().toList().get(1);
        assertThat(guarded).startsWith("t.txt,-2.5,-2.5,%,PERCENTAGE,'=增速,");
        StringWriter raw = new StringWriter();
        try (CsvWriter w = new CsvWriter(raw, null, false)) {
            w.write(e);
        } catch (IOException x) {
            throw new AssertionError(x);
        }
        assertThat(raw.toString().lines().toList().get(1)).startsWith("t.txt,-2.5,-2.5,%,PERCENTAGE,=增速,");
    }

    @Test
    void fieldsChooseAndOrderTheColumnsOfEveryFormat() throws Exception {
        List<Columns.Column> cols = Columns.select(" subject, value ,doc");
        assertThat(cols).extracting(Columns.Column::name).containsExactly("subject", "value", "doc");
        List<Extraction> r = List.of(Samples.report());

        StringWriter json = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(json, cols)) {
            w.write(Samples.report());
        }
        assertThat(json.toString().lines().findFirst().orElseThrow())
                .isEqualTo("{\"subject\":\"新增财政支出\",\"value\":2035000000,\"doc\":\"a.txt\"}");

        StringWriter csv = new StringWriter();
        try (CsvWriter w = new CsvWriter(csv, cols, true)) {
            w.write(Samples.report());
        }
        assertThat(csv.toString().lines().limit(2)).containsExactly("subject,value,doc", "新增财政支出,2035000000,a.txt");

        StringWriter tsv = new StringWriter();
        try (TsvWriter w = new TsvWriter(tsv, cols, true)) {
            w.write(Samples.report());
        }
        assertThat(tsv.toString().lines().limit(2)).containsExactly("subject\tvalue\tdoc", "新增财政支出\t2035000000\ta.txt");

        List<String> table = Table.render(r, cols).lines().toList();
        assertThat(table.get(0)).matches("subject\\s+value\\s+doc");
        assertThat(table).hasSize(2 + 5);

        Path parquet = dir.resolve("f.parquet");
        try (ExtractionWriter w = OutputFile.open(parquet, null, new OutputFile.Options(cols, false, true, Map.of()))) {
            w.write(Samples.report());
        }
        assertThat(footer(parquet).schema()).containsExactly("subject", "value", "doc");
        assertThat(ParquetRecordWriterTest.read(parquet)).first().satisfies(row ->
                assertThat(row).containsOnlyKeys("subject", "value", "doc"));

        assertThatThrownBy(() -> Columns.select("doc,sentense"))
                .hasMessageStartingWith("unknown field 'sentense'; the fields are doc, text, value");
        assertThatThrownBy(() -> Columns.select("doc,doc")).hasMessage("field 'doc' named twice");
    }

    @Test
    void aFractionKeepsItsExactFormBesideTheRoundedValue() throws Exception {
        Extraction e = Zhibiao.extract("全市三分之二的学校完成改造，1/3的学生参加社团，合格率达到百分之九十八点六。");
        assertThat(e.indicators()).extracting(Indicator::text).containsExactly("三分之二", "1/3", "百分之九十八点六");
        assertThat(e.indicators()).extracting(i -> i.value().toPlainString())
                .containsExactly("66.66666667", "33.33333333", "98.6");
        assertThat(e.indicators()).extracting(i -> i.fraction() == null ? null : i.fraction().toString())
                .containsExactly("2/3", "1/3", null);
        assertThat(Fraction.parse("2/3")).isEqualTo(e.indicators().get(0).fraction());

        List<String> lines = JsonLinesWriter.toString(List.of(e)).lines().toList();
        assertThat(lines.get(0)).endsWith(",\"column\":null,\"fraction\":\"2/3\"}");
        assertThat(lines.get(2)).endsWith(",\"column\":null}");    // default JSON Lines: only where there is one
        List<String> csv = CsvWriter.toString(List.of(e)).lines().toList();
        assertThat(csv.get(0)).endsWith(",column,fraction");
        assertThat(csv.get(1)).endsWith(",2/3");
        assertThat(csv.get(3)).endsWith(",");
        assertThat(Records.maps(List.of(e)).get(1)).containsEntry("fraction", "1/3");
    }

    @Test
    void theFileNameSaysTheFormatGzipIncludedAndOtherExtensionsAreRefused() throws Exception {
        Path tsvGz = OutputFile.save(List.of(Samples.report()), dir.resolve("r.tsv.gz"));
        String tsv;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(tsvGz))) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(tsv).startsWith("\uFEFFdoc\ttext\tvalue\t");
        assertThat(tsv.lines()).hasSize(6);

        Path parquet = OutputFile.save(List.of(Samples.report()), dir.resolve("r.parquet"));
        assertThat(Files.readAllBytes(parquet)).startsWith('P', 'A', 'R', '1');
        assertThat(ParquetRecordWriterTest.read(parquet)).hasSize(5);

        Path jsonl = OutputFile.save(List.of(Samples.report()), dir.resolve("r.jsonl"));
        assertThat(Files.readString(jsonl)).startsWith("{\"doc\":\"a.txt\"");

        assertThatThrownBy(() -> OutputFile.save(List.of(Samples.report()), dir.resolve("r.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Excel workbooks are not written")
                .hasMessageContaining("csv (.csv), tsv (.tsv, .tab)");
        assertThatThrownBy(() -> OutputFile.save(List.of(Samples.report()), dir.resolve("r.parquet.gz")))
                .hasMessageContaining("Parquet is compressed inside");
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
        assertThat(TsvWriter.escape("a\tb\nc\\d")).isEqualTo("a\\tb\\nc\\\\d");
    }

    @Test
    void parquetFooterNamesZhibiaoTheSchemaVersionAndTheBuild() throws Exception {
        Path file = dir.resolve("m.parquet");
        try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(file), null,
                Map.of("zhibiao.rules.digest", io.github.zhibiao.rules.RuleSet.defaults().digest()))) {
            w.write(Samples.report());
        }
        Map<String, String> meta = footer(file).meta();
        assertThat(meta).containsEntry("writer.model.name", "zhibiao")
                .containsEntry("zhibiao.schema.version", RecordSchema.VERSION)
                .containsEntry("zhibiao.version", RecordSchema.zhibiaoVersion())
                .containsEntry("zhibiao.rules.digest", io.github.zhibiao.rules.RuleSet.defaults().digest());
        assertThat(meta.get("zhibiao.rules.digest")).matches("sha256:[0-9a-f]{64}");
        assertThat(RecordSchema.zhibiaoVersion()).isNotEqualTo("unknown");
        // a rule more, another digest
        assertThat(io.github.zhibiao.rules.RuleSet.defaults().with("term\tt\t-\t生均公用经费\n", "x.tsv").digest())
                .isNotEqualTo(io.github.zhibiao.rules.RuleSet.defaults().digest());
    }

    @Test
    void everyLineOfRealOutputsValidatesAgainstTheShippedJsonSchema() throws Exception {
        JsonNode schema = JSON.readTree(RecordSchema.jsonSchema());
        List<String> declared = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(declared::add);
        List<String> columns = new ArrayList<>(Columns.ALL.stream().map(Columns.Column::name).toList());
        columns.add("trace");
        assertThat(declared).containsExactlyInAnyOrderElementsOf(columns);   // the schema cannot drift from Columns

        List<Extraction> real = new ArrayList<>(Zhibiao.extractAll(Path.of("testdata/reports")));
        real.add(Zhibiao.extract(Path.of("testdata/report_education.txt")));
        real.add(Zhibiao.extract("全市三分之二的学校完成改造，合格率达到百分之九十八点六。"));
        real.add(withLoneSurrogates());
        String text = JsonLinesWriter.toString(real)
                + JsonLinesWriter.toString(List.of(io.github.zhibiao.api.Extractor.defaults().withTrace(true)
                        .extract(Path.of("testdata/report_education.txt"))));
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSizeGreaterThan(50);
        for (String line : lines) {
            List<String> errors = MiniJsonSchema.validate(schema, JSON.readTree(line));
            assertThat(errors).as(line).isEmpty();
        }
        // and the validator does fail what breaks the contract
        assertThat(MiniJsonSchema.validate(schema, JSON.readTree(lines.get(0).replace("\"delta\":false", "\"delta\":\"no\""))))
                .containsExactly("delta: not boolean");
        assertThat(MiniJsonSchema.validate(schema, JSON.readTree(lines.get(0).replace("{\"doc\"", "{\"extra\":1,\"doc\""))))
                .containsExactly("extra: not allowed");
        assertThat(MiniJsonSchema.validate(schema, JSON.readTree("{\"doc\":\"a\"}"))).contains("text: required");
    }

    private record Footer(List<String> schema, Map<String, String> meta) {
    }

    private static Footer footer(Path file) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(GzipCodecFactory.INSTANCE).build();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            var fm = reader.getFooter().getFileMetaData();
            return new Footer(fm.getSchema().getFields().stream().map(Type::getName).toList(), fm.getKeyValueMetaData());
        }
    }
}
