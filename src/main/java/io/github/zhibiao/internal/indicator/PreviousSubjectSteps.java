package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.EnumSet;
import java.util.List;

/**
 * The subject steps that complete the words before a number from the number before it, when those
 * words name only part of what it measures or nothing: alternatives, tried in order, of which the
 * first that fires decides (a FIRST stage of {@code pipeline.tsv}). They follow {@link BeforeNumberSteps}.
 */
final class PreviousSubjectSteps {

    private PreviousSubjectSteps() {
    }

    /** The alternatives, for the registry ({@link IndicatorSteps}); pipeline.tsv orders them (a FIRST stage). */
    static List<DraftStep> of(Phrasing phrases, Categorizer categorizer, Enumerations enumerations) {
        return List.of(new TopicCarried(enumerations), new TopicOfClauseBefore(phrases), new Inherited(),
                new VerbCompleted(phrases), new ParallelItem(phrases), new ListItem(phrases), new ModifierOfPrevious(),
                new BreakdownItem(phrases, categorizer));
    }

    /**
     * {@code subject.topic-carried}: a subject that names only the other half of a pair ({@code 支出}
     * after {@code 收入}) takes the topic of the number before in its sentence ({@code 政府性基金收入下降3.2%、
     * 支出达到41.5亿元} → {@code 政府性基金支出}).
     */
    static final class TopicCarried extends DraftStep {
        private final Enumerations enumerations;

