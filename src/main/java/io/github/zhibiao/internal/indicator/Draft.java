package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;

/**
 * Everything the steps decide about one quantity before it becomes a record: the outcome (subject,
 * change, goal, measure, category), what the next quantity reads of it, and the findings one step
 * leaves for the steps after it. One per quantity; mutable, confined to one pass.
 */
final class Draft {
    /** Where the number stands. */
    final Site site;
    /** What fired on this number: the driver writes it; the text stage's steps add to it. */
    final Tracer tracer;
    int sentenceStart;
    int sentenceEnd;
    /** View offset up to which the words after the number were taken as its subject. */
    int consumedTo;
    Measure measure;
    Category category;
    String subject;
    /** For a breakdown's parent: the phrase its items complete themselves with. */
    String base;
    /** The action that told a counted thing apart ({@code 涵盖的}), shared by the next after 和. */
    String action;
    /** A goal or plan: in a plan section, or after a plan word in its sentence. */
    boolean target;
    /** The quantity this draft is about. */
    Quantity quantity;
    /** When this is the low end of a range: where the high end starts; else -1. */
    int rangeLowOf = -1;
    /** The kind of school the sentence is about, when it counts one. */
    String topic;
    Direction direction;
    String ruleId;

    // Findings of the steps, read by the steps after them.

    /** Counted things ({@code 个}, or no unit): the words after the number may name them. */
    boolean counted;
    /** The noun phrase after the number that names what it counts; empty when none. */
    String nounAfter = "";
    /** The words before the number as a subject would read them; null until a step asks ({@link #leftWords}). */
    private String leftWords;
    /** The words before the number without the change and comparison words. */
    String changeless;
    /** A change word names the new level ({@code 增至1830人}). */
    boolean leveled;
    /** Nothing but a conjunction (和, 、) stands before the number. */
    boolean onlyConjunction;
    /** The words before the number that tell the counted things apart ({@code 新建}); empty when none. */
    String modifier;
    /** The modifier was read as the clause's action ({@code 惠及}), which a verb of reach may complete. */
    boolean acted;
    /** The words before the number, cleaned, with a trailing 的 kept. */
    String rawBefore;
    /** What follows a list of examples closed by 等 in the subject; empty when none. */
    String examplesHead;
    /** The subject as the subject steps word it, before its trailing punctuation is trimmed. */
    String wording;

    Draft(Site s, Tracer tracer) {
        this.site = s;
        this.tracer = tracer;
        this.quantity = s.q();
        this.measure = s.q().measure();
        this.counted = s.counted();
        this.sentenceStart = s.sentenceStart();
        this.sentenceEnd = s.sentenceEnd();
        this.consumedTo = s.q().end();
        this.rangeLowOf = s.rangeHigh();
    }

    /**
     * The words before the number as a subject would read them, without a trailing 了 or 的; read
     * once, and only by the steps that need them (they may segment).
     */
    String leftWords(LeftSubjects phrases, String left) {
        if (leftWords == null) {
            leftWords = phrases.clean(Clauses.stripTail(left, Particles.LE), false);
        }
        return leftWords;
    }
}
