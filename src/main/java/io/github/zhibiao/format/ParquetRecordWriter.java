package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.GroupWriter;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes records as one Parquet file with the columns of {@link Columns#TYPED}: strings as
 * UTF-8 {@code STRING}, {@code value} as an exact {@code DECIMAL(38,10)} (and {@code value_text}
 * beside it, the value as JSON Lines writes it), {@code start}, {@code end}, {@code year} as
 * {@code INT32}, flags as {@code BOOLEAN}; absent values are nulls. DuckDB, Spark, pandas and
 * pyarrow read it as it is:
 *
 * <pre>{@code
 * try (ParquetRecordWriter w = new ParquetRecordWriter(Files.newOutputStream(Path.of("out.parquet")))) {
 *     w.write(Zhibiao.extract(Path.of("report.docx")));
 * }
 * // duckdb -c "select category, count(*) from 'out.parquet' group by 1"
 * }</pre>
 *
 * <p>Written through parquet-java's {@link OutputFile} API onto a plain stream: no Hadoop file
 * system, no Hadoop configuration; pages are gzip-compressed by the JDK ({@link GzipCodecFactory}). Needs {@code org.apache.parquet:parquet-hadoop} on the class
 * path: an optional dependency of the library, bundled in {@code zhibiao-all.jar}. Row groups
 * are buffered in memory (at most 128 MB, far more than a run's records usually take) and the
 * file is complete only after {@link #close()}.
 */
public final class ParquetRecordWriter implements ExtractionWriter {

    /** The Parquet schema of {@link Columns#TYPED}, message {@code zhibiao_record}. */
    public static final MessageType SCHEMA = schema(Columns.TYPED);
    /** {@link #SCHEMA} and the {@code trace} column last, a string of {@code |}-joined ids. */
    private static final MessageType TRACED = schema(Columns.typed(true));

    /** The footer's {@code writer.model.name} (and {@code writer}): what wrote the records. */
    public static final String MODEL_NAME = "zhibiao";

    private final ParquetWriter<Group> parquet;
    private final List<Columns.Column> columns;
    private final SimpleGroupFactory groups;

    /**
     * A writer onto {@code out}; closing this writer finishes the file and closes {@code out}.
     *
     * @param out where the file's bytes go
     * @throws IOException when the file cannot be started
     */
    public ParquetRecordWriter(OutputStream out) throws IOException {
        this(out, false);
    }

    /**
     * A writer as {@link #ParquetRecordWriter(OutputStream)}, with the {@code trace} column last
     * when asked for: an optional string of {@code |}-joined step ids ({@link Columns#TRACE}).
     *
     * @param out   where the file's bytes go
     * @param trace whether to write the trace column
     * @throws IOException when the file cannot be started
     */
    public ParquetRecordWriter(OutputStream out, boolean trace) throws IOException {
        this(out, Columns.typed(trace), Map.of());
    }

    /**
     * A writer of the columns given, with key-value pairs of one's own in the footer besides
     * {@link RecordSchema#footer()} ({@code zhibiao.schema.version}, {@code zhibiao.version},
     * {@code zhibiao.commit}); the command line adds {@code zhibiao.rules.digest}.
     *
     * <pre>{@code
     * new ParquetRecordWriter(out, Columns.select("doc,subject,value"), Map.of("zhibiao.rules.digest", rules.digest()));
     * }</pre>
     *
     * @param out      where the file's bytes go
     * @param fields   the columns, in order ({@link Columns#select}, {@link Columns#typed})
     * @param metadata more footer metadata (may be empty)
     * @throws IOException when the file cannot be started
     */
    public ParquetRecordWriter(OutputStream out, List<Columns.Column> fields, Map<String, String> metadata)
            throws IOException {
        this.columns = List.copyOf(fields);
        MessageType schema = columns.equals(Columns.TYPED) ? SCHEMA
                : columns.equals(Columns.typed(true)) ? TRACED : schema(columns);
        this.groups = new SimpleGroupFactory(schema);
        Map<String, String> footer = new TreeMap<>(RecordSchema.footer());
        footer.put("writer", MODEL_NAME);
        footer.putAll(metadata);
        this.parquet = new Builder(new StreamFile(out), new RecordWriteSupport(schema, footer))
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.GZIP)
                .withCodecFactory(GzipCodecFactory.INSTANCE)
                .build();
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        for (Indicator indicator : extraction.indicators()) {
            Group g = groups.newGroup();
            for (int k = 0; k < columns.size(); k++) {
                Object v = columns.get(k).typedValue(extraction, indicator);
                if (v == null) {
                    continue;   // an optional field left out is a null
                }
                switch (columns.get(k).type()) {
                    case STRING -> g.add(k, (String) v);
                    case DECIMAL -> g.add(k, Binary.fromConstantByteArray(fixed16((BigDecimal) v)));
                    case INT -> g.add(k, (Integer) v);
                    case BOOLEAN -> g.add(k, (Boolean) v);
                }
            }
            parquet.write(g);
        }
    }

    /** Parquet writes whole row groups: nothing to push out before {@link #close()}. */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        parquet.close();
    }

    private static MessageType schema(List<Columns.Column> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Columns.Column c : columns) {
            Repetition r = c.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
            switch (c.type()) {
                case STRING -> b.primitive(PrimitiveTypeName.BINARY, r)
                        .as(LogicalTypeAnnotation.stringType()).named(c.name());
                case DECIMAL -> b.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, r).length(16)
                        .as(LogicalTypeAnnotation.decimalType(Columns.DECIMAL_SCALE, Columns.DECIMAL_PRECISION))
                        .named(c.name());
                case INT -> b.primitive(PrimitiveTypeName.INT32, r).named(c.name());
                case BOOLEAN -> b.primitive(PrimitiveTypeName.BOOLEAN, r).named(c.name());
            }
        }
        return b.named("zhibiao_record");
    }

    /** The unscaled value as 16 bytes, big-endian two's complement, as Parquet stores a DECIMAL(38, s). */
    static byte[] fixed16(BigDecimal scaled) {
        byte[] minimal = scaled.unscaledValue().toByteArray();
        byte[] out = new byte[16];
        byte fill = (byte) (scaled.signum() < 0 ? 0xFF : 0);
        int pad = 16 - minimal.length;
        for (int k = 0; k < pad; k++) {
            out[k] = fill;
        }
        System.arraycopy(minimal, 0, out, pad, minimal.length);
        return out;
    }

    /** parquet-java's writer builder for our write support (the example one names itself {@code example} in the footer). */
    private static final class Builder extends ParquetWriter.Builder<Group, Builder> {
        private final RecordWriteSupport support;

        Builder(OutputFile file, RecordWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        @Deprecated   // parquet-java's Hadoop-typed hook, abstract there; the writer is given a ParquetConfiguration
        protected WriteSupport<Group> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<Group> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }

    /** Writes groups of one schema with the footer metadata given, as {@code writer.model.name=zhibiao}. */
    private static final class RecordWriteSupport extends WriteSupport<Group> {
        private final MessageType schema;
        private final Map<String, String> footer;
        private GroupWriter writer;

        RecordWriteSupport(MessageType schema, Map<String, String> footer) {
            this.schema = schema;
            this.footer = Map.copyOf(footer);
        }

        @Override
        public String getName() {
            return MODEL_NAME;
        }

        @Override
        @Deprecated   // parquet-java's Hadoop-typed hook, abstract there; the writer is given a ParquetConfiguration
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
            return new WriteContext(schema, footer);
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, footer);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            writer = new GroupWriter(recordConsumer, schema);
        }

        @Override
        public void write(Group record) {
            writer.write(record);
        }
    }

    /** A Parquet output file that is a plain stream written once from its start. */
    private static final class StreamFile implements OutputFile {
        private final OutputStream out;

        StreamFile(OutputStream out) {
            this.out = out;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    position++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    position += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
