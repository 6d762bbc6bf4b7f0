package io.github.zhibiao.api;

import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.format.Records;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorTest {

    @Test
    void readmeExampleGivesWhatTheReadmeSays() {
        Extraction r = Extractor.defaults().extract("全县新建公办幼儿园7所，学前三年毛入园率达到92.6%。");
        assertThat(r.indicators()).extracting(i -> i.subject() + " " + i.value() + i.unit() + " " + i.category())
                .containsExactly("新建公办幼儿园 7所 SCHOOL_COUNT", "学前三年毛入园率 92.6% ENROLLMENT_RATE");
    }

    @Test
    void userRulesAddACategory() {
        String text = "全市医疗卫生机构病床达到3200张。";
        Indicator plain = Extractor.defaults().extract(text).indicators().get(0);
        assertThat(plain.ruleId()).isNotEqualTo("hospital-beds");
        Extractor mine = Extractor.builder().rules(RuleSet.defaults().with(
                "category-def\tbeds\tCOUNT\tHOSPITAL_BEDS\n"
                + "category\thospital-beds\tHOSPITAL_BEDS\t床位|病床\t全市床位3.2万张。\n", "hospital.tsv")).build();
        Indicator beds = mine.extract(text).indicators().get(0);
        assertThat(beds.category().name()).isEqualTo("HOSPITAL_BEDS");
        assertThat(beds.category().base()).isSameAs(Category.COUNT);
        assertThat(beds.category().builtIn()).isFalse();
        assertThat(beds.ruleId()).isEqualTo("hospital-beds");
        assertThat(Records.tally(List.of(mine.extract(text + "全县新建公办幼儿园7所。"))).keySet())
                .extracting(Category::name).containsExactly("SCHOOL_COUNT", "HOSPITAL_BEDS");
        assertThat(JsonLinesWriter.toString(List.of(mine.extract("a.txt", text))))
                .contains("\"category\":\"HOSPITAL_BEDS\"");
    }

    @Test
    void everyRecordIndexesTheLoadedText() throws IOException {
        for (Path p : sampleFiles()) {
            String text = Files.readString(p);
            for (Indicator i : Extractor.defaults().extract(p.getFileName().toString(), text).indicators()) {
                assertThat(text.substring(i.start(), i.end())).as(p + " " + i).isEqualTo(i.text());
                // A sentence over 200 chars is cut around the number, each cut end marked with …
                String s = i.sentence();
                s = s.startsWith("…") ? s.substring(1) : s;
                s = s.endsWith("…") ? s.substring(0, s.length() - 1) : s;
                assertThat(text).contains(s);
                assertThat(i.sentence().length()).isLessThanOrEqualTo(202);
            }
        }
    }

    @Test
    void twoThreadsGetIdenticalResults() throws Exception {
        List<Path> files = sampleFiles();
        Extractor ex = Extractor.defaults();
        List<List<Indicator>> serial = new ArrayList<>();
        for (Path p : files) {
            serial.add(ex.extract(p.getFileName().toString(), Files.readString(p)).indicators());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<Indicator>>> futures = new ArrayList<>();
                for (Path p : files) {
                    futures.add(pool.submit(() -> ex.extract(p.getFileName().toString(), Files.readString(p)).indicators()));
                }
                for (int i = 0; i < files.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(serial.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sample reports of testdata/, plus the shared seeds and corpus when they are there. */
    static List<Path> sampleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("testdata"), Path.of("../shared/seeds"), Path.of("../shared/corpus"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
