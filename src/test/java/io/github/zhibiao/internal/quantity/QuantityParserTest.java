package io.github.zhibiao.internal.quantity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTest {

    @Test
    void numeralsTurnedDownComeWithTheStepThatDidIt() {
        String text = "第3次会议于9月召开，PM2.5浓度下降5%";
        QuantityParser p = QuantityParser.defaults();
        assertThat(p.parse(text)).extracting(q -> text.substring(q.start(), q.end())).containsExactly("5%");
        assertThat(p.rejected(text)).extracting(r -> text.substring(r.start(), r.end()) + "@" + r.start() + " " + r.step())
                .containsExactly("3@1 find.blocker-before", "9月@6 find.blocker-after", "2.5@13 find.latin-glued");
    }
}
