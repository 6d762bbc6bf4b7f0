package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.regex.Pattern;

/**
 * Finds goals and plans: a {@code target} word earlier in the sentence, or a {@code target-section}
 * heading (or title) after which everything is planned. Immutable.
 */
final class PlanFinder {

    private static final Pattern HEADING_NUMBER = Pattern.compile(".*[、)）〕\\]]\\s*");
    /** Target words inside quotes are names (“三项计划”), not plans. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,20}”|《[^》]{0,40}》");

    private final Lexicon target;
    private final Lexicon targetSection;
    /** The year a heading may end in ({@code 2025年}); the rules' {@code plan-heading-year}. */
    private final Pattern headingYear;
    /** A numbered section heading that names a period first: 二、“十五五”时期主要目标任务. */
    private final Pattern sectionPeriod;

    PlanFinder(RuleSet rules) {
        this.target = new Lexicon(rules.of(RuleKind.TARGET));
        this.targetSection = new Lexicon(rules.of(RuleKind.TARGET_SECTION));
        this.headingYear = Pattern.compile(rules.pattern("plan-heading-year"));
        this.sectionPeriod = Pattern.compile(rules.pattern("plan-section-period"));
    }

    /** True when the words of a sentence before a number make it a goal. */
    boolean plannedBy(String sentenceLead) {
        boolean quotes = sentenceLead.indexOf('“') >= 0 || sentenceLead.indexOf('《') >= 0;
        return hasPlanWord(quotes ? QUOTED.matcher(sentenceLead).replaceAll("") : sentenceLead);
    }

    /** A plan word in the words before a number, not one done already (确保了, 计划了). */
    boolean hasPlanWord(String lead) {
        int from = 0;
        while (from < lead.length()) {
            Lexicon.Hit h = target.firstIn(lead, from);
            if (h == null) {
                return false;
            }
            int end = h.end();
            if (end >= lead.length() || lead.charAt(end) != Particles.LE_CHAR) {
                return true;
            }
            from = end;
        }
        return false;
    }

    /** Offset of the first plan section (a heading or title with a plan word), or the text length. */
    int planStart(String v) {
        // One pass for all the words: whether a place is a heading does not depend on the word there.
        for (Lexicon.Hit h = targetSection.firstIn(v); h != null; h = targetSection.firstIn(v, h.start() + 1)) {
            if (isHeading(v, h.start())) {
                return h.start();
            }
        }
        return v.length();
    }

    /** A heading: the word opens its line, or follows a section number (三、 (二) 〔二〕), or opens the document. */
    private boolean isHeading(String v, int at) {
        // Only the few chars before the word matter: a bounded look back keeps this linear.
        int lineStart = Clauses.lastBreak(v, at, "\n\r", Math.max(0, at - 200));
        String before = headingYear.matcher(v.substring(lineStart, at).strip()).replaceFirst("").strip();
        return before.length() <= 8 && (before.isEmpty() || HEADING_NUMBER.matcher(before).matches() || at < 120)
                || sectionPeriod.matcher(before).matches();
    }
}
