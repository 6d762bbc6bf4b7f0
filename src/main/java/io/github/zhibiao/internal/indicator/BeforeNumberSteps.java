package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Measure;

import java.util.EnumSet;
import java.util.regex.Pattern;

/**
 * The subject steps of a number no noun phrase follows: the words before it name what it measures
 * ({@link BeforeNumber}), or what follows a list of examples in them ({@link AfterExamples}), or,
 * for a percentage with none, the things after it ({@link ShareOf}). {@link PreviousSubjectSteps}
 * then complete short or empty subjects from the number before.
 */
final class BeforeNumberSteps {

    private BeforeNumberSteps() {
    }

    /**
     * {@code subject.before-number}: the words before the number, without change and comparison
     * words, scope and link words trimmed ({@code 全县农作物播种面积稳定在120万亩} → {@code 农作物播种面积});
     * a rate's 每生每年 belongs to its unit (per), not to what it measures.
     */
    static final class BeforeNumber extends DraftStep {
        private final Pattern perPhrase;
        private final Phrasing phrases;

        BeforeNumber(Words words, Phrasing phrases) {
            super("subject.before-number", EnumSet.of(Slot.SITE, Slot.CHANGELESS), EnumSet.of(Slot.RAW_BEFORE, Slot.WORDING));
            this.perPhrase = Pattern.compile("(?:" + words.pattern("per-phrase") + ")(" + words.alternation("per-phrase-verbs") + ")?$");
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            boolean per = s.q().per() != null;
            String raw = phrases.left().clean(per ? perPhrase.matcher(d.changeless).replaceFirst("") : d.changeless, true, t);
            if (per) {
                raw = perPhrase.matcher(raw).replaceFirst("");
            }
            d.rawBefore = raw;
            d.wording = LeftSubjects.stripDe(raw);
            return true;
        }
    }

    /**
     * {@code subject.after-examples}: examples closed by 等 are not what is counted, the words after
     * 等 are ({@code 引进华为智能生活馆、砂之船奥莱等首店100多家} → {@code 首店}).
     */
    static final class AfterExamples extends DraftStep {
        private final Phrasing phrases;

        AfterExamples(Phrasing phrases) {
            super("subject.after-examples", EnumSet.of(Slot.WORDING), EnumSet.of(Slot.EXAMPLES_HEAD, Slot.WORDING));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            d.examplesHead = phrases.shapes().afterExamples(d.wording);
            if (d.examplesHead.isEmpty()) {
                return false;
            }
            d.wording = d.examplesHead;
            return true;
        }
    }

    /**
     * {@code subject.share-of}: a percentage with no words before it measures the things after it
     * and what they did ({@code 90%的化工园区降至较低风险等级} measures the parks that did so).
     */
    static final class ShareOf extends DraftStep {
        private final Phrasing phrases;

        ShareOf(Phrasing phrases) {
            super("subject.share-of", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!(s.q().measure() instanceof Measure.Percent) || !d.wording.isEmpty()) {
                return false;
            }
            String v = s.v();
            int rightFrom = s.rightFrom();
            int rightEnd = s.rightEnd();
            int from = rightFrom < rightEnd && v.charAt(rightFrom) == Particles.DE_CHAR ? rightFrom + 1 : rightFrom;
            String owner = phrases.nouns().loose(v, from, rightEnd);
            if (owner.isEmpty()) {
                return false;
            }
            d.wording = owner + phrases.clauses().actionAfter(v, Clauses.spanEnd(v, from, owner), rightEnd);
            return true;
        }
    }
}
