package io.github.zhibiao.model;

import java.util.Optional;

/**
 * What a report says about itself: the region it covers, its year and the period within the year,
 * each present only when the text states it.
 *
 * @param region the administrative region ({@code 博兴县}, {@code 湘潭市}, {@code 云南省}), or {@code null}
 * @param year   the report year ({@code 2023}), or {@code null}
 * @param period the period within the year ({@code 上半年}, {@code 第三季度}, {@code 全年}), or {@code null}
 */
public record ReportContext(String region, Integer year, String period) {

    /** A context that states nothing. */
    public static final ReportContext UNKNOWN = new ReportContext(null, null, null);

    /**
     * The region, when the report states it.
     *
     * @return the region, or empty
     */
    public Optional<String> regionIfKnown() {
        return Optional.ofNullable(region);
    }

    /**
     * The year, when the report states it.
     *
     * @return the year, or empty
     */
    public Optional<Integer> yearIfKnown() {
        return Optional.ofNullable(year);
    }

    /**
     * The period, when the report states it.
     *
     * @return the period, or empty
     */
    public Optional<String> periodIfKnown() {
        return Optional.ofNullable(period);
    }
}
