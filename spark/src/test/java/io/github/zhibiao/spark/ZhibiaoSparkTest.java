package io.github.zhibiao.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.ExtractorSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark in local[2] against the command line: the same files give the same records. Needs the
 * command line's jar ({@code mvn -q -DskipTests package} at the top) and the library installed.
 */
class ZhibiaoSparkTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("target/zhibiao-all.jar");
    private static final Path CORPUS = ROOT.resolve("../shared/corpus").normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("zhibiao-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkGivesTheCommandLinesRecordsOnTheSameFiles() throws Exception {
        Path in = Files.isDirectory(CORPUS) ? CORPUS : ownFiles();
        Cli cli = cli("extract", "-t", "2", in.toString());
        ZhibiaoSpark.Result r = ZhibiaoSpark.run(spark, ExtractorSpec.defaults(), 0, in.toString()).persist();

        Map<String, Integer> fromCli = new TreeMap<>();
        for (String line : cli.out().lines().toList()) {
            JsonNode n = JSON.readTree(line);
            fromCli.merge(key(n.get("doc").asText(), n.get("start").asInt(), n.get("end").asInt(),
                    n.get("value").isNull() ? null : new BigDecimal(n.get("value").asText()),
                    n.get("unit").asText(null), n.get("category").asText()), 1, Integer::sum);
        }
        Map<String, Integer> fromSpark = new TreeMap<>();
        for (Row row : r.indicators().select("doc", "start", "end", "value", "unit", "category").collectAsList()) {
            fromSpark.merge(key(row.getString(0), row.getInt(1), row.getInt(2), row.getDecimal(3),
                    row.getString(4), row.getString(5)), 1, Integer::sum);
        }
        assertThat(fromCli).isNotEmpty();
        assertThat(fromSpark).isEqualTo(fromCli);

        List<Row> failed = r.documents().filter("error_reason is not null").collectAsList();
        // stderr also carries load warnings (a charset guessed), which are no failed documents
        List<String> errors = cli.errLines().stream().filter(l -> !l.contains(": WARNING: ")).toList();
        assertThat(failed).hasSize(errors.size());
        for (Row f : failed) {
            assertThat(errors).anySatisfy(l -> assertThat(l).contains(": " + f.getString(3) + ": "));
        }
        long docs = r.documents().filter("error_reason is null").count();
        assertThat(docs).isEqualTo(fromCli.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct()
                .count() + r.documents().filter("error_reason is null and records = 0").count());
    }

    @Test
    void docsAreFolderRelativeArchiveMembersNamedAndBadFilesAreRows() throws Exception {
        Path in = ownFiles();
        ZhibiaoSpark.Result r = ZhibiaoSpark.run(spark, ExtractorSpec.defaults(), 3, in.toString());
        Map<String, String> docs = new HashMap<>();
        for (Row d : r.documents().collectAsList()) {
            docs.put(d.getString(1), d.getInt(2) + " " + d.getString(3));
        }
        assertThat(docs).containsEntry("2023/a.txt", "1 null").containsEntry("2024/a.txt", "1 null")
                .containsEntry("reports.zip!m/b.txt", "1 null").containsEntry("reports.zip!m/empty.txt", "0 EMPTY")
                .containsEntry("bad.docx", "0 CORRUPT");
        List<Row> a = r.indicators().filter("doc like '%a.txt'").orderBy("doc").collectAsList();
        assertThat(a).extracting(x -> x.getAs("value_text") + " " + x.getAs("unit")).containsExactly("7 所", "9 所");
        Path single = in.resolve("2023/a.txt");
        assertThat(ZhibiaoSpark.extract(spark, single.toString()).select("doc").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList()).containsExactly("a.txt");
    }

    @Test
    void theCommandLinesParquetReadsInSparkWithExactDecimalsAndTheSameRows() throws Exception {
        Path in = ownFiles();
        Path out = dir.resolve("cli.parquet");
        Cli cli = cli("extract", "-f", "parquet", "-o", out.toString(), in.toString());
        assertThat(cli.status()).isEqualTo(1);   // bad.docx and the empty member
        Dataset<Row> fromCli = spark.read().parquet(out.toString());
        assertThat(fromCli.schema()).isEqualTo(ZhibiaoSpark.INDICATOR_SCHEMA.asNullable());
        Dataset<Row> fromSpark = ZhibiaoSpark.extract(spark, in.toString());
        assertThat(fromCli.except(fromSpark).count()).isZero();
        assertThat(fromSpark.except(fromCli).count()).isZero();
        assertThat(fromCli.count()).isEqualTo(fromSpark.count()).isGreaterThan(20);

        fromSpark.write().parquet(dir.resolve("spark-out").toString());
        spark.read().parquet(dir.resolve("spark-out").toString()).createOrReplaceTempView("indicators");
        Row money = spark.sql("select sum(value) from indicators where doc = 'money.txt'").first();
        assertThat(money.getDecimal(0)).isEqualByComparingTo("173456789.0123456789");
    }

    private static String key(String doc, int start, int end, BigDecimal value, String unit, String category) {
        String v = value == null ? "null" : value.stripTrailingZeros().toPlainString();
        return doc + "|" + start + "|" + end + "|" + v + "|" + unit + "|" + category;
    }

    /** Files of our own: two a.txt in two folders, an archive with a bad member, a bad docx, a real report. */
    private static synchronized Path ownFiles() throws IOException {
        Path in = dir.resolve("own");
        if (Files.isDirectory(in)) {
            return in;
        }
        Files.createDirectories(in.resolve("2023"));
        Files.createDirectories(in.resolve("2024"));
        Files.writeString(in.resolve("2023/a.txt"), "全县新建公办幼儿园7所。");
        Files.writeString(in.resolve("2024/a.txt"), "全县新建公办幼儿园9所。");
        Files.writeString(in.resolve("money.txt"), "全省安排专项资金1.234567890123456789亿元，其中0.5亿元用于校舍。");
        Files.write(in.resolve("bad.docx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8));
        Files.copy(ROOT.resolve("testdata/report_education.txt"), in.resolve("report_education.txt"));
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(in.resolve("reports.zip")))) {
            z.putNextEntry(new ZipEntry("m/b.txt"));
            z.write("全县初中巩固率达到98.7%。".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("m/empty.txt"));
            z.closeEntry();
        }
        return in;
    }

    record Cli(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Cli cli(String... args) throws Exception {
        assertThat(JAR).as("the command line's jar: run `mvn -q -DskipTests package` at the top first").exists();
        List<String> cmd = new ArrayList<>(List.of("java", "-Dfile.encoding=UTF-8", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
        drain.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        drain.join();
        String errText = err.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("zhibiao: ")).reduce("", (a, b) -> a + b + "\n");
        return new Cli(p.exitValue(), out, errText);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
