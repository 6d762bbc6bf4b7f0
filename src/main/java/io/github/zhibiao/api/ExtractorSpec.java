package io.github.zhibiao.api;

import io.github.zhibiao.load.ReportLoader;
import io.github.zhibiao.rules.RuleSet;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A serializable description of an {@link Extractor}, for distributed jobs: the rules as text
 * (never file paths, which an executor may not see) and the loader's limits. Ship the spec to
 * the workers; each JVM builds its extractor once, on first use, and every task of that JVM
 * shares it.
 *
 * <pre>{@code
 * ExtractorSpec spec = ExtractorSpec.defaults()
 *         .withRules(Files.readString(Path.of("hospital.tsv")))   // read on the driver
 *         .withMaxChars(2_000_000);
 * // on a worker:
 * List<FileResult> results = spec.extractFile("2023/a.docx", bytes);
 * }</pre>
 *
 * <p>The per-JVM cache is a static map from spec to extractor that is never emptied: a job
 * uses a handful of specs, and an extractor (HanLP's dictionaries, the rules) costs about half a
 * second to build and is meant to live as long as the JVM. Equal specs share one extractor.
 *
 * @param builtInRules     whether the built-in rules come first
 * @param rules            rules-file texts added after them, in order (see {@link RuleSet#with(String, String)})
 * @param charset          the forced charset of text input, or null to detect it
 * @param maxInputBytes    see {@link ReportLoader.Builder#maxInputBytes(long)}
 * @param maxChars         see {@link ReportLoader.Builder#maxChars(int)}
 * @param truncate         see {@link ReportLoader.Builder#truncate(boolean)}
 * @param timeoutMillis    see {@link ReportLoader.Builder#timeout(Duration)}
 * @param maxExpandedBytes see {@link ReportLoader.Builder#maxExpandedBytes(long)}
 * @serial exclude
 */
// Serialized form: the components above. Excluded from the serialized-form page because JDK 17's
// doclint does not see a serializable record's @param text and calls every component undocumented.
public record ExtractorSpec(boolean builtInRules, List<String> rules, String charset, long maxInputBytes,
                            int maxChars, boolean truncate, long timeoutMillis, long maxExpandedBytes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One extractor per spec per JVM (see the class comment). */
    private static final ConcurrentMap<ExtractorSpec, Extractor> CACHE = new ConcurrentHashMap<>();

    /**
     * Checks the fields and copies the rules.
     *
     * @param builtInRules whether the built-in rules come first
     * @param rules rules-file texts added after them, in order (see {@link RuleSet#with(String, String)})
     * @param charset the forced charset of text input, or null to detect it
     * @param maxInputBytes see {@link ReportLoader.Builder#maxInputBytes(long)}
     * @param maxChars see {@link ReportLoader.Builder#maxChars(int)}
     * @param truncate see {@link ReportLoader.Builder#truncate(boolean)}
     * @param timeoutMillis see {@link ReportLoader.Builder#timeout(Duration)}
     * @param maxExpandedBytes see {@link ReportLoader.Builder#maxExpandedBytes(long)}
     */
    public ExtractorSpec {
        rules = List.copyOf(rules);
        if (charset != null) {
            Charset.forName(charset);   // fails early, on the driver, for a bad name
        }
    }

    /**
     * The built-in rules and the default loader: what {@link Extractor#defaults()} does.
     *
     * @return the default spec
     */
    public static ExtractorSpec defaults() {
        return new ExtractorSpec(true, List.of(), null, ReportLoader.DEFAULT_MAX_INPUT_BYTES,
                ReportLoader.DEFAULT_MAX_CHARS, false, ReportLoader.DEFAULT_TIMEOUT.toMillis(),
                ReportLoader.DEFAULT_MAX_EXPANDED_BYTES);
    }

    /**
     * This spec plus the rules of a rules file, given as its text.
     *
     * @param rulesText the content of a rules file
     * @return a new spec
     */
    public ExtractorSpec withRules(String rulesText) {
        Objects.requireNonNull(rulesText, "rulesText");
        List<String> more = new ArrayList<>(rules);
        more.add(rulesText);
        return new ExtractorSpec(builtInRules, more, charset, maxInputBytes, maxChars, truncate, timeoutMillis,
                maxExpandedBytes);
    }

    /**
     * This spec without the built-in rules: only those given by {@link #withRules(String)} apply.
     *
     * @return a new spec
     */
    public ExtractorSpec withoutBuiltInRules() {
        return new ExtractorSpec(false, rules, charset, maxInputBytes, maxChars, truncate, timeoutMillis,
                maxExpandedBytes);
    }

    /**
     * This spec with a forced charset for text input ({@code "GB18030"}), or null to detect it.
     *
     * @param charsetName a charset name, or null to detect the charset
     * @return a new spec
     */
    public ExtractorSpec withCharset(String charsetName) {
        return new ExtractorSpec(builtInRules, rules, charsetName, maxInputBytes, maxChars, truncate, timeoutMillis,
                maxExpandedBytes);
    }

    /**
     * This spec with another text limit; {@code truncate} keeps the first part of longer texts.
     *
     * @param chars the longest text, in chars
     * @param cut whether a longer text is cut instead of failing
     * @return a new spec
     */
    public ExtractorSpec withMaxChars(int chars, boolean cut) {
        return new ExtractorSpec(builtInRules, rules, charset, maxInputBytes, chars, cut, timeoutMillis,
                maxExpandedBytes);
    }

    /**
     * This spec with other input limits: bytes of a file, expanded bytes of a zip, time of a parse.
     *
     * @param inputBytes the largest input file, in bytes
     * @param expandedBytes the largest expanded size of a zip container
     * @param timeout the longest time one parse may take
     * @return a new spec
     */
    public ExtractorSpec withInputLimits(long inputBytes, long expandedBytes, Duration timeout) {
        return new ExtractorSpec(builtInRules, rules, charset, inputBytes, maxChars, truncate, timeout.toMillis(),
                expandedBytes);
    }

    /**
     * The extractor this spec describes: built on first use in this JVM, then shared.
     *
     * @return the shared extractor for this spec
     */
    public Extractor extractor() {
        return CACHE.computeIfAbsent(this, ExtractorSpec::build);
    }

    /**
     * {@link Extractor#extractFile(String, byte[])} on this JVM's extractor for this spec.
     *
     * @param name the document's name; its extension tells archives apart and hints the format
     * @param bytes the file's content
     * @return one result, or one per archive member in archive order
     */
    public List<FileResult> extractFile(String name, byte[] bytes) {
        return extractor().extractFile(name, bytes);
    }

    private static Extractor build(ExtractorSpec spec) {
        if (spec.equals(defaults())) {
            return Extractor.defaults();   // one default extractor per JVM, whoever asks for it
        }
        RuleSet rules = spec.builtInRules ? RuleSet.defaults() : RuleSet.empty();
        for (int i = 0; i < spec.rules.size(); i++) {
            rules = rules.with(spec.rules.get(i), "rules-" + (i + 1));
        }
        ReportLoader loader = ReportLoader.builder()
                .charset(spec.charset == null ? null : Charset.forName(spec.charset))
                .maxInputBytes(spec.maxInputBytes)
                .maxChars(spec.maxChars)
                .truncate(spec.truncate)
                .timeout(Duration.ofMillis(spec.timeoutMillis))
                .maxExpandedBytes(spec.maxExpandedBytes)
                .build();
        return Extractor.builder().rules(rules).loader(loader).build();
    }
}
