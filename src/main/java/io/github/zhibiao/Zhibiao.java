package io.github.zhibiao;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.LoadException;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The shortest way in: static methods that hand reports to the default {@link Extractor}.
 *
 * <pre>{@code
 * Extraction r = Zhibiao.extract(Path.of("2023年教育统计公报.docx"));
 * for (Indicator i : r.indicators()) {
 *     System.out.println(i.subject() + " = " + i.value() + " " + i.unit() + " " + i.category());
 * }
 * // 小学适龄儿童入学率 = 99.77 % ENROLLMENT_RATE
 * }</pre>
 *
 * <p>Everything here is thread-safe, writes nothing anywhere, and never exits the JVM; the
 * library logs through no particular logging binding. To write results out, see the writers of
 * {@link io.github.zhibiao.format}.
 */
public final class Zhibiao {

    private Zhibiao() {
    }

    /**
     * Loads one report (format and encoding detected) and extracts its indicators.
     *
     * <pre>{@code
     * Extraction r = Zhibiao.extract(Path.of("report.pdf"));
     * r.doc();          // "report.pdf"
     * r.indicators();   // in document order
     * }</pre>
     *
     * @param file a report file: .txt (UTF-8 or GBK), .docx, .doc, .pdf, .html…
     * @return the report's indicators and context
     * @throws LoadException when the file cannot be read or understood; {@link LoadException#reason()} says why
     */
    public static Extraction extract(Path file) throws LoadException {
        return Extractor.defaults().extract(file);
    }

    /**
     * Extracts indicators from a text; the result's document is named {@code text}.
     *
     * <pre>{@code
     * Extraction r = Zhibiao.extract("全市新增公办幼儿园11所，投入资金2.5亿元。");
     * r.indicators().get(1).value();   // 250000000
     * }</pre>
     *
     * @param text a report's text
     * @return its indicators, spans indexing {@code text}
     */
    public static Extraction extract(String text) {
        return Extractor.defaults().extract(text);
    }

    /**
     * Extracts indicators from a text under a document name of your choice.
     *
     * @param doc  the name the records carry in their {@code doc} field
     * @param text a report's text
     * @return its indicators, spans indexing {@code text}
     */
    public static Extraction extract(String doc, String text) {
        return Extractor.defaults().extract(doc, text);
    }

    /**
     * Extracts every report file under a folder, sub-folders included, in {@link #reportFiles}
     * order, and stops at the first file that cannot be loaded.
     *
     * <pre>{@code
     * List<Extraction> all = Zhibiao.extractAll(Path.of("reports"));
     * System.out.print(io.github.zhibiao.format.CsvWriter.toString(all));
     * }</pre>
     *
     * <p>The results are all held in memory; for thousands of reports, loop over
     * {@link #reportFiles} and write each result out as it comes, or use the command line.
     *
     * <p>A record's {@code doc} is its file's path under {@code folder} ({@link #docName}), so
     * that {@code 2023/a.txt} and {@code 2024/a.txt} stay apart.
     *
     * @param folder the folder to read
     * @return one extraction per file
     * @throws IOException   when the folder cannot be listed
     * @throws LoadException for the first file that cannot be loaded
     */
    public static List<Extraction> extractAll(Path folder) throws IOException, LoadException {
        List<Extraction> results = new ArrayList<>();
        for (Path file : reportFiles(folder, null)) {
            results.add(extract(file).withDoc(docName(folder, file)));
        }
        return results;
    }

    /**
     * Extracts every report file under a folder that matches {@code glob}, passing each file
     * that cannot be loaded to {@code onFailure} and going on with the others.
     *
     * <pre>{@code
     * List<Extraction> all = Zhibiao.extractAll(Path.of("reports"), "*.docx",
     *         (file, e) -> System.err.println("skipped " + file + ": " + e.reason()));
     * }</pre>
     *
     * @param folder    the folder to read
     * @param glob      a file-name pattern such as {@code *.docx} (see {@link #reportFiles}), or {@code null} for all
     * @param onFailure told of every file that could not be loaded, in order
     * @return one extraction per file that loaded, in {@link #reportFiles} order
     * @throws IOException when the folder cannot be listed
     */
    public static List<Extraction> extractAll(Path folder, String glob,
                                              BiConsumer<Path, LoadException> onFailure) throws IOException {
        Objects.requireNonNull(onFailure, "onFailure");
        List<Extraction> results = new ArrayList<>();
        for (Path file : reportFiles(folder, glob)) {
            try {
                results.add(extract(file).withDoc(docName(folder, file)));
            } catch (LoadException e) {
                onFailure.accept(file, e);
            }
        }
        return results;
    }

    /**
     * The report files under a folder, sub-folders included, in a stable order: each folder's
     * entries sorted by name, a sub-folder's files where the sub-folder's name sorts. Hidden
     * files and folders (name starting with {@code .}) are left out; symbolic links to folders
     * are not followed.
     *
     * <p>{@code glob} follows {@link java.nio.file.FileSystem#getPathMatcher} glob syntax. A
     * pattern without {@code /} is matched against the file name ({@code *.docx},
     * {@code *.{doc,docx}}), one with {@code /} against the path relative to {@code folder},
     * with {@code /} between names ({@code 2023/**.pdf}).
     *
     * @param folder the folder to list
     * @param glob   the pattern files must match, or {@code null} for every file
     * @return the files, as paths under {@code folder}
     * @throws IOException when a folder cannot be listed
     */
    public static List<Path> reportFiles(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        boolean byName = glob != null && !glob.contains("/");
        List<Path> files = new ArrayList<>();
        collect(folder, folder, matcher, byName, files);
        return files;
    }

    /**
     * The {@code doc} name of a file found under a folder: its path relative to the folder, with
     * {@code /} between names ({@code 2023/a.txt}); the command line and {@link #extractAll} name
     * records so. A file named on its own is named by its file name.
     *
     * @param folder the folder that was read
     * @param file   a file under it
     * @return the relative path
     */
    public static String docName(Path folder, Path file) {
        Path relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        String sep = file.getFileSystem().getSeparator();
        return sep.equals("/") ? relative.toString() : relative.toString().replace(sep, "/");
    }

    private static void collect(Path root, Path dir, PathMatcher matcher, boolean byName, List<Path> files)
            throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        for (Path p : entries) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                collect(root, p, matcher, byName, files);
            } else if (Files.isRegularFile(p) && matches(root, p, matcher, byName)) {
                files.add(p);
            }
        }
    }

    private static boolean matches(Path root, Path file, PathMatcher matcher, boolean byName) {
        if (matcher == null) {
            return true;
        }
        if (byName) {
            return matcher.matches(file.getFileName());
        }
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return matcher.matches(Path.of(relative));
    }
}
