package io.github.zhibiao.model;

import java.util.Objects;

/**
 * One decision in a record's trace: the step that fired, the rule it applied, and for a step or a
 * sub-rule that rewrites a value, the value before and after.
 *
 * <pre>{@code
 * new Fired("phrase.left.max-subject", null, "围绕…教育经费总投入", "育目标…教育经费总投入")
 * }</pre>
 *
 * @param step   the id of the step or sub-rule ({@code subject.before-number}, {@code find.clock-time})
 * @param rule   the id of the rule of the rules files it applied, or null
 * @param before the value it rewrote, or null
 * @param after  the value it wrote, or null
 */
public record Fired(String step, String rule, String before, String after) {

    /**
     * Checks that the step is named.
     *
     * @param step   the id of the step or sub-rule
     * @param rule   the id of the rule it applied, or null
     * @param before the value it rewrote, or null
     * @param after  the value it wrote, or null
     */
    public Fired {
        Objects.requireNonNull(step, "step");
    }

    /**
     * The id a trace lists: the step's, with the rule's after a colon when it applied one
     * ({@code category.head:money}).
     *
     * @return the step id, or {@code step:rule}
     */
    public String id() {
        return rule == null ? step : step + ":" + rule;
    }
}
