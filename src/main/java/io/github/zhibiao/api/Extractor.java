package io.github.zhibiao.api;

import io.github.zhibiao.internal.text.ChromeRules;
import io.github.zhibiao.internal.text.PageCleaner;
import io.github.zhibiao.internal.text.TextCleaner;
import io.github.zhibiao.internal.indicator.IndicatorEngine;
import io.github.zhibiao.internal.indicator.ReportContextReader;
import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;
import io.github.zhibiao.load.LoadedTable;
import io.github.zhibiao.load.ReportLoader;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.segment.HanlpSegmenter;
import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.table.TableReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** The view, prose reading, the tables and their merge: one path for extract and explain. */
    private final Reading reading;
    /** Whether records carry the ids of the steps behind them ({@link Indicator#trace()}). */
    private final boolean trace;

    private Extractor(Builder b) {
        this.trace = b.trace;
        this.rules = b.rules;
        this.loader = b.loader;
        // Grammar and chrome rules of the rule set apply unless a grammar or cleaner was given.
        ChromeRules chrome = ChromeRules.of(rules);
        TextCleaner cleaner = b.cleaner != null ? b.cleaner
                : chrome == ChromeRules.defaults() ? PageCleaner.defaults() : PageCleaner.withRules(chrome);
        QuantityGrammar grammar = b.grammar != null ? b.grammar : QuantityGrammar.of(rules);
        Segmenter segmenter = new HanlpSegmenter(rules.of(RuleKind.TERM).stream()
                .flatMap(r -> r.words().stream()).toList());
        QuantityParser parser = grammar.parser();
        IndicatorEngine engine = new IndicatorEngine(parser, rules, segmenter);
        this.reading = new Reading(parser, cleaner, engine, new ReportContextReader(segmenter, rules),
                new TableReader(parser, engine, rules));
    }

    private Extractor(Extractor base, boolean trace) {
        this.rules = base.rules;
        this.loader = base.loader;
        this.reading = base.reading;
        this.trace = trace;
    }

    /**
     * This extractor, with records that carry their trace or not ({@link Builder#trace}); shares everything else.
     *
     * @param trace whether records carry the ids of the steps behind them
     * @return this extractor when {@code trace} is already its setting, else a copy that differs only in it
     */
    public Extractor withTrace(boolean trace) {
        return trace == this.trace ? this : new Extractor(this, trace);
    }

    /**
     * The extractor with the built-in rules, built on first use and shared.
     *
     * @return the shared default extractor
     */
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

    /**
     * A builder starting from the built-in rules and cleaning.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How this extractor loads report files (limits, forced charset).
     *
     * @return the report loader
     */
    public ReportLoader loader() {
        return loader;
    }

    /**
     * The rules this extractor applies.
     *
     * @return the rule set
     */
    public RuleSet rules() {
        return rules;
    }

    /**
     * Extracts from a text; the document is named {@code text}.
     *
     * @param text the report text; record offsets index it
     * @return the records and report context of the text
     */
    public Extraction extract(String text) {
        return extract("text", text);
    }

    /**
     * Extracts from a text under the given document name.
     *
     * @param doc the document name the records carry
     * @param text the report text; record offsets index it
     * @return the records and report context of the text
     */
    public Extraction extract(String doc, String text) {
        return extract(doc, text, List.of(), false);
    }

    /**
     * Start-up work a program may run on threads of its own before its first extraction, so that
     * the first one need not wait for it: HanLP's dictionaries and models, in parts that load
     * independently. Running them changes no result; the command line starts them at once.
     *
     * <pre>{@code
     * Extractor.warmUpTasks().forEach(t -> new Thread(t).start());
     * }</pre>
     *
     * @return the tasks, each safe to run on a thread of its own, once or more
     */
    public static List<Runnable> warmUpTasks() {
        return HanlpSegmenter.preloadParts();
    }

    /**
     * The analysis view of a loaded report: its text after cleaning and layout repair, as numbers
     * are read from it (site chrome skipped, traditional characters read as simplified, lines a page
     * layout split joined again). Records' offsets index {@code report.text()}, not this view.
     *
     * @param report a report as loaded
     * @return the cleaned text
     */
    public String view(LoadedReport report) {
        return reading.view(report.text(), pdf(report)).text();
    }

    private static boolean pdf(LoadedReport report) {
        return report.mediaType().equals("application/pdf");
    }

    private Extraction extract(String doc, String text, List<LoadedTable> structured, boolean pdf) {
        return reading.extract(doc, text, structured, pdf, trace);
    }

    /**
     * Loads a report file (.txt in any Chinese encoding, .html, .docx, .doc, .pdf, .ofd; format and
     * encoding detected) and extracts from it. Record offsets index {@link Extraction#loadedText()}.
     *
     * @param file the report file
     * @return the records, report context and load diagnostics
     * @throws LoadException naming the file and the reason when it cannot be loaded
     */
    public Extraction extract(Path file) throws LoadException {
        return extract(loader.load(file));
    }

    /**
     * Loads a report from a stream (not closed) under the given file name and extracts from it.
     *
     * @param in the report's bytes
     * @param fileName the file name, for format hints and as the document name
     * @return the records, report context and load diagnostics
     * @throws LoadException naming the file and the reason when it cannot be loaded
     */
    public Extraction extract(InputStream in, String fileName) throws LoadException {
        return extract(loader.load(in, fileName));
    }

    /**
     * Extracts from one file's bytes, for jobs that read files themselves (Spark, a message
     * queue): a {@code .zip} gives one result per member, named {@code name!member/path}; any
     * other file gives one result named {@code name}. Nothing is thrown for a bad file or a bug
     * on one document: each becomes a {@link FileResult.Failure}.
     *
     * @param name  the document's name, e.g. its path under the folder read ({@code 2023/a.docx});
     *              its extension tells archives apart and hints the format
     * @param bytes the file's content
     * @return one result, or one per archive member in archive order
     */
    public List<FileResult> extractFile(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        String base = name.substring(name.lastIndexOf('/') + 1);
        try {
            if (base.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                List<FileResult> out = new java.util.ArrayList<>();
                for (io.github.zhibiao.load.ArchiveMember m : loader.loadArchive(bytes, base)) {
                    String doc = name + "!" + m.path();
                    out.add(m.ok() ? success(doc, m.report()) : failure(doc, m.error()));
                }
                return out;
            }
            return List.of(success(name, loader.load(bytes, base)));
        } catch (LoadException e) {
            return List.of(failure(name, e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug on one document must not cost a job its other documents.
            return List.of(new FileResult.Failure(name, "INTERNAL", oneLine(e.toString())));
        }
    }

    private FileResult success(String doc, LoadedReport report) {
        try {
            // As from a file: tables, PDF layout and load warnings come with the loaded report.
            return new FileResult.Success(doc, extract(report).withDoc(doc));
        } catch (RuntimeException | StackOverflowError e) {
            return new FileResult.Failure(doc, "INTERNAL", oneLine(e.toString()));
        }
    }

    private static FileResult failure(String doc, LoadException e) {
        String detail = e.detail() == null ? "" : e.detail();
        return new FileResult.Failure(doc, e.reason().name(), oneLine(detail));
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /**
     * Extracts from a report that was already loaded.
     *
     * @param report a report loaded by any {@link ReportLoader}
     * @return the records and report context, with the report's load diagnostics and, after them, the
     *         numbers the indicator stage could not read
     */
    public Extraction extract(LoadedReport report) {
        Extraction x = extract(report.fileName(), report.text(), report.tables(), pdf(report));
        if (x.diagnostics().isEmpty()) {
            return new Extraction(x.doc(), x.loadedText(), x.context(), x.indicators(), report.diagnostics());
        }
        // The loader's notes first, then the numbers the indicator stage could not read.
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        all.addAll(x.diagnostics());
        return new Extraction(x.doc(), x.loadedText(), x.context(), x.indicators(), all);
    }

    /**
     * Why each number of a text is, or is not, a record: the steps that fired on it, each with its
     * rule, before and after, in document order (offsets index {@code text}), for prose only. For debugging rules; slower
     * than extracting. {@link #explain(LoadedReport)} covers the tables and the finder's refusals too.
     *
     * @param text a report text
     * @return one explanation per number found, in document order
     */
    public List<Explanation> explain(String text) {
        Objects.requireNonNull(text, "text");
        List<Explanation> out = new ArrayList<>();
        for (IndicatorEngine.Explanation e : reading.explainProse(text)) {
            out.add(EngineExplanations.traced(e));
        }
        return out;
    }

    /**
     * Why each number of a loaded report is, or is not, a record, on the path {@link
     * #extract(LoadedReport)} takes (the same view, layout repair for PDFs, the tables and their
     * merge): the numerals the quantity finder turned down ({@link Outcome#NO_QUANTITY}), the
     * quantities of prose ({@link Outcome#RECORD}, {@link Outcome#NO_RECORD}) and the tables'
     * numeric cells ({@link Outcome#TABLE_CELL}, or {@code NO_RECORD}); offsets index the loaded
     * text. For debugging rules; slower than extracting.
     *
     * <pre>{@code
     * Extractor.defaults().explain(Path.of("report.pdf")).forEach(e ->
     *         System.out.println(e.text() + " " + e.outcome() + " " + e.ids()));
     * }</pre>
     *
     * @param report a report as loaded
     * @return every number of the report, by start
     */
    public List<Explanation> explain(LoadedReport report) {
        return reading.explain(report.text(), report.tables(), pdf(report));
    }

    /**
     * Loads a report file and explains it ({@link #explain(LoadedReport)}).
     *
     * @param file the report file
     * @return every number of the report, by start
     * @throws LoadException naming the file and the reason when it cannot be loaded
     */
    public List<Explanation> explain(Path file) throws LoadException {
        return explain(loader.load(file));
    }

    /** Options for an {@link Extractor}; not thread-safe, the extractor it builds is. */
    public static final class Builder {
        private RuleSet rules = RuleSet.defaults();
        private ReportLoader loader = ReportLoader.defaults();
        /** Null: the page cleaner of the rules' chrome rules. */
        private TextCleaner cleaner;
        /** Null: the grammar of the rules' quantity-grammar rules. */
        private QuantityGrammar grammar;
        private boolean trace;

        private Builder() {
        }

        /**
         * With {@code true}, every record carries the ids of the steps that set its subject, change,
         * target and category ({@link Indicator#trace()}; JSON Lines field {@code trace}). Off by default.
         *
         * @param trace whether records carry their trace
         * @return this builder
         */
        public Builder trace(boolean trace) {
            this.trace = trace;
            return this;
        }

        /**
         * The rules to apply (default {@link RuleSet#defaults()}).
         *
         * @param rules the rule set, replacing the current one
         * @return this builder
         */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Adds the rules of a user's rules file to the current rules.
         *
         * @param rulesFile a UTF-8 rules file (see "Rules files" in the README)
         * @return this builder
         * @throws IOException when the file cannot be read
         */
        public Builder addRules(Path rulesFile) throws IOException {
            this.rules = rules.with(rulesFile);
            return this;
        }

        /**
         * How report files are loaded (limits, forced charset); default {@link ReportLoader#defaults()}.
         *
         * @param loader the loader used by the {@code extract} methods that read files or streams
         * @return this builder
         */
        public Builder loader(ReportLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * How loaded text is cleaned before analysis (default: a {@link PageCleaner} with the rules'
         * {@code chrome-*} rules, site chrome skipped). Not public: the cleaner's type is internal;
         * a user changes the cleaning with {@code chrome-*} rules ({@link #rules}, {@link #addRules}).
         *
         * @param cleaner the cleaner applied before numbers are read
         * @return this builder
         */
        Builder cleaner(TextCleaner cleaner) {
            this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
            return this;
        }

        /**
         * The quantity grammar (default: {@link QuantityGrammar#of(RuleSet)} of the rules, so a rules file's
         * {@code quantity-unit} and {@code blocker} rules apply).
         *
         * @param grammar the grammar that finds and resolves quantities
         * @return this builder
         */
        public Builder grammar(QuantityGrammar grammar) {
            this.grammar = Objects.requireNonNull(grammar, "grammar");
            return this;
        }

        /**
         * Builds the extractor (loads HanLP once; about half a second).
         *
         * @return a new immutable extractor
         */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
