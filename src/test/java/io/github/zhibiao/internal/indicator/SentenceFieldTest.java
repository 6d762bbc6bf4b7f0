package io.github.zhibiao.internal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFieldTest {

    @Test
    void aShortSentenceIsKeptWholeAndStripped() {
        String t = "  全县共有幼儿园42所。 ";
        int at = t.indexOf("42所");
        assertThat(SentenceField.of(t, 0, t.length(), at, at + 3)).isEqualTo("全县共有幼儿园42所。");
    }

    @Test
    void aLongSentenceIsCutAroundTheNumberWithMarks() {
        String t = "甲".repeat(500) + "投入资金3250万元" + "乙".repeat(500);
        int at = t.indexOf("3250万元");
        String s = SentenceField.of(t, 0, t.length(), at, at + 6);
        assertThat(s).startsWith("…甲").endsWith("乙…").contains("投入资金3250万元");
        assertThat(s.length()).isEqualTo(SentenceField.MAX + 2);
        assertThat(t).contains(s.substring(1, s.length() - 1));
        // Even on both sides: 97 chars before the number, 97 after.
        assertThat(s.indexOf("3250万元")).isEqualTo(1 + 97);
    }

    @Test
    void aNumberNearTheStartGivesTheRoomToTheOtherSide() {
        String t = "增长12.4%" + "乙".repeat(400);
        String s = SentenceField.of(t, 0, t.length(), 2, 7);
        assertThat(s).startsWith("增长12.4%").endsWith("…").hasSize(SentenceField.MAX + 1);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String pair = "\uD842\uDFB7";
        String t = pair.repeat(300) + "42所" + pair.repeat(300);
        int at = t.indexOf("42所");
        String s = SentenceField.of(t, 0, t.length(), at, at + 3);
        String inner = s.substring(1, s.length() - 1);
        assertThat(Character.isLowSurrogate(inner.charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(inner.charAt(inner.length() - 1))).isFalse();
        assertThat(t).contains(inner);
    }
}
