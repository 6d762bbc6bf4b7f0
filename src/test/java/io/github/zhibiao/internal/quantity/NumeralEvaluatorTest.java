package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.quantity.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Numerals to exact BigDecimal, case by case. */
class NumeralEvaluatorTest {

    private final NumeralEvaluator ev = new NumeralEvaluator(Rules.defaults());

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "1,208|1208",
            "２３，４５６|23456",
            "９６．８|96.8",
            "0.07|0.07",
            "12,345,678.5|12345678.5",
            "十|10",
            "十五|15",
            "二十|20",
            "一百零五|105",
            "一千零五|1005",
            "一千零五十|1050",
            "一万零十二|10012",
            "十万零一千|101000",
            "二十万亿|20000000000000",
            "一万五千亿|1500000000000",
            "十五点八万|158000",
            "两千四百五|2450",
            "一万三|13000",
            "九百九|990",
            "九十二万四|924000",
            "百三|130",
            "四千三百余万|43000000",
            "十余万|100000",
            "四亿五千六百四十二万零一十五|456420015",
            "五亿零六|500000006",
            "一百零一万一千|1011000",
            "拾万零五十六|100056",
            "壹佰贰拾叁|123",
            "肆佰陆拾|460",
            "玖仟玖佰玖拾玖|9999",
            "四万万|400000000",
            "二〇二三|2023",
            "零点五|0.5",
            "二十六点三三|26.33",
            "2千零30万|20300000",
            "3万4000|34000",
            "13万2|132000",
            "5亿1万4千6百|500014600",
            "1.2万|12000",
            "3.5亿|350000000",
            "4.78万亿|4780000000000",
            "10万万|1000000000",
            "500多亿|50000000000",
            "243万余|2430000",
            "千万|10000000",
            "万|10000",
            "两千万|20000000",
    })
    void value(String numeral, String expected) {
        assertThat(ev.value(numeral)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void valuesArePlainAndExact() {
        assertThat(ev.value("160万").toPlainString()).isEqualTo("1600000");
        assertThat(ev.value("20.35亿").toPlainString()).isEqualTo("2035000000");
        assertThat(ev.value("0.10").toPlainString()).isEqualTo("0.1");
    }

    @Test
    void nonTerminatingDivisionUsesTenSignificantDigits() {
        assertThat(NumeralEvaluator.divide(new BigDecimal(200), new BigDecimal(3)).toPlainString())
                .isEqualTo("66.66666667");
        assertThat(NumeralEvaluator.divide(new BigDecimal(100), new BigDecimal(4)).toPlainString()).isEqualTo("25");
    }

    @Test
    void subRange() {
        assertThat(ev.value("共计3468.3万元", 2, 9)).isEqualByComparingTo("34683000");
    }
}
