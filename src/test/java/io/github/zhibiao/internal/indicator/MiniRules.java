package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.rules.RuleSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The mini rule set of the engine tests, {@code src/test/resources/rules/mini/}: a full rule set of its
 * own ({@link RuleSet#standalone}) with its own grammar tables, indicator rules, word lists and the order
 * of the indicator and text pipelines, so that a test on it knows its answers from those files alone: a
 * change of vocabulary in the built-in files cannot break it, a change of mechanism must.
 *
 * <p>Two things it takes from the built-in files, because they are the engine's code, not vocabulary:
 * the step catalogue ({@code steps.tsv}: the driver wants a row for each registered step) and the stages of
 * the pipelines its own {@code pipeline.tsv} does not order ({@code find}, {@code table}). Site chrome and
 * pattern rows it has none of: the page cleaner keeps its built-in ones.
 *
 * <pre>{@code
 * Extractor mini = MiniRules.extractor(MiniRules.rules().with("disable\tmini-aspect\t-\twhy\n", "mine.tsv"));
 * }</pre>
 */
public final class MiniRules {

    /** The files of the set, in load order. */
    public static final List<String> FILES = List.of("grammar.tsv", "indicators.tsv", "words.tsv", "pipeline.tsv");

    private static final String TEXT = load(UnaryOperator.identity());
    private static final RuleSet RULES = RuleSet.standalone(TEXT, "rules/mini");
    private static volatile Extractor extractor;

    private MiniRules() {
    }

    /** The mini rule set. */
    public static RuleSet rules() {
        return RULES;
    }

    /**
     * The mini rule set with its own {@code pipeline.tsv} edited first (two steps swapped, a stage moved):
     * a copy of the order to try.
     */
    public static RuleSet withOrder(UnaryOperator<String> edit) {
        return RuleSet.standalone(load(edit), "rules/mini (order edited)");
    }

    /** The extractor of the mini rule set, records with their trace; built once. */
    public static Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (MiniRules.class) {
                e = extractor;
                if (e == null) {
                    e = extractor(RULES);
                    extractor = e;
                }
            }
        }
        return e;
    }

    /** An extractor of these rules (the mini set changed), records with their trace. */
    public static Extractor extractor(RuleSet rules) {
        return Extractor.builder().rules(rules).trace(true).build();
    }

    /** The text of the set: its own files, then the rows of the built-in files it takes. */
    private static String load(UnaryOperator<String> editOrder) {
        StringBuilder sb = new StringBuilder();
        String order = "";
        for (String f : FILES) {
            String text = resource(MiniRules.class, "/rules/mini/" + f);
            if (f.equals("pipeline.tsv")) {
                text = editOrder.apply(text);
                order = text;
            }
            sb.append(text).append('\n');
        }
        Set<String> ordered = order.lines().filter(l -> l.startsWith("stage\t"))
                .map(l -> l.split("\t")[1].split("\\.")[0]).collect(Collectors.toSet());
        sb.append(resource(RuleSet.class, "steps.tsv")).append('\n');
        resource(RuleSet.class, "pipeline.tsv").lines()
                .filter(l -> l.startsWith("stage\t") && !ordered.contains(l.split("\t")[1].split("\\.")[0]))
                .forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String resource(Class<?> base, String name) {
        try (InputStream in = Objects.requireNonNull(base.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
