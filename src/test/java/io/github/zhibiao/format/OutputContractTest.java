package io.github.zhibiao.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Fraction;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.ReportContext;
import io.github.zhibiao.rules.RuleSet;
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

/**
 * Issue 21's output defects, each as it was met: lone surrogates (item 6), the format a file name
 * says (13), the CSV guard (14), {@code --fields} (15), the record schema and the Parquet footer
 * (16), fractions (18). Inputs: {@code testdata/contract/outputs.txt} and records built here.
 */
class OutputContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path OUTPUTS = Path.of("testdata/contract/outputs.txt");

    @TempDir
    Path dir;

    /** A result whose subject and sentence hold a lone surrogate each, as text a library user built may. */
    static Extraction withLoneSurrogates() {
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
        assertThat(back.get("sentence").asText()).isEqualTo("句\uDC00子😀");   // a real pair stays one character
    }

    @Test
    void theCsvGuardLeavesNegativeNumbersAloneAndCanBeTurnedOff() throws Exception {
        assertThat(List.of("-2.5", "-2.5%", "-12", "-.5", "-1e3", "增长-2.5")).allSatisfy(t -> assertThat(CsvWriter.defuse(t)).isEqualTo(t));
        assertThat(List.of("-1+1", "-x", "-", "-3.1亿元", "=1+1", "+2.5", "@SUM(A1)", "\tx", "\rx"))
                .allSatisfy(t -> assertThat(CsvWriter.defuse(t)).isEqualTo("'" + t));

        Extraction e = Zhibiao.extract(OUTPUTS);
        List<String> guarded = CsvWriter.toString(List.of(e)).lines().toList();
        assertThat(guarded.get(1)).startsWith("outputs.txt,-2.5%,-2.5,%,PERCENTAGE,");
        assertThat(guarded.get(2)).startsWith("outputs.txt,'-3.1亿元,-310000000,元,FUNDING,");
        StringWriter raw = new StringWriter();
        try (CsvWriter w = new CsvWriter(raw, null, false)) {
            w.write(e);
        }
        assertThat(raw.toString().lines().toList().get(2)).startsWith("outputs.txt,-3.1亿元,-310000000,元,FUNDING,");
        // the default columns: the header did not change
        assertThat(guarded.get(0)).isEqualTo(String.join(",", Records.ALL_FIELDS));
    }

    @Test
    void fieldsChooseAndOrderTheColumnsOfEveryFormat() throws Exception {
        List<Columns.Column> cols = Columns.select(" subject, value ,doc");
        assertThat(cols).extracting(Columns.Column::name).containsExactly("subject", "value", "doc");

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

        List<String> table = Table.render(List.of(Samples.report()), cols).lines().toList();
        assertThat(table.get(0)).matches("subject\\s+value\\s+doc");
        assertThat(table).hasSize(2 + 5);

        Path parquet = dir.resolve("f.parquet");
        try (ExtractionWriter w = OutputFile.open(parquet, null, new OutputFile.Options(cols, false, false, true, Map.of()))) {
            w.write(Samples.report());
        }
        assertThat(footer(parquet).schema()).containsExactly("subject", "value", "doc");
        assertThat(ParquetRecordWriterTest.read(parquet)).first().satisfies(row ->
                assertThat(row).containsOnlyKeys("subject", "value", "doc"));

        // the trace goes last unless the list places it
        assertThat(Columns.withTrace(cols, true)).extracting(Columns.Column::name).containsExactly("subject", "value", "doc", "trace");
        assertThat(Columns.withTrace(Columns.select("trace,doc"), true)).extracting(Columns.Column::name).containsExactly("trace", "doc");

        assertThatThrownBy(() -> Columns.select("doc,sentense"))
                .hasMessageStartingWith("unknown field 'sentense'; the fields are doc, text, value");
        assertThatThrownBy(() -> Columns.select("doc,doc")).hasMessage("field 'doc' named twice");
        assertThatThrownBy(() -> Columns.select("doc,")).hasMessageStartingWith("empty field name in 'doc,'");
    }

    @Test
    void aFractionKeepsItsExactFormBesideTheRoundedValue() throws Exception {
        Extraction e = Zhibiao.extract(OUTPUTS);
        List<Indicator> shares = e.indicators().stream().filter(i -> i.text().contains("分之") || i.text().contains("/")).toList();
        assertThat(shares).extracting(Indicator::text).containsExactly("三分之二", "1/3");
        assertThat(shares).extracting(i -> i.value().toPlainString()).containsExactly("66.66666667", "33.33333333");
        assertThat(shares).extracting(i -> i.fraction().toString()).containsExactly("2/3", "1/3");
        assertThat(Fraction.parse("2/3")).isEqualTo(shares.get(0).fraction());
        // 百分之 and 千分之 are percent signs: exact, no fraction
        List<io.github.zhibiao.model.Quantity> q = io.github.zhibiao.api.QuantityGrammar.defaults().parse("百分之九十八点六，千分之三，七分之一");
        assertThat(q).extracting(x -> ((Measure.Percent) x.measure()).fraction() == null ? null : ((Measure.Percent) x.measure()).fraction().toString())
                .containsExactly(null, null, "1/7");
        assertThat(Fraction.of(false, new BigDecimal(3), new BigDecimal(1000))).isNull();
        assertThat(Fraction.of(true, BigDecimal.ONE, new BigDecimal(100))).hasToString("1/100");

        // the default records do not change; --fields and Parquet carry it
        assertThat(JsonLinesWriter.toString(List.of(e))).doesNotContain("fraction");
        assertThat(CsvWriter.toString(List.of(e))).doesNotContain("fraction");
        StringWriter chosen = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(chosen, Columns.select("text,value,fraction"))) {
            w.write(e);
        }
        assertThat(chosen.toString().lines()).contains("{\"text\":\"三分之二\",\"value\":66.66666667,\"fraction\":\"2/3\"}",
                "{\"text\":\"-2.5%\",\"value\":-2.5,\"fraction\":null}");
        assertThat(Columns.TYPED).extracting(Columns.Column::name).contains("fraction");
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

        Path jsonlGz = OutputFile.save(List.of(Samples.report()), dir.resolve("r.jsonl.gz"));
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(jsonlGz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(JsonLinesWriter.toString(List.of(Samples.report())));
        }
        assertThat(OutputFile.formatFor(Path.of("out"), null)).isEqualTo(OutputFile.Format.JSONL);

        assertThatThrownBy(() -> OutputFile.save(List.of(Samples.report()), dir.resolve("r.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Excel workbooks are not written")
                .hasMessageContaining("csv (.csv), tsv (.tsv, .tab)");
        assertThatThrownBy(() -> OutputFile.save(List.of(Samples.report()), dir.resolve("r.parquet.gz")))
                .hasMessageContaining("Parquet is compressed inside");
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
        assertThat(TsvWriter.escape("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
    }

    @Test
    void parquetFooterNamesZhibiaoTheSchemaVersionTheBuildAndTheRules() throws Exception {
        Path file = dir.resolve("m.parquet");
        String digest = RuleSet.defaults().digest();
        try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(file), Columns.TYPED,
                Map.of("zhibiao.rules.digest", digest))) {
            w.write(Samples.report());
        }
        Map<String, String> meta = footer(file).meta();
        assertThat(meta).containsEntry("writer.model.name", "zhibiao")
                .containsEntry("zhibiao.schema.version", RecordSchema.VERSION)
                .containsEntry("zhibiao.version", RecordSchema.zhibiaoVersion())
                .containsEntry("zhibiao.commit", RecordSchema.commit())
                .containsEntry("zhibiao.rules.digest", digest);
        assertThat(digest).matches("sha256:[0-9a-f]{64}");
        assertThat(RecordSchema.zhibiaoVersion()).isNotEqualTo("unknown");
        assertThat(RuleSet.defaults().digest()).isEqualTo(digest);
        assertThat(RuleSet.defaults().with("words\tlight-verbs\t-\t开展\n", "x.tsv").digest()).isNotEqualTo(digest);
    }

    @Test
    void everyLineOfRealOutputsValidatesAgainstTheShippedJsonSchema() throws Exception {
        JsonNode schema = JSON.readTree(RecordSchema.jsonSchema());
        List<String> declared = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(declared::add);
        assertThat(declared).containsExactlyInAnyOrderElementsOf(Columns.ALL.stream().map(Columns.Column::name).toList());
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertThat(required).isEqualTo(Records.ALL_FIELDS);   // the schema cannot drift from the columns

        List<Extraction> real = new ArrayList<>(Zhibiao.extractAll(Path.of("testdata/reports")));
        real.add(Zhibiao.extract(Path.of("testdata/report_education.txt")));
        real.add(Zhibiao.extract(OUTPUTS));
        real.add(withLoneSurrogates());
        String text = JsonLinesWriter.toString(real)
                + JsonLinesWriter.toString(List.of(Extractor.defaults().withTrace(true).extract(Path.of("testdata/report_education.txt"))));
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSizeGreaterThan(50);
        for (String line : lines) {
            assertThat(MiniJsonSchema.validate(schema, JSON.readTree(line))).as(line).isEmpty();
        }
        // and the validator fails what breaks the contract
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
