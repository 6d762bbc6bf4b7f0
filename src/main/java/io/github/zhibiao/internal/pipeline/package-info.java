/**
 * Internal, not API (may change without notice): the one driver of every staged pipeline (the
 * quantity finder's numerals, the indicator engine's drafts, a text's composites, table cells).
 * {@link io.github.zhibiao.internal.pipeline.Pipeline} reads the order from the {@code stage}
 * rows of {@code pipeline.tsv}; {@link io.github.zhibiao.internal.pipeline.Step}s declare what
 * they read and write; {@link io.github.zhibiao.internal.pipeline.Tracer} records what fired.
 */
package io.github.zhibiao.internal.pipeline;
