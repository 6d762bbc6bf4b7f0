package io.github.zhibiao.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes plain-text bytes without Tika: byte-order mark, then strict UTF-8, then the better of
 * GB18030 and Big5 by a punctuation and character-set score. Bytes full of NULs and controls are
 * tried as UTF-16 without a byte-order mark (the zero bytes of its ASCII tell the byte order)
 * before they are called binary.
 *
 * <p>A text that no charset reads strictly is still read when it is overwhelmingly valid: at most
 * {@link #allowance(int) one bad byte sequence, plus one per 1,000 characters} (an invalid
 * sequence or a stray control byte such as NUL or 0x1C) are replaced by U+FFFD, with a
 * {@link Diagnostic.Code#MALFORMED_INPUT} diagnostic giving their count and the first offset.
 * Stateless.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GB2312 = Charset.forName("GB2312");

    /** Full-width punctuation that Chinese prose is full of; decoded in the wrong charset it vanishes. */
    private static final String CJK_PUNCT = "，。、；：“”（）《》！？";

    private TextDecoder() {
    }

    /** A decoded text and how its charset was chosen. */
    record Decoded(String text, Charset charset, CharsetSource source, List<Diagnostic> diagnostics) {
    }

    /** Charset named by a byte-order mark, or null; {@code bomLength(bytes)} tells how many bytes it takes. */
    static Charset bomCharset(byte[] b) {
        if (Sniff.starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (Sniff.starts(b, 0x84, 0x31, 0x95, 0x33)) {
            return GB18030;
        }
        if (Sniff.starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (Sniff.starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static int bomLength(byte[] b) {
        Charset cs = bomCharset(b);
        if (cs == null) {
            return 0;
        }
        if (cs == StandardCharsets.UTF_8) {
            return 3;
        }
        return cs == GB18030 ? 4 : 2;
    }

    /**
     * Decodes a plain text: forced charset, else BOM, else detection.
     *
     * @throws LoadException UNREADABLE_ENCODING for binary data or bytes no supported charset reads
     */
    static Decoded decode(byte[] b, Charset forced, String name) throws LoadException {
        List<Diagnostic> diags = new ArrayList<>();
        if (forced != null) {
            int skip = forced.equals(bomCharset(b)) ? bomLength(b) : 0;
            return new Decoded(decodeLenient(b, skip, forced, diags), forced, CharsetSource.FORCED, diags);
        }
        Charset bom = bomCharset(b);
        if (bom != null) {
            return new Decoded(decodeLenient(b, bomLength(b), bom, diags), bom, CharsetSource.BOM, diags);
        }
        int controls = countControlBytes(b);
        if (controls > allowance(b.length)) {
            Charset utf16 = utf16Order(b);
            if (utf16 != null) {
                diags.add(new Diagnostic(Diagnostic.Code.CHARSET_GUESSED, "charset " + utf16.name()
                        + " guessed: no byte-order mark; zero bytes and characters read as " + utf16.name()));
                return new Decoded(decodeStrict(b, 0, utf16), utf16, CharsetSource.DETECTED, diags);
            }
            throw new LoadException(name, LoadException.Reason.UNREADABLE_ENCODING,
                    "binary data, not text (" + controls + " control or NUL bytes)", LoadException.Remedy.CHARSET, null);
        }
        if (controls > 0) {
            return repaired(b, 0, name, diags);
        }
        return detect(b, 0, name, diags);
    }

    /**
     * How many bad byte sequences (invalid in the charset, or stray control bytes) a text of
     * {@code chars} characters may hold and still be read, with replacement: one, plus one per
     * 1,000 characters. A report with more is not text in that charset.
     */
    static int allowance(int chars) {
        return 1 + chars / 1000;
    }

    /**
     * UTF-16 without a byte-order mark, or null: the bytes read strictly as UTF-16 in the byte
     * order their zero bytes point to (ASCII's high byte is zero: at odd offsets in LE, even in
     * BE; both orders are tried when the pattern is unclear), and at least 90% of the characters
     * are Chinese, ASCII, punctuation or white space.
     */
    static Charset utf16Order(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        List<Charset> orders = oddZeros > 4 * evenZeros ? List.of(StandardCharsets.UTF_16LE)
                : evenZeros > 4 * oddZeros ? List.of(StandardCharsets.UTF_16BE)
                : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
        Charset best = null;
        double bestShare = 0.9;
        for (Charset cs : orders) {
            String text = decodeStrict(b, 0, cs);
            double share = text == null ? 0 : textShare(text);
            if (share >= bestShare) {
                best = cs;
                bestShare = share;
            }
        }
        return best;
    }

    /** Share of characters that Chinese report text is made of. */
    private static double textShare(String s) {
        int ok = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean text = (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0xA0 && c <= 0xFF)                       // Latin-1 signs and letters
                    || (c >= 0x2000 && c <= 0x27BF)                   // punctuation, symbols, ①
                    || (c >= 0x3000 && c <= 0x303F)                   // CJK punctuation
                    || (c >= 0x3400 && c <= 0x9FFF)                   // Han
                    || (c >= 0xFF00 && c <= 0xFFEF)                   // full-width forms
                    || Character.isSurrogate(c);                      // rare Han (strictly paired)
            if (text) {
                ok++;
            }
        }
        return s.isEmpty() ? 0 : (double) ok / s.length();
    }

    /** Detection without a BOM (also used for HTML bytes without a usable declaration). */
    static Decoded detect(byte[] b, int offset, String name, List<Diagnostic> diags) throws LoadException {
        String utf8 = decodeStrict(b, offset, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, CharsetSource.DETECTED, diags);
        }
        String gb = decodeStrict(b, offset, GB18030);
        String big5 = decodeStrict(b, offset, BIG5);
        if (gb == null && big5 == null) {
            return repaired(b, offset, name, diags);
        }
        return legacy(gb, big5, name, diags);
    }

    /**
     * The better of the GB18030 and Big5 readings (either may be null, not both), refused when
     * the GB18030 reading does not look like Chinese.
     */
    private static Decoded legacy(String gb, String big5, String name, List<Diagnostic> diags) throws LoadException {
        Charset chosen;
        String text;
        String why;
        if (gb != null && big5 != null) {
            int pg = punctuation(gb);
            int pb = punctuation(big5);
            if (pg != pb) {
                boolean gbWins = pg > pb;
                chosen = gbWins ? GB18030 : BIG5;
                text = gbWins ? gb : big5;
                why = "Chinese punctuation count " + pg + " (GB18030) vs " + pb + " (Big5)";
            } else {
                double share = gb2312Share(gb);
                boolean gbWins = share >= 0.8;
                chosen = gbWins ? GB18030 : BIG5;
                text = gbWins ? gb : big5;
                why = String.format("no punctuation evidence; %.0f%% of Han characters in GB2312", share * 100);
            }
        } else if (gb != null) {
            chosen = GB18030;
            text = gb;
            why = "valid GB18030, invalid Big5";
        } else if (big5 != null) {
            chosen = BIG5;
            text = big5;
            why = "valid Big5, invalid GB18030";
        } else {
            throw notText(name);
        }
        if (chosen == GB18030 && hanCount(text) > 0 && gb2312Share(text) < 0.5 && punctuation(text) == 0) {
            throw new LoadException(name, LoadException.Reason.UNREADABLE_ENCODING,
                    "bytes decode as GB18030 but do not look like Chinese text", LoadException.Remedy.CHARSET, null);
        }
        diags.add(new Diagnostic(Diagnostic.Code.CHARSET_GUESSED, "charset " + chosen.name() + " guessed: " + why));
        return new Decoded(text, chosen, CharsetSource.DETECTED, diags);
    }

    private static LoadException notText(String name) {
        return new LoadException(name, LoadException.Reason.UNREADABLE_ENCODING,
                "not valid UTF-8, GB18030/GBK or Big5", LoadException.Remedy.CHARSET, null);
    }

    /**
     * A text that no charset reads strictly, or that holds stray control bytes, read with
     * replacement when it is overwhelmingly valid ({@link #allowance(int)}): UTF-8 first (a
     * legacy text breaks it at nearly every Chinese character), else the better of GB18030 and
     * Big5.
     */
    private static Decoded repaired(byte[] b, int offset, String name, List<Diagnostic> diags) throws LoadException {
        int limit = allowance(b.length - offset);
        Repair utf8 = repair(b, offset, StandardCharsets.UTF_8, limit);
        Decoded d;
        Repair used;
        if (utf8.acceptable()) {
            d = new Decoded(utf8.text(), StandardCharsets.UTF_8, CharsetSource.DETECTED, diags);
            used = utf8;
        } else {
            Repair gb = repair(b, offset, GB18030, limit);
            Repair big5 = repair(b, offset, BIG5, limit);
            if (!gb.acceptable() && !big5.acceptable()) {
                throw notText(name);
            }
            d = legacy(gb.acceptable() ? gb.text() : null, big5.acceptable() ? big5.text() : null, name, diags);
            used = d.charset().equals(GB18030) ? gb : big5;
        }
        diags.add(new Diagnostic(Diagnostic.Code.MALFORMED_INPUT, used.bad() + " bad byte sequence"
                + (used.bad() == 1 ? "" : "s") + " (invalid in " + d.charset().name() + ", or stray control bytes)"
                + " replaced by U+FFFD; first at char offset " + used.firstChar() + " (byte " + used.firstByte() + ")"));
        return d;
    }

    /**
     * A decoding with replacement: the text, how many bad sequences were replaced by U+FFFD, and
     * where the first one is in the text and in the bytes (-1 when none).
     */
    record Repair(String text, int bad, int firstChar, long firstByte) {

        /** Few enough bad sequences for the text's length (see {@link #allowance(int)}). */
        boolean acceptable() {
            return text != null && bad <= allowance(text.length());
        }
    }

    /**
     * Decodes {@code b} in {@code cs}, replacing each malformed or unmappable sequence and each
     * stray control character (see {@link #countControlBytes}) by U+FFFD; gives up (null text)
     * after {@code limit} bad sequences.
     */
    static Repair repair(byte[] b, int offset, Charset cs, int limit) {
        return repair(b, offset, cs, limit, true);
    }

    /** As {@link #repair(byte[], int, Charset, int)}; control characters are kept unless {@code controls}. */
    private static Repair repair(byte[] b, int offset, Charset cs, int limit, boolean controls) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        // The detected charsets take at least one byte per char, and a replacement stands for >= 1 byte.
        CharBuffer out = CharBuffer.allocate(b.length - offset + 1);
        int bad = 0;
        int firstChar = -1;
        long firstByte = -1;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                dec.flush(out);
                break;
            }
            if (r.isOverflow()) { // a forced charset may give more chars than bytes
                out = grow(out);
                continue;
            }
            if (++bad > limit) {
                return new Repair(null, bad, firstChar, firstByte);
            }
            if (firstChar < 0) {
                firstChar = out.position();
                firstByte = in.position();
            }
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        out.flip();
        char[] chars = new char[out.remaining()];
        out.get(chars);
        for (int i = 0; controls && i < chars.length; i++) {
            if (isStrayControl(chars[i])) {
                chars[i] = '\uFFFD';
                if (++bad > limit) {
                    return new Repair(null, bad, firstChar, firstByte);
                }
                if (firstChar < 0 || i < firstChar) {
                    firstChar = i;
                    firstByte = firstControlByte(b, offset); // below 0x20 a byte is a character of its own
                }
            }
        }
        return new Repair(new String(chars), bad, firstChar, firstByte);
    }

    /** Decodes, replacing malformed input with U+FFFD and recording a diagnostic when any was found. */
    static String decodeLenient(byte[] b, int offset, Charset cs, List<Diagnostic> diags) {
        String strict = decodeStrict(b, offset, cs);
        if (strict != null) {
            return strict;
        }
        Repair r = repair(b, offset, cs, Integer.MAX_VALUE - 1, false);
        diags.add(new Diagnostic(Diagnostic.Code.MALFORMED_INPUT, r.bad() + " byte sequence" + (r.bad() == 1 ? "" : "s")
                + " not valid in " + cs.name() + " replaced by U+FFFD; first at char offset " + r.firstChar()
                + " (byte " + r.firstByte() + ")"));
        return r.text();
    }

    /** Decodes strictly, or returns null when any byte sequence is malformed or unmappable. */
    static String decodeStrict(byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Bytes that never occur in text: NUL and C0 controls other than tab, LF, VT, FF, CR, ESC. */
    /**
     * The number of chars (UTF-16 units) the bytes decode to as UTF-8, counted without decoding;
     * -1 when they are not plain UTF-8 text (an invalid lead or continuation byte, a NUL byte that
     * would make them UTF-16, a truncated sequence). A UTF-8 byte-order mark is not counted.
     */
    static long utf8Length(byte[] b) {
        long chars = 0;
        int i = Sniff.starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int extra;
            if (c == 0) {
                return -1;
            } else if (c < 0x80) {
                extra = 0;
            } else if (c >= 0xC2 && c < 0xE0) {
                extra = 1;
            } else if (c >= 0xE0 && c < 0xF0) {
                extra = 2;
            } else if (c >= 0xF0 && c < 0xF5) {
                extra = 3;
            } else {
                return -1;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            chars += extra == 3 ? 2 : 1;
            i += extra + 1;
        }
        return chars;
    }

    static int countControlBytes(byte[] b) {
        int n = 0;
        for (byte x : b) {
            if (isStrayControl((char) (x & 0xFF))) {
                n++;
            }
        }
        return n;
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(2 * out.capacity() + 16);
        out.flip();
        return bigger.put(out);
    }

    private static int firstControlByte(byte[] b, int offset) {
        for (int i = offset; i < b.length; i++) {
            if (isStrayControl((char) (b[i] & 0xFF))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStrayControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1B;
    }

    static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (CJK_PUNCT.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    /** Share of Han characters that GB2312 (the common simplified set) can encode. */
    static double gb2312Share(String s) {
        CharsetEncoder enc = GB2312.newEncoder();
        int han = 0;
        int in = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            if (enc.canEncode(c)) {
                in++;
            }
        }
        return han == 0 ? 1.0 : (double) in / han;
    }

    /** Decodes the first {@code max} bytes leniently, for sniffing declarations. */
    static String head(byte[] b, int max) {
        return CharBuffer.wrap(new String(b, 0, Math.min(max, b.length), StandardCharsets.ISO_8859_1)).toString();
    }
}
