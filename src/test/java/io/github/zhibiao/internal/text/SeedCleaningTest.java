package io.github.zhibiao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The measurement on the scraped seeds (../shared/seeds) and corpus files 03-05: after cleaning no
 * site-chrome line is left in the view, and every gold record text still occurs in it. Skipped
 * when ../shared is absent.
 */
class SeedCleaningTest {

    private static final Path SHARED = Path.of("../shared");

    /** Independent of chrome.tsv: what a human calls site chrome in these pages. */
    private static final Pattern CHROME = Pattern.compile(String.join("|",
            "文档编号", "资源ID", "上传人", "大小:\\s*[\\d.]+\\s*KB", "页数:", "第\\d+页\\s*/\\s*共", "\\.docx",
            "猜你喜欢", "相关搜索", "相关资源", "你可能关注", "版权所有", "(?i)copyright", "ICP", "公网安备",
            "客服", "QQ", "扫一扫", "打印", "【字号", "【字体", "^分享", "温馨提示", "友情提示", "本站",
            "下载", "登录", "密码", "当前位置", "您的位置", "^首页$", "^>$", "^来源:", "^时间:", "摄$", "展开阅读全文"));

    static Stream<Path> pages() throws IOException {
        if (!Files.isDirectory(SHARED.resolve("seeds"))) {
            return Stream.of(Path.of("(../shared absent)"));
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(SHARED.resolve("seeds"))) {
            s.sorted().forEach(out::add);
        }
        for (String f : List.of("03_hebei-2026-gov-report.txt", "04_shaanxi-2026-gov-report.txt", "05_yunnan-2026-gov-report.txt")) {
            out.add(SHARED.resolve("corpus").resolve(f));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void noChromeLeftAndEveryGoldTextKept(Path page) throws IOException {
        assumeTrue(Files.isRegularFile(page), "../shared is absent: skipping the seed measurement");
        String loaded = Files.readString(page, StandardCharsets.UTF_8);
        CleanText c = PageCleaner.defaults().clean(loaded);
        List<String> left = c.text().lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> CHROME.matcher(l).find() && l.length() < 200).toList();
        assertThat(left).as("chrome lines left in the view of " + page.getFileName()).isEmpty();

        Path gold = SHARED.resolve("eval/gold").resolve(page.getFileName().toString().replace(".txt", ".jsonl"));
        if (Files.isRegularFile(gold)) {
            ObjectMapper json = new ObjectMapper();
            List<String> missing = new ArrayList<>();
            int n = 0;
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                String text = CleanText.identity(ScriptConverter.toSimplified(r.get("text").asText())).text();
                n++;
                if (!c.text().contains(text)) {
                    missing.add(text);
                }
            }
            assertThat(missing).as(n + " gold texts of " + gold.getFileName() + ", missing from the view").isEmpty();
        }
        PageCleanerTest.assertSpansAreTrue(c);
    }
}
