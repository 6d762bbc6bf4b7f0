package io.github.zhibiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.format.RecordSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 through the command line: the format a name says or one refusing line (item 13),
 * --no-csv-guard (14), --fields (15), zhibiao schema and --version (16), rules files in GBK and
 * other bad rules exit 2 naming file and line (19), text's warnings and a reader that stops early,
 * --glob's message, the help (20). Input: {@code testdata/contract/}.
 */
class OutputOptionsCliTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String OUTPUTS = "testdata/contract/outputs.txt";

    @TempDir
    Path dir;

    static ExtractCommandTest.Run real(String... args) {
        return CommandLineEdgesTest.real(args);
    }

    @Test
    void anOutputNameThatSaysNoFormatIsRefusedWithOneLineAndNothingIsWritten() throws IOException {
        for (String name : List.of("out.xlsx", "out.dat", "out.parquet.gz")) {
            ExtractCommandTest.Run r = real("extract", "-o", dir.resolve(name).toString(), OUTPUTS);
            assertThat(r.status()).as(name).isEqualTo(2);
            assertThat(r.errLines()).as(name).hasSize(1);
            assertThat(dir.resolve(name)).doesNotExist();
        }
        assertThat(real("extract", "-o", dir.resolve("x.xlsx").toString(), OUTPUTS).err())
                .contains("Excel workbooks are not written; a .csv opens in Excel")
                .contains("jsonl (.jsonl, .ndjson, .json), csv (.csv), tsv (.tsv, .tab), table (.txt), parquet (.parquet)");
        assertThat(real("extract", "-f", "xlsx", OUTPUTS).err()).contains("(no Excel workbooks: a csv opens in Excel)");
    }

    @Test
    void gzipAndTsvAreWrittenAsTheirNamesSay() throws IOException {
        Path gz = dir.resolve("out.jsonl.gz");
        assertThat(real("extract", "-o", gz.toString(), OUTPUTS).status()).isZero();
        String plain = real("extract", OUTPUTS).out();
        assertThat(gunzip(gz)).isEqualTo(plain);

        Path tsv = dir.resolve("out.tsv");
        assertThat(real("extract", "-o", tsv.toString(), OUTPUTS).status()).isZero();
        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines.get(0)).startsWith("doc\ttext\tvalue\tunit\t");
        assertThat(lines).hasSize(1 + (int) plain.lines().count());
        assertThat(lines.get(1).split("\t", -1)).hasSize(lines.get(0).split("\t").length);
        Path noExtension = dir.resolve("records");
        assertThat(real("extract", "-o", noExtension.toString(), OUTPUTS).status()).isZero();
        assertThat(Files.readString(noExtension)).isEqualTo(plain);
    }

    @Test
    void theCsvGuardSparesNumbersAndCanBeTurnedOff() {
        List<String> guarded = real("extract", "-f", "csv", OUTPUTS).out().lines().toList();
        assertThat(guarded.get(1)).startsWith("outputs.txt,-2.5%,-2.5,");
        assertThat(guarded.get(2)).startsWith("outputs.txt,'-3.1亿元,");
        List<String> raw = real("extract", "-f", "csv", "--no-csv-guard", OUTPUTS).out().lines().toList();
        assertThat(raw.get(2)).startsWith("outputs.txt,-3.1亿元,");
        assertThat(real("extract", "--no-csv-guard", OUTPUTS).err()).contains("--no-csv-guard goes with --format csv or tsv only");
    }

    @Test
    void fieldsChooseTheColumnsAndDropTheSentence() throws IOException {
        ExtractCommandTest.Run all = real("extract", OUTPUTS);
        ExtractCommandTest.Run few = real("extract", "--fields", "doc,subject,value,unit", OUTPUTS);
        assertThat(few.status()).isZero();
        assertThat(few.out().lines()).hasSameSizeAs(all.out().lines().toList())
                .allSatisfy(l -> assertThat(l).startsWith("{\"doc\":\"outputs.txt\",\"subject\":").doesNotContain("sentence"));
        assertThat(few.bytes().length).isLessThan(all.bytes().length / 3);
        assertThat(real("extract", "-f", "csv", "--fields", "value,text", OUTPUTS).out().lines().findFirst()).contains("value,text");
        assertThat(real("extract", "-f", "table", "--fields", "value,text", OUTPUTS).out()).contains("value  text");
        ExtractCommandTest.Run traced = real("extract", "--trace", "--fields", "text", OUTPUTS);
        assertThat(JSON.readTree(traced.out().lines().findFirst().orElseThrow()).fieldNames())
                .toIterable().containsExactly("text", "trace");
        ExtractCommandTest.Run bad = real("extract", "--fields", "doc,sentense", OUTPUTS);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--fields: unknown field 'sentense'; the fields are doc, text, value");
    }

    @Test
    void schemaPrintsTheJsonSchemaAndVersionNamesCommitAndSchema() throws IOException {
        ExtractCommandTest.Run s = real("schema");
        assertThat(s.status()).isZero();
        assertThat(s.out()).isEqualTo(RecordSchema.jsonSchema());
        assertThat(JSON.readTree(s.out()).get("x-schema-version").asText()).isEqualTo(RecordSchema.VERSION);
        assertThat(real("--version").out()).startsWith("zhibiao " + RecordSchema.zhibiaoVersion() + " (commit ")
                .contains(", record schema " + RecordSchema.VERSION + ")");
        assertThat(real("--help").out()).contains("schema");
    }

    @Test
    void aBadRulesFileIsAUsageErrorNamingFileAndLine() {
        for (String[] c : new String[][] {
                {"rules-gbk.tsv", ":1: not UTF-8 (a rules file is read as UTF-8: save it so, e.g. iconv -f GBK -t UTF-8"},
                {"rules-unknown-unit.tsv", ":1: unit unit-beds: unknown unit '床位'"},
                {"rules-unknown-chrome-param.tsv", ":1: chrome-param chrome-short: unknown parameter 'short_length'"},
                {"rules-one-part-split.tsv", ":1: split split-one: arg '城镇' names one part"}}) {
            ExtractCommandTest.Run r = real("extract", "--rules", "testdata/contract/" + c[0], OUTPUTS);
            assertThat(r.status()).as(c[0]).isEqualTo(2);
            assertThat(r.errLines()).as(c[0]).singleElement().asString()
                    .startsWith("zhibiao extract: --rules testdata/contract/" + c[0] + c[1]);
        }
    }

    @Test
    void textWarnsOnStderrAndEndsQuietlyWhenTheReaderStops() throws IOException {
        Path gbk = Files.write(dir.resolve("old.txt"), "全县新建公办幼儿园7所。".repeat(3).getBytes("GBK"));
        StringWriter err = new StringWriter();
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        int status = Main.execute(new String[] {"text", gbk.toString()}, closed, new PrintWriter(err, true), false, new FakeSource(false));
        assertThat(status).isZero();
        assertThat(err.toString().lines()).singleElement().asString().startsWith("zhibiao: " + gbk + ": WARNING: ");
        assertThat(real("text", "--charset", "GBK", gbk.toString()).out()).startsWith("全县新建公办幼儿园7所。");
    }

    @Test
    void globErrorsAndTheHelpSpeakTheUsersWords() {
        ExtractCommandTest.Run r = real("extract", "-g", "[", OUTPUTS);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--glob '[' is not a valid pattern").contains("quote [ as \\[")
                .doesNotContain("^").doesNotContain("regex");
        String help = real("--help").out();
        assertThat(help).contains("  text     Prints the text zhibiao reads numbers from (--raw: as loaded).\n");
        String extractHelp = real("extract", "--help").out();
        assertThat(extractHelp.replaceAll("\\s+", " ")).contains("ofd", ".zip", "--fields", "--no-csv-guard", "tsv").doesNotContain("UTF-8 or GBK");
    }

    /** picocli reads descriptions as format strings: a lone % made it warn on stderr at every --help. */
    @Test
    void theExtractHelpFormatsWithoutAWarning() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
        String help;
        try {
            System.setErr(new java.io.PrintStream(caught, true, StandardCharsets.UTF_8));
            help = real("extract", "--help").out();
        } finally {
            System.setErr(saved);
        }
        assertThat(caught.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(help.replaceAll("\\s+", " ")).contains("-2.5 and -2.5% are numbers");
    }

    private static String gunzip(Path f) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
