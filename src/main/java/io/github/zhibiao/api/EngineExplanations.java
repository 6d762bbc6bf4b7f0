package io.github.zhibiao.api;

import io.github.zhibiao.internal.indicator.IndicatorEngine;
import io.github.zhibiao.model.Fired;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that turns the indicator engine's explanations into public {@link Explanation}s:
 * when the engine's change to {@code List<Fired>} and an outcome of its own lands, only this class
 * changes (its trace passes through, its outcome maps one to one).
 */
final class EngineExplanations {

    private EngineExplanations() {
    }

    /**
     * A quantity of prose with its full trace: each step that fired with its rule, before and after
     * ({@link Extractor#explain(String)}, the prose reading alone).
     */
    static Explanation traced(IndicatorEngine.Explanation e) {
        return new Explanation(e.text(), e.start(), e.start() + e.text().length(),
                e.kept() ? Outcome.RECORD : Outcome.NO_RECORD, e.subject(), e.fired());
    }

    /** A quantity of prose: a record, or none, with the steps that fired on it. */
    static Explanation of(IndicatorEngine.Explanation e) {
        List<Fired> fired = new ArrayList<>(e.steps().size());
        for (String id : e.steps()) {
            fired.add(new Fired(id, null, null, null));
        }
        return new Explanation(e.text(), e.start(), e.start() + e.text().length(),
                e.kept() ? Outcome.RECORD : Outcome.NO_RECORD, e.subject(), fired);
    }
}
