package io.github.zhibiao.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Writes records as JSON Lines, one object per line, in the field order of the record contract
 * ({@code doc, text, value, unit, category, subject, delta, direction, qualifier, target, per,
 * start, end}) followed by {@link Records#EXTRA_FIELDS}. {@code value} is a JSON number in plain
 * notation ({@code 2035000000}, {@code 99.77}, never {@code 2.035E+9}); absent fields are JSON
 * {@code null}. Each line ends with {@code \n}.
 *
 * <pre>{@code
 * try (JsonLinesWriter w = new JsonLinesWriter(Files.newBufferedWriter(Path.of("out.jsonl")))) {
 *     w.write(Zhibiao.extract(Path.of("report.docx")));
 * }
 * // {"doc":"report.docx","text":"20.35亿元","value":2035000000,"unit":"元",...}
 * }</pre>
 */
public final class JsonLinesWriter implements ExtractionWriter {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .rootValueSeparator((String) null)
            .build();

    private final JsonGenerator json;

    /**
     * A writer onto {@code out}; closing this writer closes {@code out}.
     *
     * @param out where the lines go (give it a UTF-8 encoder when it is a byte stream)
     * @throws IOException when the generator cannot be created
     */
    public JsonLinesWriter(Writer out) throws IOException {
        this.json = FACTORY.createGenerator(out);
    }

    /**
     * All records of {@code extractions} as JSON Lines text.
     *
     * @param extractions results, in the order wanted
     * @return the lines, each ending with {@code \n}; empty when there is no record
     */
    public static String toString(Collection<Extraction> extractions) {
        StringWriter text = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(text)) {
            for (Extraction e : extractions) {
                w.write(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text.toString();
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        for (Indicator indicator : extraction.indicators()) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : Records.toMap(extraction, indicator).entrySet()) {
                json.writeFieldName(field.getKey());
                writeValue(field.getValue());
            }
            if (!indicator.trace().isEmpty()) {
                // Only when asked for (Extractor.Builder.trace): the ids of the steps behind the record.
                json.writeArrayFieldStart("trace");
                for (String step : indicator.trace()) {
                    json.writeString(step);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private void writeValue(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Integer n) {
            json.writeNumber(n);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
        }
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
