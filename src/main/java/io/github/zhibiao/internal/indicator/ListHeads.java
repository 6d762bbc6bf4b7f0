package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;

import java.util.List;

/**
 * The heads subjects share with the subject before: the head word an item of a list takes ({@code
 * 油料} after {@code 粮食产量} → {@code 油料产量}), the lead an item stands for ({@code 集体企业} after
 * {@code 国有企业增加值} → {@code 集体企业增加值}), and a subject without its leading verb or its
 * closing comparison. Immutable.
 *
 * <pre>{@code
 * heads.listItem("油料", "粮食产量");   // 油料产量
 * }</pre>
 */
final class ListHeads {

    private final Segmenter segmenter;
    private final PhraseWords words;
    /** What a class of goods ends in ({@code 畜肉类}). */
    private final List<String> classEnds;

    ListHeads(Segmenter segmenter, PhraseWords words, List<String> classEnds) {
        this.segmenter = segmenter;
        this.words = words;
        this.classEnds = List.copyOf(classEnds);
    }

    /** {@code subject} without the verb it opens with ({@code 新增学位} → {@code 学位}). */
    String headOf(String subject) {
        return words.leadingVerb().matcher(subject).replaceFirst("");
    }

    /** {@code s} without the comparison and the averaging word it ends with ({@code …比上年}). */
    String stripComparison(String s) {
        return words.averageTail().matcher(words.comparisonTail().matcher(s).replaceFirst("")).replaceFirst("");
    }

    /**
     * The subject of the item {@code part} of a list that runs "A x、B y" under one verb: {@code
     * part} with the head word of {@code previous} ({@code 油料} after {@code 粮食产量} →
     * {@code 油料产量}); empty when {@code previous} has no head of its own or {@code part} has it.
     */
    String listItem(String part, String previous) {
        if (part.isEmpty() || previous.length() < 3) {
            return "";
        }
        List<Token> tokens = segmenter.segment(previous, 0, previous.length());
        // a domain term the segmenter keeps whole (粮食产量) ends in a two-character head (产量)
        String head = tokens.size() >= 2 ? tokens.get(tokens.size() - 1).word()
                : previous.length() >= 4 ? previous.substring(previous.length() - 2) : "";
        return head.isEmpty() || part.endsWith(head) || previous.startsWith(part) ? "" : part + head;
    }

    /**
     * {@code part} standing for the lead of {@code previous} ({@code 集体企业} after {@code
     * 国有企业增加值} → {@code 集体企业增加值}): the lead is the first words of {@code previous} ending
     * in what {@code part} ends in: its last two characters, or a class of goods ({@code 水产品类} after
     * {@code 畜肉类价格} → {@code 水产品类价格}); empty when there is no such lead.
     */
    String parallelItem(String part, String previous) {
        if (part.isEmpty() || previous.length() <= part.length()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(previous, 0, previous.length());
        String tail = part.substring(part.length() - (part.length() <= 3 ? 1 : 2));
        String found = parallelLead(part, previous, tokens, tail);
        for (String cls : classEnds) {
            if (!found.isEmpty() || part.length() <= 3) {
                break;
            }
            if (part.endsWith(cls)) {
                found = parallelLead(part, previous, tokens, cls);
            }
        }
        return found;
    }

    private static String parallelLead(String part, String previous, List<Token> tokens, String tail) {
        for (Token t : tokens) {
            int end = t.end();
            if (end > 6 || end >= previous.length()) {
                return "";
            }
            String lead = previous.substring(0, end);
            if (lead.endsWith(tail) && !lead.equals(part)) {
                String rest = previous.substring(end);
                return part.endsWith(rest) ? "" : part + rest;
            }
        }
        return "";
    }
}
