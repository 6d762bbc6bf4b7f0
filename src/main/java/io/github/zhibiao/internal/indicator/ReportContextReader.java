package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import io.github.zhibiao.model.ReportContext;

import java.util.HashMap;
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
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?=年)");
    private static final Pattern PERIOD = Pattern.compile("上半年|下半年|第[一二三四1-4]季度|前三季度|一季度|全年|年度");
    private static final Pattern REGION = Pattern.compile("[\\u4e00-\\u9fa5&&[^年月日]]{2,}(省|市|县|区|州|盟|旗|自治区)");
    /** Administrative levels, lowest first: on equal counts the more specific place wins. */
    private static final String LEVELS = "县旗区市州盟省";

    private final Segmenter segmenter;

    public ReportContextReader(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The context stated in the opening of {@code text}. */
    public ReportContext read(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length()));
        return new ReportContext(region(head), year(head), period(head));
    }

    private static final Pattern AUTONOMOUS = Pattern.compile("(内蒙古|广西|西藏|宁夏|新疆)[\\u4e00-\\u9fa5]{0,4}?自治区|(内蒙古|广西|西藏|宁夏|新疆)");
    private static final java.util.Map<String, String> AUTONOMOUS_FULL = java.util.Map.of(
            "内蒙古", "内蒙古自治区", "广西", "广西壮族自治区", "西藏", "西藏自治区",
            "宁夏", "宁夏回族自治区", "新疆", "新疆维吾尔自治区");

    private String region(String head) {
        String found = placeName(head);
        if (found != null) {
            return found;
        }
        // HanLP does not always tag the autonomous regions as places.
        Matcher m = AUTONOMOUS.matcher(head);
        if (m.find()) {
            return m.group().endsWith("自治区") ? m.group() : AUTONOMOUS_FULL.get(m.group());
        }
        return null;
    }

    /**
     * The place the report is about: the one its title names, else the one named most often in
     * its opening, the more specific on equal counts (湘潭市 over 湖南省).
     */
    private String placeName(String head) {
        String title = firstLine(head);
        Map<String, Integer> counts = new HashMap<>();
        for (Token t : segmenter.segment(head, 0, head.length())) {
            if (t.pos().equals("ns") && REGION.matcher(t.word()).matches()) {
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

    private static int level(String region) {
        int i = LEVELS.indexOf(region.charAt(region.length() - 1));
        return i < 0 ? LEVELS.length() : i;
    }

    private static String firstLine(String head) {
        for (String line : head.split("\n", 4)) {
            if (!line.isBlank()) {
                return line.length() <= 60 ? line : "";
            }
        }
        return "";
    }

    private static Integer year(String head) {
        // The title names the report's year (2025年政府工作报告 reviews 2024 in most of its lines).
        for (String line : head.split("\n", 4)) {
            if (!line.isBlank()) {
                Matcher t = YEAR.matcher(line);
                if (line.length() <= 60 && t.find()) {
                    return Integer.parseInt(t.group(1));
                }
                break;
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Integer best = null;
        Matcher m = YEAR.matcher(head);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int c = counts.merge(y, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = y;
            }
        }
        return best;
    }

    private static String period(String head) {
        Matcher m = PERIOD.matcher(head);
        return m.find() ? (m.group().equals("年度") ? "全年" : m.group()) : null;
    }
}
