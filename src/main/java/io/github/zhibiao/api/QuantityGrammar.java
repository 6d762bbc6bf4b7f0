package io.github.zhibiao.api;

import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Qualifier;
import io.github.zhibiao.model.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number-with-unit in a Chinese text and resolves it exactly.
 *
 * <p>TEMPORARY SEAM: an interim regex stands in until the table-driven grammar lands.
 */
public final class QuantityGrammar {

    private static final QuantityGrammar DEFAULTS = new QuantityGrammar();
    private static final Pattern P = Pattern.compile(
            "(约|近|超过|逾|不足|不到)?(?<![0-9.X第])(\\d+(?:\\.\\d+)?)(万|亿)?(余|多)?"
                    + "(万元|亿元|元/生/年|元/人\\.年|元|个百分点|%|人次|名|人|位|所|个|处|项|套|户|家|期|张|笔|间|平米|平方米|亩|:1)?(以上|左右|以下)?");

    private QuantityGrammar() {
    }

    public static QuantityGrammar defaults() {
        return DEFAULTS;
    }

    public List<Quantity> parse(CharSequence text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = P.matcher(text);
        while (m.find()) {
            String num = m.group(2);
            int after = m.end();
            if (after < text.length() && (text.charAt(after) == '年' || text.charAt(after) == '月'
                    || text.charAt(after) == '、' || text.charAt(after) == '日' || text.charAt(after) == '岁')) {
                continue;
            }
            BigDecimal v = new BigDecimal(num);
            if ("万".equals(m.group(3))) v = v.multiply(BigDecimal.valueOf(10000));
            if ("亿".equals(m.group(3))) v = v.multiply(BigDecimal.valueOf(100000000));
            String u = m.group(5);
            Qualifier q = m.group(1) != null ? (m.group(1).startsWith("不") ? Qualifier.UNDER : m.group(1).equals("约") || m.group(1).equals("近") ? Qualifier.APPROX : Qualifier.OVER)
                    : m.group(4) != null || "以上".equals(m.group(6)) ? Qualifier.OVER : "左右".equals(m.group(6)) ? Qualifier.APPROX : "以下".equals(m.group(6)) ? Qualifier.UNDER : null;
            String per = null;
            Measure me;
            if (u == null) {
                if (m.group(3) == null && v.compareTo(BigDecimal.valueOf(1000)) > 0) continue;
                me = new Measure.Bare(v);
            } else if (u.startsWith("万元")) me = new Measure.Money(v.multiply(BigDecimal.valueOf(10000)), "元");
            else if (u.startsWith("亿元")) me = new Measure.Money(v.multiply(BigDecimal.valueOf(100000000)), "元");
            else if (u.startsWith("元")) {
                me = new Measure.Money(v, "元");
                if (u.contains("生")) per = "生·年";
                if (u.contains("人")) per = "人·年";
            } else if (u.equals("%")) me = new Measure.Percent(v);
            else if (u.equals("个百分点")) me = new Measure.PercentagePoints(v);
            else if (u.equals(":1")) me = new Measure.Ratio(v);
            else if (u.equals("平米") || u.equals("平方米")) me = new Measure.Area(v, "平方米");
            else if (u.equals("亩")) me = new Measure.Area(v, "亩");
            else me = new Measure.Count(v, u.equals("名") || u.equals("位") ? "人" : u);
            out.add(new Quantity(m.start(), m.group(), me, q, per));
        }
        return out;
    }
}
