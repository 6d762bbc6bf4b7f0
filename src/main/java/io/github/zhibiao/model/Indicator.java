package io.github.zhibiao.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator occurrence: a number that measures something, with what it measures and how.
 * Its fields are those of the JSON Lines record contract ({@code eval/SCHEMA.md}).
 *
 * <p>Invariant: {@code loaded.substring(start(), end()).equals(text())}, where {@code loaded} is
 * the text of the report as loaded (before any cleaning).
 *
 * <pre>{@code
 * // 全市新增财政支出20.35亿元
 * ind.text()     // "20.35亿元"
 * ind.value()    // 2035000000
 * ind.unit()     // "元"
 * ind.category() // FUNDING
 * ind.subject()  // "新增财政支出"
 * }</pre>
 *
 * @param text      the number as written with its unit and qualifier words
 * @param start     offset of {@code text} in the loaded text (UTF-16 units)
 * @param end       offset just past {@code text}
 * @param measure   exact value and normalized unit
 * @param category  what kind of figure this is
 * @param subject   what is measured, in the document's words (may be empty when unknown)
 * @param delta     true for a change against a baseline ({@code 比上年增加3117所})
 * @param direction for a delta, its direction; {@code null} for levels
 * @param qualifier bound or approximation, or {@code null}
 * @param target    true for a goal or plan ({@code 力争…达到85%以上})
 * @param per       denominator of a rate unit ({@code 生·年}), or {@code null}
 * @param sentence  the sentence the number stands in, from the loaded text; over 200 chars it is cut
 *                  to the 200 around the number, each cut end marked with {@code …}
 * @param ruleId    id of the rule that set the category, for tracing a wrong record to its cause
 * @param cell      for a number read from a table, its table, row and column; {@code null} in prose
 * @param trace     ids of the steps that set subject, change, target and category
 *                  ({@code subject.after-number}, {@code delta.trigger}…), when asked for; else empty
 */
