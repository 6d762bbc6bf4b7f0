/**
 * Internal, not API (may change without notice): the indicator stage (subjects, categories,
 * changes, targets, report context). Use {@link io.github.zhibiao.api.Extractor}.
 */
package io.github.zhibiao.internal.indicator;
