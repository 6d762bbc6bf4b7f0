package io.github.zhibiao.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The HanLP-backed {@link Segmenter}: HanLP's standard segmenter with offsets, plus a domain
 * dictionary held in memory only.
 *
 * <p>HanLP's global state stays in this class: it never touches {@code HanLP.Config} and never
 * uses HanLP's shared default custom dictionary (whose loader writes {@code .bin} caches next to
 * its data). The domain words go into a private {@link DynamicCustomDictionary} built from our
 * resources. HanLP's {@code seg} is thread-safe once configured; configuration happens only here,
 * in the constructor.
 */
public final class HanlpSegmenter implements Segmenter {

    private final Segment segment;

    /** A segmenter that keeps each of {@code domainWords} whole, tagged as a noun. */
    public HanlpSegmenter(Collection<String> domainWords) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String w : domainWords) {
            dictionary.insert(w, "n 1000");
        }
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(dictionary)
                .enablePlaceRecognize(true);
    }

    /**
     * Loads HanLP's shared dictionaries and models now, on the calling thread: the core and
     * bigram dictionaries, the person and place name models and the character tables that HanLP
     * otherwise loads on the first segmentation (together a few hundred milliseconds, once per
     * JVM). Lets a program overlap that one-off cost with its other start-up work; segmenters
     * behave the same without it. Uses no custom dictionary, writes nothing, safe from any thread.
     */
    public static void preload() {
        HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(false)
                .enablePlaceRecognize(true)
                .seg(PRELOAD_TEXT);
        ScriptConverter.toSimplified('學');
    }

    /** Our own sentence with a place, a person, a number and a unit: every model is touched. */
    private static final String PRELOAD_TEXT = "河西县县长李明说，全县新增公办幼儿园12所，投入资金3.4亿元。";

    @Override
    public List<Token> segment(CharSequence text, int start, int end) {
        if (end <= start) {
            return List.of();
        }
        List<Term> terms = segment.seg(text.subSequence(start, end).toString());
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Token(start + t.offset, t.word, t.nature == null ? "" : t.nature.toString()));
        }
        return out;
    }
}
