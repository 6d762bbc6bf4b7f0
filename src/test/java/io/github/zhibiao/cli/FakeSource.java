package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.ReportContext;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in extractor whose output is known: every run of digits in the file is a count of
 * schools. A file starting with {@code BAD} fails to load, one starting with {@code BOOM} throws
 * as a buggy rule would. With {@code jitter}, each file takes a random few milliseconds, so that
 * threads finish out of order.
 */
final class FakeSource implements Pipeline.Source {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final boolean jitter;

    FakeSource(boolean jitter) {
        this.jitter = jitter;
    }

    @Override
    public Extraction extract(Path file) throws LoadException {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException(name, LoadException.Reason.IO, e.getMessage(), e);
        }
        if (jitter) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (text.startsWith("BAD")) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "fake corruption\nsecond line", null);
        }
        if (text.startsWith("BOOM")) {
            throw new IllegalStateException("rule bug");
        }
        List<Indicator> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            found.add(new Indicator(m.group(), m.start(), m.end(), new Measure.Count(new BigDecimal(m.group()), "所"),
                    Category.SCHOOL_COUNT, "学校", false, null, null, false, null, text, "fake"));
        }
        return new Extraction(name, text, ReportContext.UNKNOWN, found);
    }

    /** The command line with this source, for runs in a JVM of their own (memory bounds). */
    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        System.exit(Main.localeProblem(args, err) ? 2
                : Main.execute(args, new FileOutputStream(FileDescriptor.out), err, false, new FakeSource(false)));
    }
}
