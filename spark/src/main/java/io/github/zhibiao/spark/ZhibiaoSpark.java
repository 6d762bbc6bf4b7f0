package io.github.zhibiao.spark;

import io.github.zhibiao.api.ExtractorSpec;
import io.github.zhibiao.api.FileResult;
import io.github.zhibiao.format.Columns;
import io.github.zhibiao.model.Indicator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

/**
 * zhibiao on Apache Spark: folders of reports in, a {@code Dataset<Row>} of indicator records
 * out, with the columns of the command line's Parquet output ({@link #INDICATOR_SCHEMA}).
 *
 * <pre>{@code
 * Dataset<Row> records = ZhibiaoSpark.extract(spark, "hdfs:///reports/2024");
 * records.write().parquet("hdfs:///indicators/2024");
 *
 * ZhibiaoSpark.Result r = ZhibiaoSpark.run(spark, ExtractorSpec.defaults(), 0, "/data/reports");
 * r.documents().filter("error_reason is not null").show();   // the files that could not be read
 * }</pre>
 *
 * <p>How it runs: the driver lists the files (Spark's {@code binaryFile} source, recursively,
 * without reading them); the list is spread round-robin over the partitions, so each task gets
 * about as many files as the others whatever their sizes; each task reads its files through
 * Hadoop's file system and hands their bytes to the executor JVM's one extractor
 * ({@link ExtractorSpec#extractor()}). A {@code .zip} gives one document per member. A file
 * that cannot be read gives a document row with its error and no records, never a failed job.
 *
 * <p>{@code doc} is a file's path under the folder it was found in ({@code 2023/a.txt}), or its
 * file name when it was named itself, and {@code archive.zip!member} for an archive member: the
 * command line's names. Spark's file listing skips names starting with {@code .} or {@code _}.
 */
public final class ZhibiaoSpark {

    /** The indicator records' columns: {@link Columns#TYPED}, {@code value} as {@code DECIMAL(38,10)}. */
    public static final StructType INDICATOR_SCHEMA = indicatorSchema();

