package io.github.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line on testdata/odd: exit 0, every good record written, one line per record. */
class OddInputsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ODD = Path.of("testdata/odd");

    @TempDir
    Path dir;

    private static ExtractCommandTest.Run run(String... args) {
        return ExtractCommandTest.run(new ExtractorSource(Extractor.defaults()), false, args);
    }

    private static List<Path> oddFiles() throws Exception {
        try (Stream<Path> s = Files.list(ODD)) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @Test
    void everyOddFileExitsZeroWithItsRecordsOnePerLine() throws Exception {
        List<Path> files = oddFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(13);
        List<String> args = new ArrayList<>(List.of("extract", "-t", "2"));
        files.forEach(f -> args.add(f.toString()));

        ExtractCommandTest.Run r = run(args.toArray(String[]::new));

        assertThat(r.status()).isZero();
        // Odd files are read, not refused: stderr holds only their load warnings, one line each.
        assertThat(r.err().lines()).allSatisfy(l -> assertThat(l).startsWith("zhibiao: ").contains(": WARNING: "));
        assertThat(r.err()).contains("stray_ff_gb18030.txt: WARNING: MALFORMED_INPUT");
        // Split on every Unicode line break, as Python's splitlines would: one line per record.
        String[] lines = r.out().split("\\R");
        List<String> docs = new ArrayList<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            docs.add(n.get("doc").asText());
        }
        for (Path f : files) {
            assertThat(docs).as(f.toString()).contains(f.getFileName().toString());
        }
        assertThat(docs.stream().filter("zero_denominator.txt"::equals).count()).isGreaterThanOrEqualTo(4);
        assertThat(docs.stream().filter("stray_ff_gb18030.txt"::equals).count()).isGreaterThanOrEqualTo(5);
        assertThat(docs.stream().filter("line_separators.txt"::equals).count()).isGreaterThanOrEqualTo(6);
        assertThat(docs.stream().filter("ofd_entities.ofd"::equals).count()).isGreaterThanOrEqualTo(5);
        assertThat(r.out()).doesNotContain("null\"").doesNotContain("\u2028").doesNotContain("\u0085");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() throws Exception {
        Path formula = Files.copy(ODD.resolve("csv_formula.txt"), dir.resolve("=formula.txt"));

        ExtractCommandTest.Run r = run("extract", "-f", "csv", formula.toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> rows = List.of(r.out().split("\r\n"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(1 + 4);
        for (String row : rows.subList(1, rows.size())) {
            assertThat(row).startsWith("'=formula.txt,");
            for (String cell : row.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c.isEmpty() || "=+@\t\r".indexOf(c.charAt(0)) < 0
                        || c.charAt(0) == '-' && c.matches("-[0-9.]+")).as(row).isTrue();
                if (c.startsWith("-")) {
                    assertThat(c).matches("-[0-9.]+"); // only numbers start with a minus
                }
            }
        }
        assertThat(r.out()).contains(",'-0.57‰,-0.057,%,");
        assertThat(r.out()).contains("'=HYPERLINK(");
    }
}
