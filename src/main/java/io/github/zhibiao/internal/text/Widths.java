package io.github.zhibiao.internal.text;

/** One-for-one width folding: full-width ASCII forms and the ideographic space to half-width. */
public final class Widths {

    private Widths() {
    }

    /** Folds {@code ０-９ Ａ-Ｚ ％ ． ，：} and the like to ASCII, U+3000 to a space; other chars unchanged. */
    public static char toHalfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }
}
