package io.github.zhibiao.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile-input catalogue. The small files are committed in {@code testdata/bad/} (written
 * by {@link #main}, run again only to change them); large and special ones (a 28 MB text, an
 * archive member over the size limit, a FIFO, a symbolic-link loop) are made at test time by
 * {@link #generated}. Every file here is refused by the loader with a typed reason.
 */
final class HostileInputs {

    private HostileInputs() {
    }

    /** Writes the committed catalogue into {@code args[0]} (default {@code testdata/bad}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "testdata/bad");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : small().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    /** The small kinds, by file name (the name says the kind). */
    static Map<String, byte[]> small() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("txt_whitespace_only.txt", " \n\t\n\u3000\u3000\r\n   \n".getBytes(StandardCharsets.UTF_8));
        m.put("txt_nul_filled.txt", new byte[4096]);
        m.put("txt_elf_executable.txt", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[120]));
        m.put("txt_gzip_named_txt.txt", gzip("全市新增公办幼儿园11所。".repeat(20)));
        m.put("txt_jpeg_image.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16,
                'J', 'F', 'I', 'F', 0}, new byte[200]));
        m.put("pdf_zero_bytes.pdf", new byte[0]);
        byte[] pdf = pdf("Total 2024: 11 schools, 2.5 billion yuan.", null);
        m.put("pdf_truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        m.put("pdf_encrypted.pdf", pdf("Total 2024: 11 schools.", "user-secret"));
        m.put("pdf_no_text_layer.pdf", blankPdf());
        m.put("pdf_header_only.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        byte[] docx = docx("全县新建公办幼儿园7所，投入资金2.5亿元。");
        m.put("docx_truncated.docx", Arrays.copyOf(docx, docx.length * 2 / 3));
        m.put("docx_encrypted.docx", encrypt(docx, "user-secret"));
        m.put("docx_xxe_external_entity.docx", docxXml("<?xml version=\"1.0\"?><!DOCTYPE w:document ["
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&xxe;</w:t>"
                + "</w:r></w:p></w:body></w:document>"));
        m.put("docx_billion_laughs.docx", docxXml("<?xml version=\"1.0\"?><!DOCTYPE w:document ["
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + "<w:r><w:t>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</w:t></w:r></w:p></w:body></w:document>"));
        m.put("docx_no_document_part.docx", zip(Map.of("[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .getBytes(StandardCharsets.UTF_8))));
        m.put("docx_zip_bomb.docx", docxBomb());
        m.put("docx_png_inside.docx", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[64]));
        m.put("doc_corrupt_ole2.doc", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[504]));
        m.put("html_script_only.html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>var n = 11; "
                + "document.write('全市新增公办幼儿园' + n + '所');</script><style>p{color:red}</style></head>"
                + "<body><script>console.log(2024)</script></body></html>").getBytes(StandardCharsets.UTF_8));
        m.put("html_empty_body.html", "<html><head><title></title></head><body>  </body></html>"
                .getBytes(StandardCharsets.UTF_8));
        m.put("zip_empty_archive.zip", zip(Map.of()));
        byte[] reports = zip(Map.of("a.txt", "全县新建公办幼儿园7所。".getBytes(StandardCharsets.UTF_8)));
        m.put("zip_truncated.zip", Arrays.copyOf(reports, reports.length - 30));
        m.put("zip_bomb.zip", docxBomb());
        m.put("zip_nested_archive.zip", zip(Map.of("inner.zip", reports)));
        m.put("zip_path_traversal.zip", zip(Map.of("../../../../tmp/zhibiao-evil.txt", new byte[64])));
        m.put("zip_only_folders.zip", zipFolders());
        return m;
    }

    /**
     * The large and special kinds, made in {@code dir}: a 28 MB text (longer than the text
     * limit), a zip whose member expands beyond the input limit, a FIFO (when {@code mkfifo}
     * exists), a symbolic-link loop and a dangling link.
     */
    static Map<String, Path> generated(Path dir) throws IOException, InterruptedException {
        Map<String, Path> m = new LinkedHashMap<>();
        Path big = dir.resolve("txt_28mb.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "The county built 7 schools and spent 250 million yuan on them this year.\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 28L << 20; n += line.length) {
                out.write(line);
            }
        }
        m.put("txt_28mb.txt", big);
        Path member = dir.resolve("zip_large_member.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(member))) {
            z.putNextEntry(new ZipEntry("huge.txt"));
            Random random = new Random(12);
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 70; i++) {   // 70 MiB of letters: ratio about 1.2:1, no bomb, over the 64 MiB limit
                for (int k = 0; k < chunk.length; k++) {
                    chunk[k] = (byte) ('a' + random.nextInt(26));
                }
                z.write(chunk);
            }
            z.closeEntry();
        }
        m.put("zip_large_member.zip", member);
        Path fifo = dir.resolve("fifo_named_pipe.txt");
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
            if (p.waitFor() == 0) {
                m.put("fifo_named_pipe.txt", fifo);
            }
        } catch (IOException noMkfifo) {
            // not on this system: one kind fewer
        }
        Path a = dir.resolve("link_loop_a.txt");
        Path b = dir.resolve("link_loop_b.txt");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        m.put("link_loop_a.txt", a);
        m.put("link_dangling.txt", Files.createSymbolicLink(dir.resolve("link_dangling.txt"), Path.of("no-such-target.txt")));
        if (Files.exists(Path.of("/dev/zero"))) {
            m.put("/dev/zero", Path.of("/dev/zero"));
        }
        // 10,000,016 characters of Chinese, 29 MB of UTF-8: under --max-size, over the text limit
        Path chars = dir.resolve("txt_10m_chars.txt");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(chars))) {
            byte[] line = "全县新建公办幼儿园七所。\n".getBytes(StandardCharsets.UTF_8);   // 13 characters
            for (int n = 0; n < 769_232; n++) {
                out.write(line);
            }
        }
        m.put("txt_10m_chars.txt", chars);
        m.put("ofd_page_listed_200000_times.ofd", Files.write(dir.resolve("ofd_page_listed_200000_times.ofd"),
                ofdRepeatingOnePage(200_000)));
        m.put("ofd_page_not_xml.ofd", Files.write(dir.resolve("ofd_page_not_xml.ofd"), ofd(List.of(concat(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                        .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x01, (byte) 0x80})))));
        m.put("zip_20001_members.zip", Files.write(dir.resolve("zip_20001_members.zip"), manyMembers(20_001)));
        m.put("zip_encrypted.zip", Files.write(dir.resolve("zip_encrypted.zip"), encryptedFlag(
                zip(Map.of("a.txt", "全县新建公办幼儿园7所。".getBytes(StandardCharsets.UTF_8))))));
        return m;
    }

    /** A zip of {@code n} small reports, each with a record: all or nothing must be written. */
    static byte[] manyMembers(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] text = "全县新建公办幼儿园7所。".getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < n; i++) {
                z.putNextEntry(new ZipEntry(String.format("m/%05d.txt", i)));
                z.write(text);
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The zip with the "encrypted" flag (bit 0) set on every entry, in local and central headers. */
    static byte[] encryptedFlag(byte[] zip) {
        byte[] b = zip.clone();
        for (int i = 0; i + 8 < b.length; i++) {
            if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x03 && b[i + 3] == 0x04) {
                b[i + 6] |= 1;   // local file header: flags at offset 6
            } else if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x01 && b[i + 3] == 0x02) {
                b[i + 8] |= 1;   // central directory header: flags at offset 8
            }
        }
        return b;
    }

    /** An OFD of one document whose pages are the given Content.xml parts, stored uncompressed. */
    static byte[] ofd(List<byte[]> pages) throws IOException {
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("OFD.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + "><ofd:Pages>");
        for (int p = 0; p < pages.size(); p++) {
            doc.append("<ofd:Page ID=\"").append(p + 1).append("\" BaseLoc=\"Pages/Page_").append(p).append("/Content.xml\"/>");
            e.put("Doc_0/Pages/Page_" + p + "/Content.xml", pages.get(p));
        }
        e.put("Doc_0/Document.xml", doc.append("</ofd:Pages></ofd:Document>").toString().getBytes(StandardCharsets.UTF_8));
        return storedZip(e);
    }

    /** One page of 2,000 characters that Document.xml lists {@code times} times: 400 M characters if read whole. */
    static byte[] ofdRepeatingOnePage(int times) throws IOException {
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        StringBuilder page = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns
                + "><ofd:Content><ofd:Layer ID=\"1\">");
        for (int i = 0; i < 100; i++) {
            page.append("<ofd:TextObject ID=\"").append(10 + i).append("\" Boundary=\"20 ").append(20 + i * 6)
                    .append(" 170 5\" Size=\"3.5\"><ofd:TextCode X=\"0\" Y=\"3\">全县新建公办幼儿园7所，新增学位450个。")
                    .append("</ofd:TextCode></ofd:TextObject>");
        }
        page.append("</ofd:Layer></ofd:Content></ofd:Page>");
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("OFD.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + "><ofd:Pages>");
        for (int p = 0; p < times; p++) {
            doc.append("<ofd:Page ID=\"").append(p + 1).append("\" BaseLoc=\"Pages/Page_0/Content.xml\"/>");
        }
        e.put("Doc_0/Document.xml", doc.append("</ofd:Pages></ofd:Document>").toString().getBytes(StandardCharsets.UTF_8));
        e.put("Doc_0/Pages/Page_0/Content.xml", page.toString().getBytes(StandardCharsets.UTF_8));
        return zip(e);
    }

    /** A zip whose entries are stored, not deflated (no compression ratio for the bomb guard to refuse). */
    static byte[] storedZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                z.putNextEntry(entry);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    // ---- builders

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** An Office file encrypted with a password (agile encryption, as Word does). */
    private static byte[] encrypt(byte[] docx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } catch (Exception e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] docxXml(String documentXml) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        m.put("_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        m.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip(m);
    }

    /** A docx-shaped zip whose document part inflates 1000:1 to 100 MB. */
    private static byte[] docxBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zipFolders() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("2024/"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("2024/empty/"));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(bytes)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
