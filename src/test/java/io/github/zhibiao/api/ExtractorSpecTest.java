package io.github.zhibiao.api;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorSpecTest {

    private static final String HOSPITAL = "category\thospital-beds\tCOUNT\t床位|病床\t全市床位3.2万张。\n";

    @Test
    void aSpecSurvivesSerializationAndGivesTheSameCachedExtractor() throws Exception {
        ExtractorSpec spec = ExtractorSpec.defaults().withRules(HOSPITAL).withMaxChars(500_000, true);
        ExtractorSpec copy;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ExtractorSpec) in.readObject();
        }
        assertThat(copy).isEqualTo(spec).isNotSameAs(spec);
        assertThat(copy.extractor()).isSameAs(spec.extractor());
        assertThat(copy.extractor().loader().maxChars()).isEqualTo(500_000);
        assertThat(copy.extractor().loader().truncate()).isTrue();
        assertThat(copy.extractor().extract("全市医疗卫生机构病床达到3200张。").indicators().get(0).ruleId())
                .isEqualTo("hospital-beds");
        assertThat(ExtractorSpec.defaults().extractor()).isSameAs(Extractor.defaults());
    }

    @Test
    void oneFileOfBytesGivesOneResultNamedAsGiven() {
        byte[] gbk = "全县新建公办幼儿园7所，投入资金2.5亿元。".getBytes(Charset.forName("GBK"));
        List<FileResult> r = ExtractorSpec.defaults().extractFile("2023/a.txt", gbk);
        assertThat(r).singleElement().isInstanceOfSatisfying(FileResult.Success.class, s -> {
            assertThat(s.doc()).isEqualTo("2023/a.txt");
            assertThat(s.extraction().indicators()).extracting(i -> i.value().toPlainString() + i.unit())
                    .containsExactly("7所", "250000000元");
        });
    }

    @Test
    void aZipGivesOneResultPerMemberAndBadMembersAreValues() throws IOException {
        byte[] zip = zip(new String[][] {
                {"2024/a.txt", "全县新建公办幼儿园7所。"},
                {"2024/b.txt", ""},
                {"2024/c.txt", "全县初中巩固率达到98.7%。"}});
        List<FileResult> r = Extractor.defaults().extractFile("in/reports.zip", zip);
        assertThat(r).extracting(FileResult::doc)
                .containsExactly("in/reports.zip!2024/a.txt", "in/reports.zip!2024/b.txt", "in/reports.zip!2024/c.txt");
        assertThat(r.get(1)).isEqualTo(new FileResult.Failure("in/reports.zip!2024/b.txt", "EMPTY",
                "the input has no bytes"));
        assertThat(((FileResult.Success) r.get(2)).extraction().indicators()).singleElement()
                .satisfies(i -> assertThat(i.category()).isEqualTo(Category.ENROLLMENT_RATE));
    }

    @Test
    void brokenInputIsAFailureNeverAnException() {
        byte[] truncatedZip = java.util.Arrays.copyOf(zip(new String[][] {{"a.txt", "全县新建公办幼儿园7所。"}}), 30);
        assertThat(Extractor.defaults().extractFile("x.zip", truncatedZip)).singleElement()
                .isInstanceOfSatisfying(FileResult.Failure.class, f -> {
                    assertThat(f.doc()).isEqualTo("x.zip");
                    assertThat(f.reason()).isEqualTo("CORRUPT");
                });
        assertThat(Extractor.defaults().extractFile("empty.docx", new byte[0])).singleElement()
                .isEqualTo(new FileResult.Failure("empty.docx", "EMPTY", "the input has no bytes"));
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) 'a');
        ExtractorSpec small = ExtractorSpec.defaults().withInputLimits(1024, 1 << 20, java.time.Duration.ofSeconds(5));
        assertThat(small.extractFile("big.txt", big)).singleElement()
                .isInstanceOfSatisfying(FileResult.Failure.class, f -> assertThat(f.reason()).isEqualTo("TOO_LARGE"));
    }

    @Test
    void extractAllNamesFilesByTheirPathUnderTheFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2023"));
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("2023/a.txt"), "全县新建公办幼儿园7所。");
        Files.writeString(dir.resolve("2024/a.txt"), "全县新建公办幼儿园9所。");
        List<Extraction> all = Zhibiao.extractAll(dir);
        assertThat(all).extracting(Extraction::doc).containsExactly("2023/a.txt", "2024/a.txt");
        assertThat(all).extracting(e -> e.indicators().get(0).value().intValue()).containsExactly(7, 9);
        assertThat(Zhibiao.extract(dir.resolve("2024/a.txt")).doc()).isEqualTo("a.txt");
    }

    private static byte[] zip(String[][] members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String[] m : members) {
                z.putNextEntry(new ZipEntry(m[0]));
                z.write(m[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
