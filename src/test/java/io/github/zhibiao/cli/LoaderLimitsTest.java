package io.github.zhibiao.cli;

import io.github.zhibiao.load.ArchiveMember;
import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;
import io.github.zhibiao.load.ReportLoader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The loader's limits checked while reading, encrypted containers and PDF permissions, with the catalogue's builders. */
class LoaderLimitsTest {

    @TempDir
    Path dir;

    private static final byte[] PAGE = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">"
            + "<ofd:Content><ofd:Layer ID=\"1\"><ofd:TextObject ID=\"2\" Boundary=\"20 20 170 5\" Size=\"3.5\">"
            + "<ofd:TextCode X=\"0\" Y=\"3\">全县新建公办幼儿园7所。</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anOfdListingOnePage200000TimesStopsAtTheLimit() throws Exception {
        byte[] ofd = HostileInputs.ofdRepeatingOnePage(200_000);
        assertThat(ofd.length).isLessThan(1 << 20);
        // 2,100 characters a page: 420 M characters if the limit were checked at the end
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ReportLoader.defaults().load(ofd, "many.ofd")))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).endsWith("OFD text longer than the limit of 10000000 characters (reading "
                            + "stopped there); raise ReportLoader.Builder.maxChars(...) or set truncate(true) to keep the first part");
                });
        LoadedReport cut = ReportLoader.builder().maxChars(5_000).truncate(true).build().load(ofd, "many.ofd");
        assertThat(cut.text()).hasSize(5_000).startsWith("全县新建公办幼儿园7所，新增学位450个。");
        assertThat(cut.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.TRUNCATED);
    }

    @Test
    void anOfdPageThatIsNotXmlIsLeftOutWithADiagnostic() throws Exception {
        byte[] bad = {'<', 'a', '>', (byte) 0xFF, (byte) 0xFE, '<', '/', 'a', '>'};
        LoadedReport r = ReportLoader.defaults().load(HostileInputs.ofd(List.of(PAGE, bad)), "two.ofd");
        assertThat(r.text()).isEqualTo("全县新建公办幼儿园7所。");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Diagnostic.Code.PART_SKIPPED);
            assertThat(d.message()).isEqualTo("OFD part Doc_0/Pages/Page_1/Content.xml is not XML: its bytes are not "
                    + "valid UTF-8; the page is left out");
        });
        assertThatThrownBy(() -> ReportLoader.defaults().load(HostileInputs.ofd(List.of(bad)), "one.ofd"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.CORRUPT));
    }

    @Test
    void aZipOfTooManyEntriesIsRefusedBeforeAnyMember() throws Exception {
        Path zip = Files.write(dir.resolve("many.zip"), HostileInputs.manyMembers(20_001));
        List<ArchiveMember> handed = new ArrayList<>();
        assertThatThrownBy(() -> ReportLoader.defaults().loadArchive(zip, handed::add))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE);
                    assertThat(e.detail()).startsWith("the archive has 20001 entries, more than the 20000 read from one archive; nothing was read");
                });
        assertThat(handed).isEmpty();
        assertThatThrownBy(() -> ReportLoader.defaults().loadArchive(Files.readAllBytes(zip), "many.zip"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE));
        // 20,000 is still read
        List<ArchiveMember> all = new ArrayList<>();
        ReportLoader.defaults().loadArchive(Files.write(dir.resolve("ok.zip"), HostileInputs.manyMembers(20_000)), all::add);
        assertThat(all).hasSize(20_000);
    }

    @Test
    void encryptedContainersAreEncryptedNotCorrupt() throws Exception {
        Path docx = Path.of("testdata/bad/docx_encrypted.docx");
        assertThatThrownBy(() -> ReportLoader.defaults().load(docx)).isInstanceOfSatisfying(LoadException.class,
                e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.ENCRYPTED));
        byte[] zip = HostileInputs.encryptedFlag(HostileInputs.zip(Map.of("a.txt", "全县新建公办幼儿园7所。".getBytes(StandardCharsets.UTF_8))));
        Path file = Files.write(dir.resolve("locked.zip"), zip);
        for (var attempt : List.<org.junit.jupiter.api.function.Executable>of(
                () -> ReportLoader.defaults().loadArchive(file),
                () -> ReportLoader.defaults().loadArchive(zip, "locked.zip"),
                () -> ReportLoader.defaults().load(HostileInputs.encryptedFlag(HostileInputs.docx("全县新建公办幼儿园7所。")), "locked.docx"))) {
            assertThatThrownBy(attempt::execute).isInstanceOfSatisfying(LoadException.class,
                    e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.ENCRYPTED));
        }
    }

    static byte[] ownerProtectedPdf(boolean mayExtract) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Total 2024: 11 schools.");
                cs.endText();
            }
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(mayExtract);
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "", permissions);
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfWhosePermissionsForbidExtractionIsReadWithAWarning() throws Exception {
        LoadedReport forbidden = ReportLoader.defaults().load(ownerProtectedPdf(false), "owner.pdf");
        assertThat(forbidden.text()).contains("11 schools");
        assertThat(forbidden.diagnostics()).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.EXTRACTION_RESTRICTED);
        assertThat(ReportLoader.defaults().load(ownerProtectedPdf(true), "owner.pdf").diagnostics()).isEmpty();
    }

    @Test
    void aLongUtf8TextIsMeasuredBeforeItIsDecoded() throws Exception {
        Path f = Files.writeString(dir.resolve("long.txt"), "全县新建公办幼儿园7所。\n".repeat(100));
        ReportLoader small = ReportLoader.builder().maxChars(1_299).build();
        assertThatThrownBy(() -> small.load(f)).isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.detail())
                .isEqualTo("text of 1300 characters is longer than the limit of 1299 characters; raise "
                        + "ReportLoader.Builder.maxChars(...) or set truncate(true) to keep the first part"));
        assertThat(ReportLoader.builder().maxChars(1_300).build().load(f).text()).hasSize(1_300);
    }
}
