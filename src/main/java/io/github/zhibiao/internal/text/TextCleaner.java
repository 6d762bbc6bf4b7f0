package io.github.zhibiao.internal.text;

/**
 * Turns a loaded text into its analysis view. Implementations must be immutable and thread-safe,
 * and may only skip or map characters one for one (see {@link CleanText}).
 */
@FunctionalInterface
public interface TextCleaner {

    /** Builds the analysis view of {@code loaded}. */
    CleanText clean(String loaded);

    /** A cleaner that only folds character widths. */
    static TextCleaner widthsOnly() {
        return CleanText::identity;
    }
}
