package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import io.github.zhibiao.model.ReportContext;
import io.github.zhibiao.rules.RuleSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a report says about itself from its opening: the region (a place name ending in
 * 省, 市, 县, 区, 州, 盟 or 旗), the year, and the period (上半年, 第三季度, 全年…).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportContextReader {

    private static final int HEAD = 600;

    private final Segmenter segmenter;
    // The words are the rules' (patterns.tsv context-*, words.tsv); the code only names them.
    private final Pattern year;
    private final Pattern period;
    private final Pattern region;
    private final Pattern autonomous;
    /** Administrative levels, lowest first: on equal counts the more specific place wins. */
    private final List<String> levels;
    private final List<String> autonomousFull;
    /** The periods that mean the whole year; the first is the name given. */
    private final List<String> wholeYear;

    /** A reader with the built-in rules' words. */
    public ReportContextReader(Segmenter segmenter) {
        this(segmenter, RuleSet.defaults());
    }

    /** A reader with the words of {@code rules}. */
    public ReportContextReader(Segmenter segmenter, RuleSet rules) {
        this.segmenter = segmenter;
        this.year = Pattern.compile(rules.pattern("context-year"));
        this.period = Pattern.compile(rules.pattern("context-period"));
        this.region = Pattern.compile(rules.pattern("context-region"));
        this.autonomous = Pattern.compile(rules.pattern("context-autonomous"));
        this.levels = rules.wordList("region-levels");
        this.autonomousFull = rules.wordList("autonomous-regions");
        this.wholeYear = rules.wordList("whole-year-periods");
    }

    /** The context stated in the opening of {@code text}. */
    public ReportContext read(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length()));
        return new ReportContext(region(head), year(head), period(head));
    }

    private String region(String head) {
        String found = placeName(head);
        if (found != null) {
            return found;
        }
        // HanLP does not always tag the autonomous regions as places.
        Matcher m = autonomous.matcher(head);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return m.group();                   // the full name was written
        }
        return autonomousFull.stream().filter(n -> n.startsWith(m.group(2))).findFirst().orElse(null);
    }

    /**
     * The place the report is about: the one its title names, else the one named most often in
     * its opening, the more specific on equal counts (湘潭市 over 湖南省).
     */
    private String placeName(String head) {
        String title = firstLine(head);
        Map<String, Integer> counts = new HashMap<>();
        for (Token t : segmenter.segment(head, 0, head.length())) {
            if (t.pos().equals("ns") && region.matcher(t.word()).matches()) {
                if (t.start() < title.length()) {
                    return t.word();
                }
                counts.merge(t.word(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && level(e.getKey()) < level(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private int level(String place) {
        int i = levels.indexOf(place.substring(place.length() - 1));
        return i < 0 ? levels.size() : i;
    }

    private static String firstLine(String head) {
        for (String line : head.split("\n", 4)) {
            if (!line.isBlank()) {
                return line.length() <= 60 ? line : "";
            }
        }
        return "";
    }

    private Integer year(String head) {
        // The title names the report's year (2025年政府工作报告 reviews 2024 in most of its lines).
        for (String line : head.split("\n", 4)) {
            if (!line.isBlank()) {
                Matcher t = year.matcher(line);
                if (line.length() <= 60 && t.find()) {
                    return Integer.parseInt(t.group(1));
                }
                break;
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Integer best = null;
        Matcher m = year.matcher(head);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int c = counts.merge(y, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = y;
            }
        }
        return best;
    }

    private String period(String head) {
        Matcher m = period.matcher(head);
        if (!m.find()) {
            return null;
        }
        return wholeYear.contains(m.group()) ? wholeYear.get(0) : m.group();
    }
}
