package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleSet;

import java.util.regex.Pattern;

/**
 * Where sentences and clauses begin and end around a number, in the cleaned view of a report.
 * Pure functions over the text; no segmentation.
 */
final class Clauses {

    /** Punctuation that ends the words before a number. */
    static final String LEFT_BREAKS = "，,；;：:。！？!?\n\r（(【】〔〕[]";
    /** Punctuation that ends the words after a number (、 does not: 城区、开发区 is one phrase). */
    static final String RIGHT_BREAKS = "，,；;：:。！？!?\n\r";
    /** Sentence ends; ；separates clause groups inside a sentence. */
    static final String SENTENCE_BREAKS = "。！？!?\n\r";
    private static final String OPEN_QUOTES = "“\"「『‘";
    private static final String CLOSE_QUOTES = "”\"」』’";
    /** A count of the figures a quoted name holds ({@code 三个}, {@code 3个}). */
    private static final Pattern QUOTED_COUNT = Pattern.compile(RuleSet.defaults().pattern("quoted-count"));
    private static final String QUOTE_MARKS = "“”\"‘’'《》〈〉「」『』";
    private static final Pattern QUOTES = Pattern.compile("[" + QUOTE_MARKS + "]");

    /**
     * How far around a number sentences and clauses are read, each side: a sentence or clause longer
     * than this (a text without punctuation) is seen as the window around the number, so the work
     * per number is bounded and the whole pass linear. Longer than any real report sentence.
     */
    static final int WINDOW = 512;

    private Clauses() {
    }

    /**
     * Answers {@link #lastBreak} and {@link #nextBreak} for one text and one set of breaks, for
     * numbers met in document order, in amortized constant time: each character is looked at
     * once forward. Queries out of order fall back to the plain scans. Not thread-safe; one per pass.
     */
    static final class Cursor {
        private final String v;
        private final String breaks;
        /** Characters [0, scanned) have been looked at for {@link #before}. */
        private int scanned;
        /** Just past the last break in [0, scanned), or 0. */
        private int last;
        /** The first break at or after {@code nextFrom}, or the text length. */
        private int next = -1;
        private int nextFrom = -1;

        Cursor(String v, String breaks) {
            this.v = v;
            this.breaks = breaks;
        }

        /** Same as {@code lastBreak(v, at, breaks, floor)}. */
        int before(int at, int floor) {
            if (at < scanned) {
                return lastBreak(v, at, breaks, floor);
            }
            for (; scanned < at; scanned++) {
                if (breaks.indexOf(v.charAt(scanned)) >= 0) {
                    last = scanned + 1;
                }
            }
            return Math.max(last, floor);
        }

        /** Same as {@code nextBreak(v, from, breaks, ceiling)}. */
        int after(int from, int ceiling) {
            if (from < nextFrom) {
                return nextBreak(v, from, breaks, ceiling);
            }
            if (from > next) {
                nextFrom = from;
                next = nextBreak(v, from, breaks);
            }
            return Math.min(next, Math.min(ceiling, v.length()));
        }
    }

