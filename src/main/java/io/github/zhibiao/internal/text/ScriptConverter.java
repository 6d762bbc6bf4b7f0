package io.github.zhibiao.internal.text;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional → simplified Chinese, one char for one char, so offsets survive:
 * {@code toSimplified(s).length() == s.length()} always.
 *
 * <pre>{@code
 * ScriptConverter.toSimplified("全縣在校學生5.62萬人");   // "全县在校学生5.62万人"
 * ScriptConverter.toSimplified('學');                      // '学'
 * }</pre>
 *
 * <p>The table is built from the single-character entries of HanLP's own traditional→simplified
 * dictionary ({@code data/dictionary/tc/t2s.txt} inside the HanLP portable jar) whose both sides are
 * one UTF-16 unit; phrase entries (which may change length) are not used. The file is read once from
 * the class path with our own reader, so HanLP's dictionary loaders, its global configuration and
 * its {@code .bin} cache writing are never involved: nothing is written anywhere.
 *
 * <p>Thread-safe; the table (a {@code char[65536]}) is loaded on first use.
 */
public final class ScriptConverter {

    /** Where HanLP portable keeps its traditional→simplified table. */
    static final String T2S_RESOURCE = "data/dictionary/tc/t2s.txt";

    private ScriptConverter() {
    }

    private static final class Table {
        static final char[] T2S = load();

        private static char[] load() {
            char[] t = new char[65536];
            for (int i = 0; i < t.length; i++) {
                t[i] = (char) i;
            }
            // HanLP.class only locates the jar; the class is not initialized by a class literal.
            InputStream in = HanLP.class.getClassLoader().getResourceAsStream(T2S_RESOURCE);
            if (in == null) {
                throw new IllegalStateException(T2S_RESOURCE + " not found: is hanlp-portable on the class path?");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (eq == 1 && line.length() == 3) {
                        t[line.charAt(0)] = line.charAt(2);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + T2S_RESOURCE, e);
            }
            return t;
        }
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char toSimplified(char c) {
        return Table.T2S[c];
    }

    /** True when {@code c} has a different simplified form. */
    public static boolean isTraditional(char c) {
        return Table.T2S[c] != c;
    }

    /** Maps every char of {@code s}; the result has the same length, index for index. */
    public static String toSimplified(String s) {
        char[] out = s.toCharArray();
        char[] t = Table.T2S;
        for (int i = 0; i < out.length; i++) {
            out[i] = t[out[i]];
        }
        return new String(out);
    }
}
