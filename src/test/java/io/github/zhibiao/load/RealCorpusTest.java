package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real files in ../shared/corpus/binary; skipped when ../shared is absent. */
class RealCorpusTest {

    private static final ReportLoader LOADER = ReportLoader.defaults();
    private static final Path CORPUS = TestFiles.SHARED.resolve("corpus");
    private static final Path BINARY = CORPUS.resolve("binary");

    @BeforeEach
    void needsCorpus() {
        assumeTrue(Files.isDirectory(BINARY), "../shared/corpus/binary is absent: skipping the real-file tests");
    }

    @Test
    void gbkGovernmentReportEqualsItsUtf8Twin() throws Exception {
        LoadedReport r = LOADER.load(BINARY.resolve("national-2020-gov-report.gbk.txt"));
        String twin = Files.readString(CORPUS.resolve("02_national-2020-gov-report.txt"), StandardCharsets.UTF_8);
        assertThat(r.text()).isEqualTo(twin);
        assertThat(r.charset()).isEqualTo("GB18030");
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void docxBulletinLoads() throws Exception {
        // Note: this file holds the 2016 黔东南州 bulletin, not the 洛阳 text of 01_*.txt.
        LoadedReport r = LOADER.load(BINARY.resolve("luoyang-2023-stat-bulletin.docx"));
        assertThat(r.text()).hasSizeGreaterThan(10_000).contains("国民经济和社会发展统计公报").doesNotContain("image1.png");
    }

    @Test
    void pdfBulletinsLoad() throws Exception {
        for (String f : List.of("qiandongnan-2023-stat-bulletin.pdf", "zhoukou-2023-stat-bulletin.pdf")) {
            LoadedReport r = LOADER.load(BINARY.resolve(f));
            assertThat(r.mediaType()).isEqualTo("application/pdf");
            assertThat(r.text()).hasSizeGreaterThan(5_000);
            assertThat(TestFiles.noSpace(r.text())).contains("统计局");
        }
    }

    @Test
    void archiveOfProvincialReportsLoadsEveryMemberWithGbkNames() throws Exception {
        List<ArchiveMember> members = LOADER.loadArchive(BINARY.resolve("provincial-2025-gov-reports-docx.zip"));
        assertThat(members).hasSize(31).allMatch(ArchiveMember::ok);
        assertThat(members).anyMatch(m -> m.path().equals("2025年北京市政府工作报告.docx"));
        assertThat(members).allMatch(m -> m.report().text().length() > 5_000);
    }
}
