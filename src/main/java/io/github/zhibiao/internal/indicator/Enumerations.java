package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Enumerations that share one verb: {@code 一产、二产、三产增加值分别增长6%、5.2%、5.2%}. Each
 * number after the verb measures its own item of the list before 分别 ({@code 一产增加值},
 * {@code 二产增加值}…); the items before the last take the last item's head ({@code 增加值}). A
 * compound that names its parts ({@code 城乡} → 城镇, 农村; the {@code split} rules) is a list of
 * its own. Immutable.
 */
final class Enumerations {

    /** The words of the shared verb between 分别 and the first number stay short ({@code 提升至}). */
    private static final int MAX_VERB = 5;
    /** The shared verb with a baseline before it ({@code 分别较“十三五”时期下降}) stays within this. */
    private static final int MAX_COMPARED_VERB = 16;
    private static final String COMPARISON_OPENERS = "较比";
    /** A compound stands near the start of the list's phrase ({@code 金融机构存贷款余额}). */
    private static final int MAX_SPLIT_OFFSET = 4;
    private static final String RESPECTIVELY = Particles.RESPECTIVELY;
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("、");
    private static final String ELEMENT_SEPARATORS = "、和及";
    /** A number, a few characters of unit and qualifier, 、 and the next number ({@code 5.3%、7.7%}). */
    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9.]+[^、，,；;。：:0-9]{0,6}、[0-9]");
    private static final int NUMBER_RUN_REACH = 24;
    /** A verb, then figures that give no record, each closed by 、 ({@code 提高15、}, {@code 增长3.8倍、}). */
    private static final Pattern SKIPPED_FIGURES = Pattern.compile("(\\D*?)((?:[0-9.]+倍?、)+)");

    private final Segmenter segmenter;
    private final LeftSubjects left;
    /** Compounds that name their parts, longest first. */
    private final Map<String, List<String>> splits;
    private final Pattern listTail;
    private final Pattern pairJoiner;
    /** One-character change verbs before a level word ({@code 增至}, {@code 降为}). */
    private final java.util.Set<String> shortChangeVerbs;
    /** The change verbs an unmarked list may share ({@code 增长}, {@code 下降}). */
    private final Lexicon changeWords;
    /** The level words an unmarked list may share ({@code 达到}, {@code 至}). */
    private final Lexicon levelWords;

    Enumerations(Segmenter segmenter, LeftSubjects left, RuleSet rules) {
        Words words = new Words(rules);
        this.listTail = Pattern.compile("(" + words.alternation("list-tail") + ")+$");
        this.pairJoiner = Pattern.compile(words.alternation("pair-joiners"));
        this.shortChangeVerbs = words.set("short-change-verbs");
        this.segmenter = segmenter;
        this.left = left;
        Map<String, List<String>> m = new LinkedHashMap<>();
        rules.of(RuleKind.SPLIT).stream()
                .sorted((a, b) -> longest(b) - longest(a))
                .forEach(r -> r.words().forEach(w -> m.put(w, Arrays.stream(r.arg().split(",")).map(String::strip).toList())));
        this.splits = m;
        this.changeWords = new Lexicon(rules.of(RuleKind.DELTA).stream()
                .filter(r -> r.arg().equals("UP") || r.arg().equals("DOWN")).toList());
        this.levelWords = new Lexicon(rules.of(RuleKind.LEVEL));
    }

    /**
     * Step {@code subject.topic-carried}: a part named alone after a number whose subject ends in
     * another part of the same compound takes that subject's topic ({@code 一般公共预算收入增长5.1%、
     * 支出达到28.6亿元} → {@code 一般公共预算支出}); empty when none does.
     */
    String carriedTopic(String part, String previous) {
        for (List<String> parts : splits.values()) {
            if (!parts.contains(part)) {
                continue;
            }
            for (String other : parts) {
                if (!other.equals(part) && previous.endsWith(other) && previous.length() > other.length()) {
                    return previous.substring(0, previous.length() - other.length()) + part;
                }
            }
        }
        return "";
    }

    private static int longest(Rule r) {
        return r.words().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * An enumeration whose numbers start at {@code first}.
     *
     * @param items    the subjects of the items, in order (may be fewer or more than the numbers)
     * @param numbersFrom where the numbers start in the view
     * @param end      where the list of numbers ends (the clause break after it)
     * @param change   the change the shared verb names when the list's first figures give no record
     *                 (so no draft carries it); else null
     */
    record Found(List<String> items, int numbersFrom, int end, Direction change) {

        /** The place of the number at {@code at} in the list of numbers: the separators before it. */
        int elementOf(String v, int at) {
            int n = 0;
            for (int i = numbersFrom; i < at; i++) {
                if (ELEMENT_SEPARATORS.indexOf(v.charAt(i)) >= 0) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * The enumeration the number at {@code at} opens, or null when its clause reads neither
     * {@code …分别VERB} nor an unmarked list ({@link #unmarked}).
     */
    Found at(String v, int at) {
        // Most numbers follow no 分别 within a verb's length: answer them without reading their clause.
        if (!respectivelyNear(v, at)) {
            return unmarked(v, at);
        }
        // Clauses are read at most a window each side: linear on text without punctuation.
        int cs = Clauses.lastBreak(v, at, Clauses.RIGHT_BREAKS, Math.max(0, at - Clauses.WINDOW));
        String pre = v.substring(cs, at);
        int k = pre.lastIndexOf(RESPECTIVELY);
        if (k < 0) {
            return null;
        }
        String verb = pre.substring(k + RESPECTIVELY.length());
        int numbersFrom = at;
        Direction skippedChange = null;
        java.util.regex.Matcher skipped = SKIPPED_FIGURES.matcher(verb);
        if (skipped.matches() && !skipped.group(1).isEmpty()) {
            // 分别提高15、22个百分点, 分别增长3.8倍、80.2%: figures before this one that give no record
            // (a bare number, a multiple) still take their places in the list, and the verb's change.
            verb = skipped.group(1);
            numbersFrom = cs + k + RESPECTIVELY.length() + verb.length();
            Lexicon.Entry change = changeWords.suffixOf(verb);
            skippedChange = change == null ? null : ChangeSteps.direction(change.rule());
        }
        boolean compared = !verb.isEmpty() && COMPARISON_OPENERS.indexOf(verb.charAt(0)) >= 0;
        if (verb.length() > (compared ? MAX_COMPARED_VERB : MAX_VERB)) {
            return null;
        }
        if (verb.contains("、") || verb.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        int end = Clauses.nextBreak(v, at, Clauses.RIGHT_BREAKS, at + Clauses.WINDOW);
        String list = listTail.matcher(pre.substring(0, k)).replaceFirst("");
        return new Found(items(list), numbersFrom, end, skippedChange);
    }

    /**
     * A list without 分别 whose items share one change or level verb and whose numbers follow it
     * in the same order ({@code 甲、乙产量增长3%、5%}, {@code 城乡居民收入增长4%、6%}): two items at
     * least, the number at {@code at} the first of a run of numbers joined by 、; else null.
     */
    private Found unmarked(String v, int at) {
        if (!NUMBER_RUN.matcher(v).region(at, Math.min(v.length(), at + NUMBER_RUN_REACH)).lookingAt()) {
            return null;
        }
        int cs = Clauses.lastBreak(v, at, Clauses.RIGHT_BREAKS, Math.max(0, at - Clauses.WINDOW));
        String pre = v.substring(cs, at);
        if (pre.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String list = withoutVerb(pre);
        if (list.length() == pre.length()) {
            return null;
        }
        list = listTail.matcher(list).replaceFirst("");
        List<String> items = items(list);
        if (items.size() < 2) {
            return null;
        }
        return new Found(items, at, Clauses.nextBreak(v, at, Clauses.RIGHT_BREAKS, at + Clauses.WINDOW), null);
    }

    /**
     * {@code pre} without the verb it ends with: a change verb ({@code 增长}), a level word
     * ({@code 达到}), or a level word after a change verb ({@code 提高到}, {@code 增至}).
     */
    private String withoutVerb(String pre) {
        String s = pre;
        Lexicon.Entry level = levelWords.suffixOf(s);
        if (level != null) {
            s = s.substring(0, s.length() - level.word().length());
        }
        Lexicon.Entry change = changeWords.suffixOf(s);
        if (change != null) {
            return s.substring(0, s.length() - change.word().length());
        }
        return level != null && !s.isEmpty() && shortChangeVerbs.contains(s.substring(s.length() - 1))
                ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether 分别 ends at most {@link #MAX_COMPARED_VERB} characters before {@code at}. */
    private static boolean respectivelyNear(String v, int at) {
        int last = at - RESPECTIVELY.length();
        for (int i = last; i >= Math.max(0, last - MAX_COMPARED_VERB); i--) {
            if (v.startsWith(RESPECTIVELY, i)) {
                return true;
            }
        }
        return false;
    }

    /** The items of a list ({@code A、B、C增加值}), each completed with the last one's head. */
    List<String> items(String list) {
        if (list.isEmpty() || list.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        List<String> raw = new ArrayList<>(Arrays.asList(ITEM_SEPARATOR.split(list)));
        if (raw.isEmpty()) {
            return List.of(); // 、分别1亩: a list of separators alone names no item
        }
        if (raw.size() == 1) {
            String[] pair = pairJoiner.split(list);
            if (pair.length == 2) {
                raw = new ArrayList<>(Arrays.asList(pair));
            }
        }
        raw.set(0, left.clean(raw.get(0), false));
        raw.replaceAll(s -> Clauses.trimQuotes(s).strip());
        if (raw.stream().anyMatch(String::isEmpty)) {
            return List.of();
        }
        if (raw.size() == 1) {
            return splitCompound(raw.get(0));
        }
        List<String> ordinals = OrdinalLists.expand(raw);
        if (ordinals != null) {
            return ordinals;
        }
        String last = raw.get(raw.size() - 1);
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size() - 1; i++) {
            out.add(raw.get(i) + headOf(raw.get(i), last));
        }
        out.add(last);
        return out;
    }

    /** {@code 城乡居民收入} → 城镇居民收入, 农村居民收入; a phrase without such a compound: itself alone. */
    private List<String> splitCompound(String item) {
        for (Map.Entry<String, List<String>> e : splits.entrySet()) {
            int i = item.indexOf(e.getKey());
            if (i >= 0 && i <= MAX_SPLIT_OFFSET) {
                String lead = item.substring(0, i);
                String rest = item.substring(i + e.getKey().length());
                return e.getValue().stream().map(p -> lead + p + rest).toList();
            }
        }
        return List.of(item);
    }

    /**
     * The head that {@code item} shares with the last item: what follows the last item's own
     * word that parallels {@code item} (ends in the same character, else is about as long).
     */
    private String headOf(String item, String last) {
        char end = item.charAt(item.length() - 1);
        int p = last.lastIndexOf(end);
        if (p >= 0) {
            return last.substring(p + 1);
        }
        if (item.length() >= last.length() - 1) {
            return "";
        }
        if (last.charAt(0) == item.charAt(0)) {
            // 第一、第三产业增加值: the item stands for a prefix of its own length.
            return last.substring(item.length());
        }
        int best = -1;
        for (Token t : segmenter.segment(last, 0, last.length())) {
            int b = t.end();
            // On a tie the shorter head: 家用电器 and 新能源汽车零售额 share 零售额, not 汽车零售额.
            if (b < last.length() && (best < 0 || Math.abs(b - item.length()) <= Math.abs(best - item.length()))) {
                best = b;
            }
        }
        return best < 0 ? "" : last.substring(best);
    }
}
