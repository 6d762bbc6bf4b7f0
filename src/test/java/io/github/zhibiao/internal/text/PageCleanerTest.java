package io.github.zhibiao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageCleanerTest {

    private static final PageCleaner CLEANER = PageCleaner.defaults();

    /** A scraped preview page in the style of document-sharing sites, written for this test. */
    static final String PAGE = String.join("\n",
            "收藏 分享(赏)",
            "",
            "某县教育工作总结.docx",
            "",
            "上传人:ab****9 文档编号:123456 上传时间:2024-01-05 格式:DOCX 页数:8 大小:18.30KB",
            "下载 相关 举报",
            "某县教育工作总结.docx_第1页",
            "第1页 / 共8页",
            "亲,该文档总共8页,到这儿已超出免费预览范围,如果喜欢就下载吧!",
            "资源描述",
            "",
            "1、某县教育工作总结 今年全县教育系统围绕办好人民满意的教育,全面推进各项工作。全县共有学校128所,在校学生5.62万人,"
                    + "专任教师4315人。全年教育经费总投入12.8亿元,比上年增长6.5%。学前教育普及率达到92.3%,新增公办幼儿园7所,"
                    + "新增学位2160个。义务教育巩固率保持在99.1%以上,全县小学生师比为14.2:1,初中毕",
            "",
            "2、业生升学率达到97.5%。(一)完善办学条件1、科学规划校点布局。按照人口变化调整学校布局,撤并小规模学校3所。"
                    + "2、加快基础设施建设。新建校舍面积3.5万平方米,改造运动场12个,全面改善农村学校办学条件,让农村孩子就近上好学,"
                    + "全县农村学校教学仪器达标率提高到96.2%,信息化教学设备覆盖所有班级,教师信息化培训参训率达到百分之百,校园网络",
            "",
            "3、覆盖率达100%。(二)加强队伍建设,全年招聘教师210名,培训教师3800人次。",
            "",
            "展开阅读全文",
            "相关资源",
            "猜你喜欢",
            "当前位置:首页 > 实用范文 > 工作总结",
            "copyright@ 2020-2024 example.com网站版权所有",
            "经营许可证编号:浙ICP备12345678号-1",
            "");

    @Test
    void chromeIsSkippedAndChunksJoin() {
        CleanText c = CLEANER.clean(PAGE);
        String view = c.text();
        assertThat(view).doesNotContain("文档编号", "第1页", ".docx", "下载", "举报", "资源描述", "展开阅读全文",
                "猜你喜欢", "当前位置", "copyright", "ICP", "收藏");
        // Chunk markers 1、2、3、 with their line breaks are gone: cut words join again.
        assertThat(view).contains("初中毕业生升学率达到97.5%").contains("校园网络覆盖率达100%");
        assertThat(view.strip()).startsWith("某县教育工作总结 今年全县");
        // Real list items inside the text stay.
        assertThat(view).contains("(一)完善办学条件1、科学规划校点布局").contains("2、加快基础设施建设");
        assertSpansAreTrue(c);
    }

    @Test
    void realListItemsOnTheirOwnLinesAreNotChunkMarkers() {
        String text = String.join("\n",
                "（一）完善学位供应机制",
                "",
                "1、科学规划校点布局。按照人口变化调整学校布局。",
                "",
                "2、加快基础设施建设。新建校舍面积3.5万平方米。",
                "",
                "（二）完善经费管理机制",
                "",
                "1、严格执行资金监管制度。",
                "");
        CleanText c = CLEANER.clean(text);
        assertThat(c.text()).isEqualTo(text.replace('（', '(').replace('）', ')'));
        assertThat(CLEANER.explain(text)).isEmpty();
    }

    @Test
    void governmentPageChromeIsSkippedReportKept() {
        String page = String.join("\n",
                "您的位置:", "首页", ">", "政务公开", ">", "政府工作报告",
                "2025年某市政府工作报告", "来源：某市人民政府", "2025-01-20 10:30", "【字体：", "大", "中", "小", "】",
                "——2025年1月15日在某市第十七届人民代表大会第五次会议上",
                "市长　张三",
                "各位代表：",
                "现在，我代表市人民政府向大会报告工作，请予审议。",
                "一、2024年工作回顾",
                "全市地区生产总值增长５.２％，城镇新增就业３.１万人。",
                "市长张三作政府工作报告。记者 李四 摄",
                "扫一扫在手机打开当前页",
                "打印本页", "关闭窗口");
        CleanText c = CLEANER.clean(page);
        List<String> kept = c.text().lines().toList();
        assertThat(kept).containsExactly(
                "2025年某市政府工作报告",
                "——2025年1月15日在某市第十七届人民代表大会第五次会议上",
                "市长 张三",
                "各位代表:",
                "现在,我代表市人民政府向大会报告工作,请予审议。",
                "一、2024年工作回顾",
                "全市地区生产总值增长5.2%,城镇新增就业3.1万人。");
        assertSpansAreTrue(c);
    }

    @Test
    void noticeListsAreSkipped() {
        String page = String.join("\n",
                "全县学校128所,在校学生5.62万人,专任教师4315人,全年教育经费总投入12.8亿元。",
                "友情提示",
                "2、PDF文件下载后,可能会被浏览器默认打开,此种情况可以点击浏览器菜单,保存网页到桌面。",
                "3、试题试卷类文档,如果标题没有明确说明有答案则都视为没有答案,请知晓。",
                "本站资源均来自网络,如有侵权请联系客服删除。");
        assertThat(CLEANER.clean(page).text()).isEqualTo("全县学校128所,在校学生5.62万人,专任教师4315人,全年教育经费总投入12.8亿元。\n");
    }

    @Test
    void traditionalCharactersAreMappedOneForOne() throws IOException {
        String trad = Files.readString(Path.of("testdata/txt_traditional.txt"), StandardCharsets.UTF_8);
        String simp = Files.readString(Path.of("testdata/txt_utf8.txt"), StandardCharsets.UTF_8);
        assertThat(ScriptConverter.toSimplified(trad)).isEqualTo(simp);
        CleanText c = CLEANER.clean(trad);
        assertThat(c.text()).isEqualTo(CleanText.identity(simp).text());
        assertThat(c.loaded()).isEqualTo(trad);
        assertThat(c.loadedSpan(0, 2)).isEqualTo("某縣");
        assertThat(CLEANER.simplify(false).clean(trad).text()).contains("某縣");
    }

    @Test
    void scriptConversionWritesNoFiles() throws IOException {
        List<Path> before = listing();
        ScriptConverter.toSimplified("學校數據");
        CLEANER.clean("某縣教育經費總投入12.8億元。");
        assertThat(listing()).isEqualTo(before);
    }

    private static List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("."), 2)) {
            return s.filter(p -> !p.startsWith("./target") && !p.startsWith("./.git")).sorted().toList();
        }
    }

    /** Every view span maps back to a true substring of the loaded text. */
    static void assertSpansAreTrue(CleanText c) {
        String v = c.text();
        for (int s = 0; s < v.length(); s += 7) {
            int e = Math.min(v.length(), s + 11);
            String loaded = c.loadedSpan(s, e);
            assertThat(c.loaded()).contains(loaded);
            assertThat(c.loaded().substring(c.loadedStart(s), c.loadedEnd(e))).isEqualTo(loaded);
        }
    }
}
