package io.github.zhibiao.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Lines writer escapes strings exactly as Jackson's generator did before it, and the
 * Unicode line breaks U+0085, U+2028 and U+2029 too (one record, one line, for every reader).
 */
class JsonEscapeTest {

    @Test
    void everyCharacterClassIsWrittenAsJacksonWritesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("学前教育“普惠”覆盖率·‰\u0085\u2028\u2029\u00A0\uFEFF😀/\u007F");
        for (String s : new String[] {all.toString(), "", "a\"b\\c", "\r\n\t\b\f\u0000\u001F"}) {
            StringWriter jackson = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(jackson)) {
                g.writeString(s);
            }
            StringBuilder ours = new StringBuilder();
            JsonLinesWriter.string(ours, s);
            String expected = jackson.toString().replace("\u0085", "\\u0085").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
            assertThat(ours.toString()).isEqualTo(expected);
        }
    }
}
