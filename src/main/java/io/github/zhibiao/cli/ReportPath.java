package io.github.zhibiao.cli;

import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;
import io.github.zhibiao.load.ReportLoader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A report named on the command line the way records and error lines name it: a file
 * ({@code reports/a.docx}), or a member of a zip archive ({@code reports.zip!2024/b.docx}). A
 * file whose own name holds {@code .zip!} is that file when it exists.
 *
 * @param file   the file, or the archive when {@code member} is set
 * @param member the member's path inside the archive, or null
 */
record ReportPath(Path file, String member) {

    /**
     * Resolves a command-line argument: the file it names if there is one, else the first
     * {@code NAME.zip!MEMBER} split whose archive is a file.
     *
     * @throws InvalidPathException when it names no path at all
     */
    static ReportPath of(String arg) {
        Path whole = Path.of(arg);
        if (Files.exists(whole) || Files.isSymbolicLink(whole)) {
            return new ReportPath(whole, null);
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(".zip!"); i >= 0; i = lower.indexOf(".zip!", i + 1)) {
            Path zip = Path.of(arg.substring(0, i + 4));
            String member = arg.substring(i + 5);
            while (member.startsWith("/")) {
                member = member.substring(1);
            }
            if (!member.isEmpty() && Files.isRegularFile(zip)) {
                return new ReportPath(zip, member);
            }
        }
        return new ReportPath(whole, null);
    }

    /** True when this names a whole zip archive (not one of its members). */
    boolean isArchive() {
        return member == null && Pipeline.isArchive(file);
    }

    /** Loads the file, or the archive member. */
    LoadedReport load(ReportLoader loader) throws LoadException {
        return member == null ? loader.load(file) : loader.loadMember(file, member);
    }

    /** As messages name it: {@code reports.zip!2024/b.docx}, escaped. */
    String label() {
        return Pipeline.label(file) + (member == null ? "" : "!" + Pipeline.escape(member));
    }
}
