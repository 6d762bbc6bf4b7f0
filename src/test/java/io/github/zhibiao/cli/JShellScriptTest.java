package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.Table;
import io.github.zhibiao.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the analysts' script in the JDK's {@code jshell} tool, as they would, on a report in
 * {@code testdata/}, and checks the printed table without depending on what the engine finds:
 * header and rule lines, one row per indicator the extractor gives, columns aligned.
 */
class JShellScriptTest {

    static final Path REPORT = Path.of("testdata/reports/sample-education-report.txt");
    static final Pattern CATEGORY = Pattern.compile("\\b(" + String.join("|",
            Arrays.stream(Category.values()).map(Category::name).toList()) + ")\\b");

    @TempDir
    Path dir;

    @Test
    void showPrintsAnAlignedTableWithOneRowPerIndicator() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "no jshell in " + jshell.getParent() + " (a JRE, not a JDK)");
        int expected = Extractor.defaults().extract(REPORT).indicators().size();

        Path check = Files.writeString(dir.resolve("check.jsh"), String.join("\n",
                "show(extract(\"" + REPORT + "\"))",
                "show(io.github.zhibiao.format.Samples.report())",
                "System.out.println(\"tally \" + tally(extractAll(\"testdata/reports\")))",
                "System.out.println(\"maps \" + maps(extract(\"" + REPORT + "\")).size())",
                "System.out.println(\"csv \" + csvText(extract(\"" + REPORT + "\")).lines().count())",
                "System.out.println(\"saved \" + Files.size(save(extract(\"" + REPORT + "\"), \""
                        + dir.resolve("out.csv") + "\")))",
                "show(text(\"" + "新增学校1所。".repeat(60) + "\"))",
                "/exit", ""), StandardCharsets.UTF_8);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(List.of(jshell.toString(),
                "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
                "--class-path", classpath, "src/main/resources" + JShellCommand.SCRIPT, check.toString()))
                .redirectError(dir.resolve("err.txt").toFile())   // whatever the engine logs stays out of the table
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        List<String> lines = out.lines().toList();

        // jshell reports a snippet that does not compile with "Error:", an uncaught one with "Exception ..."
        assertThat(lines).as(out).noneMatch(l -> l.startsWith("Error:") || l.startsWith("Exception "));
        assertThat(lines.get(0)).as(out).startsWith("zhibiao ready");
        int next = checkTable(lines, 0, expected, out);
        checkTable(lines, next, 5, out);   // known records: the row checks run whatever the engine finds
        assertThat(lines).contains("maps " + expected, "csv " + (expected + 1));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("tally {"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("saved "));
        assertThat(Files.readString(dir.resolve("out.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFdoc,text,value");
        // show() stops at 50 rows and says how to see the rest
        int many = Extractor.defaults().extract("新增学校1所。".repeat(60)).indicators().size();
        assertThat(many).isGreaterThan(50);
        assertThat(lines).contains("... " + (many - 50) + " more (showAll(r) prints every record)",
                many + " indicators from 1 report");
        int more = lines.indexOf("... " + (many - 50) + " more (showAll(r) prints every record)");
        assertThat(lines.get(more - 1).strip()).startsWith("50 ");
        assertThat(lines.get(more - 51)).matches("[- ]+");   // the rule under the header: 50 rows between
    }

    @Test
    void theJshellCommandOpensJShellWithTheHelpersFromTheJar() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "no jshell in " + jshell.getParent() + " (a JRE, not a JDK)");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", classpath, Main.class.getName(), "jshell"))
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        try (var in = p.getOutputStream()) {
            in.write("System.out.println(\"tally \" + tally(text(\"全市新增公办幼儿园11所。\")))\n/exit\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(out).as(out + Files.readString(dir.resolve("err.txt"))).contains("zhibiao ready", "tally {SCHOOL_COUNT=1}");
    }

    @Test
    void extractReadsTheArchivesOfAFolderAndAnArchiveItself() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "no jshell in " + jshell.getParent() + " (a JRE, not a JDK)");
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("a.txt"), "全县新建公办幼儿园7所。");
        Path zip = Files.write(folder.resolve("b.zip"), HostileInputs.zip(java.util.Map.of(
                "2024/c.txt", "全县新增学位4500个。".getBytes(StandardCharsets.UTF_8),
                "d.txt", "全县投入资金2.5亿元。".getBytes(StandardCharsets.UTF_8))));
        Path check = Files.writeString(dir.resolve("check.jsh"), String.join("\n",
                "System.out.println(\"folder \" + extractAll(\"" + folder + "\").stream().map(Extraction::doc).toList())",
                "System.out.println(\"zip \" + extractAll(\"" + zip + "\").stream().map(Extraction::doc).toList())",
                "/exit", ""), StandardCharsets.UTF_8);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(List.of(jshell.toString(), "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
                "--class-path", classpath, "src/main/resources" + JShellCommand.SCRIPT, check.toString()))
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(out.lines().toList()).as(out + Files.readString(dir.resolve("err.txt")))
                .contains("folder [a.txt, b.zip!2024/c.txt, b.zip!d.txt]", "zip [b.zip!2024/c.txt, b.zip!d.txt]");
    }

    /** Checks the first table at or after line {@code from}; returns the line after its summary. */
    private static int checkTable(List<String> lines, int from, int expected, String out) {
        int header = from;
        while (header < lines.size()
                && !lines.get(header).matches("\\s*#\\s+subject\\s+text\\s+value\\s+unit\\s+category\\s+marks")) {
            header++;
        }
        assertThat(header).as("a table header after line " + from + " in\n" + out).isLessThan(lines.size());
        assertThat(lines.get(header + 1)).matches("[- ]+");
        String summary = expected + (expected == 1 ? " indicator" : " indicators") + " from 1 report";
        assertThat(lines.get(header + 2 + expected)).as(out).isEqualTo(summary);

        int categoryColumn = Table.width(lines.get(header).substring(0, lines.get(header).indexOf("category")));
        for (int k = 0; k < expected; k++) {
            String row = lines.get(header + 2 + k);
            assertThat(row.strip()).startsWith(Integer.toString(k + 1));
            Matcher m = CATEGORY.matcher(row);
            assertThat(m.find()).as(row).isTrue();
            assertThat(Table.width(row.substring(0, m.start()))).as(row).isEqualTo(categoryColumn);
        }
        return header + 3 + expected;
    }
}
