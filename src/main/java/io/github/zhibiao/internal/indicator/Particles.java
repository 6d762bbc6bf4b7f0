package io.github.zhibiao.internal.indicator;

/**
 * The function words the engine's mechanisms are written around (的 了 等 其中 均 有 占 第 分别 and
 * the words of a share's name): grammar, not vocabulary, so they stay in Java, in this one place.
 * Vocabulary lives in the rules ({@code words.tsv}, {@code patterns.tsv}).
 */
final class Particles {
    /** The particle that ends a modifier ({@code 全部重建的}). */
    static final String DE = "的";
    /** {@link #DE} as a character. */
    static final char DE_CHAR = DE.charAt(0);
    /** The particle of a completed action ({@code 完成了}). */
    static final String LE = "了";
    /** {@link #LE} as a character. */
    static final char LE_CHAR = LE.charAt(0);
    /** What closes a list of examples ({@code A、B等}). */
    static final String DENG = "等";
    /** {@link #DENG} as a character. */
    static final char DENG_CHAR = DENG.charAt(0);
    /** What opens a breakdown of a total ({@code 其中高速860公里}). */
    static final String AMONG = "其中";
    /** The pronoun "its" that opens a breakdown's words ({@code 其}). */
    static final String ITS = "其";
    /** The adverb "each, all" that may end the words before a number ({@code …均超}). */
    static final String EACH = "均";
    /** The verb "there are" that may open the words before a count ({@code 全州有文化馆}). */
    static final char HAVE = '有';
    /** The ordinal prefix ({@code 第三产业}). */
    static final String ORDINAL = "第";
    /** The adverb of an enumeration's shared verb ({@code A、B分别增长x、y}). */
    static final String RESPECTIVELY = "分别";
    /** A share of a whole ({@code 占全省}). */
    static final String SHARE = "占";
    /** What a share's name ends in ({@code 占全省比例}). */
    static final String RATIO = "比例";
    /** The other ending of a share's name ({@code 占全省比重}). */
    static final String PROPORTION = "比重";

    private Particles() {
    }
}
