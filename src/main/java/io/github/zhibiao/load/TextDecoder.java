package io.github.zhibiao.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes plain-text bytes without Tika: byte-order mark, then strict UTF-8, then the better of
 * GB18030 and Big5 by a punctuation and character-set score. Stateless.
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
        if (controls > 0) {
            throw new LoadException(name, LoadException.Reason.UNREADABLE_ENCODING,
                    "binary data, not text (" + controls + " control or NUL bytes); if it is text in an"
                            + " unusual encoding, force the charset with ReportLoader.Builder.charset(...)");
        }
        return detect(b, 0, name, diags);
    }

    /** Detection without a BOM (also used for HTML bytes without a usable declaration). */
    static Decoded detect(byte[] b, int offset, String name, List<Diagnostic> diags) throws LoadException {
        String utf8 = decodeStrict(b, offset, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, CharsetSource.DETECTED, diags);
        }
        String gb = decodeStrict(b, offset, GB18030);
        String big5 = decodeStrict(b, offset, BIG5);
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
            throw new LoadException(name, LoadException.Reason.UNREADABLE_ENCODING,
                    "not valid UTF-8, GB18030/GBK or Big5; force the charset with"
                            + " ReportLoader.Builder.charset(...)");
        }
        if (chosen == GB18030 && hanCount(text) > 0 && gb2312Share(text) < 0.5 && punctuation(text) == 0) {
            throw new LoadException(name, LoadException.Reason.UNREADABLE_ENCODING,
                    "bytes decode as GB18030 but do not look like Chinese text; force the charset with"
                            + " ReportLoader.Builder.charset(...)");
        }
        diags.add(new Diagnostic(Diagnostic.Code.CHARSET_GUESSED, "charset " + chosen.name() + " guessed: " + why));
        return new Decoded(text, chosen, CharsetSource.DETECTED, diags);
    }

    /** Decodes, replacing malformed input with U+FFFD and recording a diagnostic when any was found. */
    static String decodeLenient(byte[] b, int offset, Charset cs, List<Diagnostic> diags) {
        String strict = decodeStrict(b, offset, cs);
        if (strict != null) {
            return strict;
        }
        String s = new String(b, offset, b.length - offset, cs);
        diags.add(new Diagnostic(Diagnostic.Code.MALFORMED_INPUT,
                "bytes not valid in " + cs.name() + " were replaced by U+FFFD"));
        return s;
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
    static int countControlBytes(byte[] b) {
        int n = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1B) {
                n++;
            }
        }
        return n;
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
