package io.github.zhibiao.cli;

import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code zhibiao jshell}: the JDK's JShell with zhibiao on its class path and the analysts'
 * helpers ({@code extract}, {@code show}, {@code csv}...) loaded from the script inside the jar,
 * so nothing but the jar is needed.
 */
@Command(name = "jshell",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        header = "Opens JShell with zhibiao's helpers: extract, extractAll, text, show, csv, jsonl, save...",
        description = "Needs a JDK (JShell is not part of a bare JRE). Any further arguments go to JShell, "
                + "e.g. a script of your own to run after the helpers.")
final class JShellCommand implements Callable<Integer> {

    /** The helpers script inside the jar. */
    static final String SCRIPT = "/io/github/zhibiao/jshell/zhibiao.jsh";

    @Parameters(paramLabel = "JSHELL_ARG", arity = "0..*", description = "Passed on to JShell.")
    private List<String> more = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path script = Files.createTempFile("zhibiao", ".jsh");
        try {
            try (InputStream in = JShellCommand.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IOException("the jar holds no " + SCRIPT);
                }
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> args = new ArrayList<>(List.of("--class-path", System.getProperty("java.class.path"),
                    "-R-Dfile.encoding=UTF-8", script.toString()));
            args.addAll(more);
            return JavaShellToolBuilder.builder().start(args.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
