package io.github.zhibiao.internal.quantity;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie for longest-match lookups at a position of a text, forwards
 * ({@code 人次} before {@code 人}) or backwards (words ending where a number starts: {@code 将近}).
 * Lookups allocate nothing; the matched value is read with {@link #valueAt}.
 *
 * <pre>{@code
 * WordTrie<String> t = WordTrie.of(Map.of("人", "人", "人次", "人次"), false);
 * int len = t.longest("9万人次。", 2, 5);   // 2
 * }</pre>
 *
 * @param <V> the value stored with each word
 */
public final class WordTrie<V> {

    private final Node<V> root;
    private final boolean backward;
    private final int maxLength;

    private static final class Node<V> {
        final char[] keys;
        final Node<V>[] kids;
        final V value;

        Node(char[] keys, Node<V>[] kids, V value) {
            this.keys = keys;
            this.kids = kids;
            this.value = value;
        }

        Node<V> child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : kids[k];
        }
    }

    private WordTrie(Node<V> root, boolean backward, int maxLength) {
        this.root = root;
        this.backward = backward;
        this.maxLength = maxLength;
    }

    /**
     * Builds a trie; with {@code backward} the words are matched ending at a position.
     *
     * @param words word to value; later duplicates are the map's business
     */
    public static <V> WordTrie<V> of(Map<String, V> words, boolean backward) {
        TreeMap<String, V> keyed = new TreeMap<>();
        int max = 0;
        for (Map.Entry<String, V> e : words.entrySet()) {
            String w = e.getKey();
            if (w.isEmpty()) {
                continue;
            }
            keyed.put(backward ? new StringBuilder(w).reverse().toString() : w, e.getValue());
            max = Math.max(max, w.length());
        }
        return new WordTrie<>(build(keyed, ""), backward, max);
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V> build(TreeMap<String, V> words, String prefix) {
        TreeMap<Character, TreeMap<String, V>> byNext = new TreeMap<>();
        V own = null;
        for (Map.Entry<String, V> e : words.entrySet()) {
            String w = e.getKey();
            if (w.length() == prefix.length()) {
                own = e.getValue();
            } else {
                byNext.computeIfAbsent(w.charAt(prefix.length()), k -> new TreeMap<>()).put(w, e.getValue());
            }
        }
        char[] keys = new char[byNext.size()];
        @SuppressWarnings("unchecked") Node<V>[] kids = (Node<V>[]) new Node<?>[byNext.size()];
        int i = 0;
        for (Map.Entry<Character, TreeMap<String, V>> e : byNext.entrySet()) {
            keys[i] = e.getKey();
            kids[i] = build(e.getValue(), prefix + e.getKey());
            i++;
        }
        return new Node<>(keys, kids, own);
    }

    /** Length of the longest word stored; 0 when empty. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Length of the longest word at {@code pos}: starting there for a forward trie (reading no
     * further than {@code bound}, exclusive), ending just before it for a backward one (reading no
     * further back than {@code bound}, inclusive). 0 when none matches.
     */
    public int longest(CharSequence s, int pos, int bound) {
        Node<V> n = root;
        int best = 0;
        if (!backward) {
            for (int i = pos; i < bound; i++) {
                n = n.child(s.charAt(i));
                if (n == null) {
                    break;
                }
                if (n.value != null) {
                    best = i - pos + 1;
                }
            }
        } else {
            for (int i = pos - 1; i >= bound; i--) {
                n = n.child(s.charAt(i));
                if (n == null) {
                    break;
                }
                if (n.value != null) {
                    best = pos - i;
                }
            }
        }
        return best;
    }

    /** The value of the word of length {@code len} at {@code pos} (as found by {@link #longest}). */
    public V valueAt(CharSequence s, int pos, int len) {
        Node<V> n = root;
        for (int k = 0; k < len && n != null; k++) {
            n = n.child(backward ? s.charAt(pos - 1 - k) : s.charAt(pos + k));
        }
        return n == null ? null : n.value;
    }

    /** Value of a whole word, or {@code null}. */
    public V get(String word) {
        return backward ? valueAt(word, word.length(), word.length()) : valueAt(word, 0, word.length());
    }
}
