package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.indicator.IndicatorEngine;
import io.github.zhibiao.load.ArchiveMember;
import io.github.zhibiao.load.LoadException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real source of the command line: the extractor, and for zip archives every report inside (loaded by the extractor's own loader). */
final class ExtractorSource implements Pipeline.Source {

    private final Extractor extractor;

    ExtractorSource(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Extraction extract(Path file) throws LoadException {
        return extractor.extract(file);
    }

    @Override
    public Pipeline.Source traced() {
        return new ExtractorSource(extractor.withTrace(true));
    }

    @Override
    public List<String> explain(Path file) throws LoadException {
        List<String> lines = new ArrayList<>();
        for (IndicatorEngine.Explanation e : extractor.explain(extractor.loader().load(file).text())) {
            lines.add(e.start() + "\t" + e.text() + "\t" + (e.kept() ? "record" : "no record") + "\t"
                    + e.subject() + "\t" + String.join(" ", e.steps()));
        }
        return lines;
    }

    @Override
    public List<Pipeline.Member> extractArchive(Path zip) throws LoadException {
        List<Pipeline.Member> out = new ArrayList<>();
        for (ArchiveMember m : extractor.loader().loadArchive(zip)) {
            out.add(m.ok()
                    ? new Pipeline.Member(m.path(), extractor.extract(m.report()), null)
                    : new Pipeline.Member(m.path(), null, Pipeline.describe(m.error())));
        }
        return out;
    }
}
