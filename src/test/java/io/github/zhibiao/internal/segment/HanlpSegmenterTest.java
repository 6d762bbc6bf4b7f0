package io.github.zhibiao.internal.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HanlpSegmenterTest {

    @Test
    void domainWordsStayWholeAndOffsetsIndexTheText() {
        HanlpSegmenter seg = new HanlpSegmenter(List.of("生均公用经费", "毛入园率"));
        String text = "今年全县生均公用经费提高，学前三年毛入园率达到91.5%。";
        List<Token> tokens = seg.segment(text, 2, text.length());
        assertThat(tokens).extracting(Token::word).contains("生均公用经费", "毛入园率");
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
        assertThat(tokens.get(0).start()).isEqualTo(2);
    }

    @Test
    void segmentersDoNotShareDictionaries() {
        String text = "全县在职教职工";
        List<String> plain = words(new HanlpSegmenter(List.of()), text);
        List<String> domain = words(new HanlpSegmenter(List.of("在职教职工")), text);
        assertThat(domain).contains("在职教职工");
        assertThat(plain).doesNotContain("在职教职工");
        assertThat(words(new HanlpSegmenter(List.of()), text)).isEqualTo(plain);
    }

    @Test
    void aDomainWordHanlpAlreadyKnowsChangesThisSegmenterOnlyNeverHanlpsSharedDictionary() {
        // 幼儿园 is in HanLP's default custom dictionary as nis; our segmenters copy those words
        CoreDictionary.Attribute shared = CustomDictionary.DEFAULT.get("幼儿园");
        assertThat(shared).isNotNull();
        String text = "全县新建幼儿园3所";
        List<Token> mine = new HanlpSegmenter(List.of("幼儿园")).segment(text, 0, text.length());
        List<Token> plain = new HanlpSegmenter(List.of()).segment(text, 0, text.length());
        assertThat(mine).filteredOn(t -> t.word().equals("幼儿园")).extracting(Token::pos).containsExactly("n");
        assertThat(plain).filteredOn(t -> t.word().equals("幼儿园")).extracting(Token::pos).containsExactly("nis");
        assertThat(CustomDictionary.DEFAULT.get("幼儿园")).isSameAs(shared);
        assertThat(shared.toString()).startsWith("nis ");
    }

    @Test
    void preloadingChangesNoSegmentation() {
        String text = "河东县县长王刚介绍，全县投入资金2.5亿元，新建幼儿园3所。";
        List<String> before = words(new HanlpSegmenter(List.of("投入资金")), text);
        HanlpSegmenter.preloadParts().forEach(Runnable::run);
        assertThat(words(new HanlpSegmenter(List.of("投入资金")), text)).isEqualTo(before).contains("投入资金");
    }

    @Test
    void writesNoFilesAnywhereInTheWorkingDirectory() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        Set<Path> before = listing(dir);
        HanlpSegmenter seg = new HanlpSegmenter(List.of("普惠性幼儿园", "生均公用经费"));
        seg.segment("全市普惠性幼儿园在园幼儿占比达87.14%", 0, 20);
        assertThat(listing(dir)).isEqualTo(before);
    }

    private static List<String> words(Segmenter s, String text) {
        return s.segment(text, 0, text.length()).stream().map(Token::word).toList();
    }

    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(p -> !p.startsWith(dir.resolve("target")) && !p.startsWith(dir.resolve(".git")))
                    .collect(Collectors.toSet());
        }
    }
}
