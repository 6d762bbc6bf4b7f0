package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsTest {

    @Test
    void theTextColumnsAreTheContractsThenTheExtrasAndTheTypedOnesAddValueText() {
        assertThat(Records.SCHEMA_FIELDS).containsExactly("doc", "text", "value", "unit", "category", "subject",
                "delta", "direction", "qualifier", "target", "per", "start", "end");
        assertThat(Records.ALL_FIELDS).containsExactlyElementsOf(
                Columns.TEXT.stream().map(Columns.Column::name).toList());
        assertThat(Columns.TYPED).extracting(Columns.Column::name).element(3).isEqualTo("value_text");
        assertThat(Columns.TYPED).extracting(Columns.Column::type).element(2).isEqualTo(Columns.Type.DECIMAL);
    }

    @Test
    void aTypedRowHoldsPlainJavaValuesAndAnExactDecimal() {
        Extraction e = Extractor.defaults().extract("a.txt", "全市新增财政支出20.35亿元，入学率99.77%。");
        Indicator money = e.indicators().get(0);
        Object[] row = Columns.typedRow(e, money);
        List<Object> values = Arrays.asList(row);
        assertThat(values.get(0)).isEqualTo("a.txt");
        assertThat(values.get(2)).isEqualTo(new BigDecimal("2035000000.0000000000"));
        assertThat(values.get(3)).isEqualTo("2035000000");
        for (int k = 0; k < row.length; k++) {
            Columns.Column c = Columns.TYPED.get(k);
            if (row[k] == null) {
                assertThat(c.nullable()).as(c.name()).isTrue();
                continue;
            }
            Class<?> want = switch (c.type()) {
                case STRING -> String.class;
                case DECIMAL -> BigDecimal.class;
                case INT -> Integer.class;
                case BOOLEAN -> Boolean.class;
            };
            assertThat(row[k]).as(c.name()).isInstanceOf(want);
        }
    }

    @Test
    void aDecimalThatDoesNotFitIsNullNeverRounded() {
        assertThat(Columns.decimal(new BigDecimal("99.77"))).isEqualTo(new BigDecimal("99.7700000000"));
        assertThat(Columns.decimal(new BigDecimal("0.12345678901"))).isNull();
        assertThat(Columns.decimal(new BigDecimal("1E+28"))).isNull();
        assertThat(Columns.decimal(new BigDecimal("9999999999999999999999999999"))).isNotNull();
        assertThat(Columns.decimal(null)).isNull();
    }
}
