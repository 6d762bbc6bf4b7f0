package io.github.zhibiao;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.ArchiveMember;
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
     *                       (a .zip archive holds several reports: {@link #extractAll(Path)} reads them)
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
     * order, and stops at the first file that cannot be loaded. A zip archive, under the folder
     * or given itself, gives one extraction per member, named {@code reports.zip!2024/b.docx}.
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
     * @param folder the folder to read, or a zip archive
     * @return one extraction per file (per member for an archive)
     * @throws IOException   when the folder cannot be listed
     * @throws LoadException for the first file that cannot be loaded
     */
    public static List<Extraction> extractAll(Path folder) throws IOException, LoadException {
        List<Extraction> results = new ArrayList<>();
        for (Path file : filesOf(folder, null, null)) {
            String doc = Files.isDirectory(folder) ? docName(folder, file) : String.valueOf(file.getFileName());
            if (isArchive(file)) {
                for (ArchiveMember m : Extractor.defaults().loader().loadArchive(file)) {
                    if (!m.ok()) {
                        throw memberFailure(doc, m);
                    }
                    results.add(Extractor.defaults().extract(m.report()).withDoc(doc + "!" + m.path()));
                }
            } else {
                results.add(extract(file).withDoc(doc));
            }
        }
        return results;
    }

    /** A folder's report files ({@link #reportFiles}), or a file alone (an archive, say). */
    private static List<Path> filesOf(Path folderOrFile, String glob, BiConsumer<Path, IOException> onProblem)
            throws IOException {
        if (Files.isDirectory(folderOrFile)) {
            return onProblem == null ? reportFiles(folderOrFile, glob) : reportFiles(folderOrFile, glob, onProblem);
        }
        if (!Files.exists(folderOrFile)) {
            throw new java.nio.file.NoSuchFileException(folderOrFile.toString());
        }
        return List.of(folderOrFile);
    }

    /** Whether the file is read as a zip archive of reports, one result per member: its name ends with {@code .zip}. */
    static boolean isArchive(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** A member's failure, named {@code archive.zip!member/path} as its records would be. */
    private static LoadException memberFailure(String doc, ArchiveMember m) {
        LoadException e = m.error();
        return new LoadException(doc + "!" + m.path(), e.reason(), e.detail(), e);
    }

    /**
     * Extracts every report file under a folder that matches {@code glob}, passing each file
     * that cannot be loaded to {@code onFailure} and going on with the others: a sub-folder that
     * cannot be listed (reason {@code IO}), an archive member (named {@code x.zip!member} in the
     * exception) as well. Zip archives give one extraction per member, as in {@link #extractAll(Path)}.
     *
     * <pre>{@code
     * List<Extraction> all = Zhibiao.extractAll(Path.of("reports"), "*.docx",
     *         (file, e) -> System.err.println("skipped " + file + ": " + e.reason()));
     * }</pre>
     *
     * @param folder    the folder to read, or a zip archive
     * @param glob      a file-name pattern such as {@code *.docx} (see {@link #reportFiles}), or {@code null} for all
     * @param onFailure told of every file that could not be loaded, in order
     * @return one extraction per file that loaded, in {@link #reportFiles} order
     * @throws IOException when the folder cannot be listed
     */
    public static List<Extraction> extractAll(Path folder, String glob,
                                              BiConsumer<Path, LoadException> onFailure) throws IOException {
        Objects.requireNonNull(onFailure, "onFailure");
        List<Extraction> results = new ArrayList<>();
        List<Path> files = filesOf(folder, glob, (p, e) -> {
            if (!isLinkProblem(e)) {
                onFailure.accept(p, new LoadException(p.toString(), LoadException.Reason.IO,
                        "cannot list folder: " + e.getMessage(), e));
            }
        });
        for (Path file : files) {
            String doc = Files.isDirectory(folder) ? docName(folder, file) : String.valueOf(file.getFileName());
            try {
                if (isArchive(file)) {
                    for (ArchiveMember m : Extractor.defaults().loader().loadArchive(file)) {
                        if (m.ok()) {
                            results.add(Extractor.defaults().extract(m.report()).withDoc(doc + "!" + m.path()));
                        } else {
                            onFailure.accept(file, memberFailure(doc, m));
                        }
                    }
                } else {
                    results.add(extract(file).withDoc(doc));
                }
            } catch (LoadException e) {
                onFailure.accept(file, e);
            }
        }
        return results;
    }

    /**
     * The report files under a folder, sub-folders included, in a stable order: each folder's
     * entries sorted by name, a sub-folder's files where the sub-folder's name sorts. Hidden
     * files and folders (name starting with {@code .}) are left out. Symbolic links to folders
     * are followed, except a link to a folder already read or to a folder it is in (a loop):
     * that one is skipped. A sub-folder that cannot be listed fails the whole listing; see
     * {@link #reportFiles(Path, String, BiConsumer)} to go on without it.
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
        IOException[] first = {null};
        List<Path> files = reportFiles(folder, glob, (p, e) -> {
            if (first[0] == null && !isLinkProblem(e)) {
                first[0] = e;
            }
        }, Zhibiao::list);
        if (first[0] != null) {
            throw first[0];
        }
        return files;
    }

    /**
     * The report files under a folder as {@link #reportFiles(Path, String)} lists them, going on
     * past what cannot be read: a sub-folder that cannot be listed is passed to {@code onProblem}
     * with the error, and the files beside it are still listed. A link that is not followed is
     * passed with a {@link java.nio.file.FileSystemLoopException} (a link to a folder already read,
     * or to a folder it is in) or a {@link java.nio.file.NoSuchFileException} (a link to nothing);
     * {@link #isLinkProblem} tells those apart from errors.
     *
     * @param folder    the folder to list
     * @param glob      the pattern files must match, or {@code null} for every file
     * @param onProblem told of each folder or link left out, in walking order
     * @return the files, as paths under {@code folder}
     * @throws IOException when {@code folder} itself is no folder or cannot be listed
     */
    public static List<Path> reportFiles(Path folder, String glob, BiConsumer<Path, IOException> onProblem)
            throws IOException {
        return reportFiles(folder, glob, onProblem, Zhibiao::list);
    }

    /**
     * Whether a problem of {@link #reportFiles(Path, String, BiConsumer)} is a link not followed
     * (a warning: nothing that should be read was lost) rather than a folder that could not be read.
     *
     * @param e the problem
     * @return true for a link loop, a link to a folder already read, or a link to nothing
     */
    public static boolean isLinkProblem(IOException e) {
        return e instanceof java.nio.file.FileSystemLoopException || e instanceof java.nio.file.NoSuchFileException;
    }

    /** Lists one folder's entries; a seam for tests. */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path dir) throws IOException;
    }

    static List<Path> reportFiles(Path folder, String glob, BiConsumer<Path, IOException> onProblem, Lister lister)
            throws IOException {
        Objects.requireNonNull(onProblem, "onProblem");
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        boolean byName = glob != null && !glob.contains("/");
        List<Path> files = new ArrayList<>();
        java.util.Set<Path> read = new java.util.HashSet<>();
        read.add(realPath(folder));
        collect(new Walk(folder, matcher, byName, files, onProblem, lister, read), folder, lister.list(folder),
                new ArrayList<>(List.of(realPath(folder))));
        return files;
    }

    private record Walk(Path root, PathMatcher matcher, boolean byName, List<Path> files,
            BiConsumer<Path, IOException> onProblem, Lister lister, java.util.Set<Path> read) {
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    private static Path realPath(Path dir) throws IOException {
        return dir.toRealPath();
    }

    /** {@code ancestors}: the real paths of the folders from the root down to {@code dir}. */
    private static void collect(Walk w, Path dir, List<Path> listed, List<Path> ancestors) {
        List<Path> entries = listed.stream().filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                .toList();
        for (Path p : entries) {
            boolean link = Files.isSymbolicLink(p);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || link && Files.isDirectory(p)) {
                Path real;
                List<Path> inside;
                try {
                    real = realPath(p);
                    if (link && (ancestors.contains(real) || !w.read().add(real))) {
                        w.onProblem().accept(p, new java.nio.file.FileSystemLoopException(p + ": a link to "
                                + (ancestors.contains(real) ? "a folder it is in" : "a folder already read")
                                + " (" + real + "); not followed"));
                        continue;
                    }
                    w.read().add(real);
                    inside = w.lister().list(p);
                } catch (IOException e) {
                    w.onProblem().accept(p, e);
                    continue;
                }
                ancestors.add(real);
                collect(w, p, inside, ancestors);
                ancestors.remove(ancestors.size() - 1);
            } else if (link && !Files.exists(p)) {
                // a dangling link, or a loop of links (ELOOP): nothing to read behind it
                boolean loop = isLinkLoop(p);
                w.onProblem().accept(p, loop ? new java.nio.file.FileSystemLoopException(p + ": a loop of links; not followed")
                        : new java.nio.file.NoSuchFileException(p.toString(), null, "a link to nothing; skipped"));
            } else if (Files.isRegularFile(p) && matches(w.root(), p, w.matcher(), w.byName())) {
                w.files().add(p);
            }
        }
    }

    private static boolean isLinkLoop(Path p) {
        try {
            p.toRealPath();
            return false;
        } catch (java.nio.file.FileSystemException e) {
            return String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("too many levels");
        } catch (IOException e) {
            return false;
        }
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