public record Indicator(String text, int start, int end, Measure measure, Category category,
                        String subject, boolean delta, Direction direction, Qualifier qualifier,
                        boolean target, String per, String sentence, String ruleId, TableCell cell,
                        List<String> trace) {

    /**
     * A record of prose without a trace.
     *
     * @param text the number as written with its unit and qualifier words
     * @param start offset of {@code text} in the loaded text (UTF-16 units)
     * @param end offset just past {@code text}
     * @param measure exact value and normalized unit
     * @param category what kind of figure this is
     * @param subject what is measured, in the document's words (may be empty when unknown)
     * @param delta true for a change against a baseline ({@code 比上年增加3117所})
     * @param direction for a delta, its direction; {@code null} for levels
     * @param qualifier bound or approximation, or {@code null}
     * @param target true for a goal or plan ({@code 力争…达到85%以上})
     * @param per denominator of a rate unit ({@code 生·年}), or {@code null}
     * @param sentence the sentence the number stands in, from the loaded text; over 200 chars it is cut to
     *     the 200 around the number, each cut end marked with {@code …}
     * @param ruleId id of the rule that set the category, for tracing a wrong record to its cause
     */
    public Indicator(String text, int start, int end, Measure measure, Category category,
                     String subject, boolean delta, Direction direction, Qualifier qualifier,
                     boolean target, String per, String sentence, String ruleId) {
        this(text, start, end, measure, category, subject, delta, direction, qualifier, target, per, sentence,
                ruleId, null, List.of());
    }

    /**
     * A record of prose with its trace.
     *
     * @param text the number as written with its unit and qualifier words
     * @param start offset of {@code text} in the loaded text (UTF-16 units)
     * @param end offset just past {@code text}
     * @param measure exact value and normalized unit
     * @param category what kind of figure this is
     * @param subject what is measured, in the document's words (may be empty when unknown)
     * @param delta true for a change against a baseline ({@code 比上年增加3117所})
     * @param direction for a delta, its direction; {@code null} for levels
     * @param qualifier bound or approximation, or {@code null}
     * @param target true for a goal or plan ({@code 力争…达到85%以上})
     * @param per denominator of a rate unit ({@code 生·年}), or {@code null}
     * @param sentence the sentence the number stands in, from the loaded text; over 200 chars it is cut to
     *     the 200 around the number, each cut end marked with {@code …}
     * @param ruleId id of the rule that set the category, for tracing a wrong record to its cause
     * @param trace ids of the steps that set subject, change, target and category ({@code
     *     subject.after-number}, {@code delta.trigger}…), when asked for; else empty
     */
    public Indicator(String text, int start, int end, Measure measure, Category category,
                     String subject, boolean delta, Direction direction, Qualifier qualifier,
                     boolean target, String per, String sentence, String ruleId, List<String> trace) {
        this(text, start, end, measure, category, subject, delta, direction, qualifier, target, per, sentence,
                ruleId, null, trace);
    }

    /**
     * A record read from a table cell, without a trace.
     *
     * @param text the number as written with its unit and qualifier words
     * @param start offset of {@code text} in the loaded text (UTF-16 units)
     * @param end offset just past {@code text}
     * @param measure exact value and normalized unit
     * @param category what kind of figure this is
     * @param subject what is measured, in the document's words (may be empty when unknown)
     * @param delta true for a change against a baseline ({@code 比上年增加3117所})
     * @param direction for a delta, its direction; {@code null} for levels
     * @param qualifier bound or approximation, or {@code null}
     * @param target true for a goal or plan ({@code 力争…达到85%以上})
     * @param per denominator of a rate unit ({@code 生·年}), or {@code null}
     * @param sentence the sentence the number stands in, from the loaded text; over 200 chars it is cut to
     *     the 200 around the number, each cut end marked with {@code …}
     * @param ruleId id of the rule that set the category, for tracing a wrong record to its cause
     * @param cell for a number read from a table, its table, row and column; {@code null} in prose
     */
    public Indicator(String text, int start, int end, Measure measure, Category category,
                     String subject, boolean delta, Direction direction, Qualifier qualifier,
                     boolean target, String per, String sentence, String ruleId, TableCell cell) {
        this(text, start, end, measure, category, subject, delta, direction, qualifier, target, per, sentence,
                ruleId, cell, List.of());
    }

    /**
     * Checks the span against the text and the invariants of a record; copies the trace.
     *
     * @param text the number as written with its unit and qualifier words
     * @param start offset of {@code text} in the loaded text (UTF-16 units)
     * @param end offset just past {@code text}
     * @param measure exact value and normalized unit
     * @param category what kind of figure this is
     * @param subject what is measured, in the document's words (may be empty when unknown)
     * @param delta true for a change against a baseline ({@code 比上年增加3117所})
     * @param direction for a delta, its direction; {@code null} for levels
     * @param qualifier bound or approximation, or {@code null}
     * @param target true for a goal or plan ({@code 力争…达到85%以上})
     * @param per denominator of a rate unit ({@code 生·年}), or {@code null}
     * @param sentence the sentence the number stands in, from the loaded text; over 200 chars it is cut to
     *     the 200 around the number, each cut end marked with {@code …}
     * @param ruleId id of the rule that set the category, for tracing a wrong record to its cause
     * @param cell for a number read from a table, its table, row and column; {@code null} in prose
     * @param trace ids of the steps that set subject, change, target and category ({@code
     *     subject.after-number}, {@code delta.trigger}…), when asked for; else empty
     */
    public Indicator {
        trace = trace == null ? List.of() : List.copyOf(trace);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sentence, "sentence");
        if (end - start != text.length() || start < 0) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") does not fit text '" + text + "'");
        }
        if (!delta && direction != null) {
            throw new IllegalArgumentException("a level has no direction: " + text);
        }
    }

    /**
     * The normalized value ({@link Measure#value()}).
     *
     * @return the exact value
     */
    public BigDecimal value() {
        return measure.value();
    }

    /**
     * The share as written when the number is a fraction ({@code 1/3}; {@code 三分之二} gives
     * {@code 2/3}), else {@code null}: the exact value behind a rounded {@link #value()}.
     *
     * @return the fraction, or null
     */
    public Fraction fraction() {
        return measure instanceof Measure.Percent p ? p.fraction() : null;
    }

    /**
     * The normalized unit ({@link Measure#unit()}).
     *
     * @return the unit as the record contract spells it
     */
    public String unit() {
        return measure.unit();
    }
}
