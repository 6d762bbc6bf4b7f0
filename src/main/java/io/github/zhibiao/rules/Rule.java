package io.github.zhibiao.rules;

import java.util.List;
import java.util.Objects;

/**
 * One line of a rules file: a kind, a stable id, an argument, the words it reacts to and an
 * example sentence that shows it firing.
 *
 * @param kind    what the rule decides
 * @param id      stable id, reported on the records it shaped ({@code Indicator.ruleId})
 * @param arg     the kind's argument: a category name, a direction, a unit; {@code -} when none
 * @param words   the words or phrases it reacts to
 * @param example a sentence on which it fires (may be empty for vocabulary kinds)
 * @param source  where the rule was read from, for error messages
 */
public record Rule(RuleKind kind, String id, String arg, List<String> words, String example, String source) {

    /**
     * Checks the fields and copies the words.
     *
     * @param kind what the rule decides
     * @param id stable id, reported on the records it shaped ({@code Indicator.ruleId})
     * @param arg the kind's argument: a category name, a direction, a unit; {@code -} when none
     * @param words the words or phrases it reacts to
     * @param example a sentence on which it fires (may be empty for vocabulary kinds)
     * @param source where the rule was read from, for error messages
     */
    public Rule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arg, "arg");
        words = List.copyOf(words);
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(source, "source");
    }
}
