package io.github.zhibiao.load;

/**
 * One member of an archive loaded by {@link ReportLoader#loadArchive(java.nio.file.Path)}: either
 * its report or the reason it failed, so one bad member stops nothing.
 *
 * @param path   the member's path inside the archive (names in GBK are decoded)
 * @param report the loaded report, or null when {@code error} is set
 * @param error  why the member could not be loaded, or null
 */
public record ArchiveMember(String path, LoadedReport report, LoadException error) {

    /**
     * Exactly one of {@code report} and {@code error} is set.
     *
     * @param path the member's path inside the archive (names in GBK are decoded)
     * @param report the loaded report, or null when {@code error} is set
     * @param error why the member could not be loaded, or null
     */
    public ArchiveMember {
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of report and error is set");
        }
    }

    /**
     * True when the member loaded.
     *
     * @return whether {@link #report()} is set rather than {@link #error()}
     */
    public boolean ok() {
        return report != null;
    }
}
