package io.github.zhibiao.load;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Chooses a reader by content first, then by name. */
enum Sniff {
    PDF, ZIP, OLE2, RTF, HTML, TEXT, OTHER;

    static Sniff of(byte[] b, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return PDF;
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (starts(b, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (describe(b) != null) {
            return OTHER;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || lower.endsWith(".shtml") || looksLikeHtml(b)) {
            return HTML;
        }
        return TEXT;
    }

    /** Why content and name disagree for a container format (a ".docx" that is no zip...), or null. */
    static String mismatch(Sniff sniff, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean ooxml = lower.endsWith(".docx") || lower.endsWith(".xlsx") || lower.endsWith(".pptx");
        // A password-protected .docx is an OLE2 container (EncryptionInfo, EncryptedPackage): its parser says ENCRYPTED.
        if ((ooxml || lower.endsWith(".ofd")) && sniff != ZIP && !(ooxml && sniff == OLE2)) {
            return "named " + lower.substring(lower.lastIndexOf('.')) + " but not a zip container";
        }
        if (lower.endsWith(".pdf") && sniff != PDF) {
            return "named .pdf but has no %PDF header";
        }
        return null;
    }

    /** A short name for known non-report signatures, or null. */
    static String describe(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF)) {
            return "a 7z archive";
        }
        if (starts(b, 'R', 'a', 'r', '!')) {
            return "a RAR archive";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 'M', 'Z')) {
            return "an executable";
        }
        return null;
    }

    private static boolean looksLikeHtml(byte[] b) {
        String head = TextDecoder.head(b, 2048).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\u00EF'
                || head.charAt(i) == '\u00BB' || head.charAt(i) == '\u00BF')) {
            i++;
        }
        if (i >= head.length() || head.charAt(i) != '<') {
            return false;
        }
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                || head.contains("<body");
    }

    /** True when {@code b} begins with the given byte values (magic numbers, byte order marks). */
    static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        int end = Math.min(b.length, within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
