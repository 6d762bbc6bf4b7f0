package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Interim command line: {@code extract --format jsonl FILE...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        Extractor ex = Extractor.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("extract") || a.equals("--format")) {
                if (a.equals("--format")) {
                    i++;
                }
                continue;
            }
            try {
                Extraction r = ex.extract(Path.of(a));
                for (Indicator ind : r.indicators()) {
                    out.println(json(r.doc(), ind));
                }
            } catch (Exception e) {
                System.err.println(a + ": " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String json(String doc, Indicator i) {
        return "{\"doc\":" + q(doc) + ",\"text\":" + q(i.text()) + ",\"value\":" + i.value().toPlainString()
                + ",\"unit\":" + q(i.unit()) + ",\"category\":" + q(i.category().name()) + ",\"subject\":" + q(i.subject())
                + ",\"delta\":" + i.delta() + ",\"direction\":" + (i.direction() == null ? "null" : q(i.direction().name()))
                + ",\"qualifier\":" + (i.qualifier() == null ? "null" : q(i.qualifier().name())) + ",\"target\":" + i.target()
                + ",\"per\":" + (i.per() == null ? "null" : q(i.per())) + ",\"start\":" + i.start() + ",\"end\":" + i.end()
                + ",\"rule\":" + q(i.ruleId()) + "}";
    }

    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
