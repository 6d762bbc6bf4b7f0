package io.github.zhibiao.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loader's limits and charset as the command line gives them ({@code --charset},
 * {@code --max-size}, {@code --max-chars}, {@code --timeout}), shared by {@code extract} and
 * {@code text}. Each parser throws {@link IllegalArgumentException} with the usage message.
 */
final class LoaderOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(i?b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARS = Pattern.compile("(\\d+)\\s*([km]?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m)?", Pattern.CASE_INSENSITIVE);
    /** The longest text Java's strings hold, about 2 G characters; more is no limit that can be met. */
    static final long MAX_CHARS_LIMIT = Integer.MAX_VALUE - 16;

    private LoaderOptions() {
    }

    /** {@code --charset NAME}, or null for null. */
    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown --charset '" + name + "': try UTF-8, GBK, GB18030 or Big5");
        }
    }

    /** {@code --max-size SIZE}: bytes, or with K, M, G (binary); null for null. */
    static Long size(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = SIZE.matcher(s.strip());
        if (m.matches()) {
            int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            try {
                long n = Long.parseLong(m.group(1));
                if (n > 0 && n <= Long.MAX_VALUE >> shift) {
                    return n << shift;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
        }
        throw new IllegalArgumentException("--max-size '" + s + "': give a positive size such as 200M, 1G or 5000000");
    }

    /** {@code --max-chars N}: characters, or with K (thousand), M (million); null for null. */
    static Integer chars(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = CHARS.matcher(s.strip());
        if (m.matches()) {
            long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 1_000L;
                case "m" -> 1_000_000L;
                default -> 1L;
            };
            try {
                long n = Long.parseLong(m.group(1));
                if (n > 0 && n <= MAX_CHARS_LIMIT / unit) {
                    return (int) (n * unit);
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
        }
        throw new IllegalArgumentException("--max-chars '" + s + "': give a positive number of characters such as "
                + "20M, 500K or 30000000 (at most " + MAX_CHARS_LIMIT + ")");
    }

    /** {@code --timeout SECONDS}: seconds, or with ms, s, m; null for null. */
    static Duration timeout(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = TIME.matcher(s.strip());
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
                Duration d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
                if (!d.isZero()) {
                    return d;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // falls through to the message
            }
        }
        throw new IllegalArgumentException("--timeout '" + s + "': give a positive time such as 120, 90s or 5m");
    }
}
