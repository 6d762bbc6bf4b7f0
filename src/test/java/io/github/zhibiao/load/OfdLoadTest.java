package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OFD files built by the test: OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml. */
class OfdLoadTest {

    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    static byte[] ofd(List<String> lines, int linesPerPage, String pageOverride) throws Exception {
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("OFD.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + NS + " Version=\"1.0\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>x1</ofd:DocID><ofd:Title>某县教育事业发展情况报告</ofd:Title>"
                + "<ofd:Author>某县教育局</ofd:Author></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>").getBytes(StandardCharsets.UTF_8));
        int pages = (lines.size() + linesPerPage - 1) / linesPerPage;
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + NS + ">"
                + "<ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                + "<ofd:MaxUnitID>100</ofd:MaxUnitID></ofd:CommonData><ofd:Pages>");
        for (int p = 0; p < pages; p++) {
            doc.append("<ofd:Page ID=\"").append(p + 1).append("\" BaseLoc=\"Pages/Page_").append(p).append("/Content.xml\"/>");
            StringBuilder page = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + NS + "><ofd:Content><ofd:Layer ID=\"1\">");
            List<String> mine = lines.subList(p * linesPerPage, Math.min(lines.size(), (p + 1) * linesPerPage));
            for (int i = 0; i < mine.size(); i++) {
                String l = mine.get(i);
                double y = 20 + i * 6;
                // Each line is split in two text objects on one baseline, as OFD writers do at font changes.
                int half = l.length() / 2;
                for (String part : new String[] {l.substring(0, half), l.substring(half)}) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    page.append("<ofd:TextObject ID=\"").append(10 + i).append("\" Boundary=\"20 ").append(y)
                            .append(" 170 5\" Font=\"3\" Size=\"3.5\"><ofd:TextCode X=\"0\" Y=\"3\" DeltaX=\"g ")
                            .append(part.length()).append(" 3.5\">").append(escape(part)).append("</ofd:TextCode></ofd:TextObject>");
                }
            }
            page.append("</ofd:Layer></ofd:Content></ofd:Page>");
            String content = pageOverride != null && p == 0 ? pageOverride : page.toString();
            e.put("Doc_0/Pages/Page_" + p + "/Content.xml", content.getBytes(StandardCharsets.UTF_8));
        }
        doc.append("</ofd:Pages></ofd:Document>");
        e.put("Doc_0/Document.xml", doc.toString().getBytes(StandardCharsets.UTF_8));
        return TestFiles.zip(e);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void ofdTextComesOutLineByLineAcrossPages() throws Exception {
        List<String> lines = TestFiles.report().lines().filter(l -> !l.isBlank()).toList();
        LoadedReport r = ReportLoader.defaults().load(ofd(lines, 5, null), "ofd_report.ofd");
        assertThat(r.mediaType()).isEqualTo("application/ofd");
        assertThat(r.title()).isEqualTo("某县教育事业发展情况报告");
        assertThat(r.metadata()).containsEntry("ofd:Author", "某县教育局");
        assertThat(r.text().lines().filter(l -> !l.isBlank()).toList()).isEqualTo(lines);
        assertThat(r.text()).contains("\n\n"); // a blank line between pages
        assertThat(TestFiles.noSpace(r.text())).isEqualTo(TestFiles.noSpace(TestFiles.report()));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "不应被读取的内容");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<ofd:Page " + NS + "><ofd:Content><ofd:Layer><ofd:TextObject ID=\"1\" Boundary=\"0 0 10 10\">"
                + "<ofd:TextCode X=\"0\" Y=\"1\">&x;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>";
        byte[] b = ofd(List.of("第一行文字"), 5, xxe);
        // The DTD is ignored (SUPPORT_DTD=false): the entity is neither fetched nor expanded.
        try {
            LoadedReport r = ReportLoader.defaults().load(b, "ofd_xxe.ofd");
            assertThat(r.text()).doesNotContain("不应被读取");
        } catch (LoadException e) {
            assertThat(e.reason()).isIn(LoadException.Reason.CORRUPT, LoadException.Reason.EMPTY);
            assertThat(e.getMessage()).doesNotContain("不应被读取");
        }
    }

    @Test
    void ofdWithoutDocRootIsCorrupt() throws Exception {
        byte[] b = TestFiles.zip(Map.of("OFD.xml", ("<ofd:OFD " + NS + "><ofd:DocBody/></ofd:OFD>").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> ReportLoader.defaults().load(b, "ofd_no_root.ofd"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.CORRUPT));
    }
}
