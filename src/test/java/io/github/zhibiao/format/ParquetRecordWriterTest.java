package io.github.zhibiao.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class ParquetRecordWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void readBackTheFileEqualsTheJsonLinesFieldForFieldWithExactValues() throws IOException {
        List<Extraction> results = new ArrayList<>();
        for (Path p : List.of(Path.of("testdata/report_education.txt"), Path.of("testdata/txt_utf8.txt"))) {
            results.add(Extractor.defaults().extract(p.getFileName().toString(), Files.readString(p)));
        }
        results.add(Extractor.defaults().extract("odd.txt",
                "全省一般公共预算支出1.23456789012345亿元，下降-3.5%，学生约4.3万人，生均625元/生/年。"));
        Path file = dir.resolve("out.parquet");
        try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(file))) {
            for (Extraction e : results) {
                w.write(e);
            }
        }
        List<Map<String, Object>> rows = read(file);
        List<String> lines = JsonLinesWriter.toString(results).lines().toList();
        assertThat(rows).hasSize(lines.size()).hasSizeGreaterThan(30);
        for (int k = 0; k < lines.size(); k++) {
            JsonNode json = JSON.readTree(lines.get(k));
            Map<String, Object> row = rows.get(k);
            Iterator<String> names = json.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode v = json.get(name);
                Object got = row.get(name);
                if (v.isNull()) {
                    assertThat(got).as(name + " of " + lines.get(k)).isNull();
                } else if (name.equals("value")) {
                    BigDecimal exact = new BigDecimal(v.asText());   // the JSON number as written, not a double
                    assertThat(row.get("value_text")).isEqualTo(exact.toPlainString());
                    if (Columns.decimal(exact) != null) {
                        assertThat((BigDecimal) got).as(lines.get(k)).isEqualByComparingTo(exact);
                    } else {
                        assertThat(got).isNull();
                    }
                } else if (v.isBoolean()) {
                    assertThat(got).as(name).isEqualTo(v.booleanValue());
                } else if (v.isInt()) {
                    assertThat(got).as(name).isEqualTo(v.intValue());
                } else {
                    assertThat(got).as(name).isEqualTo(v.textValue());
                }
            }
            assertThat(row.keySet()).containsExactlyElementsOf(
                    Columns.TYPED.stream().map(Columns.Column::name).toList());
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get("value_text")).isEqualTo("123456789.012345"));
    }

    @Test
    void aCategoryOfARulesFilesOwnIsWrittenByName() throws IOException {
        Extractor beds = Extractor.builder().rules(io.github.zhibiao.rules.RuleSet.defaults().with(
                "category-def\tbeds\tCOUNT\tHOSPITAL_BEDS\ncategory\thospital-beds\tHOSPITAL_BEDS\t床位\n", "beds.tsv"))
                .build();
        Path file = dir.resolve("beds.parquet");
        try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(file))) {
            w.write(beds.extract("a.txt", "全市医疗卫生机构床位达到3.2万张，新建公办幼儿园7所。"));
        }
        assertThat(read(file)).extracting(r -> r.get("category")).containsExactly("HOSPITAL_BEDS", "SCHOOL_COUNT");
    }

    @Test
    void theSchemaHasExactDecimalsAndUtf8Strings() {
        MessageType s = ParquetRecordWriter.SCHEMA;
        assertThat(s.getFieldCount()).isEqualTo(Columns.TYPED.size());
        PrimitiveType value = s.getType("value").asPrimitiveType();
        assertThat(value.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(10, 38));
        assertThat(s.getType("doc").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(s.getType("start").asPrimitiveType().getPrimitiveTypeName())
                .isEqualTo(PrimitiveType.PrimitiveTypeName.INT32);
    }

    @Test
    void negativeDecimalsKeepTheirSign() {
        BigDecimal d = new BigDecimal("-3.5000000000");
        assertThat(new BigDecimal(new BigInteger(ParquetRecordWriter.fixed16(d)), 10)).isEqualByComparingTo(d);
        BigDecimal big = new BigDecimal("9999999999999999999999999999.9999999999");
        assertThat(new BigDecimal(new BigInteger(ParquetRecordWriter.fixed16(big)), 10)).isEqualTo(big);
    }

    @Test
    void anEmptyRunIsAValidFileWithNoRows() throws IOException {
        Path file = dir.resolve("empty.parquet");
        new ParquetRecordWriter(Files.newOutputStream(file)).close();
        assertThat(read(file)).isEmpty();
    }

    /** Reads every row with parquet-java's own reader, values typed by the file's schema. */
    public static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(GzipCodecFactory.INSTANCE).build();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long r = 0; r < pages.getRowCount(); r++) {
                    rows.add(row(records.read(), schema));
                }
            }
        }
        return rows;
    }

    private static Map<String, Object> row(Group g, MessageType schema) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < schema.getFieldCount(); k++) {
            PrimitiveType t = schema.getType(k).asPrimitiveType();
            String name = t.getName();
            if (g.getFieldRepetitionCount(k) == 0) {
                m.put(name, null);
                continue;
            }
            m.put(name, switch (t.getPrimitiveTypeName()) {
                case BINARY -> g.getString(k, 0);
                case INT32 -> g.getInteger(k, 0);
                case BOOLEAN -> g.getBoolean(k, 0);
                case FIXED_LEN_BYTE_ARRAY -> new BigDecimal(new BigInteger(g.getBinary(k, 0).getBytes()),
                        ((LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) t.getLogicalTypeAnnotation()).getScale());
                default -> throw new AssertionError(t);
            });
        }
        return m;
    }
}
