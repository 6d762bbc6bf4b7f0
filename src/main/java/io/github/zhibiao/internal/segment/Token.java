package io.github.zhibiao.internal.segment;

/**
 * One word of a segmented text: its span and part of speech (HanLP's tag set: {@code n} noun,
 * {@code v} verb, {@code m} number, {@code w} punctuation…).
 *
 * @param start offset of the first character in the segmented text
 * @param word  the word as it stands in the text
 * @param pos   part-of-speech tag
 */
public record Token(int start, String word, String pos) {

    /** Offset just past the word. */
    public int end() {
        return start + word.length();
    }

    /** True for nouns and noun-like words that can head or modify what a number measures. */
    public boolean nounLike() {
        if (pos.isEmpty()) {
            return false;
        }
        if (pos.equals("nx")) {
            // HanLP tags any foreign string nx, punctuation included: only words count (PM2.5, GDP).
            return !word.isBlank() && Character.isLetter(word.charAt(0));
        }
        char c = pos.charAt(0);
        return c == 'n' || c == 'g' || pos.equals("vn") || pos.equals("b") || pos.equals("j") || pos.equals("an");
    }

    /** True for verbs (but not verbal nouns). */
    public boolean verb() {
        return pos.startsWith("v") && !pos.equals("vn");
    }
}
