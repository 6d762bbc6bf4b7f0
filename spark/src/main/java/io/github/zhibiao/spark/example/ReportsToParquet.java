package io.github.zhibiao.spark.example;

import io.github.zhibiao.api.ExtractorSpec;
import io.github.zhibiao.spark.ZhibiaoSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a folder of reports, writes the indicator records and the documents as Parquet, and
 * queries them with Spark SQL.
 *
 * <pre>
 * spark-submit --class io.github.zhibiao.spark.example.ReportsToParquet \
 *     --jars zhibiao-all.jar zhibiao-spark.jar reports/ out/
 * </pre>
 */
public final class ReportsToParquet {

    private ReportsToParquet() {
    }

    /**
     * @param args the reports folder, then the output folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReportsToParquet REPORTS_DIR OUT_DIR");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("zhibiao")
                .master(System.getProperty("spark.master", "local[*]")).getOrCreate();
        try {
            ZhibiaoSpark.Result r = ZhibiaoSpark.run(spark, ExtractorSpec.defaults(), 0, args[0]).persist();
            r.indicators().write().mode(SaveMode.Overwrite).parquet(args[1] + "/indicators");
            r.documents().write().mode(SaveMode.Overwrite).parquet(args[1] + "/documents");

            spark.read().parquet(args[1] + "/indicators").createOrReplaceTempView("indicators");
            spark.read().parquet(args[1] + "/documents").createOrReplaceTempView("documents");
            Dataset<Row> byCategory = spark.sql(
                    "select category, count(*) as records, sum(value) filter (where unit = '元') as yuan "
                            + "from indicators group by category order by records desc");
            byCategory.show(false);
            spark.sql("select doc, error_reason, error_message from documents where error_reason is not null")
                    .show(false);
        } finally {
            spark.stop();
        }
    }
}
