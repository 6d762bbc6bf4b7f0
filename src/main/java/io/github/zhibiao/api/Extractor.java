package io.github.zhibiao.api;

import io.github.zhibiao.clean.CleanText;
import io.github.zhibiao.clean.PageCleaner;
import io.github.zhibiao.clean.TextCleaner;
import io.github.zhibiao.indicator.IndicatorEngine;
import io.github.zhibiao.indicator.ReportContextReader;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;
import io.github.zhibiao.load.ReportLoader;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import io.github.zhibiao.segment.HanlpSegmenter;
import io.github.zhibiao.segment.Segmenter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Extracts indicator records from Chinese reports. Build once, share freely: an extractor is
 * immutable and safe to use from many threads at once.
 *
 * <pre>{@code
 * Extractor ex = Extractor.defaults();
 * Extraction r = ex.extract("全市新增公办幼儿园11所，投入资金2.5亿元。");
 * r.indicators().forEach(System.out::println);
 *
 * Extractor mine = Extractor.builder()
 *         .rules(RuleSet.defaults().with(Path.of("hospital.tsv")))
 *         .build();
 * }</pre>
 */
public final class Extractor {

    private static volatile Extractor defaults;

    private final RuleSet rules;
    private final ReportLoader loader;
    private final TextCleaner cleaner;
    private final IndicatorEngine engine;
    private final ReportContextReader contextReader;
    /** Whether records carry the ids of the steps behind them ({@link Indicator#trace()}). */
    private final boolean trace;

    private Extractor(Builder b) {
        this.trace = b.trace;
        this.rules = b.rules;
        this.loader = b.loader;
        this.cleaner = b.cleaner;
        Segmenter segmenter = new HanlpSegmenter(rules.of(RuleKind.TERM).stream()
                .flatMap(r -> r.words().stream()).toList());
        this.engine = new IndicatorEngine(b.grammar, rules, segmenter);
        this.contextReader = new ReportContextReader(segmenter);
    }

    private Extractor(Extractor base, boolean trace) {
        this.rules = base.rules;
        this.loader = base.loader;
        this.cleaner = base.cleaner;
        this.engine = base.engine;
        this.contextReader = base.contextReader;
        this.trace = trace;
    }

    /** This extractor, with records that carry their trace or not ({@link Builder#trace}); shares everything else. */
    public Extractor withTrace(boolean trace) {
        return trace == this.trace ? this : new Extractor(this, trace);
    }

    /** The extractor with the built-in rules, built on first use and shared. */
    public static Extractor defaults() {
        Extractor e = defaults;
        if (e == null) {
            synchronized (Extractor.class) {
                e = defaults;
                if (e == null) {
                    e = builder().build();
                    defaults = e;
                }
            }
        }
        return e;
    }

    /** A builder starting from the built-in rules and cleaning. */
    public static Builder builder() {
        return new Builder();
    }

    /** How this extractor loads report files (limits, forced charset). */
    public ReportLoader loader() {
        return loader;
    }

    /** The rules this extractor applies. */
    public RuleSet rules() {
        return rules;
    }

    /** Extracts from a text; the document is named {@code text}. */
    public Extraction extract(String text) {
        return extract("text", text);
    }

    /** Extracts from a text under the given document name. */
    public Extraction extract(String doc, String text) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        CleanText clean = cleaner.clean(text);
        List<Indicator> indicators = engine.extract(clean, trace);
        return new Extraction(doc, text, contextReader.read(clean.text()), indicators);
    }

    /**
     * Loads a report file (.txt in any Chinese encoding, .html, .docx, .doc, .pdf, .ofd; format and
     * encoding detected) and extracts from it. Record offsets index {@link Extraction#loadedText()}.
     *
     * @throws LoadException naming the file and the reason when it cannot be loaded
     */
    public Extraction extract(Path file) throws LoadException {
        return extract(loader.load(file));
    }

    /** Loads a report from a stream (not closed) under the given file name and extracts from it. */
    public Extraction extract(InputStream in, String fileName) throws LoadException {
        return extract(loader.load(in, fileName));
    }

    /** Extracts from a report that was already loaded. */
    public Extraction extract(LoadedReport report) {
        return extract(report.fileName(), report.text());
    }

    /**
     * Why each number of a text is, or is not, a record: the ids of the steps that fired on it,
     * in document order (offsets index {@code text}). For debugging rules; slower than extracting.
     */
    public List<IndicatorEngine.Explanation> explain(String text) {
        return engine.explain(cleaner.clean(Objects.requireNonNull(text, "text")));
    }

    /** Options for an {@link Extractor}; not thread-safe, the extractor it builds is. */
    public static final class Builder {
        private RuleSet rules = RuleSet.defaults();
        private ReportLoader loader = ReportLoader.defaults();
        private TextCleaner cleaner = PageCleaner.defaults();
        private QuantityGrammar grammar = QuantityGrammar.defaults();
        private boolean trace;

        private Builder() {
        }

        /**
         * With {@code true}, every record carries the ids of the steps that set its subject, change,
         * target and category ({@link Indicator#trace()}; JSON Lines field {@code trace}). Off by default.
         */
        public Builder trace(boolean trace) {
            this.trace = trace;
            return this;
        }

        /** The rules to apply (default {@link RuleSet#defaults()}). */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** Adds the rules of a user's rules file to the current rules. */
        public Builder addRules(Path rulesFile) throws IOException {
            this.rules = rules.with(rulesFile);
            return this;
        }

        /** How report files are loaded (limits, forced charset); default {@link ReportLoader#defaults()}. */
        public Builder loader(ReportLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** How loaded text is cleaned before analysis (default {@link PageCleaner#defaults()}: site chrome skipped). */
        public Builder cleaner(TextCleaner cleaner) {
            this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
            return this;
        }

        /** The quantity grammar (default {@link QuantityGrammar#defaults()}). */
        public Builder grammar(QuantityGrammar grammar) {
            this.grammar = Objects.requireNonNull(grammar, "grammar");
            return this;
        }

        /** Builds the extractor (loads HanLP once; about half a second). */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
