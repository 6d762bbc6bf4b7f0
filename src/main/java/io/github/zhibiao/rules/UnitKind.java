package io.github.zhibiao.rules;

/** What a word after a number makes of it; {@link #BLOCK} means the number is not a quantity. */
public enum UnitKind {
    /** 元, 美元: money in that currency. */
    MONEY,
    /** %: percent as written. */
    PERCENT,
    /** ‰: per mille, valued in percent (3.5‰ is 0.35). */
    PERMILLE,
    /** ‱: per ten thousand, valued in percent. */
    PERMYRIAD,
    /** 个百分点: percentage points. */
    POINTS,
    /** 成: tenths, valued in percent (八成 is 80, 九成五 95). */
    TENTHS,
    /** Measure words: 所, 个, 人 (名, 位), 人次… */
    COUNT,
    /** 平方米, 亩, 公顷, 平方公里. */
    AREA,
    /** 吨, 公里, 千瓦时… kept as written. */
    PHYSICAL,
    /** Years, ages, clock times, list heads: the number is not a quantity. */
    BLOCK
}
