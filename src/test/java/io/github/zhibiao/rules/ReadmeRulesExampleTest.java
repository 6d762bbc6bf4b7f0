package io.github.zhibiao.rules;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's hospital-beds rules file, read from the README itself, does what the README shows. */
class ReadmeRulesExampleTest {

    @Test
    void theHospitalFileOfTheReadmeDeclaresACategoryAndAMeasureWord() throws IOException {
        String readme = Files.readString(Path.of("docs/RULES.md"));
        int section = readme.indexOf("## Rules files");
        int example = readme.indexOf("For example, `hospital.tsv`", section);
        int open = readme.indexOf("```\n", example) + 4;
        String file = readme.substring(open, readme.indexOf("```", open));
        assertThat(file).contains("category-def").contains("\t");

        Extractor mine = Extractor.builder().rules(RuleSet.defaults().with(file, "hospital.tsv")).build();
        String text = "全市医疗卫生机构床位达到3.2万张，新增病床1200床。";
        List<Indicator> found = mine.extract("beds.txt", text).indicators();
        assertThat(found).extracting(Indicator::text).containsExactly("3.2万张", "1200床");
        assertThat(found).allSatisfy(i -> {
            assertThat(i.category().name()).isEqualTo("HOSPITAL_BEDS");
            assertThat(i.category().base()).isSameAs(Category.COUNT);
            assertThat(i.ruleId()).isEqualTo("hospital-beds");
        });
        assertThat(found.get(1).unit()).isEqualTo("床");

        List<Indicator> plain = Extractor.defaults().extract("beds.txt", text).indicators();
        assertThat(plain).extracting(i -> i.text() + " " + i.category() + " " + i.ruleId())
                .containsExactly("3.2万张 COUNT economy-count");
    }
}
