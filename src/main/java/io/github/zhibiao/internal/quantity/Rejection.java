package io.github.zhibiao.internal.quantity;

/**
 * Which rule of {@link QuantityFinder} turned a numeral down, listed in the order the finder's
 * steps apply them. Each turned-down reading carries its rejection, so a reader, a debugger or a
 * test can tell which rule decided; they are constants, so keeping them costs the scan nothing.
 * The last two mark a weak reading: not a quantity alone, yet a range's low end ({@code 三至五所}).
 */
enum Rejection {
    /** Inside a fixed name that holds numerals: {@code 十九大}, {@code 一体化}, {@code 万人助万企}. */
    NAME("find.name"),
    /** A numeral that is not exact: {@code 十几}, {@code 二十几万}. */
    VAGUE("find.vague"),
    /** A run longer than any real numeral (a digit dump, {@code 亿亿亿…}). */
    TOO_LONG("find.too-long"),
    /** A word before it makes an ordinal or a date of it: {@code 第3}, {@code 初三}, {@code 星期五}. */
    BLOCKER_BEFORE("find.blocker-before"),
    /** Glued to Latin letters before it, part of a name: {@code PM2.5}, {@code H1N1}, {@code SO_2}. */
    LATIN_GLUED("find.latin-glued"),
    /** Followed by a plus, part of a formula or a name: {@code 1+N}, {@code 3+2}. */
    PLUS("find.plus"),
    /** X分之Y with no share to read: {@code 五百分之2.2}, {@code 三分之几}. */
    BAD_FRACTION("find.bad-fraction"),
    /** X分之Y of nothing: {@code 零分之九}, {@code 0分之5}. */
    ZERO_FRACTION("find.zero-fraction"),
    /** Arabic digits with a leading zero: {@code 09:20}, the {@code 04} of a date. */
    LEADING_ZERO("find.leading-zero"),
    /** A colon that makes no x:1 ratio: clock times {@code 9:20}, multi-part ratios. */
    CLOCK_TIME("find.clock-time"),
    /** Dotted digits: {@code 2023.04.19}, {@code 1.2.3}. */
    DOTTED_DATE("find.dotted-date"),
    /** A slash that makes no share a/b: {@code 2023/04/19}, {@code 5/3}. */
    BAD_SHARE("find.bad-share"),
    /** A numbered line or list head: {@code 1. }, {@code (3)}, {@code 2.3本项目} at a line start. */
    LIST_MARKER("find.list-marker"),
    /** One formal or scale character read alone: {@code 队伍}, {@code 大陆}, a lone {@code 万}. */
    LONE_CHARACTER("find.lone-character"),
    /** Scale words with no digit: {@code 万万}. */
    SCALE_ONLY("find.scale-only"),
    /** Chinese digits in a row: {@code 两三个}, {@code 二〇二三}. */
    BAD_DIGITS("find.bad-digits"),
    /** A unit of time with no statistic's name before it, or after a year: ages, durations ({@code 3岁}, {@code 三年内}). */
    STATISTIC_SCOPE("find.statistic-scope"),
    /** A blocker word after it: {@code 9月}, {@code 3号}, {@code 600分}. */
    BLOCKER_AFTER("find.blocker-after"),
    /** A Chinese numeral before a word only Arabic digits measure, a name: {@code 五大兴市战略}. */
    ARABIC_ONLY_UNIT("find.arabic-only-unit"),
    /** 一 with a plain measure word, too generic to count: {@code 一个}, {@code 一套}. */
    GENERIC_ONE("find.generic-one"),
    /** A blocker after a space: {@code 2023 年}. */
    SPACED_BLOCKER("find.spaced-blocker"),
    /** Latin letters glued after it, part of a name or a foreign unit: {@code 20.90KB}, {@code 1N1}. */
    LATIN_AFTER("find.latin-after"),
    /** Weak: a Chinese numeral with neither a unit nor 万/亿 ({@code 三} alone). */
    BARE_CHINESE("find.bare-chinese"),
    /** Weak: seven or more Arabic digits with no unit and no thousands separator (ids, phone numbers). */
    DIGIT_RUN("find.digit-run");

    private final String id;

    Rejection(String id) {
        this.id = id;
    }

    /** The short id, {@code find.} and the rule's name. */
    String id() {
        return id;
    }
}
