package io.github.zhibiao.model;

/**
 * What an indicator measures, exactly as the record contract ({@code eval/SCHEMA.md}) lists the
 * categories.
 */
public enum Category {
    /** Rates of enrollment, admission, progression, retention, dropout or attainment: 入学率, 巩固率. */
    ENROLLMENT_RATE,
    /** Every money amount: budgets, spending, subsidies, salaries, unit-cost standards, output, revenue. */
    FUNDING,
    /** Counts of schools, kindergartens, campuses, teaching points, colleges. */
    SCHOOL_COUNT,
    /** Counts of students, pupils, children in school, enrollees, graduates. */
    STUDENT_COUNT,
    /** Counts of teachers, principals, staff of schools. */
    TEACHER_COUNT,
    /** Every other percent or percentage-point figure: shares, growth rates, coverage, pass rates. */
    PERCENTAGE,
    /** {@code a:1} ratios such as 生师比. */
    RATIO,
    /** Floor or land area. */
    AREA,
    /** Every other count or physical quantity. */
    COUNT
}
