package io.github.zhibiao.rules;

/** Which numbers a table row applies to. */
public enum Scope {
    /** Every number. */
    ALL,
    /** Numbers written in Arabic digits only ({@code 8大}). */
    ARABIC,
    /** Numbers with Chinese numeral characters ({@code 三类}). */
    CHINESE,
    /** Chinese numbers that begin with a scale word ({@code 上百}, {@code 数十}). */
    SCALE_START,
    /**
     * Units of time that measure only after a statistic's name ({@code 人均预期寿命78.9岁},
     * {@code 平均受教育年限11.7年}; the {@code STATISTIC} rows of {@code blockers.tsv}); elsewhere
     * they block the number like ages and durations.
     */
    STATISTIC;

    /** Whether a number that is (or is not) all Arabic and does (not) start with a scale is in scope. */
    public boolean applies(boolean arabic, boolean startsWithScale) {
        return switch (this) {
            case ALL -> true;
            case ARABIC -> arabic;
            case CHINESE -> !arabic;
            case SCALE_START -> !arabic && startsWithScale;
            case STATISTIC -> true;
        };
    }
}
