package io.github.zhibiao.internal.indicator;

/**
 * The parts of a {@link Draft} that the indicator steps read and write, as they declare them
 * ({@link io.github.zhibiao.internal.pipeline.Step#reads()}): the pipeline checks at build time that
 * every slot a step reads is given ({@link IndicatorSteps#GIVEN}) or written by a step before it.
 */
enum Slot {
    /** Where the number stands ({@link Site}) and the draft of the number before: given. */
    SITE,
    /** The number counts things ({@link Draft#counted}): given. */
    COUNTED,
    /** The words before the number as a subject reads them ({@link Draft#leftWords}), read lazily: given. */
    LEFT_WORDS,
    TARGET,
    NOUN_AFTER,
    CHANGELESS,
    LEVELED,
    ONLY_CONJUNCTION,
    DIRECTION,
    MODIFIER,
    /** The modifier was read as the clause's action ({@link Draft#acted}). */
    ACTED,
    ACTION,
    RAW_BEFORE,
    EXAMPLES_HEAD,
    WORDING,
    SUBJECT,
    BASE,
    /** How far the subject took the words after the number: given (the number's end), then moved. */
    CONSUMED_TO,
    /** The measure: given (the quantity's), then completed by a unit from the subject. */
    MEASURE,
    CATEGORY,
    RULE,
    TOPIC
}
