package io.github.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds and runs {@code testdata/consumer}, a project depending on
 * {@code io.github.zhibiao:zhibiao:0.1.0-SNAPSHOT} as any user's would, against the artifact
 * installed in the local repository. Skipped, saying why, when it is not installed
 * ({@code mvn install} puts it there), when the installed one has no facade (the local
 * repository is shared by every checkout on the machine), or when no {@code mvn} is on the PATH.
 */
class ConsumerProjectTest {

    @TempDir
    Path dir;

    @Test
    void theConsumerProjectCompilesAndRunsAgainstTheInstalledArtifact() throws Exception {
        Path repo = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path jar = repo.resolve("io/github/zhibiao/zhibiao/0.1.0-SNAPSHOT/zhibiao-0.1.0-SNAPSHOT.jar");
        assumeTrue(Files.isRegularFile(jar), "zhibiao is not installed in " + repo + ": run `mvn install` first");
        // ~/.m2 is shared: the SNAPSHOT there may come from an older build or another branch
        try (ZipFile installed = new ZipFile(jar.toFile())) {
            assumeTrue(installed.getEntry("io/github/zhibiao/Zhibiao.class") != null,
                    "the zhibiao installed in " + repo + " has no facade (an older build or another branch): "
                            + "run `mvn install` first");
        }
        Optional<Path> mvn = onPath("mvn");
        assumeTrue(mvn.isPresent(), "no mvn on the PATH");

        // the consumer builds in a copy, so the test leaves nothing under testdata/
        Path copy = dir.resolve("consumer");
        copyTree(Path.of("testdata/consumer"), copy);
        List<String> command = new ArrayList<>(List.of(mvn.get().toString(), "-q", "-B", "-o", "-Dstyle.color=never",
                "-Dmaven.repo.local=" + repo, "-f", copy.resolve("pom.xml").toString(), "compile",
                "org.codehaus.mojo:exec-maven-plugin:3.5.0:java"));   // full name: no prefix look-up offline
        String out = run(command);
        if (out.contains("offline mode")) {
            // a plugin the main build does not use (exec) is not in the local repository yet: fetch it
            command.remove("-o");
            out = run(command);
        }
        assertThat(out).as(out).doesNotContain("[ERROR]").doesNotContain("BUILD FAILURE");
        assertThat(out.lines().findFirst().orElse("")).as(out).matches("example\\.txt: \\d+ indicators");
        assertThat(out.lines().filter(l -> l.startsWith("{\"doc\":\"example.txt\"")).count())
                .as(out).isEqualTo(Long.parseLong(out.lines().findFirst().orElseThrow().replaceAll("\\D", "")));
    }

    private String run(List<String> command) throws Exception {
        Path log = Files.createTempFile(dir, "mvn", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("consumer build finished").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        return p.exitValue() == 0 ? out : out + "\n[ERROR] exit status " + p.exitValue();
    }

    private static Optional<Path> onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.toString().contains(File.separator + "target" + File.separator)) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