        TopicCarried(Enumerations enumerations) {
            super("subject.topic-carried", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING));
            this.enumerations = enumerations;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String carried = s.samePrevSentence() ? enumerations.carriedTopic(d.wording, s.prev().subject) : "";
            if (carried.isEmpty()) {
                return false;
            }
            d.wording = carried;
            return true;
        }
    }

    /**
     * {@code subject.topic-of-clause-before}: a clause of verbs alone ({@code 调整为8.3∶41.4∶50.3},
     * {@code 带动就业超48万人次}) speaks of the topic the clause before opens with ({@code 三次产业结构
     * 进一步优化} → {@code 三次产业结构调整}), when no number stands in that clause. Reads one clause
     * back, at most a window; segments only when there is such a clause.
     */
    static final class TopicOfClauseBefore extends DraftStep {
        private final Phrasing phrases;

        TopicOfClauseBefore(Phrasing phrases) {
            super("subject.topic-of-clause-before", EnumSet.of(Slot.SITE, Slot.WORDING, Slot.EXAMPLES_HEAD), EnumSet.of(Slot.WORDING));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String subject = d.wording;
            if (!d.examplesHead.isEmpty() || subject.isEmpty()) {
                return false;
            }
            String clause = s.clauseBefore();
            if (clause == null || !phrases.shapes().actionOnly(subject)) {
                return false;
            }
            String topic = phrases.clauses().topicOf(clause);
            if (topic.isEmpty()) {
                return false;
            }
            String named = phrases.shapes().afterExamples(topic);
            d.wording = (named.isEmpty() ? topic : named) + subject;
            return true;
        }
    }

    /**
     * {@code subject.inherited}: a number with no words of its own, or only a conjunction, or a
     * change word with at most one character, measures what the number before it in the clause
     * group measures ({@code 生猪出栏量182万头，增长3.1%}).
     */
    static final class Inherited extends DraftStep {
        Inherited() {
            super("subject.inherited", EnumSet.of(Slot.SITE, Slot.WORDING, Slot.ONLY_CONJUNCTION, Slot.DIRECTION, Slot.LEVELED), EnumSet.of(Slot.WORDING, Slot.BASE));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String subject = d.wording;
            if (!(s.sameGroup() && (subject.isEmpty() || d.onlyConjunction
                    || (d.direction != null || d.leveled) && subject.length() <= 1))) {
                return false;
            }
            d.wording = s.prev().subject;
            d.base = s.prev().base;
            return true;
        }
    }

    /**
     * {@code subject.verb-completed}: a subject of verbs alone is completed with the head of the
     * subject before ({@code 植树造林面积15万亩，新增3万亩} → {@code 新增植树造林面积}).
     */
    static final class VerbCompleted extends DraftStep {
        private final Phrasing phrases;

        VerbCompleted(Phrasing phrases) {
            super("subject.verb-completed", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!(s.samePrevSentence() && s.sameKind() && phrases.shapes().verbsOnly(d.wording))) {
                return false;
            }
            d.wording = d.wording + s.prevBase(phrases.lists());
            return true;
        }
    }

    /**
     * {@code subject.parallel-item}: a short subject that stands for an item of the subject before
     * takes that item's place in it ({@code 国有企业增加值增长2.3%；集体企业下降25.5%}: 集体企业 stands
     * for 国有企业 in 国有企业增加值). A list before names no one thing to stand in for.
     */
    static final class ParallelItem extends DraftStep {
        private final Phrasing phrases;

        ParallelItem(Phrasing phrases) {
            super("subject.parallel-item", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!(s.samePrevSentence() && s.sameKind() && d.wording.length() <= 6 && s.prev().subject.indexOf('、') < 0)) {
                return false;
            }
            String parallel = phrases.lists().parallelItem(d.wording, s.prev().subject);
            if (parallel.isEmpty()) {
                return false;
            }
            d.wording = parallel;
            return true;
        }
    }

    /**
     * {@code subject.list-item} and {@code delta.list-item}: a list that runs "A x、B y" under one verb
     * ({@code 粮食产量增长2%、油料3%}): B stands for A in the subject before and shares its change.
     */
    static final class ListItem extends DraftStep {
        private final Phrasing phrases;

        ListItem(Phrasing phrases) {
            super("subject.list-item", EnumSet.of(Slot.SITE, Slot.DIRECTION, Slot.LEVELED, Slot.WORDING), EnumSet.of(Slot.WORDING, Slot.DIRECTION));
            this.phrases = phrases;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            Draft prev = s.prev();
            if (!(s.samePrevSentence() && s.sameKind() && prev.direction != null && d.direction == null && !d.leveled
                    && d.wording.length() <= 3 && s.v().charAt(s.floor()) == '、' && s.floor() == s.prevEnd())) {
                return false;
            }
            String listed = phrases.lists().listItem(d.wording, prev.subject);
            if (listed.isEmpty()) {
                return false;
            }
            d.wording = listed;
            d.direction = prev.direction;
            t.sub("delta.list-item", null, prev.direction.name());
            return true;
        }
    }

    /**
     * {@code subject.modifier-of-previous}: a subject that is only a modifier ending in 的 modifies
     * the subject before ({@code 接待游客1850万人次，其中省外的620万人次} → {@code 省外的接待游客}).
     */
    static final class ModifierOfPrevious extends DraftStep {
        ModifierOfPrevious() {
            super("subject.modifier-of-previous", EnumSet.of(Slot.SITE, Slot.RAW_BEFORE), EnumSet.of(Slot.WORDING));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String raw = d.rawBefore;
            if (!(s.samePrevSentence() && raw.endsWith(Particles.DE) && !raw.startsWith(Particles.SHARE) && !s.prev().subject.isEmpty())) {
                return false;
            }
            d.wording = raw + s.prev().subject;
            return true;
        }
    }

    /**
     * {@code subject.breakdown-item}: a short item of a breakdown ({@code 其中…}) completes itself
     * with the subject of the total ({@code 公路通车里程1.2万公里，其中高速860公里} → {@code 高速公路通车里程}),
     * unless it names a kind of its own or already holds that subject's last word.
     */
    static final class BreakdownItem extends DraftStep {
        private final Phrasing phrases;
        private final Categorizer categorizer;

        BreakdownItem(Phrasing phrases, Categorizer categorizer) {
            super("subject.breakdown-item", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING, Slot.BASE));
            this.phrases = phrases;
            this.categorizer = categorizer;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (!(s.samePrevSentence() && s.sameKind())) {
                return false;
            }
            String prevBase = s.prevBase(phrases.lists());
            String subject = d.wording;
            if (prevBase.isEmpty()
                    || !(subject.length() <= 2 || subject.length() <= 4 && s.v().substring(s.sentenceStart(), s.q().start()).contains(Particles.AMONG))
                    || categorizer.namesOwnKind(subject, s.q().measure(), s.prev().category)
                    || phrases.shapes().namesInstitutionOrTrade(subject) && !categorizer.namesSchool(subject)
                    || subject.contains(phrases.shapes().lastWord(prevBase))) {
                return false;
            }
            d.wording = subject + prevBase;
            d.base = prevBase;
            return true;
        }
    }
}
