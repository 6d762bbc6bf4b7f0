package io.github.zhibiao.internal.quantity;

/** The pattern family that produced a {@link Candidate}. */
public enum Kind {
    /** A numeral, possibly with scale words, a unit and qualifiers: {@code 近16万名}, {@code 48.8亿}. */
    NUMBER,
    /** {@code X分之Y}: 百分之九十八点六, 千分之三, 三分之二 (numerator and denominator spans). */
    FRACTION,
    /** {@code a/b} written as a share: {@code 1/4} is 25 %. */
    SHARE,
    /** {@code 成}: 八成, 九成五. */
    TENTHS,
    /** 一半, 半数: 50 %. */
    HALF,
    /** {@code a:1}: 19.6:1. */
    RATIO,
    /** One part of a share chain {@code a:b:c} whose parts add up to 100: {@code 8.3} of 8.3:41.4:50.3 is 8.3 %. */
    CHAIN_PART,
    /** A redacted number (X, XX, X.X%): never a value. */
    PLACEHOLDER
}
