package io.github.zhibiao.indicator;

import io.github.zhibiao.model.ReportContext;
import io.github.zhibiao.segment.Segmenter;
import io.github.zhibiao.segment.Token;

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
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?=年)");
    private static final Pattern PERIOD = Pattern.compile("上半年|下半年|第[一二三四1-4]季度|前三季度|一季度|全年|年度");
    private static final Pattern REGION = Pattern.compile(".{2,}(省|市|县|区|州|盟|旗|自治区)");

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

    private String placeName(String head) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        List<Token> tokens = segmenter.segment(head, 0, head.length());
        for (Token t : tokens) {
            if (t.pos().equals("ns") && REGION.matcher(t.word()).matches()) {
                int c = counts.merge(t.word(), 1, Integer::sum);
                if (best == null || c > counts.get(best)) {
                    best = t.word();
                }
            }
        }
        return best;
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
