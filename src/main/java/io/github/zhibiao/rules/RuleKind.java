package io.github.zhibiao.rules;

import java.util.Locale;

/** What a rule decides. Each kind's line format is documented in the README ("Rules files"). */
public enum RuleKind {
    /** A keyword in the subject sets the category ({@code arg}: category, {@code measures} in the id's scope). */
    CATEGORY,
    /** A word right before the number marks a change against a baseline ({@code arg}: UP or DOWN). */
    DELTA,
    /** A word after a change trigger that makes the number the new level ({@code 增至}, {@code 提高到}). */
    LEVEL,
    /** A word earlier in the sentence marks a goal or plan ({@code 力争}, {@code 确保}). */
    TARGET,
    /** A heading or title word that makes a whole section a plan ({@code 下一步工作打算}). */
    TARGET_SECTION,
    /** Words stripped from the start of a subject ({@code 全市}, {@code 其中}). */
    SCOPE,
    /** Words stripped from the end of a subject ({@code 达到}, {@code 为}). */
    LINK,
    /** A subject word that gives a unitless number its unit ({@code arg}: the unit). */
    UNIT,
    /**
     * A word right after a number that makes it no indicator ({@code 6个方面}); with {@code arg}
     * {@code BEFORE}, a word before it in the clause ({@code 排名前进12位}).
     */
    REJECT,
    /** A domain word the segmenter keeps whole ({@code 生均公用经费}). */
    TERM,
    /**
     * A compound that names the parts of an enumeration ({@code 城乡} in {@code 城乡居民收入分别增长4%、6%});
     * {@code arg}: the parts, comma-separated ({@code 城镇,农村}).
     */
    SPLIT;

    /**
     * Parses the file spelling ({@code category}, {@code target-section}).
     *
     * @param s the kind as written in a rules file
     * @return the kind
     */
    public static RuleKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
