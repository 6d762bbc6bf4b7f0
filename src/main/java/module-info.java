/**
 * zhibiao: typed indicator records from Chinese government reports.
 *
 * <p>Six packages are the API; the {@code internal.*} packages (text, quantity, segment, indicator,
 * table, pipeline) and the command line ({@code cli}) are sealed: on the module path nothing outside
 * can name them. On the class path (and in the shaded {@code zhibiao-all.jar}, which drops this
 * descriptor) the same jar works as before.
 *
 * <pre>{@code
 * module my.app {
 *     requires io.github.zhibiao;
 * }
 * // Extraction r = Zhibiao.extract("a.txt", "全市新增公办幼儿园11所。");
 * }</pre>
 *
 * <p>Why {@code requires static} for picocli, Parquet and JShell: they serve the command line only
 * ({@code cli}, and {@code format}'s Parquet writer behind {@code -f parquet}); the Maven
 * dependencies are optional, so a library user neither receives nor needs them. Tika's parser
 * modules are not named here: the loaders reach them by Tika's own service files, and the few
 * parser classes named in the code ({@code PDFParserConfig}, {@code OfficeParserConfig}, …) come
 * through {@code requires} of their modules.
 */
module io.github.zhibiao {
    exports io.github.zhibiao;
    exports io.github.zhibiao.api;
    exports io.github.zhibiao.model;
    exports io.github.zhibiao.load;
    exports io.github.zhibiao.rules;
    exports io.github.zhibiao.format;

    requires java.xml;
    requires hanlp.portable;
    requires org.apache.commons.lang3;
    requires org.apache.tika.core;
    requires org.apache.tika.parser.microsoft;
    requires org.apache.tika.parser.pdf;
    requires org.apache.tika.parser.html;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;

    // Named (explicit) modules that Tika and PDFBox use but cannot require: those jars are
    // automatic modules, and an explicit module joins the module graph only when a module requires
    // it. Without these lines the first report fails with NoClassDefFoundError (commons-io's
    // TaggedInputStream from tika-core, jsoup from the HTML parser, POI from the Office parsers).
    requires org.apache.commons.io;
    requires org.apache.commons.codec;
    requires org.apache.commons.compress;
    requires org.apache.commons.csv;
    requires org.apache.commons.logging;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires org.jsoup;
    requires org.slf4j;

    requires static info.picocli;
    requires static jdk.jshell;

    // picocli builds the command objects by reflection.
    opens io.github.zhibiao.cli to info.picocli;
}
