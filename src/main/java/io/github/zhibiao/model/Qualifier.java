package io.github.zhibiao.model;

/** A bound or approximation written next to a number ({@code 近160万}, {@code 80%以上}, {@code 不足5所}). */
public enum Qualifier {
    /** 约, 近, 左右, 将近: the value is approximate. */
    APPROX,
    /** 余, 多, 以上, 超过, 逾: the true value is above the written one. */
    OVER,
    /** 不足, 不到, 以下, 低于: the true value is below the written one. */
    UNDER
}
