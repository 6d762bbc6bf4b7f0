package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.load.LoadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts files on a pool of threads and hands the outcomes to a sink one at a time, on the
 * calling thread, in input order whatever the thread count. At most {@code 2 × threads} files
 * are in flight, so memory stays bounded however many files there are.
 *
 * <p>Memory: each file holds a share of the heap in proportion to its size while it is
 * extracted, so a file large for the heap runs alone. A file that still runs out of memory (or
 * stack) is tried once more alone; if it fails again it costs that file only. Archives are read
 * on the calling thread, member by member, each member handed to the sink before the next is
 * read.
 */
final class Pipeline {

    /** Heap taken by extraction per byte of input, roughly (text, view, records): the admission weight. */
    static final int HEAP_PER_INPUT_BYTE = 24;

    /** Where extractions come from: the real extractor, or a stand-in in tests. */
    @FunctionalInterface
    interface Source {
        Extraction extract(Path file) throws LoadException;

        /**
         * The reports inside a zip archive, each extracted and handed over before the next is
         * read; a member that cannot be loaded is an error of its own and costs the others
         * nothing. By default archives are not read.
         *
         * @throws LoadException when the archive itself cannot be read (members handed over before stay handed over)
         */
        default void extractArchive(Path zip, Consumer<Member> each) throws LoadException {
            each.accept(new Member(zip.getFileName().toString(), extract(zip), null));
        }

        /** A digest of the rules records are made with (the Parquet footer's {@code zhibiao.rules.digest}); null when unknown. */
        default String rulesDigest() {
            return null;
        }

        /** This source with records that carry their trace ({@code --trace}); by default itself. */
        default Source traced() {
            return this;
        }

        /** For {@code --explain}: every number of the file with its outcome and trace; by default none. */
        default List<io.github.zhibiao.api.Explanation> explain(Path file) throws LoadException {
            return List.of();
        }
    }

    /** One report of an archive: its extraction, or why there is none. */
    record Member(String path, Extraction extraction, String error) {
    }

    /**
     * What came of one report: its extraction or an error, under a label for messages (the
     * file, or {@code archive!member}, escaped). {@code endsFile} is set on the last outcome of
     * an input file; an archive ends with an outcome that is no report at all.
     */
    record Outcome(String label, Extraction extraction, String error, boolean endsFile) {

        static Outcome of(Path file, Extraction extraction) {
            return new Outcome(Pipeline.label(file), extraction, null, true);
        }

        static Outcome failure(Path file, String error) {
            return new Outcome(Pipeline.label(file), null, error, true);
        }

        boolean failed() {
            return error != null;
        }

        /** True for a report (a file or an archive member), false for an archive's end marker. */
        boolean isReport() {
            return extraction != null || error != null;
        }
    }

    /** Receives outcomes in input order; a write failure stops the run. */
    @FunctionalInterface
    interface Sink {
        void accept(Outcome outcome) throws IOException;
    }

    private final Source source;
    private final int threads;
    /** The heap budget in KiB that files share while they are extracted. */
    private final int budget;
    private final Semaphore memory;
    private final Function<Path, String> docNames;

    Pipeline(Source source, int threads) {
        this(source, threads, f -> f.getFileName().toString());
    }

    /**
     * @param docNames the {@code doc} of each file's records ({@code 2023/a.txt} for a file under a
     *                 folder); an archive's members are named {@code doc!member/path}
     */
    Pipeline(Source source, int threads, Function<Path, String> docNames) {
        this(source, threads, docNames, Runtime.getRuntime().maxMemory());
    }

