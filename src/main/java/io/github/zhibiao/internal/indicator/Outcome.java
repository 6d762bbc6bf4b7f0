package io.github.zhibiao.internal.indicator;

/** What became of one number of a text ({@link IndicatorEngine#explain}). */
public enum Outcome {
    /** It gave a record. */
    RECORD,
    /** A step turned it down (the last of its fired steps says which), or a rule failed on it. */
    NO_RECORD
}
