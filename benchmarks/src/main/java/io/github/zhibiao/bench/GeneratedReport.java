package io.github.zhibiao.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Report-style Chinese written for the benchmark (used when no shared corpus is present):
 * education and economic work reports with a realistic density of numbers, section headings,
 * and the site chrome lines scraped pages carry. Every sentence is ours; a fixed seed makes the
 * text the same in every run.
 */
final class GeneratedReport {

    private static final String[] PLACES = {"全县", "全市", "全区", "全省", "我县", "本市"};
    private static final String[] CHROME = {
        "首页 > 政务公开 > 工作报告", "【字体：大 中 小】 打印本页 关闭窗口", "来源：县教育局  发布时间：2024-03-15",
        "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "上一篇：无  下一篇：无", "浏览次数：1268",
    };
    private static final String[] HEADINGS = {
        "一、学前教育普惠发展", "二、义务教育优质均衡", "三、高中教育多样发展", "四、职业教育提质培优",
        "五、教师队伍建设", "六、教育经费保障", "七、经济运行总体平稳", "八、民生事业持续改善", "九、下一年工作安排",
    };
    /** Sentences with %d/%s slots: d = integer, f = one decimal, p = percent value. */
    private static final String[] SENTENCES = {
        "%s新建公办幼儿园{d}所，新增普惠性学位{D}个。",
        "学前三年毛入园率达到{p}%，比上年提高{f}个百分点。",
        "普惠性幼儿园覆盖率为{p}%，公办园在园幼儿占比{p}%。",
        "全年投入学前教育专项资金{D}万元，同比增长{f}%。",
        "%s共有义务教育阶段学校{d}所，其中小学{d}所、初中{d}所。",
        "在校学生约{f}万人，比上年减少{D}人。",
        "小学适龄儿童入学率保持100%，初中巩固率达到{p}%。",
        "农村义务教育学校生均公用经费标准提高到小学每生每年{D}元、初中每生每年{D}元。",
        "%s中小学生机比达到{f}:1，生师比为{f}:1。",
        "改造薄弱学校校舍面积{f}万平方米，投入资金{f}亿元。",
        "组建教育集团{d}个，覆盖城乡学校{d}所。",
        "%s现有专任教师{D}名，新招聘教师{d}名，其中研究生学历教师{d}名。",
        "安排{D}余万元用于提高乡村教师生活补助，惠及乡村教师{D}人。",
        "高中阶段毛入学率达到{p}%，普通高中大班额比例下降到{f}%。",
        "中等职业学校{d}所，招生{D}人，毕业生就业率{p}%。",
        "%s地区生产总值完成{f}亿元，同比增长{f}%。",
        "一般公共预算收入{f}亿元，增长{f}%；其中税收收入占比{p}%。",
        "城镇居民人均可支配收入{D}元，农村居民人均可支配收入{D}元，分别增长{f}%和{f}%。",
        "社会消费品零售总额{f}亿元，增长{f}%。",
        "城镇新增就业{D}人，城镇调查失业率控制在{f}%以内。",
        "教育支出{f}亿元，占一般公共预算支出的{p}%，比上年提高{f}个百分点。",
        "资助家庭经济困难学生{D}人次，发放资助资金{D}万元。",
        "力争%s学前三年毛入园率达到{p}%以上，新建改扩建学校{d}所，新增学位{D}个。",
        "各项工作取得新进展，人民群众获得感、幸福感、安全感不断增强。",
        "坚持以人民为中心的发展思想，统筹推进各级各类教育协调发展。",
        "深化教育领域综合改革，落实立德树人根本任务，办好人民满意的教育。",
    };

    private GeneratedReport() {
    }

    /** About {@code bytes} UTF-8 bytes of report text, the same for the same seed. */
    static String generate(int bytes, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(bytes / 2);
        int year = 2018;
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            String place = PLACES[r.nextInt(PLACES.length)];
            sb.append(CHROME[r.nextInt(CHROME.length)]).append('\n');
            sb.append(year).append("年").append(place.substring(1)).append("教育和经济社会发展工作报告\n\n");
            for (String h : HEADINGS) {
                sb.append(h).append('\n');
                int n = 3 + r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    sb.append(fill(SENTENCES[r.nextInt(SENTENCES.length)], place, r));
                }
                sb.append("\n\n");
            }
            sb.append(CHROME[r.nextInt(CHROME.length)]).append("\n\n");
            year = year == 2025 ? 2018 : year + 1;
        }
        return sb.toString();
    }

    private static String fill(String template, String place, Random r) {
        String s = template.replace("%s", place);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' && i + 2 < s.length() && s.charAt(i + 2) == '}') {
                switch (s.charAt(i + 1)) {
                    case 'd' -> out.append(1 + r.nextInt(120));
                    case 'D' -> out.append(100 + r.nextInt(9900));
                    case 'f' -> out.append(1 + r.nextInt(99)).append('.').append(r.nextInt(10));
                    default -> out.append(60 + r.nextInt(40)).append('.').append(r.nextInt(10));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