    Pipeline(Source source, int threads, Function<Path, String> docNames, long heapBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1: " + threads);
        }
        this.source = source;
        this.threads = threads;
        this.budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 4 * 3 / 1024));
        this.memory = new Semaphore(budget, true);
        this.docNames = docNames;
    }

    /**
     * Runs every file through the source and the sink.
     *
     * @throws IOException from the sink; the files not yet extracted are then abandoned
     */
    void run(List<Path> files, Sink sink) throws IOException {
        if (threads == 1) {
            for (Path f : files) {
                if (isArchive(f)) {
                    archive(f, sink);
                } else {
                    sink.accept(extract(f));
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            Deque<Path> order = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !window.isEmpty()) {
                while (window.size() < 2 * threads && next.hasNext()) {
                    Path f = next.next();
                    order.add(f);
                    // Archives are streamed on this thread when their turn comes.
                    window.add(isArchive(f) ? CompletableFuture.completedFuture(null) : pool.submit(() -> extract(f)));
                }
                Path f = order.poll();
                Outcome o = await(window.poll());
                if (o == null) {
                    archive(f, sink);
                } else {
                    sink.accept(o);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Streams an archive's members to the sink, then its end marker (or the archive's own error). */
    private void archive(Path zip, Sink sink) throws IOException {
        IOException[] failed = {null};
        String label = label(zip);
        String doc = docNames.apply(zip);
        int need = weight(zip);
        memory.acquireUninterruptibly(need);
        try {
            source.extractArchive(zip, m -> {
                if (failed[0] != null) {
                    return;
                }
                try {
                    Extraction x = m.extraction() == null ? null : m.extraction().withDoc(doc + "!" + m.path());
                    sink.accept(new Outcome(label + "!" + escape(m.path()), x, m.error(), false));
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
        } catch (LoadException e) {
            if (failed[0] == null) {
                sink.accept(new Outcome(label, null, describe(e), true));
                return;
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (failed[0] == null) {
                sink.accept(new Outcome(label, null, internal(e), true));
                return;
            }
        } finally {
            memory.release(need);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        sink.accept(new Outcome(label, null, null, true));
    }

    private Outcome extract(Path file) {
        int need = weight(file);
        memory.acquireUninterruptibly(need);
        try {
            return attempt(file);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Maybe the files beside it took the heap: below, once more alone.
        } finally {
            memory.release(need);
        }
        memory.acquireUninterruptibly(budget);
        try {
            return attempt(file);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return Outcome.failure(file, internal(e));
        } finally {
            memory.release(budget);
        }
    }

    private Outcome attempt(Path file) {
        try {
            return Outcome.of(file, source.extract(file).withDoc(docNames.apply(file)));
        } catch (LoadException e) {
            return Outcome.failure(file, describe(e));
        } catch (RuntimeException e) {
            // A bug on one document must not cost the others their records.
            return Outcome.failure(file, internal(e));
        }
    }

    /** The reason line of an error that is no {@link LoadException}. */
    static String internal(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "TOO_LARGE: out of memory (" + oneLine(String.valueOf(e.getMessage()))
                    + "); give Java more heap (java -Xmx2g -jar ...) or split the file";
        }
        if (e instanceof StackOverflowError) {
            return "INTERNAL: stack overflow; give Java a larger stack (java -Xss16m -jar ...)";
        }
        return "INTERNAL: " + oneLine(e.toString());
    }

    /** This file's share of the heap budget while it is extracted, in KiB. */
    private int weight(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | RuntimeException e) {
            size = 0;
        }
        return (int) Math.max(1, Math.min(budget, size / 1024 * HEAP_PER_INPUT_BYTE));
    }

    static boolean isArchive(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip") && !Files.isDirectory(file);
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
        String detail = e.commandLineDetail() == null ? "" : e.commandLineDetail();
        String reason = e.reason() == null ? "LOAD" : e.reason().name();
        return detail.isBlank() ? reason : reason + ": " + oneLine(detail);
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A file as messages name it: its path, with line breaks, tabs and other controls escaped. */
    static String label(Path file) {
        return escape(file.toString());
    }

    /** Line breaks and tabs as {@code \n}, {@code \r}, {@code \t}; other control characters as a Java escape of four hex digits. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(rep != null ? rep : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
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
