package io.github.zhibiao.internal.pipeline;

import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleFormatException;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stages of one pipeline, in the order of their {@code stage} rows in {@code pipeline.tsv},
 * each running its steps in row order by its {@link Mode}. The order is data: the registry that
 * builds a pipeline has none. Building fails fast, with the {@code file:line} of the row at fault,
 * on an unknown step or condition, a step in two stages, a registered step in no stage, a step
 * that reads what no earlier stage (nor, in an ALL stage, no earlier step of its own) writes, and a step without a catalogue row with an example.
 * Immutable and thread-safe; running allocates nothing.
 *
 * <pre>{@code
 * Pipeline<Draft> p = Pipeline.build("indicator", rules, registry, conditions, Set.of(Slot.SITE));
 * String guard = p.run(draft, Tracer.NONE);   // null, or the id of the guard step that ended it
 * }</pre>
 *
 * @param <C> the item its steps decide about
 */
public final class Pipeline<C> {

    private final Stage<C>[] stages;

    @SuppressWarnings("unchecked")
    private Pipeline(List<Stage<C>> stages) {
        this.stages = stages.toArray(new Stage[0]);
    }

    /** One stage: its steps in order, how they run, and the condition under which it runs at all. */
    private record Stage<C>(String id, Mode mode, Predicate<C> when, Step<C>[] steps) {
    }

    /**
     * Builds the pipeline named {@code name} from the {@code stage} rows of {@code rules} whose id
     * starts with {@code name + "."}.
     *
     * @param name       the pipeline ({@code find}, {@code indicator}, {@code text}, {@code table})
     * @param rules      the rules: stage rows, step rows (the catalogue) and {@code disable} rows
     * @param registry   every step of this pipeline, by id
     * @param conditions the conditions a stage may run under ({@code when=name} or {@code when=!name})
     * @param given      the slots the context holds before any step runs
     * @param <C>        the item the steps decide about
     * @return the pipeline
     * @throws RuleFormatException {@code file:line: reason} when the order and the registry disagree
     */
    public static <C> Pipeline<C> build(String name, RuleSet rules, Map<String, ? extends Step<C>> registry,
            Map<String, Predicate<C>> conditions, Set<? extends Enum<?>> given) {
        Map<String, Rule> catalogue = new HashMap<>();
        for (Rule r : rules.of(RuleKind.STEP)) {
            catalogue.put(r.id(), r);
        }
        Set<Enum<?>> written = new HashSet<>(given);
        Map<String, String> placed = new LinkedHashMap<>();
        List<Stage<C>> stages = new ArrayList<>();
        Rule last = null;
        for (Rule row : rules.of(RuleKind.STAGE)) {
            if (!row.id().startsWith(name + ".")) {
                continue;
            }
            last = row;
            String[] arg = row.arg().split(",", 2);
            Mode mode = Mode.valueOf(arg[0]);
            Predicate<C> when = condition(row, arg.length > 1 ? arg[1] : null, conditions);
            List<Step<C>> steps = new ArrayList<>();
            Set<Enum<?>> writes = new HashSet<>();
            for (String id : row.words()) {
                if (rules.disabled(id)) {
                    continue;
                }
                Step<C> step = registry.get(id);
                if (step == null) {
                    throw row.error("stage " + row.id() + ": no step " + id + " in the " + name + " pipeline; one of "
                            + registry.keySet().stream().sorted().toList());
                }
                String before = placed.putIfAbsent(id, row.id());
                if (before != null) {
                    throw row.error("stage " + row.id() + ": step " + id + " is in stage " + before + " already");
                }
                Rule entry = catalogue.get(id);
                if (entry == null || entry.example().isEmpty()) {
                    throw row.error("stage " + row.id() + ": step " + id + " has no step row with an example (steps.tsv)");
                }
                if (!entry.arg().equals(row.id())) {
                    throw entry.error("step " + id + ": its arg must name its stage, " + row.id() + "; not " + entry.arg());
                }
                for (Enum<?> slot : step.reads()) {
                    if (!written.contains(slot)) {
                        throw row.error("stage " + row.id() + ": step " + id + " reads " + slot
                                + ", which neither the context nor a step of an earlier stage writes");
                    }
                }
                // In an ALL stage every step before this one has run: what it wrote is there to read.
                (mode == Mode.ALL ? written : writes).addAll(step.writes());
                steps.add(step);
            }
            written.addAll(writes);
            @SuppressWarnings("unchecked")
            Step<C>[] array = (Step<C>[]) steps.toArray(new Step<?>[0]);
            stages.add(new Stage<>(row.id(), mode, when, array));
        }
        for (String id : registry.keySet()) {
            if (!placed.containsKey(id) && !rules.disabled(id)) {
                String where = last != null ? last.source() : "pipeline.tsv";
                throw new RuleFormatException(where, last != null ? last.line() : 0,
                        "step " + id + " of the " + name + " pipeline is in no stage");
            }
        }
        return new Pipeline<>(stages);
    }

    private static <C> Predicate<C> condition(Rule row, String spec, Map<String, Predicate<C>> conditions) {
        if (spec == null) {
            return null;
        }
        if (!spec.startsWith("when=")) {
            throw row.error("stage " + row.id() + ": '" + spec + "' is no condition; when=NAME or when=!NAME");
        }
        String name = spec.substring("when=".length());
        boolean negated = name.startsWith("!");
        Predicate<C> p = conditions.get(negated ? name.substring(1) : name);
        if (p == null) {
            throw row.error("stage " + row.id() + ": unknown condition " + name + "; one of "
                    + conditions.keySet().stream().sorted().toList());
        }
        return negated ? p.negate() : p;
    }

    /**
     * Runs every stage on {@code ctx}, in order.
     *
     * @param ctx the item
     * @param t   the trace, {@link Tracer#NONE} when not tracing
     * @return null, or the id of the {@code GUARD} step that fired and ended the item
     * @throws StepFailure when a step throws, naming it
     */
    public String run(C ctx, Tracer t) {
        for (Stage<C> stage : stages) {
            if (stage.when != null && !stage.when.test(ctx)) {
                continue;
            }
            for (Step<C> step : stage.steps) {
                int mark = t.mark();
                if (applied(step, ctx, t)) {
                    t.stepFired(step.id(), mark);
                    if (stage.mode == Mode.GUARD) {
                        return step.id();
                    }
                    if (stage.mode == Mode.FIRST) {
                        break;
                    }
                } else {
                    t.unfired(mark);
                }
            }
        }
        return null;
    }

    /** Applies one step; what it throws leaves as a {@link StepFailure} that names it. */
    private static <C> boolean applied(Step<C> step, C ctx, Tracer t) {
        try {
            return step.apply(ctx, t);
        } catch (StepFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw new StepFailure(step.id(), e);
        }
    }

    /**
     * The ids of the steps, in the order they may run, across stages.
     *
     * @return every step id of this pipeline in order
     */
    public List<String> order() {
        List<String> ids = new ArrayList<>();
        for (Stage<C> s : stages) {
            for (Step<C> step : s.steps) {
                ids.add(step.id());
            }
        }
        return ids;
    }
}
