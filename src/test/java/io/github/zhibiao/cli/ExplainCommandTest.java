package io.github.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract --explain}: every number of each file with its outcome and steps, on the real extractor. */
class ExplainCommandTest {

    private static final String SENTENCE = "第3次会议于9月召开，PM2.5浓度下降5%";

    @TempDir
    Path dir;

    private static ExtractCommandTest.Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, out, new PrintWriter(err, true), false, new ExtractorSource(Extractor.defaults()));
        return new ExtractCommandTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(), out.toByteArray());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void listsAllFourNumbersWithTheirOutcomesAndSteps() throws IOException {
        Path f = write("a.txt", SENTENCE);
        ExtractCommandTest.Run r = run("extract", "--explain", f.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("doc\tstart\tend\ttext\toutcome\tsubject\tsteps");
        assertThat(lines.subList(1, 5)).extracting(l -> String.join("\t", List.of(l.split("\t", -1)).subList(1, 5)))
                .containsExactly("1\t2\t3\tNO_QUANTITY", "6\t8\t9月\tNO_QUANTITY", "13\t16\t2.5\tNO_QUANTITY",
                        "20\t22\t5%\tRECORD");
        assertThat(lines.subList(1, 4)).extracting(l -> l.substring(l.lastIndexOf('\t') + 1))
                .containsExactly("find.blocker-before", "find.blocker-after", "find.latin-glued");
        assertThat(lines.get(4)).isEqualTo(f + "\t20\t22\t5%\tRECORD\tPM2.5浓度\tdelta.trigger subject.before-number category.head:percent");
    }

    @Test
    void jsonLinesCarryTheFullTraceAndSeveralInputsAreEachExplained() throws IOException {
        Path a = write("a.txt", SENTENCE);
        Path b = write("b.txt", "新建学校3所");
        ExtractCommandTest.Run r = run("extract", "-f", "jsonl", "--explain", a.toString(), b.toString());
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("doc").asText()).isEqualTo(a.toString());
        assertThat(first.get("outcome").asText()).isEqualTo("NO_QUANTITY");
        assertThat(first.get("trace").get(0).get("step").asText()).isEqualTo("find.blocker-before");
        assertThat(first.get("trace").get(0).has("rule")).isTrue();
        JsonNode last = new ObjectMapper().readTree(lines.get(4));
        assertThat(last.get("doc").asText()).isEqualTo(b.toString());
        assertThat(last.get("text").asText()).isEqualTo("3所");
        assertThat(last.get("outcome").asText()).isEqualTo("RECORD");
    }

    @Test
    void optionsItCannotHonourAreRefusedNotIgnored() throws IOException {
        Path a = write("a.txt", SENTENCE);
        ExtractCommandTest.Run csv = run("extract", "-f", "csv", "--explain", a.toString());
        assertThat(csv.status()).isEqualTo(2);
        assertThat(csv.err()).contains("--explain writes tsv (the default) or jsonl, not --format csv");
        ExtractCommandTest.Run traced = run("extract", "--trace", "--explain", a.toString());
        assertThat(traced.status()).isEqualTo(2);
        assertThat(traced.err()).contains("--trace does not go with --explain");
        ExtractCommandTest.Run folder = run("extract", "--explain", a.toString(), dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("--explain reads files: " + dir + " is a folder");
    }

    @Test
    void aMissingFileIsOneLineAndTheOthersGoOn() throws IOException {
        Path a = write("a.txt", SENTENCE);
        ExtractCommandTest.Run r = run("extract", "--explain", dir.resolve("none.txt").toString(), a.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("zhibiao: " + dir.resolve("none.txt") + ": ");
        assertThat(r.out().lines()).hasSize(5);
    }

    @Test
    void traceGoesWithEveryFormatNow() throws IOException {
        Path b = write("b.txt", "新建学校3所");
        ExtractCommandTest.Run csv = run("extract", "--trace", "-f", "csv", b.toString());
        assertThat(csv.status()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).endsWith(",column,trace");
        List<String> ids = Extractor.defaults().withTrace(true).extract("b.txt", "新建学校3所").indicators().get(0).trace();
        assertThat(lines.get(1)).endsWith("," + String.join("|", ids));
        ExtractCommandTest.Run table = run("extract", "--trace", "-f", "table", b.toString());
        assertThat(table.status()).isZero();
        assertThat(table.out()).contains(String.join("|", ids));
    }
}
