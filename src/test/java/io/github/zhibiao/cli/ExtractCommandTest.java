package io.github.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err, byte[] bytes) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> docs() {
            List<String> docs = new ArrayList<>();
            for (String line : out.lines().toList()) {
                try {
                    docs.add(JSON.readTree(line).get("doc").asText());
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
            return docs;
        }
    }

    static Run run(Pipeline.Source source, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, out, new PrintWriter(err, true), terminal, source);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(), out.toByteArray());
    }

    static Run run(String... args) {
        return run(new FakeSource(false), false, args);
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    // ---- output and order

    @Test
    void jsonLinesInInputOrderFoldersSorted() throws IOException {
        write("in/b.txt", "新增幼儿园2所");
        write("in/a.txt", "新增学校1所，另有3所");
        write("in/sub/c.txt", "4所");
        write("in/.hidden", "9所");
        Path single = write("z.txt", "5所");

        Run r = run("extract", single.toString(), dir.resolve("in").toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.docs()).containsExactly("z.txt", "a.txt", "a.txt", "b.txt", "sub/c.txt");
        JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        // fraction only on the records that have one (none here)
            assertThat(names).containsExactlyElementsOf(Records.ALL_FIELDS.stream().filter(f -> !f.equals("fraction")).toList());
        assertThat(first.get("value").toString()).isEqualTo("5");
    }

    @Test
    void sameBytesWithOneThreadOrFour() throws IOException {
        for (int k = 0; k < 150; k++) {
            write(String.format("in/d%02d/f%03d.txt", k % 7, k), "第" + k + "份报告：新增" + (k * 7) + "所，另" + k % 5 + "所");
        }
        write("in/d03/bad.txt", "BAD");
        FakeSource jittery = new FakeSource(true);
        Run one = run(jittery, false, "extract", "--threads", "1", dir.resolve("in").toString());
        Run four = run(jittery, false, "extract", "--threads", "4", dir.resolve("in").toString());
        Run csv1 = run(jittery, false, "extract", "-t", "1", "-f", "csv", dir.resolve("in").toString());
        Run csv4 = run(jittery, false, "extract", "-t", "4", "-f", "csv", dir.resolve("in").toString());

        assertThat(one.out().lines()).hasSize(150 * 3);
        assertThat(four.bytes()).isEqualTo(one.bytes());
        assertThat(csv4.bytes()).isEqualTo(csv1.bytes());
        assertThat(four.err()).isEqualTo(one.err());
        assertThat(one.status()).isEqualTo(1);
        assertThat(four.status()).isEqualTo(1);
    }

    // ---- failures

    @Test
    void aBadFileCostsOneLineAndExitOneButNoOtherRecords() throws IOException {
        write("in/a.txt", "1所");
        write("in/b.txt", "BAD 2所");
        write("in/c.txt", "3所");
        write("in/d.txt", "BOOM 4所");
        write("in/e.txt", "5所");

        for (String threads : List.of("1", "3")) {
            Run r = run("extract", "-t", threads, dir.resolve("in").toString(), dir.resolve("missing.docx").toString());

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.docs()).containsExactly("a.txt", "c.txt", "e.txt");
            assertThat(r.errLines()).hasSize(3);
            assertThat(r.errLines()).anySatisfy(l -> assertThat(l).contains("missing.docx").contains("no such file"));
            assertThat(r.errLines()).anySatisfy(l -> assertThat(l)
                    .isEqualTo("zhibiao: " + dir.resolve("in/b.txt") + ": CORRUPT: fake corruption second line"));
            assertThat(r.errLines()).anySatisfy(l -> assertThat(l)
                    .contains("d.txt").contains("INTERNAL").contains("rule bug"));
        }
    }

    @Test
    void allGoodExitsZeroWithSilentStderr() throws IOException {
        Path a = write("a.txt", "1所");
        Run r = run("extract", a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theRealExtractorRunsTheSameFlow() throws IOException {
        Path a = write("in/a.txt", "全市新增公办幼儿园11所，投入资金2.5亿元。");
        write("in/b.txt", "小学适龄儿童入学率99.77%。");
        Run r = run(Extractor.defaults()::extract, false, "extract", "-t", "2", a.getParent().toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.docs()).allSatisfy(d -> assertThat(d).isIn("a.txt", "b.txt"));
    }

    @Test
    void realBadFilesEachCostOneLineAndTheGoodReportKeepsItsRecords() throws IOException {
        List<Path> bad;
        try (java.util.stream.Stream<Path> s = Files.list(Path.of("testdata/bad"))) {
            bad = s.filter(p -> !p.toString().endsWith(".zip")).sorted().toList();
        }
        assertThat(bad).hasSizeGreaterThanOrEqualTo(5);
        List<String> args = new ArrayList<>(List.of("extract", "-t", "2"));
        bad.forEach(p -> args.add(p.toString()));
        args.add("testdata/report_education.txt");
        Run r = run(new ExtractorSource(Extractor.defaults()), false,
                args.toArray(String[]::new));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(bad.size());
        for (Path p : bad) {
            assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("zhibiao: " + p + ": ")
                    .matches("zhibiao: .*: (EMPTY|CORRUPT|UNSUPPORTED|UNREADABLE_ENCODING|ENCRYPTED|TOO_LARGE): .+"));
        }
        assertThat(r.docs()).hasSizeGreaterThanOrEqualTo(20).containsOnly("report_education.txt");
    }

    @Test
    void aZipGivesEveryReportInsideAndABadMemberCostsOneLine() throws IOException {
        Path zip = dir.resolve("reports.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] m : new String[][] {{"2024/a.txt", "全县新建公办幼儿园7所。"}, {"2024/b.txt", "全县初中巩固率达到98.7%。"},
                    {"2024/c.txt", ""}}) {
                z.putNextEntry(new java.util.zip.ZipEntry(m[0]));
                z.write(m[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Path plain = write("plain.txt", "全县在校学生约4.3万人。");
        Run r = run(new ExtractorSource(Extractor.defaults()), false,
                "extract", plain.toString(), zip.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.docs()).containsExactly("plain.txt", "reports.zip!2024/a.txt", "reports.zip!2024/b.txt");
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("zhibiao: " + zip + "!2024/c.txt: EMPTY"));
    }

    @Test
    void filesUnderAFolderAreNamedByTheirPathUnderItSoTwoOfTheSameNameStayApart() throws IOException {
        write("in/2023/a.txt", "全县新建公办幼儿园7所。");
        write("in/2024/a.txt", "全县新建公办幼儿园9所。");
        Path named = write("c.txt", "全县在校学生约4.3万人。");
        Run r = run(new ExtractorSource(Extractor.defaults()), false,
                "extract", "-t", "2", dir.resolve("in").toString(), named.toString());
        assertThat(r.status()).isZero();
        assertThat(r.docs()).containsExactly("2023/a.txt", "2024/a.txt", "c.txt");
    }

    @Test
    void anOutputIntoAMissingFolderIsAUsageErrorThatSaysSo() throws IOException {
        Path a = write("a.txt", "1所");
        Run r = run("extract", "-o", dir.resolve("no/such/folder/out.jsonl").toString(), a.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .contains("the folder " + dir.resolve("no/such/folder") + " does not exist"));
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void anUnwritableOutputExitsOne() throws IOException {
        Path a = write("a.txt", "1所");
        Path full = Path.of("/dev/full");   // every write fails: no space left on device
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs Linux's /dev/full");
        Run r = run("extract", "-o", full.toString(), a.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l).startsWith("zhibiao: cannot write /dev/full: "));
    }

    // ---- usage errors

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path a = write("a.txt", "1所");
        String f = a.toString();
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("extract").status()).isEqualTo(2);
        assertThat(run("frobnicate", f).status()).isEqualTo(2);
        assertThat(run("extract", "--frobnicate", f).status()).isEqualTo(2);
        assertThat(run("extract", "--format", "xml", f).status()).isEqualTo(2);
        assertThat(run("extract", "--threads", "0", f).status()).isEqualTo(2);
        assertThat(run("extract", "--threads", "many", f).status()).isEqualTo(2);
        assertThat(run("extract", "--bom", f).status()).isEqualTo(2);
        assertThat(run("extract", "--glob", "[unclosed", f).status()).isEqualTo(2);
        assertThat(run("extract", "-o", f, f).status()).isEqualTo(2);
        assertThat(Files.readString(a)).isEqualTo("1所");

        Run r = run("extract", "--threads", "0", f);
        assertThat(r.errLines()).containsExactly(
                "zhibiao extract: --threads must be at least 1, not 0 (try 'zhibiao extract --help')");
        assertThat(r.out()).isEmpty();
        assertThat(run("extract", "--frobnicate", f).errLines()).singleElement()
                .satisfies(l -> assertThat(l).contains("--frobnicate").endsWith("(try 'zhibiao extract --help')"));
        assertThat(run("frobnicate").errLines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("zhibiao: ").endsWith("(try 'zhibiao --help')"));
    }

    @Test
    void plainFileNamesSkipPicocliAndGiveWhatTheParsedCommandGives() throws IOException {
        Path a = write("a.txt", "新增学校1所，另有3所");
        Path missing = dir.resolve("missing.txt");
        String[] plain = {"extract", a.toString(), missing.toString()};
        // -f jsonl and -t N are the defaults spelled out: picocli parses them
        String[] parsed = {"extract", "-f", "jsonl", "-t", String.valueOf(Runtime.getRuntime().availableProcessors()),
            a.toString(), missing.toString()};
        Run p = run(plain);
        Run q = run(parsed);
        assertThat(p.status()).isEqualTo(q.status()).isEqualTo(1);
        assertThat(p.out()).isEqualTo(q.out()).contains("\"doc\":\"a.txt\"");
        assertThat(p.err()).isEqualTo(q.err()).contains("missing.txt");

        StringWriter err = new StringWriter();
        Main.Terminal none = new Main.Terminal(false, false);
        for (String[] args : List.of(plain, new String[] {"extract"}, new String[] {"extract", "-o", "x.jsonl", a.toString()},
                new String[] {"extract", "@args.txt"}, new String[] {"text", a.toString()})) {
            boolean handled = ExtractCommand.runPlain(args, new ByteArrayOutputStream(), new PrintWriter(err, true),
                    none, s -> new FakeSource(false)).isPresent();
            assertThat(handled).as(String.join(" ", args)).isEqualTo(args == plain);
        }
        // a usage error is left to picocli, which reports it: nothing written before
        Files.createDirectories(dir.resolve("empty"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ExtractCommand.runPlain(new String[] {"extract", dir.resolve("empty").toString()}, out,
                new PrintWriter(err, true), none, s -> new FakeSource(false))).isEmpty();
        assertThat(out.size()).isZero();
    }

    @Test
    void helpAndVersion() {
        Run help = run("extract", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: zhibiao extract", "--format", "--threads", "--glob", "--bom",
                "Examples:", "Exit status");
        // Only the subcommand named first is built; the top-level help still lists all of them.
        assertThat(run("--help").out()).contains("extract", "jshell", "text", "help");
        assertThat(run("help", "extract").out()).contains("Usage: zhibiao extract");

        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("zhibiao ").doesNotContain("unknown").doesNotContain("${");
        assertThat(version.out().lines().findFirst().orElseThrow()).matches("zhibiao \\d+\\.\\d+\\.\\d+.*");
        assertThat(run("extract", "--version").out()).isEqualTo(version.out());
    }

    // ---- formats and options

    @Test
    void csvWithAndWithoutBom() throws IOException {
        Path a = write("a.txt", "新增12所，\"引号\",逗号");
        Path out = dir.resolve("out.csv");

        Run r = run("extract", "--format", "csv", "--bom", "--output", out.toString(), a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", Records.ALL_FIELDS) + "\r\n");
        assertThat(text.split("\r\n")[1]).startsWith("a.txt,12,12,所,SCHOOL_COUNT,学校,false,,,false,,2,4,");
        // the sentence holds quotes and commas: quoted, quotes doubled
        assertThat(text).contains(",\"新增12所，\"\"引号\"\",逗号\",");

        Run plain = run("extract", "-f", "csv", a.toString());
        assertThat(plain.bytes()[0]).isEqualTo((byte) 'd');
    }

    @Test
    void tableGivesOneTitledTablePerReport() throws IOException {
        write("in/a.txt", "1所和22所");
        write("in/b.txt", "无");
        Run r = run("extract", "-f", "table", dir.resolve("in").toString());
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("== a.txt: 2 indicators");
        assertThat(lines.get(1)).matches("\\s*#\\s+subject\\s+text\\s+value\\s+unit\\s+category\\s+marks");
        assertThat(lines).contains("== b.txt: 0 indicators");
    }

    @Test
    void globPicksFilesUnderFoldersOnly() throws IOException {
        write("in/a.txt", "1所");
        write("in/b.md", "2所");
        write("in/sub/c.txt", "3所");
        write("in/sub/deeper/d.txt", "4所");
        Path md = dir.resolve("in/b.md");
        String in = dir.resolve("in").toString();

        assertThat(run("extract", "--glob", "*.txt", in).docs()).containsExactly("a.txt", "sub/c.txt", "sub/deeper/d.txt");
        assertThat(run("extract", "--glob", "sub/*.txt", in).docs()).containsExactly("sub/c.txt");
        assertThat(run("extract", "--glob", "sub/**.txt", in).docs()).containsExactly("sub/c.txt", "sub/deeper/d.txt");
        assertThat(run("extract", "--glob", "*.txt", md.toString()).docs()).containsExactly("b.md");
    }

    @Test
    void theOutputFileIsNotReadAsInput() throws IOException {
        write("in/a.txt", "1所");
        Path out = write("in/out.jsonl", "99所 from a previous run");
        Run r = run("extract", "-o", out.toString(), dir.resolve("in").toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readString(out)).contains("\"doc\":\"a.txt\"").doesNotContain("out.jsonl");
    }

    @Test
    void progressBarOnlyOnATerminalWithMoreThanAFewFiles() throws IOException {
        for (int k = 0; k < 8; k++) {
            write("many/f" + k + ".txt", k + "所");
        }
        write("few/a.txt", "1所");
        String many = dir.resolve("many").toString();

        Run terminal = run(new FakeSource(false), true, "extract", many);
        assertThat(terminal.err()).contains("\r[").contains("8/8 files").contains("8 files, 8 records, 0 failed");
        assertThat(terminal.err()).as("drawn from the first file on").contains("] 1/8 files");
        assertThat(terminal.out().lines()).hasSize(8);   // records never mixed with the bar

        assertThat(run(new FakeSource(false), false, "extract", many).err()).isEmpty();
        assertThat(run(new FakeSource(false), true, "extract", dir.resolve("few").toString()).err()).isEmpty();
        assertThat(run(new FakeSource(false), false, "extract", "--progress", many).err()).contains("8/8 files");
        assertThat(run(new FakeSource(false), true, "extract", "--no-progress", many).err()).isEmpty();
    }
}
