package io.github.zhibiao.internal.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The analysis view of a loaded text: what remains after cleaning skipped site chrome and inserted
 * preview markers and mapped characters one for one (full-width to half-width, traditional to
 * simplified), with an exact map from every view index back to the loaded text.
 *
 * <p>Everything downstream (finding numbers, segmentation, rules) reads {@link #text()}; every
 * record reports {@link #loadedStart(int)}/{@link #loadedEnd(int)} and takes its text from
 * {@link #loaded()}, so {@code loaded().substring(loadedStart(s), loadedEnd(e))} is always a true
 * substring of what was loaded.
 *
 * <pre>{@code
 * CleanText c = CleanText.identity("全市９６．８％");
 * c.text();              // "全市96.8%"
 * c.loadedStart(2);      // 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CleanText {

    private final String loaded;
    private final String text;
    /** toLoaded[i] is the loaded index of view char i; toLoaded[text.length()] is loaded.length(). */
    private final int[] toLoaded;

    private CleanText(String loaded, String text, int[] toLoaded) {
        this.loaded = loaded;
        this.text = text;
        this.toLoaded = toLoaded;
    }

    /** A view that keeps every character, with only the one-for-one width normalization applied. */
    public static CleanText identity(String loaded) {
        return builder(loaded).build();
    }

    /** Starts a view of {@code loaded}; mark skips and mappings, then {@link Builder#build()}. */
    public static Builder builder(String loaded) {
        return new Builder(loaded, null);
    }

    /**
     * Starts a view of {@code loaded} whose characters are already mapped one for one in
     * {@code mapped} (same length), e.g. width-folded and simplified in one pass.
     */
    public static Builder builder(String loaded, String mapped) {
        Objects.requireNonNull(mapped, "mapped");
        if (mapped.length() != loaded.length()) {
            throw new IllegalArgumentException("a one-for-one map keeps the length: " + mapped.length()
                    + " != " + loaded.length());
        }
        return new Builder(loaded, mapped);
    }

    /** The text as loaded, before cleaning. */
    public String loaded() {
        return loaded;
    }

    /** The cleaned analysis text. */
    public String text() {
        return text;
    }

    /** Loaded index of the view character at {@code viewIndex} ({@code text().length()} maps to the loaded end). */
    public int loadedStart(int viewIndex) {
        return toLoaded[viewIndex];
    }

    /** Loaded index just past the view character before {@code viewEnd}: the exclusive end of a span. */
    public int loadedEnd(int viewEnd) {
        return viewEnd == 0 ? toLoaded[0] : toLoaded[viewEnd - 1] + 1;
    }

    /** The loaded substring that the view span {@code [viewStart, viewEnd)} came from. */
    public String loadedSpan(int viewStart, int viewEnd) {
        return loaded.substring(loadedStart(viewStart), loadedEnd(viewEnd));
    }

    /** True when the view span crosses no skipped loaded character. */
    public boolean contiguous(int viewStart, int viewEnd) {
        return loadedEnd(viewEnd) - loadedStart(viewStart) == viewEnd - viewStart;
    }

    /**
     * This view without the view characters marked in {@code drop} (same length as {@link #text()}):
     * a further skip, e.g. the line breaks a page layout put inside a sentence. The offset map
     * stays exact, so a span across a dropped break still maps back to its loaded text.
     */
    public CleanText without(boolean[] drop) {
        if (drop.length != text.length()) {
            throw new IllegalArgumentException("drop marks " + drop.length + " chars of a view of " + text.length());
        }
        StringBuilder view = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                view.append(text.charAt(i));
                map[n++] = toLoaded[i];
            }
        }
        map[n] = toLoaded[text.length()];
        return new CleanText(loaded, view.toString(), Arrays.copyOf(map, n + 1));
    }

    /**
     * A view of {@code next}'s view over this one: {@code next} was built over this view's
     * {@link #text()}; the result maps straight back to this view's loaded text.
     */
    public CleanText then(CleanText next) {
        if (!next.loaded.equals(text)) {
            throw new IllegalArgumentException("the next view is not a view of this view's text");
        }
        int n = next.text.length();
        int[] map = new int[n + 1];
        for (int i = 0; i < n; i++) {
            map[i] = toLoaded[next.toLoaded[i]];
        }
        map[n] = loaded.length();
        return new CleanText(loaded, next.text, map);
    }

    /** Builds a {@link CleanText}: skips and one-for-one character mappings over the loaded text. */
    public static final class Builder {
        private final String loaded;
        private final boolean[] skip;
        private final char[] chars;

        private Builder(String loaded, String mapped) {
            this.loaded = Objects.requireNonNull(loaded, "loaded");
            this.skip = new boolean[loaded.length()];
            if (mapped != null) {
                this.chars = mapped.toCharArray();
            } else {
                this.chars = loaded.toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = Widths.toHalfWidth(chars[i]);
                }
            }
        }

        /** Leaves {@code [start, end)} of the loaded text out of the view. */
        public Builder skip(int start, int end) {
            Arrays.fill(skip, start, end, true);
            return this;
        }

        /** True when the loaded character at {@code i} is already skipped. */
        public boolean skipped(int i) {
            return skip[i];
        }

        /** Replaces the loaded character at {@code i} by {@code c} in the view (one for one). */
        public Builder map(int i, char c) {
            chars[i] = c;
            return this;
        }

        /** The view character currently at loaded index {@code i}. */
        public char charAt(int i) {
            return chars[i];
        }

        /** The view: every character not skipped, as mapped, with its offset map. */
        public CleanText build() {
            StringBuilder view = new StringBuilder(chars.length);
            int[] map = new int[chars.length + 1];
            int n = 0;
            for (int i = 0; i < chars.length; i++) {
                if (!skip[i]) {
                    view.append(chars[i]);
                    map[n++] = i;
                }
            }
            map[n] = loaded.length();
            return new CleanText(loaded, view.toString(), Arrays.copyOf(map, n + 1));
        }
    }
}
