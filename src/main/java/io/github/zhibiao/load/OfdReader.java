package io.github.zhibiao.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Text of an OFD file (GB/T 33190): {@code OFD.xml} names each document's {@code Document.xml},
 * which lists its pages; each page's {@code Content.xml} holds {@code TextObject}s whose
 * {@code TextCode}s carry the text. Text codes on one baseline join into one line; a new line
 * starts when the baseline moves, a blank line separates pages.
 *
 * <p>Plain JDK zip and StAX: no DTDs, no external entities, entity references dropped (never
 * printed), entry sizes bounded by {@link ZipGuard}.
 */
final class OfdReader {

    private static final XMLInputFactory XML = secureFactory();

    /** Half the font height is the tolerance for "same baseline"; 1 mm when no size is given. */
    private static final double DEFAULT_LINE_TOLERANCE = 1.0;

    private OfdReader() {
    }

    /** True when the zip entries include a root {@code OFD.xml}. */
    static boolean isOfd(Map<String, byte[]> entries) {
        return entries.containsKey("OFD.xml") || entries.containsKey("/OFD.xml");
    }

    /**
     * @param complete false when reading stopped because the text grew longer than the limit
     *                 ({@code text} then holds more than the limit, not all the pages)
     */
    record OfdText(String text, String title, Map<String, String> metadata, List<Diagnostic> diagnostics,
            boolean complete) {
    }

    static OfdText read(Map<String, byte[]> entries, String name) throws LoadException {
        return read(entries, name, Integer.MAX_VALUE - 16);
    }

