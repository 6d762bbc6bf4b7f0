package io.github.zhibiao.api;

import java.util.Objects;

/**
 * What came of one file (or one archive member) handed over as bytes: its extraction, or why
 * there is none. Errors are values here, never exceptions, so that a distributed job can keep
 * them as rows beside the records.
 *
 * <pre>{@code
 * for (FileResult r : extractor.extractFile("reports.zip", bytes)) {
 *     switch (r) {
 *         case FileResult.Success s -> write(s.extraction());
 *         case FileResult.Failure f -> log(f.doc() + ": " + f.reason() + ": " + f.message());
 *     }
 * }
 * }</pre>
 */
public sealed interface FileResult {

    /**
     * The document's name: the file's, or {@code archive.zip!member/path} for an archive member.
     *
     * @return the document's name
     */
    String doc();

    /**
     * A file that was read.
     *
     * @param doc        the document's name ({@code extraction.doc()})
     * @param extraction its records
     */
    record Success(String doc, Extraction extraction) implements FileResult {
        /**
         * Checks that the names agree.
         *
         * @param doc the document's name
         * @param extraction its records, under the same name
         */
        public Success {
            Objects.requireNonNull(extraction, "extraction");
            if (!extraction.doc().equals(doc)) {
                throw new IllegalArgumentException("doc " + doc + " is not the extraction's " + extraction.doc());
            }
        }
    }

    /**
     * A file that could not be read or extracted.
     *
     * @param doc     the document's name
     * @param reason  a {@link io.github.zhibiao.load.LoadException.Reason} name ({@code CORRUPT},
     *                {@code TOO_LARGE}…), or {@code INTERNAL} for a failure of the extractor itself
     * @param message what went wrong, on one line, without the name and reason
     */
    record Failure(String doc, String reason, String message) implements FileResult {
        /**
         * Checks the fields.
         *
         * @param doc the document's name
         * @param reason a load failure reason's name, or {@code INTERNAL}
         * @param message what went wrong, on one line
         */
        public Failure {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
