/**
 * Presentation of extraction results: JSON Lines ({@link io.github.zhibiao.format.JsonLinesWriter}),
 * CSV ({@link io.github.zhibiao.format.CsvWriter}), an aligned text table
 * ({@link io.github.zhibiao.format.Table}), and plain Java values
 * ({@link io.github.zhibiao.format.Records}: a list of maps, a tally by category).
 *
 * <p>Every format shows the same fields in the same order: the record contract's fields
 * ({@link io.github.zhibiao.format.Records#SCHEMA_FIELDS}) then a few extras
 * ({@link io.github.zhibiao.format.Records#EXTRA_FIELDS}).
 *
 * <pre>{@code
 * List<Extraction> results = List.of(Zhibiao.extract(Path.of("report.docx")));
 * System.out.print(Table.render(results));        // aligned table for reading
 * String csv = CsvWriter.toString(results);        // RFC 4180, one header line
 * Map<Category, Long> counts = Records.tally(results);
 * }</pre>
 */
package io.github.zhibiao.format;
