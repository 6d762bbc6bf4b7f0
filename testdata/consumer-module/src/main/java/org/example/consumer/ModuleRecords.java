package org.example.consumer;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.model.Indicator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * testdata/consumer's first program, run as a named module: a text through {@code Zhibiao.extract}, an
 * HTML page, then each file given (a folder: each file in it) through the loaders, so that Tika and its
 * parsers (text, HTML, Word, PDF, OFD, zip) run as modules; a file that cannot be loaded prints its
 * reason, which names the class when a module is missing (CI greps for that). Last, a check that the
 * internal packages are sealed.
 */
public final class ModuleRecords {

    private static final String SAMPLE = "全市新增公办幼儿园11所，投入资金2.5亿元，小学适龄儿童入学率99.77%。";

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!ModuleRecords.class.getModule().isNamed() || !Zhibiao.class.getModule().isNamed()) {
            throw new AssertionError("not on the module path: " + Zhibiao.class.getModule());
        }
        Extraction r = Zhibiao.extract("example.txt", SAMPLE);
        out.println(r.doc() + ": " + r.indicators().size() + " indicators");
        for (Indicator i : r.indicators()) {
            out.println(i.subject() + " = " + i.value().toPlainString() + " " + i.unit() + " (" + i.category() + ")");
        }
        out.print(JsonLinesWriter.toString(List.of(r)));

        Path html = Files.createTempFile("zhibiao-module", ".html");
        try {
            Files.writeString(html, "<html><head><meta charset=\"utf-8\"></head><body><p>" + SAMPLE
                    + "</p></body></html>", StandardCharsets.UTF_8);
            out.println("example.html: " + Zhibiao.extract(html).indicators().size() + " indicators");
        } finally {
            Files.delete(html);
        }

        for (String arg : args) {
            Path given = Path.of(arg).normalize();
            List<Path> files;
            if (!Files.exists(given)) {
                out.println(given + ": absent, skipped");
                continue;
            } else if (Files.isDirectory(given)) {
                try (Stream<Path> s = Files.list(given)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(given);
            }
            for (Path file : files) {
                try {
                    for (Extraction f : Zhibiao.extractAll(file)) {
                        out.println(f.doc() + ": " + f.indicators().size() + " indicators");
                    }
                } catch (LoadException e) {
                    out.println(file.getFileName() + ": not loaded: " + e.reason() + ": " + e.getMessage());
                }
            }
        }

        Module lib = Zhibiao.class.getModule();
        for (String sealed : List.of("io.github.zhibiao.internal.indicator", "io.github.zhibiao.cli")) {
            if (lib.isExported(sealed)) {
                throw new AssertionError("exported: " + sealed);
            }
        }
        out.println("sealed: " + lib.getDescriptor().exports().size() + " packages exported");
    }
}
