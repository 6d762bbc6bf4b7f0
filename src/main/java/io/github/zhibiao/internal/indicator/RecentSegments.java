package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Segmenter} that remembers its last few answers while a pass over one text is open on
 * the calling thread: the steps about one number often segment the same few characters (the words
 * after it for its noun phrase and again for a described head; a subject checked for verbs by two
 * steps). Segmenting depends only on the characters segmented, so an answer found by content is
 * the answer. Outside an open pass it only delegates; nothing outlives the pass.
 *
 * <p>Thread-safe: each thread has its own memory, and only for the pass it opened.
 */
final class RecentSegments implements Segmenter {

    /** How many answers a pass keeps: enough for the steps about one number and the one before. */
    private static final int SIZE = 16;

    private final Segmenter segmenter;
    private final ThreadLocal<Memory> memory = new ThreadLocal<>();

    RecentSegments(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Opens a pass on this thread, until the returned pass is closed. Passes do not nest. */
    Pass open() {
        memory.set(new Memory());
        return memory::remove;
    }

    /** An open pass; closing it drops what it remembered. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public List<Token> segment(CharSequence text, int start, int end) {
        Memory m = memory.get();
        if (m == null || end <= start) {
            return segmenter.segment(text, start, end);
        }
        String key = text.subSequence(start, end).toString();
        List<Token> found = m.get(key);
        if (found == null) {
            found = segmenter.segment(key, 0, key.length());
            m.put(key, found);
        }
        return start == 0 ? found : shifted(found, start);
    }

    private static List<Token> shifted(List<Token> tokens, int by) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(new Token(t.start() + by, t.word(), t.pos()));
        }
        return out;
    }

    /** The last {@link #SIZE} texts segmented and their tokens (offsets from 0), oldest overwritten first. */
    private static final class Memory {
        private final String[] keys = new String[SIZE];
        private final List<?>[] values = new List<?>[SIZE];
        private int next;

        @SuppressWarnings("unchecked")
        List<Token> get(String key) {
            for (int i = 0; i < SIZE; i++) {
                if (key.equals(keys[i])) {
                    return (List<Token>) values[i];
                }
            }
            return null;
        }

        void put(String key, List<Token> tokens) {
            keys[next] = key;
            values[next] = List.copyOf(tokens);
            next = (next + 1) % SIZE;
        }
    }
}
