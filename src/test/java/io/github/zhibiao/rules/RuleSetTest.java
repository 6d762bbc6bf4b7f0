package io.github.zhibiao.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetTest {

    @Test
    void defaultsHaveEveryKindThatTheEngineUses() {
        RuleSet rules = RuleSet.defaults();
        for (RuleKind k : RuleKind.values()) {
            assertThat(rules.of(k)).as(k.name()).isNotEmpty();
        }
    }

    @Test
    void userFileAddsRulesWithoutChangingTheDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hospital.tsv");
        Files.writeString(file, "\uFEFF# beds\ncategory\thospital-beds\tCOUNT\t床位|病床\t全市床位3.2万张。\n",
                StandardCharsets.UTF_8);
        RuleSet mine = RuleSet.defaults().with(file);
        assertThat(mine.rules()).hasSize(RuleSet.defaults().rules().size() + 1);
        Rule added = mine.rules().get(mine.rules().size() - 1);
        assertThat(added.id()).isEqualTo("hospital-beds");
        assertThat(added.words()).containsExactly("床位", "病床");
        assertThat(added.source()).endsWith("hospital.tsv");
        assertThat(RuleSet.defaults().rules()).doesNotContain(added);
    }

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> RuleSet.empty().with("category\tx\tCOUNT\n", "mine.tsv"))
                .isInstanceOf(RuleFormatException.class).hasMessageStartingWith("mine.tsv:1:");
        assertThatThrownBy(() -> RuleSet.empty().with("# ok\nkategory\tx\tCOUNT\t床位\n", "mine.tsv"))
                .isInstanceOf(RuleFormatException.class).hasMessageContaining("mine.tsv:2:")
                .hasMessageContaining("unknown rule kind");
    }
}
