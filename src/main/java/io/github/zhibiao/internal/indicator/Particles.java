package io.github.zhibiao.internal.indicator;

/**
 * The function words the engine's mechanisms are written around (的 了 等 其中 占 第 and the words of
 * a share's name): grammar, not vocabulary, so they stay in Java, in this one place.
 */
final class Particles {
    /** A share of a whole ({@code 占全省}). */
    static final String SHARE = "占";
    /** What a share's name ends in ({@code 占全省比例}). */
    static final String RATIO = "比例";
    /** The other ending of a share's name ({@code 占全省比重}). */
    static final String PROPORTION = "比重";

    private Particles() {
    }
}
