package io.github.zhibiao.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test inputs: the report-style texts in testdata/ and small builders. */
final class TestFiles {

    static final Path TESTDATA = Path.of("testdata");
    static final Path SHARED = Path.of("../shared");

    private TestFiles() {
    }

    /** testdata/txt_utf8.txt: a short simplified-Chinese report with numbers. */
    static String report() throws IOException {
        return Files.readString(TESTDATA.resolve("txt_utf8.txt"), StandardCharsets.UTF_8);
    }

    /** testdata/txt_traditional.txt: the same report in traditional characters, char for char. */
    static String traditionalReport() throws IOException {
        return Files.readString(TESTDATA.resolve("txt_traditional.txt"), StandardCharsets.UTF_8);
    }

    /** Whitespace layout removed: what "equal modulo layout" compares. */
    static String noSpace(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Shows one line of text at the stream's text position: the CJK subset has no Latin glyphs, so
     * ASCII runs go in {@code latin}, the rest in {@code cjk}.
     */
    static void showMixed(org.apache.pdfbox.pdmodel.PDPageContentStream cs, String line,
            org.apache.pdfbox.pdmodel.font.PDFont cjk, org.apache.pdfbox.pdmodel.font.PDFont latin, float size)
            throws IOException {
        int i = 0;
        while (i < line.length()) {
            boolean ascii = line.charAt(i) < 128;
            int j = i;
            while (j < line.length() && (line.charAt(j) < 128) == ascii) {
                j++;
            }
            cs.setFont(ascii ? latin : cjk, size);
            cs.showText(line.substring(i, j));
            i = j;
        }
    }
}
