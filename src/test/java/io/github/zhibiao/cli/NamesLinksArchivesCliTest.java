package io.github.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on names: files of the same name, links to folders, archive members named as
 * records name them, and file names a non-UTF-8 locale cannot decode.
 */
class NamesLinksArchivesCliTest {

    @TempDir
    Path dir;

    private Path write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static List<String> docs(String jsonl) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode n = HostileCatalogueTest.JSON.readTree(line);
            out.add(n.get("doc").asText());
        }
        return out;
    }

    @Test
    void namedFilesWithTheSameNameKeepThePathAsGiven() throws IOException {
        Path a23 = write("d/2023/a.txt", "全县新建公办幼儿园7所。");
        Path a24 = write("d/2024/a.txt", "全县新建公办幼儿园8所。");
        Path b = write("d/b.txt", "全县新建公办幼儿园9所。");
        ExtractCommandTest.Run r = CommandLineEdgesTest.real("extract", a23.toString(), a24.toString(), b.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(docs(r.out())).containsExactly(a23.toString(), a24.toString(), "b.txt");
        // unique names stay file names
        assertThat(docs(CommandLineEdgesTest.real("extract", a23.toString(), b.toString()).out())).containsExactly("a.txt", "b.txt");
    }

    @Test
    void linksToFoldersAreFollowedAndALoopIsOneWarning() throws IOException {
        write("r/x.txt", "全县新建公办幼儿园7所。");
        write("other/y.txt", "全县新建公办幼儿园8所。");
        Files.createSymbolicLink(dir.resolve("r/linked"), Path.of("../other"));
        Files.createSymbolicLink(dir.resolve("r/loop"), Path.of("."));
        ExtractCommandTest.Run r = CommandLineEdgesTest.real("extract", dir.resolve("r").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(docs(r.out())).containsExactly("linked/y.txt", "x.txt");
        assertThat(r.errLines()).containsExactly("zhibiao: " + dir.resolve("r/loop") + ": WARNING: LINK_NOT_FOLLOWED: "
                + "a link to a folder it is in (" + dir.resolve("r").toRealPath() + "); not followed");
        assertThat(CommandLineEdgesTest.real("extract", "--help").out().replaceAll("\\s+", " ")).contains("links to folders are followed")
                .contains("--max-chars on its text, while it is read");
    }

    @Test
    void textPrintsAnArchiveMemberNamedAsRecordsNameIt() throws IOException {
        Path zip = dir.resolve("r.zip");
        Files.write(zip, HostileInputs.zip(Map.of("2024/b.txt", "全县新增学位4500个。".getBytes(StandardCharsets.UTF_8),
                "c.txt", "全县投入资金2.5亿元。".getBytes(StandardCharsets.UTF_8))));
        ExtractCommandTest.Run member = CommandLineEdgesTest.real("text", "--raw", zip + "!2024/b.txt");
        assertThat(member.status()).as(member.err()).isZero();
        assertThat(member.out()).isEqualTo("全县新增学位4500个。\n");
        // the name the records carry
        assertThat(docs(CommandLineEdgesTest.real("extract", zip.toString()).out())).containsExactly("r.zip!2024/b.txt", "r.zip!c.txt");

        ExtractCommandTest.Run whole = CommandLineEdgesTest.real("text", zip.toString());
        assertThat(whole.status()).isEqualTo(1);
        assertThat(whole.errLines()).containsExactly("zhibiao: " + zip + ": an archive of 2 files: name one as records do, "
                + "e.g. zhibiao text '" + zip + "!2024/b.txt' (members: 2024/b.txt, c.txt)");
        ExtractCommandTest.Run missing = CommandLineEdgesTest.real("text", zip + "!nope.txt");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement().satisfies(l -> assertThat(l)
                .isEqualTo("zhibiao: " + zip + "!nope.txt: IO: no such file in the archive r.zip"));

        Path one = dir.resolve("one.zip");
        Files.write(one, HostileInputs.zip(Map.of("a.txt", "全县新建公办幼儿园7所。".getBytes(StandardCharsets.UTF_8))));
        assertThat(CommandLineEdgesTest.real("text", "--raw", one.toString()).out()).isEqualTo("全县新建公办幼儿园7所。\n");
        assertThat(ReportPath.of(zip + "!2024/b.txt")).isEqualTo(new ReportPath(zip, "2024/b.txt"));
        assertThat(ReportPath.of(zip.toString())).isEqualTo(new ReportPath(zip, null));
    }

    @Test
    void aFolderUnderLangCGivesAnErrorLineWithTheFixForANameItCannotDecode() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f"));
        Files.writeString(folder.resolve("ascii.txt"), "全县新建公办幼儿园7所。");
        // the name's bytes are UTF-8 whatever this JVM's locale: written by the shell
        Process mk = new ProcessBuilder("sh", "-c", "printf '%s' '全县新增学位4500个。' > \"$1/$(printf '\\346\\212\\245\\345\\221\\212').txt\"",
                "sh", folder.toString()).start();
        assertThat(mk.waitFor()).isZero();
        assertThat(folder.toFile().list()).hasSize(2);

        List<String> cmd = List.of(HostileCatalogueTest.java(), "-cp", HostileCatalogueTest.classpath(), Main.class.getName(),
                "extract", folder.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE"));
        pb.environment().put("LANG", "C");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isEqualTo(1);
        assertThat(docs(Files.readString(out, StandardCharsets.UTF_8))).containsExactly("ascii.txt");
        List<String> lines = stderr.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("zhibiao: WARNING: the locale's charset is ");
        assertThat(lines.get(1)).startsWith("zhibiao: " + folder + "/").contains(": IO: the locale's charset is ")
                .endsWith("cannot read this file name; not read: run in a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar zhibiao-all.jar ...");
    }
}
