package io.github.zhibiao.cli;

import io.github.zhibiao.format.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line's rough edges, each seen in a new user's run. */
class CommandLineEdgesTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** The real extractor, with the options applied. */
    static ExtractCommandTest.Run real(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.execute(args, out, new PrintWriter(err, true), new Main.Terminal(false, false),
                ExtractorSource::open);
        return new ExtractCommandTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(), out.toByteArray());
    }

    @Test
    void theOutputExtensionChoosesTheFormatUnlessFormatSaysOtherwise() throws IOException {
        Path a = write("a.txt", "新增12所");
        Path csv = dir.resolve("out.csv");
        Path table = dir.resolve("out.txt");
        Path jsonl = dir.resolve("OUT.JSONL");
        Path forced = dir.resolve("forced.csv");
        assertThat(ExtractCommandTest.run("extract", "-o", csv.toString(), a.toString()).status()).isZero();
        assertThat(ExtractCommandTest.run("extract", "-o", table.toString(), a.toString()).status()).isZero();
        assertThat(ExtractCommandTest.run("extract", "-o", jsonl.toString(), a.toString()).status()).isZero();
        assertThat(ExtractCommandTest.run("extract", "-f", "JSONL", "-o", forced.toString(), a.toString()).status()).isZero();

        assertThat(Files.readString(csv)).startsWith(String.join(",", Records.ALL_FIELDS) + "\r\n");
        assertThat(Files.readString(table)).startsWith("== a.txt: 1 indicator");
        assertThat(Files.readString(jsonl)).startsWith("{\"doc\":\"a.txt\"");
        assertThat(Files.readString(forced)).startsWith("{\"doc\":\"a.txt\"");
        assertThat(ExtractCommandTest.run("extract", "-f", "Csv", a.toString()).out()).startsWith("doc,text,value");
        assertThat(ExtractCommandTest.run("extract", "--bom", "-o", csv.toString(), a.toString()).status()).isZero();
        assertThat(Files.readAllBytes(csv)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(io.github.zhibiao.format.OutputFile.byExtension(Path.of("x.parquet"))).contains(io.github.zhibiao.format.OutputFile.Format.PARQUET);
        assertThat(io.github.zhibiao.format.OutputFile.byExtension(Path.of("x.xlsx"))).isEmpty();
    }

    @Test
    void maxSizeRefusesBeforeReading() throws IOException {
        Path a = write("a.txt", "全市新增公办幼儿园11所。");
        ExtractCommandTest.Run r = real("extract", "--max-size", "10", a.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .isEqualTo("zhibiao: " + a + ": TOO_LARGE: input of 35 bytes exceeds the limit of 10 bytes; "
                        + "raise it with --max-size (e.g. --max-size 200M)"));
        assertThat(real("extract", "--max-size", "1K", a.toString()).status()).isZero();
        assertThat(real("extract", "--max-size", "lots", a.toString()).status()).isEqualTo(2);
    }

    @Test
    void maxCharsRaisesTheTextLimitAndTheMessageNamesIt() throws IOException {
        // 33 characters of text; a limit of 20 refuses it, naming the flag that raises it
        Path a = write("a.txt", "全市新增公办幼儿园11所，投入资金2.5亿元，新增学位4500个。");
        for (String command : List.of("extract", "text")) {
            ExtractCommandTest.Run r = real(command, "--max-chars", "20", a.toString());
            assertThat(r.status()).as(command).isEqualTo(1);
            assertThat(r.errLines()).as(command).singleElement().satisfies(l -> assertThat(l)
                    .isEqualTo("zhibiao: " + a + ": TOO_LARGE: text of 33 characters is longer than the limit of 20 "
                            + "characters; raise it with --max-chars (e.g. --max-chars 50M)"));
            assertThat(real(command, "--max-chars", "1K", a.toString()).status()).as(command).isZero();
            assertThat(real(command, "--max-chars", "0", a.toString()).status()).as(command).isEqualTo(2);
        }
        assertThat(real("extract", "--max-chars", "1K", a.toString()).out()).contains("\"value\":250000000");
        assertThat(LoaderOptions.chars("10M")).isEqualTo(10_000_000);
        assertThat(LoaderOptions.chars("500k")).isEqualTo(500_000);
    }

    @Test
    void charsetForcesTheDecodingAndAGuessIsAWarningLine() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "全市新增公办幼儿园11所，投入资金2.5亿元。\n".getBytes(Charset.forName("GBK")));

        ExtractCommandTest.Run guessed = real("extract", gbk.toString());
        assertThat(guessed.status()).isZero();
        assertThat(guessed.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("zhibiao: " + gbk + ": WARNING: CHARSET_GUESSED: "));
        ExtractCommandTest.Run forced = real("extract", "--charset", "gbk", gbk.toString());
        assertThat(forced.err()).isEmpty();
        assertThat(forced.out()).isEqualTo(guessed.out()).contains("\"subject\":\"新增公办幼儿园\"");
        assertThat(real("extract", "--charset", "klingon", gbk.toString()).status()).isEqualTo(2);
    }

    @Test
    void timeoutStopsASlowParse() throws IOException {
        Path page = write("page.html", "<html><body>" + "<div><span>发展</span></div>".repeat(200_000)
                + "<p>全市新增公办幼儿园11所。</p></body></html>");
        ExtractCommandTest.Run r = real("extract", "--timeout", "1ms", page.toString());
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("zhibiao: " + page + ": TIMEOUT: parsing took longer than 1 ms"));
        assertThat(real("extract", "--timeout", "0", page.toString()).status()).isEqualTo(2);
        assertThat(real("extract", "--timeout", "5m", page.toString()).out()).contains("\"text\":\"11所\"");
    }

    @Test
    void rulesAddAUsersRulesFile() throws IOException {
        Path rules = write("hospital.tsv", "# kind\tid\targ\twords\texample\n"
                + "category-def\tbeds\tCOUNT\tHOSPITAL_BEDS\n"
                + "category\thospital-beds\tHOSPITAL_BEDS\t床位|病床\t全市医疗卫生机构床位达到3.2万张。\n");
        Path a = write("a.txt", "全市医疗卫生机构床位达到3.2万张。");
        ExtractCommandTest.Run r = real("extract", "--rules", rules.toString(), a.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"rule\":\"hospital-beds\"").contains("\"category\":\"HOSPITAL_BEDS\"");
        ExtractCommandTest.Run csv = real("extract", "-f", "csv", "--rules", rules.toString(), a.toString());
        assertThat(csv.out()).contains(",HOSPITAL_BEDS,");
        assertThat(real("extract", a.toString()).out()).doesNotContain("hospital-beds");
        assertThat(real("extract", "--rules", dir.resolve("none.tsv").toString(), a.toString()).status()).isEqualTo(2);
    }

    @Test
    void aMalformedRulesFileIsAUsageErrorNamingFileAndLine() throws IOException {
        Path rules = write("beds.tsv", "# beds\ncategory\thospital-beds\tBEDS\t床位\n");
        Path a = write("a.txt", "全市床位3.2万张。");
        ExtractCommandTest.Run r = real("extract", "--rules", rules.toString(), a.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(rules + ":2: category hospital-beds: unknown category 'BEDS'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noInputFileIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        write("docs/a.txt", "1所");
        ExtractCommandTest.Run empty = ExtractCommandTest.run("extract", dir.resolve("empty").toString());
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.errLines()).singleElement().satisfies(l -> assertThat(l).contains("no report file to read"));
        ExtractCommandTest.Run glob = ExtractCommandTest.run("extract", "-g", "*.pdf", dir.resolve("docs").toString());
        assertThat(glob.status()).isEqualTo(2);
        assertThat(glob.errLines()).singleElement().satisfies(l -> assertThat(l).contains("--glob '*.pdf' matches no file"));
    }

    @Test
    void aFileNameWithANewlineOrTabIsEscapedInMessages() throws IOException {
        Path odd = write("bad\nname\t.txt", "BAD");
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", odd.toString());
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("zhibiao: " + dir + "/bad\\nname\\t.txt: CORRUPT: "));
    }

    @Test
    void theProgressBarCountsReportsShowsAnEtaAndNeverSharesALineWithRecords() throws IOException {
        for (int k = 0; k < 7; k++) {
            write("many/f" + k + ".txt", k + "所");
        }
        Path zip = dir.resolve("many/z.zip");
        Files.write(zip, HostileInputs.zip(java.util.Map.of("a.txt", "1所".getBytes(StandardCharsets.UTF_8),
                "b.txt", "2所".getBytes(StandardCharsets.UTF_8))));
        // one terminal for both streams, as when nothing is redirected
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(screen, StandardCharsets.UTF_8), true);
        int status = Main.execute(new String[] {"extract", "-t", "2", dir.resolve("many").toString()}, screen, err,
                new Main.Terminal(true, true), s -> new FakeSourceWithArchives());
        err.flush();
        String shown = screen.toString(StandardCharsets.UTF_8);

        assertThat(status).isZero();
        assertThat(shown).startsWith("\r[>").contains("0/8 files", "8/8 files", "9 reports", "ETA ");
        List<String> screenLines = new ArrayList<>();
        for (String line : shown.split("\n")) {
            screenLines.add(rendered(line));
        }
        // what the terminal shows: each record line is the record alone, the bar never beside it
        assertThat(screenLines.stream().filter(l -> l.contains("\"doc\"")).toList()).hasSize(9)
                .allSatisfy(l -> assertThat(l).startsWith("{\"doc\"").endsWith("}"));
        assertThat(shown).containsPattern("zhibiao: 8 files, 9 records, 0 failed\n$");
    }

    /** A line as a terminal shows it: a carriage return goes back to column 0, later characters overwrite. */
    static String rendered(String line) {
        StringBuilder screen = new StringBuilder();
        int col = 0;
        for (char c : line.toCharArray()) {
            if (c == '\r') {
                col = 0;
            } else if (col < screen.length()) {
                screen.setCharAt(col++, c);
            } else {
                screen.append(c);
                col++;
            }
        }
        return screen.toString().stripTrailing();
    }

    /** FakeSource, reading .zip archives member by member. */
    static final class FakeSourceWithArchives implements Pipeline.Source {
        private final FakeSource files = new FakeSource(false);

        @Override
        public io.github.zhibiao.api.Extraction extract(Path file) throws io.github.zhibiao.load.LoadException {
            return files.extract(file);
        }

        @Override
        public void extractArchive(Path zip, java.util.function.Consumer<Pipeline.Member> each)
                throws io.github.zhibiao.load.LoadException {
            new ExtractorSource(io.github.zhibiao.api.Extractor.defaults()).extractArchive(zip, each);
        }
    }

    @Test
    void aClosedPipeEndsQuietlyWithStatusZero() throws Exception {
        for (int k = 0; k < 3000; k++) {
            write(String.format("in/f%04d.txt", k), "第" + k + "份：新增" + k + "所，另" + k + "所，再" + k + "所");
        }
        Process p = new ProcessBuilder(HostileCatalogueTest.java(), "-cp", HostileCatalogueTest.classpath(),
                FakeSource.class.getName(), "extract", "-t", "2", dir.resolve("in").toString())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{\"doc\":\"f0000.txt\"");
        }   // like `| head -1`: the reader goes away
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
    }

    @Test
    void aNonUtf8LocaleSaysWhatToSet() throws Exception {
        Path chinese = write("报告.txt", "全市新增公办幼儿园11所。");
        Path ascii = write("report.txt", "全市新增公办幼儿园11所。");
        List<String> cmd = new ArrayList<>(List.of(HostileCatalogueTest.java(), "-cp", HostileCatalogueTest.classpath(),
                FakeSource.class.getName(), "extract"));
        ProcessBuilder pb = new ProcessBuilder().redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");

        List<String> withChinese = new ArrayList<>(cmd);
        withChinese.add(chinese.toString());
        Process p = pb.command(withChinese).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assumeTrue(!err.isEmpty() || p.exitValue() != 0, "this JVM reads file names as UTF-8 even with LANG=C");
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("zhibiao: the locale's charset is ").contains("LANG=C.UTF-8"));

        List<String> withAscii = new ArrayList<>(cmd);
        withAscii.add(ascii.toString());
        p = pb.command(withAscii).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("err.txt")).lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("zhibiao: WARNING: the locale's charset is ").contains("LANG=C.UTF-8"));
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).contains("\"doc\":\"report.txt\"");
    }
}