    static int lastBreak(String v, int before, String breaks, int floor) {
        for (int i = before - 1; i >= floor; i--) {
            if (breaks.indexOf(v.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    static int nextBreak(String v, int from, String breaks) {
        return nextBreak(v, from, breaks, v.length());
    }

    /** The first break at or after {@code from}, or {@code min(ceiling, v.length())}. */
    static int nextBreak(String v, int from, String breaks, int ceiling) {
        int end = Math.min(ceiling, v.length());
        for (int i = from; i < end; i++) {
            if (breaks.indexOf(v.charAt(i)) >= 0) {
                return i;
            }
        }
        return end;
    }

    /**
     * The words before a number back to a clause break or {@code floor}; a parenthesized aside
     * ({@code 由过去(XX年)的587元}) is left out, an unclosed one ends the words.
     */
    static String leftContext(String v, int to, int floor) {
        StringBuilder b = new StringBuilder();
        int i = to - 1;
        while (i >= floor) {
            char c = v.charAt(i);
            if (c == ')' || c == '）') {
                int depth = 0;
                int j = i;
                // Only an aside of at most 20 chars is left out: look no further back than that.
                int low = Math.max(floor, i - 21);
                for (; j >= low; j--) {
                    char x = v.charAt(j);
                    if (x == ')' || x == '）') {
                        depth++;
                    } else if ((x == '(' || x == '（') && --depth == 0) {
                        break;
                    }
                }
                if (j < low || i - j > 20) {
                    break;
                }
                i = j - 1;
                continue;
            }
            if (LEFT_BREAKS.indexOf(c) >= 0) {
                break;
            }
            b.append(c);
            i--;
        }
        String s = b.reverse().toString();
        while (!s.isEmpty() && (s.charAt(0) == '、' || Character.isWhitespace(s.charAt(0)))) {
            s = s.substring(1);
        }
        return s;
    }

    /** Skips a parenthesized aside or quote mark right after a number ({@code 21所(占全省总量的1/4)中等职业学校}). */
    static int skipOpening(String v, int from, int to) {
        int i = from;
        while (i < to && "“”\"‘’《》".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        if (i < to && (v.charAt(i) == '(' || v.charAt(i) == '（')) {
            int close = i + 1;
            while (close < to && v.charAt(close) != ')' && v.charAt(close) != '）') {
                close++;
            }
            if (close < to && close - i <= 20) {
                i = close + 1;
            }
        }
        return i;
    }

    /**
     * A number opening a quoted name ({@code “三节”}, {@code “五个禁止”}) counts nothing. Scraped
     * pages often lose closing quotes, so a Chinese numeral right after an opening quote is enough.
     */
    static boolean quotedName(String v, Quantity q) {
        if (q.start() == 0) {
            return false;
        }
        if (OPEN_QUOTES.indexOf(v.charAt(q.start() - 1)) < 0) {
            // A Chinese numeral a few characters into a quote is part of a slogan (“一干两支”, “抓两头”).
            return Character.isDigit(q.text().charAt(0)) ? countedInQuote(v, q) : insideShortQuote(v, q.start());
        }
        if (!Character.isDigit(q.text().charAt(0))) {
            return true;
        }
        for (int i = q.end(); i < Math.min(v.length(), q.end() + 6); i++) {
            char c = v.charAt(i);
            if (CLOSE_QUOTES.indexOf(c) >= 0) {
                return true;
            }
            if (RIGHT_BREAKS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where {@code phrase}, read from {@code from} with quote marks skipped (as {@link #trimQuotes}
     * dropped them), ends in {@code v}.
     */
    static int spanEnd(String v, int from, String phrase) {
        int i = from;
        int matched = 0;
        while (i < v.length() && matched < phrase.length()) {
            if (QUOTE_MARKS.indexOf(v.charAt(i)) >= 0 && v.charAt(i) != phrase.charAt(matched)) {
                i++;
                continue;
            }
            i++;
            matched++;
        }
        return i;
    }

    /**
     * A figure that closes a quote opened by a count of it ({@code “三个80%”}, {@code “3个95%”}) names
     * a set of goals, not a measured value.
     */
    private static boolean countedInQuote(String v, Quantity q) {
        if (q.end() >= v.length() || CLOSE_QUOTES.indexOf(v.charAt(q.end())) < 0) {
            return false;
        }
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 5); i--) {
            if (OPEN_QUOTES.indexOf(v.charAt(i)) >= 0) {
                return QUOTED_COUNT.matcher(v.substring(i + 1, q.start())).matches();
            }
        }
        return false;
    }

    /** Whether an opening quote stands at most four characters before {@code at}, with no close between. */
    private static boolean insideShortQuote(String v, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
            char c = v.charAt(i);
            if (CLOSE_QUOTES.indexOf(c) >= 0 && OPEN_QUOTES.indexOf(c) < 0 || RIGHT_BREAKS.indexOf(c) >= 0) {
                return false;
            }
            if (OPEN_QUOTES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Drops quote marks of every kind. */
    static String trimQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QUOTE_MARKS.indexOf(s.charAt(i)) >= 0) {
                return QUOTES.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    static String stripTail(String s, String tail) {
        return s.endsWith(tail) ? s.substring(0, s.length() - tail.length()) : s;
    }
}
