package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.ReportLoader;

import java.io.IOException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The real source of the command line: the extractor, and for zip archives every report inside (loaded by the extractor's own loader, one at a time). */
final class ExtractorSource implements Pipeline.Source {

    private final Extractor extractor;

    ExtractorSource(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The source for the command line's options: the shared default extractor when none is set. */
    static ExtractorSource open(ExtractCommand.Settings s) throws IOException {
        if (s.defaults()) {
            return new ExtractorSource(Extractor.defaults());
        }
        ReportLoader.Builder loader = ReportLoader.builder().charset(s.charset());
        if (s.maxSize() != null) {
            loader.maxInputBytes(s.maxSize());
        }
        if (s.maxChars() != null) {
            loader.maxChars(s.maxChars());
        }
        if (s.timeout() != null) {
            loader.timeout(s.timeout());
        }
        Extractor.Builder b = Extractor.builder().loader(loader.build());
        for (Path rules : s.rules()) {
            b.addRules(rules);
        }
        return new ExtractorSource(b.build());
    }

    @Override
    public Extraction extract(Path file) throws LoadException {
        return extractor.extract(file);
    }

    @Override
    public void extractArchive(Path zip, Consumer<Pipeline.Member> each) throws LoadException {
        extractor.loader().loadArchive(zip, m -> {
            if (!m.ok()) {
                each.accept(new Pipeline.Member(m.path(), null, Pipeline.describe(m.error())));
                return;
            }
            Pipeline.Member done;
            try {
                done = new Pipeline.Member(m.path(), extractor.extract(m.report()), null);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // one member's failure costs that member only
                done = new Pipeline.Member(m.path(), null, Pipeline.internal(e));
            }
            each.accept(done);
        });
    }

    @Override
    public String rulesDigest() {
        return extractor.rules().digest();
    }

    @Override
    public Pipeline.Source traced() {
        return new ExtractorSource(extractor.withTrace(true));
    }

    @Override
    public List<Explanation> explain(Path file) throws LoadException {
        return extractor.explain(file);
    }
}
