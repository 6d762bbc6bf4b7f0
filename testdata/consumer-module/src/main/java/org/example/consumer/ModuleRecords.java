package org.example.consumer;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.model.Indicator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * testdata/consumer's first program, run as a named module: a text through {@code Zhibiao.extract}, then,
 * when given a file, a file through the loaders (Tika and its parsers as modules), and a check that the
 * internal packages are sealed.
 */
public final class ModuleRecords {

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!ModuleRecords.class.getModule().isNamed() || !Zhibiao.class.getModule().isNamed()) {
            throw new AssertionError("not on the module path: " + Zhibiao.class.getModule());
        }
        Extraction r = Zhibiao.extract("example.txt", "全市新增公办幼儿园11所，投入资金2.5亿元，小学适龄儿童入学率99.77%。");
        out.println(r.doc() + ": " + r.indicators().size() + " indicators");
        for (Indicator i : r.indicators()) {
            out.println(i.subject() + " = " + i.value().toPlainString() + " " + i.unit() + " (" + i.category() + ")");
        }
        out.print(JsonLinesWriter.toString(List.of(r)));
        for (String file : args) {
            Extraction f = Zhibiao.extract(Path.of(file));
            out.println(Path.of(file).getFileName() + ": " + f.indicators().size() + " indicators");
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
