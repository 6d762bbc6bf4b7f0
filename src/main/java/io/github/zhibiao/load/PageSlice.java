package io.github.zhibiao.load;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps of one page range's XHTML what the whole document's parse writes for those pages. Tika
 * writes each PDF page as a {@code <div class="page">} directly in {@code <body>}, followed by a
 * line end; what comes before the first page (document actions) and after the last (bookmarks,
 * form fields) belongs to the whole document. So a range keeps its pages and the line end after
 * each; the first range also keeps what comes before, the last what comes after. The
 * {@code <html>}, {@code <head>} and {@code <body>} elements always pass ({@link
 * org.apache.tika.sax.BodyContentHandler} then drops the head).
 */
final class PageSlice extends ContentHandlerDecorator {

    /** Depth of a page's {@code div}: html, body, div. */
    private static final int PAGE_DEPTH = 3;

    private final boolean keepBefore;
    private final boolean keepAfter;
    private final int pages;
    private int depth;
    private boolean inPage;
    private int started;
    private int ended;
    /** Right after a page's end: its line end follows. */
    private boolean pageJustEnded;

    /**
     * @param pages the number of pages in the range
     * @param first whether the range is the document's first (keeps what comes before its pages)
     * @param last whether the range is the document's last (keeps what comes after them)
     */
    PageSlice(ContentHandler next, int pages, boolean first, boolean last) {
        super(next);
        this.pages = pages;
        this.keepBefore = first;
        this.keepAfter = last;
    }

    /** Whether the parse wrote exactly the range's pages, each opened and closed once. */
    boolean sawAllPages() {
        return started == pages && ended == pages && !inPage;
    }

    /** Whether text at the current point is the range's own. */
    private boolean keeping() {
        if (inPage || pageJustEnded) {
            return true;
        }
        if (started == 0) {
            return keepBefore;
        }
        return ended < pages || keepAfter;
    }

    @Override
    public void startElement(String uri, String local, String name, Attributes atts) throws SAXException {
        pageJustEnded = false;
        depth++;
        if (depth == PAGE_DEPTH && !inPage && "div".equals(local.isEmpty() ? name : local)
                && "page".equals(atts.getValue("class"))) {
            inPage = true;
            started++;
        }
        if (depth < PAGE_DEPTH || keeping()) {
            super.startElement(uri, local, name, atts);
        }
    }

    @Override
    public void endElement(String uri, String local, String name) throws SAXException {
        pageJustEnded = false;
        boolean keep = depth < PAGE_DEPTH || keeping();
        if (depth == PAGE_DEPTH && inPage) {
            inPage = false;
            ended++;
            pageJustEnded = true;
        }
        depth--;
        if (keep) {
            super.endElement(uri, local, name);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        pageJustEnded = false;
        if (keeping()) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        boolean keep = keeping();
        pageJustEnded = false;
        if (keep) {
            super.ignorableWhitespace(ch, start, length);
        }
    }
}
