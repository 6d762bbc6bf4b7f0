package io.github.zhibiao.internal.indicator;

import java.util.List;

/**
 * One named step of the indicator engine: reads where a number stands and decides one thing about
 * its draft (its subject, change, goal, unit, or that it gives no record). Each step notes its id in
 * the draft's trace when it fires; the id, what it decides and an example are a line of the built-in
 * {@code steps.tsv}, whose examples {@code StepCatalogueTest} runs. {@link IndicatorEngine} applies
 * the steps in a fixed order; implementations are immutable, built once per engine, and allocate
 * nothing per number beyond the strings they produce.
 */
interface Step {

    /** The id the step notes when it fires; for a family named by rules, its prefix ({@code unit.}). */
    String id();

    /**
     * Applies the step to the draft of the number at {@code s}.
     *
     * @return whether it fired: for a reject step, the number gives no record; in a chain of
     *         alternatives, the ones after it are not tried
     */
    boolean apply(Site s, Draft d);

    /** Applies {@code steps} in order until one fires; whether one did. */
    static boolean firstThatFires(List<Step> steps, Site s, Draft d) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).apply(s, d)) {
                return true;
            }
        }
        return false;
    }

    /** Applies all of {@code steps} in order. */
    static void all(List<Step> steps, Site s, Draft d) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).apply(s, d);
        }
    }
}
