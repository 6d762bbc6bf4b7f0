/**
 * Tables of a report as tables: found in the document's structure (Word, HTML) or recovered from
 * page-laid-out text (PDF: a caption {@code 表N …}, a header row, rows of cells), and read cell by
 * cell into indicator records whose unit comes from the column header and whose subject comes from
 * the row label. {@link io.github.zhibiao.internal.table.TableReader} is the entry point.
 */
package io.github.zhibiao.internal.table;
