package io.github.zhibiao.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    @Test
    void onlyCommandsThatExtractPayForTheWarmUp() {
        assertThat(WarmUp.worthIt(List.of("extract", "report.txt"))).isTrue();
        assertThat(WarmUp.worthIt(List.of("extract", "-f", "csv", "-o", "out.csv", "reports/"))).isTrue();
        assertThat(WarmUp.worthIt(List.of("text", "report.pdf"))).isTrue();
        assertThat(WarmUp.worthIt(List.of("extract", "--", "--help"))).isTrue();

        assertThat(WarmUp.worthIt(List.of())).isFalse();
        assertThat(WarmUp.worthIt(List.of("--version"))).isFalse();
        assertThat(WarmUp.worthIt(List.of("--help"))).isFalse();
        assertThat(WarmUp.worthIt(List.of("jshell"))).isFalse();
        assertThat(WarmUp.worthIt(List.of("help", "extract"))).isFalse();
        assertThat(WarmUp.worthIt(List.of("extract", "--help"))).isFalse();
        assertThat(WarmUp.worthIt(List.of("extract", "-V"))).isFalse();
        assertThat(WarmUp.worthIt(List.of("text", "-h", "report.pdf"))).isFalse();
    }

    @Test
    void theDefaultExtractorIsWarmedOnlyWhenTheCommandUsesIt() {
        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "report.txt"))).isTrue();
        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "-f", "csv", "-o", "out.csv", "reports/"))).isTrue();
        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "--", "--rules"))).isTrue();

        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "--rules", "beds.tsv", "a.txt"))).isFalse();
        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "--charset=GBK", "a.txt"))).isFalse();
        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "--max-size", "1M", "a.txt"))).isFalse();
        assertThat(WarmUp.usesDefaultExtractor(List.of("extract", "--timeout", "5s", "a.docx"))).isFalse();
    }
}
