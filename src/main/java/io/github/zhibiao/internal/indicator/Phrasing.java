package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.rules.RuleSet;

import java.util.List;

/**
 * The phrase readers the steps are built on, built once per engine from one segmenter and the
 * rules: each a type of its own, holding no state between numbers.
 *
 * <pre>{@code
 * Phrasing p = Phrasing.of(segments, categorizer, rules);
 * p.nouns().after(v, from, to, t);
 * }</pre>
 *
 * @param nouns   the noun phrase after a number
 * @param left    the words before a number as a subject
 * @param clauses the topic, object and action of a clause
 * @param shapes  what a short text is made of
 * @param lists   the heads subjects share with the subject before
 */
record Phrasing(NounPhrases nouns, LeftSubjects left, ClauseHeads clauses, WordShapes shapes, ListHeads lists) {

    static Phrasing of(Segmenter segmenter, Categorizer categorizer, RuleSet rules) {
        PhraseWords words = PhraseWords.of(rules);
        LeftSubjects left = new LeftSubjects(segmenter, words, rules);
        return new Phrasing(new NounPhrases(segmenter, categorizer, words), left,
                new ClauseHeads(segmenter, left, words), new WordShapes(segmenter, new Words(rules).set("deng-words")),
                new ListHeads(segmenter, words, new Words(rules).list("class-ends")));
    }
}
