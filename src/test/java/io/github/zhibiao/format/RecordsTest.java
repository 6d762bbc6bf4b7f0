package io.github.zhibiao.format;

import io.github.zhibiao.model.Category;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordsTest {

    @Test
    void mapsInContractOrder() {
        List<Map<String, Object>> rows = Records.maps(List.of(Samples.report(), Samples.empty("e.txt")));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(Records.ALL_FIELDS);
        assertThat(rows.get(0).get("value")).isEqualTo(new BigDecimal("2035000000"));
        assertThat(((BigDecimal) rows.get(0).get("value")).toPlainString()).isEqualTo("2035000000");
        assertThat(rows.get(0).get("category")).isEqualTo("FUNDING");
        assertThat(rows.get(2).get("direction")).isEqualTo("DOWN");
        assertThat(rows.get(1).get("direction")).isNull();
        assertThat(rows.get(4).get("per")).isEqualTo("生·年");
        assertThat(rows.get(0).get("year")).isEqualTo(2023);
    }

    @Test
    void tallyByCategoryInDeclaredOrder() {
        Map<Category, Long> tally = Records.tally(List.of(Samples.report(), Samples.report()));
        assertThat(tally).containsExactly(
                Map.entry(Category.ENROLLMENT_RATE, 2L),
                Map.entry(Category.FUNDING, 4L),
                Map.entry(Category.STUDENT_COUNT, 2L),
                Map.entry(Category.PERCENTAGE, 2L));
    }

    @Test
    void normalizeDropsTrailingZerosOnly() {
        assertThat(Records.normalize(new BigDecimal("2035000000.00")).toPlainString()).isEqualTo("2035000000");
        assertThat(Records.normalize(new BigDecimal("99.770")).toPlainString()).isEqualTo("99.77");
        assertThat(Records.normalize(new BigDecimal("0.00")).toPlainString()).isEqualTo("0");
        assertThat(Records.normalize(new BigDecimal("0.35")).toPlainString()).isEqualTo("0.35");
        assertThat(Records.normalize(new BigDecimal("2.035E+9")).toString()).isEqualTo("2035000000");
        assertThat(Records.normalize(null)).isNull();
    }
}
