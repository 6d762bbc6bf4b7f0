package io.github.zhibiao;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README stays a first page: short, with every page it points to there and every docs page reachable. */
class ReadmeTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(((?:docs/)?[A-Za-z_-]+\\.md)(#[a-z0-9-]+)?\\)");

    @Test
    void theReadmeIsUnder25KilobytesAndKeepsBothSetUpCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(Files.size(Path.of("README.md"))).isLessThan(25_000);
        assertThat(readme).contains("mvn -q -DskipTests package && java -jar target/zhibiao-all.jar extract --format jsonl "
                + "testdata/report_education.txt").contains("\nmvn test\n");
    }

    @Test
    void everyDocsPageIsLinkedFromTheReadmeAndEveryLinkResolves() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        try (var pages = Files.list(Path.of("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md"))
                    .forEach(p -> assertThat(readme).as("README links " + p).contains("](docs/" + p.getFileName()));
        }
        Matcher m = LINK.matcher(readme);
        while (m.find()) {
            Path target = Path.of(m.group(1));
            assertThat(target).as("link target of " + m.group()).exists();
            if (m.group(2) != null) {
                String anchor = m.group(2).substring(1);
                assertThat(Files.readAllLines(target)).as("heading for " + m.group())
                        .anyMatch(l -> l.startsWith("#") && slug(l).equals(anchor));
            }
        }
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
    private static String slug(String heading) {
        return heading.replaceFirst("^#+\\s*", "").toLowerCase().replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
    }
}
