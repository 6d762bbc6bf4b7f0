package io.github.zhibiao.internal.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.github.zhibiao.internal.text.ScriptConverter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The HanLP-backed {@link Segmenter}: HanLP's standard segmenter with offsets, plus a domain
 * dictionary held in memory only.
 *
 * <p>HanLP's global state stays in this class: it never touches {@code HanLP.Config} and never
 * changes HanLP's shared default custom dictionary (it reads the words HanLP loaded into it, see
 * {@link #defaultWordsOfOurOwn()}). The domain words go into a private
 * {@link DynamicCustomDictionary}. HanLP's {@code seg} is thread-safe once configured;
 * configuration happens only here, in the constructor.
 */
public final class HanlpSegmenter implements Segmenter {

    private final Segment segment;

    /** A segmenter that keeps each of {@code domainWords} whole, tagged as a noun. */
    public HanlpSegmenter(Collection<String> domainWords) {
        DynamicCustomDictionary dictionary = defaultWordsOfOurOwn();
        for (String w : domainWords) {
            dictionary.insert(w, "n 1000");
        }
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(dictionary)
                .enablePlaceRecognize(true);
    }

    /**
     * A private dictionary holding HanLP's default custom words, as {@code new
     * DynamicCustomDictionary()} does, without reading them a second time: every HanLP segment
     * loads them once into {@link CustomDictionary#DEFAULT} anyway (its constructor asks for it).
     * The copy shares that trie's states, which nothing changes once loaded, and has values of its
     * own, so inserting a domain word changes this dictionary only. When the shared dictionary has
     * words outside its trie (another HanLP user added some), the words are read afresh instead.
     */
    private static DynamicCustomDictionary defaultWordsOfOurOwn() {
        DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
        if (shared == null || shared.dat == null || shared.dat.size() == 0
                || shared.trie != null && shared.trie.size() > 0) {
            return new DynamicCustomDictionary();
        }
        return new DynamicCustomDictionary(new OwnValues(shared.dat), new BinTrie<>(), null);
    }

    /** A double-array trie sharing another's states ({@code base}, {@code check}) with a copy of its values. */
    private static final class OwnValues extends DoubleArrayTrie<CoreDictionary.Attribute> {
        private static final long serialVersionUID = 1L;

        OwnValues(DoubleArrayTrie<CoreDictionary.Attribute> shared) {
            this.base = shared.getBase();
            this.check = shared.getCheck();
            this.size = shared.getSize();
            this.v = shared.getValueArray(new CoreDictionary.Attribute[0]);
        }
    }

    /**
     * Loads HanLP's shared dictionaries and models now, on the calling thread: the default custom,
     * core and bigram dictionaries, the person and place name models and the character tables that
     * HanLP otherwise loads when the first segmenter is built and on its first segmentation
     * (together a few hundred milliseconds, once per JVM). Segmenters behave the same without it.
     * Writes nothing, changes no HanLP setting, safe from any thread.
     */
    public static void preload() {
        for (Runnable part : preloadParts()) {
            part.run();
        }
    }

    /**
     * What {@link #preload()} does, as two parts that may run on threads of their own at once, so
     * that a program can overlap this one-off cost with its other start-up work. HanLP loads each
     * of its dictionaries in a class initializer, which the JVM runs once, under a lock: a part
     * (or a segmenter) that needs a dictionary the other part is loading waits for it, and nothing
     * is loaded twice. The initializers depend on one another without cycles, so they cannot
     * deadlock.
     *
     * @return the parts, each to be run once, in any order or at once
     */
    public static List<Runnable> preloadParts() {
        return List.of(
                () -> initialize(CoreDictionary.class, CoreBiGramTableDictionary.class,
                        CoreDictionaryTransformMatrixDictionary.class, PersonDictionary.class,
                        TranslatedPersonDictionary.class),
                () -> {
                    initialize(CustomDictionary.class, CharType.class, CharTable.class, PlaceDictionary.class);
                    // Our own sentence with a place, a person, a number and a unit touches the rest.
                    HanLP.newSegment()
                            .enableOffset(true)
                            .enableCustomDictionary(false)
                            .enablePlaceRecognize(true)
                            .seg("河西县县长李明说，全县新增公办幼儿园12所，投入资金3.4亿元。");
                    ScriptConverter.toSimplified('學');
                });
    }

    private static void initialize(Class<?>... classes) {
        for (Class<?> c : classes) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(c.getName() + " is not on the class path", e);
            }
        }
    }

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