    /**
     * The text of the pages in order, read until it is longer than {@code maxChars}: a page
     * listed many times (200,000 times in 500 KB) is parsed once and never makes more text than
     * the limit. A page that is not well-formed XML is left out with a
     * {@link Diagnostic.Code#PART_SKIPPED} diagnostic; when no page could be read, the OFD is CORRUPT.
     */
    static OfdText read(Map<String, byte[]> entries, String name, int maxChars) throws LoadException {
        byte[] root = entry(entries, "OFD.xml");
        if (root == null) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "OFD package without OFD.xml");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> docRoots = new ArrayList<>();
        parse(root, name, "OFD.xml", r -> {
            String local = r.getLocalName();
            if (local.equals("DocRoot")) {
                docRoots.add(elementText(r).trim());
            } else if (local.equals("Title") || local.equals("Author") || local.equals("Subject")
                    || local.equals("CreationDate") || local.equals("Creator") || local.equals("Keyword")) {
                String v = elementText(r).trim();
                if (!v.isEmpty()) {
                    meta.merge("ofd:" + local, v, (a, b) -> a + "; " + b);
                }
            }
        });
        if (docRoots.isEmpty()) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "OFD.xml names no DocRoot");
        }
        List<Diagnostic> diags = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Map<String, String> pageTexts = new java.util.HashMap<>();
        LoadException firstBadPage = null;
        int readPages = 0;
        boolean complete = true;
        documents:
        for (String docRoot : docRoots) {
            String docPath = normalize(docRoot);
            byte[] doc = entry(entries, docPath);
            if (doc == null) {
                throw new LoadException(name, LoadException.Reason.CORRUPT, "OFD DocRoot " + docRoot + " is missing");
            }
            String docDir = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
            List<String> pages = new ArrayList<>();
            parse(doc, name, docPath, r -> {
                if (r.getLocalName().equals("Page")) {
                    String loc = r.getAttributeValue(null, "BaseLoc");
                    if (loc != null) {
                        pages.add(loc.startsWith("/") ? normalize(loc) : normalize(docDir + loc));
                    }
                }
            });
            for (String page : pages) {
                String pageText = pageTexts.get(page);
                if (pageText == null) {
                    byte[] content = entry(entries, page);
                    if (content == null) {
                        diags.add(new Diagnostic(Diagnostic.Code.PART_SKIPPED, "OFD page " + page + " is missing"));
                        pageTexts.put(page, "");
                        continue;
                    }
                    StringBuilder one = new StringBuilder();
                    try {
                        pageText(content, name, page, one);
                        readPages++;
                    } catch (LoadException e) {
                        firstBadPage = firstBadPage == null ? e : firstBadPage;
                        diags.add(new Diagnostic(Diagnostic.Code.PART_SKIPPED, e.detail() + "; the page is left out"));
                        pageTexts.put(page, "");
                        continue;
                    }
                    pageText = one.toString();
                    pageTexts.put(page, pageText);
                } else if (pageText.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                if ((long) text.length() + pageText.length() > maxChars) {
                    text.append(pageText, 0, Math.min(pageText.length(), maxChars + 1 - Math.min(maxChars, text.length())));
                    complete = false;
                    break documents;
                }
                text.append(pageText);
            }
        }
        if (readPages == 0 && firstBadPage != null) {
            throw firstBadPage;
        }
        return new OfdText(text.toString(), meta.getOrDefault("ofd:Title", ""), meta, diags, complete);
    }

    private static void pageText(byte[] content, String name, String page, StringBuilder out) throws LoadException {
        int pageStart = out.length();
        double[] lastBaseline = {Double.NaN};
        double[] objY = {0};
        double[] tolerance = {DEFAULT_LINE_TOLERANCE};
        parse(content, name, page, r -> {
            String local = r.getLocalName();
            if (local.equals("TextObject")) {
                objY[0] = boundaryY(r.getAttributeValue(null, "Boundary"));
                double size = number(r.getAttributeValue(null, "Size"), 2 * DEFAULT_LINE_TOLERANCE);
                tolerance[0] = Math.max(0.1, size / 2);
            } else if (local.equals("TextCode")) {
                double y = objY[0] + number(r.getAttributeValue(null, "Y"), 0);
                String s = elementText(r);
                if (s.isEmpty()) {
                    return;
                }
                if (!Double.isNaN(lastBaseline[0]) && Math.abs(y - lastBaseline[0]) > tolerance[0]
                        && out.length() > pageStart) {
                    out.append('\n');
                }
                lastBaseline[0] = y;
                out.append(s);
            }
        });
    }

    private static double boundaryY(String boundary) {
        if (boundary == null) {
            return 0;
        }
        String[] p = boundary.trim().split("\\s+");
        return p.length >= 2 ? number(p[1], 0) : 0;
    }

    private static double number(String s, double dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String normalize(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static byte[] entry(Map<String, byte[]> entries, String path) {
        byte[] b = entries.get(path);
        if (b == null) {
            b = entries.get("/" + path);
        }
        if (b == null) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (normalize(e.getKey()).equalsIgnoreCase(path)) {
                    return e.getValue();
                }
            }
        }
        return b;
    }

    /**
     * The text of the current element, like {@link XMLStreamReader#getElementText()} except that
     * entity references (no DTD is read, so none has a value) are dropped: the JDK reader would
     * give the text {@code null} for each.
     */
    private static String elementText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String t = r.getText();
                    if (t != null) {
                        sb.append(t);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> depth = 0;
                default -> {
                    // ENTITY_REFERENCE, comments, processing instructions: no text
                }
            }
        }
        return sb.toString();
    }

    @FunctionalInterface
    private interface StartElement {
        void on(XMLStreamReader r) throws XMLStreamException;
    }

    private static void parse(byte[] xml, String name, String part, StartElement onStart) throws LoadException {
        XMLStreamReader r = null;
        try {
            r = XML.createXMLStreamReader(new java.io.StringReader(decode(xml, name, part)));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    onStart.on(r);
                }
            }
        } catch (XMLStreamException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT,
                    "OFD part " + part + " is not well-formed XML: " + e.getMessage().toLowerCase(Locale.ROOT), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the byte array
                }
            }
        }
    }

    private static final java.util.regex.Pattern ENCODING = java.util.regex.Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /**
     * The characters of an XML part: byte-order mark, else the declaration's encoding, else UTF-8,
     * decoded strictly here. The JDK's parser, given bytes it cannot decode, prints a
     * {@code [Fatal Error]} line on standard error before it throws; given characters it never does.
     */
    static String decode(byte[] xml, String name, String part) throws LoadException {
        Charset cs = TextDecoder.bomCharset(xml);
        int skip = cs == null ? 0 : TextDecoder.bomLength(xml);
        if (cs == null) {
            java.util.regex.Matcher m = ENCODING.matcher(TextDecoder.head(xml, 200));
            cs = StandardCharsets.UTF_8;
            if (m.find()) {
                String enc = m.group(1).toLowerCase(Locale.ROOT);
                try {
                    cs = enc.equals("gb2312") || enc.equals("gbk") ? TextDecoder.GB18030 : Charset.forName(enc);
                } catch (IllegalArgumentException e) {
                    throw new LoadException(name, LoadException.Reason.CORRUPT,
                            "OFD part " + part + " declares an unknown encoding " + m.group(1), e);
                }
                if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
                    cs = StandardCharsets.UTF_8;   // declared so in an ASCII-compatible declaration: not so
                }
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(xml, skip, xml.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT,
                    "OFD part " + part + " is not XML: its bytes are not valid " + cs.name(), e);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException notSupported) {
            // SUPPORT_DTD=false already refuses DTDs
        }
        return f;
    }
}