    /** One row per document: where it came from, its name, how many records it gave, and its error. */
    public static final StructType DOCUMENT_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("path", DataTypes.StringType, false),
        DataTypes.createStructField("doc", DataTypes.StringType, false),
        DataTypes.createStructField("records", DataTypes.IntegerType, false),
        DataTypes.createStructField("error_reason", DataTypes.StringType, true),
        DataTypes.createStructField("error_message", DataTypes.StringType, true)});

    private static final StructType FILE_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("path", DataTypes.StringType, false),
        DataTypes.createStructField("doc", DataTypes.StringType, false),
        DataTypes.createStructField("error_reason", DataTypes.StringType, true),
        DataTypes.createStructField("error_message", DataTypes.StringType, true),
        DataTypes.createStructField("indicators", DataTypes.createArrayType(INDICATOR_SCHEMA, false), false)});

    private ZhibiaoSpark() {
    }

    /**
     * The indicator records of every report under {@code paths} (folders are read recursively),
     * extracted with the built-in rules.
     *
     * @param spark the session
     * @param paths files and folders, in any file system Spark reads ({@code file:}, {@code hdfs:}, {@code s3a:}…)
     * @return one row per record, {@link #INDICATOR_SCHEMA}
     */
    public static Dataset<Row> extract(SparkSession spark, String... paths) {
        return run(spark, ExtractorSpec.defaults(), 0, paths).indicators();
    }

    /**
     * Extracts every report under {@code paths} with the given extractor.
     *
     * @param spark      the session
     * @param spec       the extractor (rules as text, loader limits); built once per executor JVM
     * @param partitions how many tasks share the files; 0 for three per core of the cluster
     * @param paths      files and folders
     * @return the records and the documents, computed lazily
     */
    public static Result run(SparkSession spark, ExtractorSpec spec, int partitions, String... paths) {
        Objects.requireNonNull(spec, "spec");
        if (paths.length == 0) {
            throw new IllegalArgumentException("no paths");
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<Root> roots = new ArrayList<>();
        for (String p : paths) {
            roots.add(Root.of(new Path(p), hadoop));
        }
        int n = partitions > 0 ? partitions : 3 * spark.sparkContext().defaultParallelism();
        Dataset<Row> listing = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(paths)
                .select("path")
                .repartition(n);
        Map<String, String> conf = new HashMap<>();
        hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
        Dataset<Row> files = listing.mapPartitions(new ExtractPartition(spec, roots, conf), Encoders.row(FILE_SCHEMA));
        return new Result(files);
    }

    /**
     * What a run gives. Both datasets come from {@link #files()}: an action on each extracts
     * again, so {@code persist()} the result first when you use both.
     *
     * @param files one row per document with its records nested
     */
    public record Result(Dataset<Row> files) {

        /** One row per record, {@link #INDICATOR_SCHEMA}. */
        public Dataset<Row> indicators() {
            return files.select(explode(col("indicators")).as("r")).select("r.*");
        }

        /** One row per document (an archive member is a document), {@link #DOCUMENT_SCHEMA}. */
        public Dataset<Row> documents() {
            return files.select(col("path"), col("doc"), size(col("indicators")).as("records"),
                    col("error_reason"), col("error_message"));
        }

        /** This result with its files kept in memory (and on disk when needed) after first use. */
        public Result persist() {
            return new Result(files.persist());
        }
    }

    private static StructType indicatorSchema() {
        List<StructField> fields = new ArrayList<>();
        for (Columns.Column c : Columns.TYPED) {
            DataType t = switch (c.type()) {
                case STRING -> DataTypes.StringType;
                case DECIMAL -> DataTypes.createDecimalType(Columns.DECIMAL_PRECISION, Columns.DECIMAL_SCALE);
                case INT -> DataTypes.IntegerType;
                case BOOLEAN -> DataTypes.BooleanType;
            };
            fields.add(DataTypes.createStructField(c.name(), t, c.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    /** A path given to {@link #run}, qualified, and whether it is a folder (its files are named relative to it). */
    record Root(String prefix, boolean folder) implements Serializable {
        static Root of(Path p, Configuration conf) {
            try {
                FileSystem fs = p.getFileSystem(conf);
                Path q = fs.makeQualified(p);
                return new Root(q.toString(), fs.getFileStatus(q).isDirectory());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
    }

    /** The {@code doc} of a listed file: its path under the folder that holds it, else its name. */
    static String docName(String path, List<Root> roots) {
        String best = null;
        for (Root r : roots) {
            String prefix = r.prefix().endsWith("/") ? r.prefix() : r.prefix() + "/";
            if (r.folder() && path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best != null ? path.substring(best.length()) : new Path(path).getName();
    }

    /** The task: reads each listed file and extracts it on this JVM's extractor. */
    private static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        private final ExtractorSpec spec;
        private final List<Root> roots;
        private final Map<String, String> conf;

        ExtractPartition(ExtractorSpec spec, List<Root> roots, Map<String, String> conf) {
            this.spec = spec;
            this.roots = List.copyOf(roots);
            this.conf = conf;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> paths) {
            Configuration hadoop = new Configuration(false);
            conf.forEach(hadoop::set);
            return new Iterator<>() {
                private final List<Row> ready = new ArrayList<>();

                @Override
                public boolean hasNext() {
                    while (ready.isEmpty() && paths.hasNext()) {
                        String path = paths.next().getString(0);
                        for (FileResult r : extract(path, docName(path, roots), hadoop)) {
                            ready.add(row(path, r));
                        }
                    }
                    return !ready.isEmpty();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return ready.remove(0);
                }
            };
        }

        private List<FileResult> extract(String path, String doc, Configuration hadoop) {
            byte[] bytes;
            try {
                Path p = new Path(path);
                FileSystem fs = p.getFileSystem(hadoop);
                FileStatus status = fs.getFileStatus(p);
                if (status.getLen() > spec.maxInputBytes()) {
                    return List.of(new FileResult.Failure(doc, "TOO_LARGE", "input of " + status.getLen()
                            + " bytes exceeds maxInputBytes=" + spec.maxInputBytes()));
                }
                try (FSDataInputStream in = fs.open(p)) {
                    bytes = in.readAllBytes();
                }
            } catch (IOException e) {
                return List.of(new FileResult.Failure(doc, "IO", "cannot read " + path + ": " + e.getMessage()));
            }
            return spec.extractFile(doc, bytes);
        }

        private static Row row(String path, FileResult r) {
            List<Row> records = new ArrayList<>();
            if (r instanceof FileResult.Success s) {
                for (Indicator i : s.extraction().indicators()) {
                    records.add(RowFactory.create(Columns.typedRow(s.extraction(), i)));
                }
                return RowFactory.create(path, r.doc(), null, null, seq(records));
            }
            FileResult.Failure f = (FileResult.Failure) r;
            return RowFactory.create(path, r.doc(), f.reason(), f.message(), seq(records));
        }

        private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
            return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
        }
    }
}
