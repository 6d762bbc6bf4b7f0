package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.load.LoadException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts files on a pool of threads and hands the outcomes to a sink one at a time, on the
 * calling thread, in input order whatever the thread count. At most {@code 2 × threads} files
 * are in flight, so memory stays bounded however many files there are.
 */
final class Pipeline {

    /** Where extractions come from: the real extractor, or a stand-in in tests. */
    @FunctionalInterface
    interface Source {
        Extraction extract(Path file) throws LoadException;

        /**
         * The reports inside a zip archive, each extracted; a member that cannot be loaded is an
         * error of its own and costs the others nothing. By default archives are not read.
         */
        default List<Member> extractArchive(Path zip) throws LoadException {
            return List.of(new Member(zip.getFileName().toString(), extract(zip), null));
        }

        /** This source with records that carry their trace ({@code --trace}); by default itself. */
        default Source traced() {
            return this;
        }

        /** For {@code --explain}: one line per number of the file with the steps that fired; by default none. */
        default List<String> explain(Path file) throws LoadException {
            return List.of();
        }
    }

    /** One report of an archive: its extraction, or why there is none. */
    record Member(String path, Extraction extraction, String error) {
    }

    /** What came of one input file: its extractions (one, or one per archive member) and errors. */
    record Outcome(Path file, List<Extraction> extractions, List<String> errors) {
        Outcome {
            extractions = List.copyOf(extractions);
            errors = List.copyOf(errors);
        }

        static Outcome of(Path file, Extraction extraction) {
            return new Outcome(file, List.of(extraction), List.of());
        }

        static Outcome failure(Path file, String error) {
            return new Outcome(file, List.of(), List.of(file + ": " + error));
        }

        boolean failed() {
            return !errors.isEmpty();
        }
    }

    /** Receives outcomes in input order; a write failure stops the run. */
    @FunctionalInterface
    interface Sink {
        void accept(Outcome outcome) throws IOException;
    }

    private final Source source;
    private final int threads;

    Pipeline(Source source, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1: " + threads);
        }
        this.source = source;
        this.threads = threads;
    }

    /**
     * Runs every file through the source and the sink.
     *
     * @throws IOException from the sink; the files not yet extracted are then abandoned
     */
    void run(List<Path> files, Sink sink) throws IOException {
        if (threads == 1) {
            for (Path f : files) {
                sink.accept(extract(f));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !window.isEmpty()) {
                while (window.size() < 2 * threads && next.hasNext()) {
                    Path f = next.next();
                    window.add(pool.submit(() -> extract(f)));
                }
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome extract(Path file) {
        try {
            if (isArchive(file)) {
                List<Extraction> done = new java.util.ArrayList<>();
                List<String> errors = new java.util.ArrayList<>();
                for (Member m : source.extractArchive(file)) {
                    if (m.extraction() != null) {
                        done.add(m.extraction());
                    } else {
                        errors.add(file + "!" + m.path() + ": " + m.error());
                    }
                }
                return new Outcome(file, done, errors);
            }
            return Outcome.of(file, source.extract(file));
        } catch (LoadException e) {
            return Outcome.failure(file, describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug on one document must not cost the others their records.
            return Outcome.failure(file, "INTERNAL: " + oneLine(e.toString()));
        }
    }

    static boolean isArchive(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    private static Outcome await(Future<Outcome> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    // extract() catches what a document can throw; what is left is an Error: it ends the run.
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code CORRUPT: zip file is truncated}: the reason, then the message without the file name. */
    static String describe(LoadException e) {
        String detail = e.detail() == null ? "" : e.detail();
        String reason = e.reason() == null ? "LOAD" : e.reason().name();
        return detail.isBlank() ? reason : reason + ": " + oneLine(detail);
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "zhibiao-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
