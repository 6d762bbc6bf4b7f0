package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pass memory answers repeated words as the segmenter would, and only inside an open pass. */
class RecentSegmentsTest {

    /** Cuts text into single characters and counts what it was asked to segment. */
    private static final class CharSegmenter implements Segmenter {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Token> segment(CharSequence text, int start, int end) {
            asked.add(text.subSequence(start, end).toString());
            List<Token> out = new ArrayList<>();
            for (int i = start; i < end; i++) {
                out.add(new Token(i, String.valueOf(text.charAt(i)), "n"));
            }
            return out;
        }
    }

    @Test
    void repeatedWordsInAPassAreSegmentedOnceWithTheirOwnOffsets() {
        CharSegmenter inner = new CharSegmenter();
        RecentSegments segments = new RecentSegments(inner);
        String text = "新建学校，新建学校";
        try (RecentSegments.Pass pass = segments.open()) {
            List<Token> first = segments.segment(text, 0, 4);
            List<Token> again = segments.segment(text, 5, 9);
            assertThat(inner.asked).containsExactly("新建学校");
            assertThat(first).extracting(Token::start).containsExactly(0, 1, 2, 3);
            assertThat(again).extracting(Token::start).containsExactly(5, 6, 7, 8);
            assertThat(again).extracting(Token::word).containsExactly("新", "建", "学", "校");
        }
    }

    @Test
    void outsideAPassEveryCallReachesTheSegmenter() {
        CharSegmenter inner = new CharSegmenter();
        RecentSegments segments = new RecentSegments(inner);
        try (RecentSegments.Pass pass = segments.open()) {
            segments.segment("招生人数", 0, 4);
        }
        segments.segment("招生人数", 0, 4);
        segments.segment("招生人数", 0, 4);
        assertThat(inner.asked).hasSize(3);
    }

    @Test
    void onlyTheLastFewAnswersAreKept() {
        CharSegmenter inner = new CharSegmenter();
        RecentSegments segments = new RecentSegments(inner);
        try (RecentSegments.Pass pass = segments.open()) {
            for (int i = 0; i < 40; i++) {
                segments.segment("第" + i + "项", 0, 2 + String.valueOf(i).length());
            }
            segments.segment("第0项", 0, 3);
        }
        assertThat(inner.asked).hasSize(41);
    }
}
