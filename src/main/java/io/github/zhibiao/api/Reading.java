package io.github.zhibiao.api;

import io.github.zhibiao.internal.indicator.IndicatorEngine;
import io.github.zhibiao.internal.indicator.ReportContextReader;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.quantity.Rejected;
import io.github.zhibiao.internal.table.TableReader;
import io.github.zhibiao.internal.text.CleanText;
import io.github.zhibiao.internal.text.LayoutRepair;
import io.github.zhibiao.internal.text.TextCleaner;
import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.load.LoadedTable;
import io.github.zhibiao.model.Fired;
import io.github.zhibiao.model.Indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one path from a loaded text to its records, shared by {@link Extractor#extract} and
 * {@link Extractor#explain}: the view (layout repair for page text, then cleaning), prose reading,
 * the tables, and {@link TableReader#merge}. Immutable and thread-safe.
 */
final class Reading {

    private final QuantityParser parser;
    private final TextCleaner cleaner;
    private final IndicatorEngine engine;
    private final ReportContextReader contextReader;
    private final TableReader tables;

    /** {@code parser} is the grammar the engine and the tables read with: explanations name its refusals. */
    Reading(QuantityParser parser, TextCleaner cleaner, IndicatorEngine engine, ReportContextReader contextReader,
            TableReader tables) {
        this.parser = parser;
        this.cleaner = cleaner;
        this.engine = engine;
        this.contextReader = contextReader;
        this.tables = tables;
    }

    /** The analysis view of a loaded text (see {@link Extractor#view}). */
    CleanText view(String text, boolean pdf) {
        return clean(text, pdf || LayoutRepair.pageLike(text));
    }

    /** The view of a text already known to be page text or not (the page test reads the whole text once). */
    private CleanText clean(String text, boolean page) {
        if (!page) {
            return LayoutRepair.repair(cleaner.clean(text), false);
        }
        // Page text: the lines a page cut are joined first, so the cleaner sees sentences and
        // paragraphs, as in any other report, not forty-character pieces of them.
        CleanText joined = LayoutRepair.repair(CleanText.identity(text), true);
        return joined.then(cleaner.clean(joined.text()));
    }

    /** Prose records from the view, table records from the tables, in document order. */
    Extraction extract(String doc, String text, List<LoadedTable> structured, boolean pdf, boolean trace) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        boolean page = pdf || LayoutRepair.pageLike(text);
        CleanText clean = clean(text, page);
        List<Diagnostic> unreadable = new ArrayList<>();
        List<Indicator> prose = engine.extract(clean, trace,
                u -> unreadable.add(new Diagnostic(Diagnostic.Code.PART_SKIPPED, u.message())));
        List<Indicator> indicators = TableReader.merge(prose, tables.read(text, structured, page, trace));
        return new Extraction(doc, text, contextReader.read(clean.text()), indicators, unreadable);
    }

    /**
     * Every number of a loaded text with its outcome and trace, by start: the numerals the finder
     * turned down, the quantities prose reading decided about, and the tables' numeric cells; as in
     * {@link #extract}, what prose reading saw inside a table gives way to the table's reading.
     */
    List<Explanation> explain(String text, List<LoadedTable> structured, boolean pdf) {
        Objects.requireNonNull(text, "text");
        boolean page = pdf || LayoutRepair.pageLike(text);
        CleanText clean = clean(text, page);
        TableReader.Tables read = tables.explain(text, structured, page);
        List<Explanation> prose = new ArrayList<>();
        for (Rejected r : parser.rejected(clean.text())) {
            int start = clean.loadedStart(r.start());
            int end = clean.loadedEnd(r.end());
            prose.add(new Explanation(text.substring(start, end), start, end, Outcome.NO_QUANTITY, "",
                    List.of(new Fired(r.step(), null, null, null))));
        }
        for (IndicatorEngine.Explanation e : engine.explain(clean)) {
            prose.add(EngineExplanations.of(e));
        }
        List<Explanation> out = new ArrayList<>(TableReader.outside(prose, Explanation::start, read));
        for (TableReader.Explained c : read.explained()) {
            Indicator i = c.record();
            out.add(new Explanation(c.text(), c.start(), c.end(), i == null ? Outcome.NO_RECORD : Outcome.TABLE_CELL,
                    i == null ? "" : i.subject(), c.fired()));
        }
        out.sort(Comparator.comparingInt(Explanation::start));
        return out;
    }

    /** The prose reading's own explanations of a text, as {@link Extractor#explain(String)} gives them. */
    List<IndicatorEngine.Explanation> explainProse(String text) {
        return engine.explain(clean(text, LayoutRepair.pageLike(text)));
    }
}
