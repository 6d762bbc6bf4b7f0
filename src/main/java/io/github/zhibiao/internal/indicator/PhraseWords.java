package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary phrase building reads, all from the rules: the word lists of {@code words.tsv}
 * ({@code noun-joiners}, {@code predicate-verbs}…), the pieces of {@code patterns.tsv} ({@code
 * left-leading-time}, {@code left-from-tail}) and the {@code link} rules of kind {@code ADVERB}.
 * Read once per engine. Immutable.
 *
 * <pre>{@code
 * PhraseWords w = PhraseWords.of(RuleSet.defaults());
 * w.predicateVerbs().contains("入选");   // true
 * }</pre>
 *
 * @param nounJoiners    words that join two nouns into one counted thing ({@code 农村教师和一般教师})
 * @param partyJoiners   words that join parties ({@code 与}): an action after a noun phrase may open with one
 * @param sizeJoiners    words that join two size classes inside a loose name ({@code 750千伏和330千伏})
 * @param lightVerbs     verbs of having and light verbs before a count: no action of a subject
 * @param predicateVerbs verbs that open what counted things did or got ({@code 入选}): they end a noun phrase
 * @param activityVerbs  verbs of holding an activity: what follows one is what a count counts
 * @param averageWords   words ending in 均 that name an average, not "each" ({@code 人均})
 * @param openLeft       words that alone before a number leave its subject open ({@code 在}, {@code 为})
 * @param rateEnds       what a rate's name ends in ({@code 率}): 有 opening it names a population
 * @param adverbNouns    adverbs written as nouns ({@code 深度结对}): they end a noun phrase when a verb follows
 * @param leadingVerb    verbs dropped from the start of a subject to find its head ({@code 新增学位})
 * @param comparisonTail a comparison (and 分别) that ends a subject ({@code …比上年})
 * @param averageTail    averaging words that end a subject
 * @param leadingTime    a time that opens the words before a number ({@code 截至2023年底})
 * @param fromTail       a source that ends them ({@code 由…}, {@code 从…})
 */
record PhraseWords(Set<String> nounJoiners, Set<String> partyJoiners, Set<String> sizeJoiners, Set<String> lightVerbs, Set<String> predicateVerbs,
        Set<String> activityVerbs, Set<String> averageWords, Set<String> openLeft, Set<String> rateEnds, Set<String> adverbNouns,
        Pattern leadingVerb, Pattern comparisonTail, Pattern averageTail, Pattern leadingTime, Pattern fromTail) {

    /** The arg of link rules whose words are adverbs written as nouns. */
    private static final String ADVERB = "ADVERB";

    /** The vocabulary of {@code rules}. */
    static PhraseWords of(RuleSet rules) {
        Words words = new Words(rules);
        Set<String> adverbNouns = new HashSet<>();
        rules.of(RuleKind.LINK).stream().filter(r -> r.arg().equals(ADVERB)).forEach(r -> adverbNouns.addAll(r.words()));
        return new PhraseWords(words.set("noun-joiners"), words.set("party-joiners"), words.set("size-joiners"), words.set("light-verbs"),
                words.set("predicate-verbs"), words.set("activity-verbs"), words.set("average-words"),
                words.set("open-left"), words.set("rate-ends"), Set.copyOf(adverbNouns),
                Pattern.compile("^(" + words.alternation("leading-verbs") + ")"),
                Pattern.compile("(" + words.alternation("comparison-tail") + ")?(" + Particles.RESPECTIVELY + ")?$"),
                Pattern.compile("(" + words.alternation("average-tail") + ")$"),
                Pattern.compile(rules.pattern("left-leading-time")),
                Pattern.compile(rules.pattern("left-from-tail")));
    }
}
