package io.github.zhibiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.load.LoadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input catalogue through the command line, in a JVM of its own with a 256 MB heap,
 * good reports mixed in: every bad file costs exactly one stderr line with its kind, every good
 * report's records come out byte for byte as when it is extracted alone, standard output is
 * JSON Lines on every line, and nothing but records is written there (no logging notices from
 * Tika's dependencies, for the library either).
 */
class HostileCatalogueTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KINDS = "EMPTY|ENCRYPTED|CORRUPT|TOO_LARGE|UNSUPPORTED|UNREADABLE_ENCODING|TIMEOUT|IO";

    @TempDir
    static Path dir;
    static List<Path> bad = new ArrayList<>();
    static List<Path> good = new ArrayList<>();
    /** A folder with a readable report and a sub-folder nobody may list (null where that cannot be made). */
    static Path tree;

    /**
     * What the line of some kinds must say beyond its kind: the typed reason, the flag that
     * raises a limit, that nothing of an archive was read.
     */
    static final java.util.Map<String, String> LINES = java.util.Map.of(
            "docx_encrypted.docx", ": ENCRYPTED: ",
            "zip_encrypted.zip", ": ENCRYPTED: ",
            "txt_28mb.txt", "; raise it with --max-chars (e.g. --max-chars 50M)",
            "txt_10m_chars.txt", ": TOO_LARGE: text of 10000016 characters is longer than the limit of 10000000 "
                    + "characters; raise it with --max-chars (e.g. --max-chars 50M)",
            "ofd_page_listed_200000_times.ofd", ": TOO_LARGE: OFD text longer than the limit of 10000000 characters "
                    + "(reading stopped there); raise it with --max-chars",
            "ofd_page_not_xml.ofd", ": CORRUPT: OFD part Doc_0/Pages/Page_0/Content.xml is not XML: its bytes are not valid UTF-8",
            "zip_20001_members.zip", ": TOO_LARGE: the archive has 20001 entries, more than the 20000 read from one "
                    + "archive; nothing was read",
            "zip_large_member.zip", "; raise it with --max-size (e.g. --max-size 200M)");

    @BeforeAll
    static void catalogue() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("testdata/bad"))) {
            // a zip of one readable report is bad for ReportLoader.load only: the command line reads archives
            bad.addAll(s.sorted().filter(f -> !f.endsWith("zip_plain_archive.zip")).toList());
        }
        bad.addAll(HostileInputs.generated(Files.createDirectory(dir.resolve("generated"))).values());
        Path g = Files.createDirectory(dir.resolve("good"));
        good.add(Path.of("testdata/report_education.txt"));
        good.add(Path.of("testdata/bad/zip_plain_archive.zip"));
        good.add(Files.write(g.resolve("good.docx"), HostileInputs.docx("全县新建公办幼儿园7所，投入资金2.5亿元。")));
        good.add(Files.writeString(g.resolve("good.html"), "<html><head><meta charset=\"utf-8\"><title>报告</title></head>"
                + "<body><p>全市小学适龄儿童入学率99.8%。</p></body></html>"));
        good.add(Files.write(g.resolve("good_no_records.pdf"), HostileInputs.pdf("Annual report of the county.", null)));
        // Hostile but readable: a 100,000-character line without punctuation and 2 MB of markup around one sentence.
        good.add(Files.writeString(g.resolve("huge_line.txt"), "教育事业持续健康发展".repeat(10_000) + "\n全市新增学位4500个。\n"));
        good.add(Files.writeString(g.resolve("huge_markup.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<div class=\"nav\"><span></span></div>".repeat(60_000) + "<p>全县在校学生约4.3万人。</p></body></html>"));
        good.add(Files.write(g.resolve("reports.zip"), HostileInputs.zip(java.util.Map.of(
                "2024/a.txt", "全县初中巩固率达到98.7%。".getBytes(StandardCharsets.UTF_8)))));
        // One sub-folder that cannot be listed: the file beside it still gives its records.
        Path t = Files.createDirectories(dir.resolve("tree/locked"));
        Files.writeString(t.resolve("hidden_from_us.txt"), "全县新建公办幼儿园9所。");
        Files.writeString(t.getParent().resolve("readable.txt"), "全县新增学位4500个。");
        if (lockable()) {
            Files.setPosixFilePermissions(t, java.util.Set.of());
            tree = t.getParent();
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void unlock() throws IOException {
        Path t = dir.resolve("tree/locked");
        if (Files.exists(t)) {
            Files.setPosixFilePermissions(t, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Root reads every folder; without the capabilities to override permissions (setpriv) it obeys them too. */
    static boolean lockable() {
        return !isRoot() || Files.isExecutable(Path.of("/usr/bin/setpriv"));
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void everyBadFileCostsOneLineAndTheGoodRecordsAreIntact() throws Exception {
        assertThat(bad).as("kinds in the catalogue").hasSizeGreaterThanOrEqualTo(30);
        List<Path> inputs = new ArrayList<>();
        // good and bad interleaved, so that a bad file never sits only at the end
        for (int i = 0; i < Math.max(bad.size(), good.size()); i++) {
            if (i < bad.size()) {
                inputs.add(bad.get(i));
            }
            if (i < good.size()) {
                inputs.add(good.get(i));
            }
        }
        List<String> args = new ArrayList<>(List.of("extract", "-t", "2"));
        inputs.forEach(p -> args.add(p.toString()));
        List<Path> failing = new ArrayList<>(bad);
        if (tree != null) {
            args.add(tree.toString());
            failing.add(tree.resolve("locked"));
        }
        Result r = run(dir, true, args);

        assertThat(r.status).as(r.err).isEqualTo(1);
        List<String> errLines = r.err.lines().toList();
        assertThat(errLines).as(r.err).hasSize(failing.size());
        for (Path p : failing) {
            String prefix = "zhibiao: " + p;
            List<String> mine = errLines.stream().filter(l -> l.startsWith(prefix + ": ") || l.startsWith(prefix + "!")).toList();
            assertThat(mine).as(p + " in\n" + r.err).singleElement()
                    .satisfies(l -> assertThat(l).matches("zhibiao: [^:]+: (" + KINDS + ")(: .+)?"))
                    .satisfies(l -> assertThat(l).contains(LINES.getOrDefault(String.valueOf(p.getFileName()), "")));
        }
        if (tree != null) {
            assertThat(errLines).contains("zhibiao: " + tree.resolve("locked") + ": IO: cannot list folder: "
                    + "java.nio.file.AccessDeniedException: " + tree.resolve("locked"));
        }
        for (String line : r.out.lines().toList()) {
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
        }
        assertThat(r.out).isEqualTo(expectedRecords(good)
                + (tree == null ? "" : expectedRecords(List.of(tree.resolve("readable.txt")))));
        assertThat(Path.of("/tmp/zhibiao-evil.txt")).doesNotExist();
    }

    @Test
    void standardOutputCarriesRecordsOnlyFromTheCommandLine() throws Exception {
        List<Path> docs = List.of(good.get(2), good.get(3), good.get(4), Path.of("testdata/bad/pdf_corrupt.pdf"),
                Path.of("testdata/bad/pdf_truncated.pdf"));
        List<String> args = new ArrayList<>(List.of("extract"));
        docs.forEach(p -> args.add(p.toString()));
        Result r = run(dir, false, args);
        assertThat(r.out).isEqualTo(expectedRecords(docs.subList(0, 3)));
        assertThat(r.err.lines().toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("zhibiao: testdata/bad/pdf_corrupt.pdf: CORRUPT: the parser failed: "),
                l -> assertThat(l).startsWith("zhibiao: testdata/bad/pdf_truncated.pdf: CORRUPT: the parser failed: "));
    }

    @Test
    void theLibraryWritesNothingToEitherStream() throws Exception {
        Path log = dir.resolve("probe.txt");
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", classpath(), LibraryProbe.class.getName(),
                log.toString(), good.get(2).toString(), good.get(3).toString(), good.get(4).toString(),
                "testdata/bad/pdf_corrupt.pdf", "testdata/bad/docx_xxe_external_entity.docx"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("lib-out.txt").toFile())
                .redirectError(dir.resolve("lib-err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("lib-out.txt"))).isEmpty();
        assertThat(Files.readString(dir.resolve("lib-err.txt"))).isEmpty();
        assertThat(Files.readAllLines(log)).containsExactly("good.docx 2", "good.html 1", "good_no_records.pdf 0",
                "pdf_corrupt.pdf CORRUPT", "docx_xxe_external_entity.docx CORRUPT");
    }

    /** Extracts each file with the library and notes the outcome in a file: stdout and stderr must stay empty. */
    static final class LibraryProbe {
        public static void main(String[] args) throws IOException {
            List<String> notes = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                Path f = Path.of(args[i]);
                try {
                    notes.add(f.getFileName() + " " + Extractor.defaults().extract(f).indicators().size());
                } catch (LoadException e) {
                    notes.add(f.getFileName() + " " + e.reason());
                }
            }
            Files.write(Path.of(args[0]), notes);
        }
    }

    /**
     * The records of each file extracted alone, in this JVM, as JSON Lines; archives member by
     * member, each named {@code archive.zip!member/path} as the command line names them.
     */
    static String expectedRecords(List<Path> files) throws IOException {
        List<Extraction> all = new ArrayList<>();
        for (Path f : files) {
            try {
                if (Pipeline.isArchive(f)) {
                    for (var m : Extractor.defaults().loader().loadArchive(f)) {
                        all.add(Extractor.defaults().extract(m.report()).withDoc(f.getFileName() + "!" + m.path()));
                    }
                } else {
                    all.add(Extractor.defaults().extract(f));
                }
            } catch (LoadException e) {
                throw new AssertionError("a good file failed: " + e.getMessage(), e);
            }
        }
        return JsonLinesWriter.toString(all);
    }

    record Result(int status, String out, String err) {
    }

    static Result run(Path dir, boolean smallHeap, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (isRoot() && lockable()) {
            // root without the capabilities that override file permissions: chmod 000 holds for it too
            cmd.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"));
        }
        cmd.addAll(List.of(java(), "-Dfile.encoding=UTF-8"));
        if (smallHeap) {
            cmd.add("-Xmx256m");
        }
        cmd.addAll(List.of("-cp", classpath(), Main.class.getName()));
        cmd.addAll(args);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished (a FIFO must not hang the run)").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
