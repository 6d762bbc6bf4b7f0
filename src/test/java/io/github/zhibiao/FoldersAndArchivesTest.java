package io.github.zhibiao;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.load.LoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The folder walk (unreadable sub-folders, links to folders) and archives in the library facade. */
class FoldersAndArchivesTest {

    @TempDir
    Path dir;

    private Path write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static List<String> names(Path root, List<Path> files) {
        return files.stream().map(f -> Zhibiao.docName(root, f)).toList();
    }

    @Test
    void aSubFolderThatCannotBeListedCostsThatFolderOnly() throws IOException {
        Path root = dir.resolve("r");
        write("r/a/1.txt", "全县新建公办幼儿园7所。");
        write("r/b/2.txt", "全县新建公办幼儿园8所。");
        write("r/c.txt", "全县新建公办幼儿园9所。");
        // root reads every folder whatever its mode: the listing of r/b fails through the seam
        Zhibiao.Lister failing = d -> {
            if (d.getFileName().toString().equals("b")) {
                throw new AccessDeniedException(d.toString());
            }
            try (var s = Files.list(d)) {
                return s.toList();
            }
        };
        List<String> problems = new ArrayList<>();
        List<Path> files = Zhibiao.reportFiles(root, null, (p, e) -> problems.add(dir.relativize(p) + " " + e.getClass().getSimpleName()),
                failing);
        assertThat(names(root, files)).containsExactly("a/1.txt", "c.txt");
        assertThat(problems).containsExactly("r/b AccessDeniedException");
    }

    @Test
    void linksToFoldersAreFollowedAndALoopIsOneProblemNotAHang() throws IOException {
        Path root = dir.resolve("r");
        write("r/x.txt", "全县新建公办幼儿园7所。");
        write("other/y.txt", "全县新建公办幼儿园8所。");
        Files.createSymbolicLink(root.resolve("linked"), Path.of("../other"));
        Files.createSymbolicLink(root.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(root.resolve("nothing"), Path.of("no-such-folder"));
        List<String> problems = new ArrayList<>();
        List<Path> files = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Zhibiao.reportFiles(root, null,
                (p, e) -> problems.add(p.getFileName() + " " + e.getClass().getSimpleName())));
        assertThat(names(root, files)).containsExactly("linked/y.txt", "x.txt");
        assertThat(problems).containsExactly("loop FileSystemLoopException", "nothing NoSuchFileException");
        // the listing that throws on errors skips the links it cannot follow, and says nothing
        assertThat(names(root, Zhibiao.reportFiles(root, null))).containsExactly("linked/y.txt", "x.txt");
        assertThat(Zhibiao.isLinkProblem(new FileSystemLoopException("x"))).isTrue();
        assertThat(Zhibiao.isLinkProblem(new AccessDeniedException("x"))).isFalse();
    }

    @Test
    void aLinkToAFolderAlreadyReadIsNotReadAgain() throws IOException {
        Path root = dir.resolve("r");
        write("r/2024/a.txt", "全县新建公办幼儿园7所。");
        Files.createSymbolicLink(root.resolve("latest"), Path.of("2024"));
        List<String> problems = new ArrayList<>();
        List<Path> files = Zhibiao.reportFiles(root, null, (p, e) -> problems.add(String.valueOf(e.getMessage())));
        assertThat(names(root, files)).containsExactly("2024/a.txt");
        assertThat(problems).singleElement().satisfies(m -> assertThat(m).contains("a link to a folder already read"));
    }

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void archivesAreReadByTheFacadeMemberByMember() throws Exception {
        Path root = dir.resolve("r");
        write("r/a.txt", "全县新建公办幼儿园7所。");
        Path zip = Files.write(Files.createDirectories(root.resolve("sub")).resolve("x.zip"),
                zip("2024/b.txt", "全县新增学位4500个。", "c.txt", "全县投入资金2.5亿元。"));

        List<Extraction> all = Zhibiao.extractAll(root);
        assertThat(all).extracting(Extraction::doc).containsExactly("a.txt", "sub/x.zip!2024/b.txt", "sub/x.zip!c.txt");
        assertThat(all.get(1).indicators()).singleElement().satisfies(i -> assertThat(i.text()).isEqualTo("4500个"));
        assertThat(Zhibiao.extractAll(zip)).extracting(Extraction::doc).containsExactly("x.zip!2024/b.txt", "x.zip!c.txt");
        assertThat(Zhibiao.extractAll(root, null, (f, e) -> {
            throw new AssertionError(e);
        })).extracting(Extraction::doc).containsExactly("a.txt", "sub/x.zip!2024/b.txt", "sub/x.zip!c.txt");

        // one report is one result: an archive is refused with the call that reads it
        assertThatThrownBy(() -> Zhibiao.extract(zip)).isInstanceOfSatisfying(LoadException.class, e -> {
            assertThat(e.reason()).isEqualTo(LoadException.Reason.UNSUPPORTED);
            assertThat(e.getMessage()).contains("Zhibiao.extractAll(path)").doesNotContain("zhibiao extract");
            assertThat(e.commandLineDetail()).contains("zhibiao text ARCHIVE.zip!MEMBER");
        });
    }

    @Test
    void aBadArchiveMemberIsReportedByItsNameAndCostsNothingElse() throws Exception {
        Path root = dir.resolve("r");
        write("r/a.txt", "全县新建公办幼儿园7所。");
        Files.write(root.resolve("x.zip"), zip("bad.pdf", "not a pdf", "good.txt", "全县新增学位4500个。"));
        List<String> failures = new ArrayList<>();
        List<Extraction> all = Zhibiao.extractAll(root, null, (f, e) -> failures.add(e.fileName() + " " + e.reason()));
        assertThat(all).extracting(Extraction::doc).containsExactly("a.txt", "x.zip!good.txt");
        assertThat(failures).containsExactly("x.zip!bad.pdf CORRUPT");
        assertThatThrownBy(() -> Zhibiao.extractAll(root)).isInstanceOfSatisfying(LoadException.class,
                e -> assertThat(e.fileName()).isEqualTo("x.zip!bad.pdf"));
    }
}
