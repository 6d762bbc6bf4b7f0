/**
 * The public entry points: {@link io.github.zhibiao.api.Extractor} (immutable, thread-safe; build
 * once with {@link io.github.zhibiao.api.Extractor#builder()}), its results
 * ({@link io.github.zhibiao.api.Extraction}) and the quantity grammar on its own
 * ({@link io.github.zhibiao.api.QuantityGrammar}).
 *
 * <pre>{@code
 * Extraction r = Extractor.defaults().extract(Path.of("report.docx"));
 * r.indicators().forEach(i -> System.out.println(i.subject() + " " + i.value() + i.unit()));
 * }</pre>
 */
package io.github.zhibiao.api;
