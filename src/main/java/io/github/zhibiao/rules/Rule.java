package io.github.zhibiao.rules;

import java.util.List;
import java.util.Objects;

/**
 * One line of a rules file: a kind, a stable id, an argument, the words it reacts to, an example
 * that shows it at work and, for the quantity-grammar kinds, what the example must give.
 *
 * @param kind    what the rule decides
 * @param id      stable id, reported on the records it shaped ({@code Indicator.ruleId})
 * @param arg     the kind's argument: a category name, a direction, a unit; {@code -} when none
 * @param words   the words or phrases it reacts to (one regular expression for the pattern kinds)
 * @param example a sentence on which it fires (may be empty for vocabulary kinds)
 * @param expect  {@code value|unit} the example must give as one quantity (grammar kinds); for a {@code step},
 *                the number it fires on and the outcome ({@code 3.1%|delta=UP}); else empty
 * @param source  where the rule was read from, for error messages
 * @param line    the 1-based line it was read from, 0 when not read from a file
 */
public record Rule(RuleKind kind, String id, String arg, List<String> words, String example, String expect,
        String source, int line) {

    /**
     * Checks the fields and copies the words.
     *
     * @param kind what the rule decides
     * @param id stable id, reported on the records it shaped ({@code Indicator.ruleId})
     * @param arg the kind's argument: a category name, a direction, a unit; {@code -} when none
     * @param words the words or phrases it reacts to
     * @param example a sentence on which it fires (may be empty for vocabulary kinds)
     * @param expect {@code value|unit} the example must give as one quantity (grammar kinds); for a {@code step},
     *               the number it fires on and the outcome; else empty
     * @param source where the rule was read from, for error messages
     * @param line the 1-based line it was read from, 0 when not read from a file
     */
    public Rule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arg, "arg");
        words = List.copyOf(words);
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A rule not read from a file line, without an expected quantity.
     *
     * @param kind what the rule decides
     * @param id stable id
     * @param arg the kind's argument; {@code -} when none
     * @param words the words or phrases it reacts to
     * @param example a sentence on which it fires (may be empty)
     * @param source where the rule comes from, for error messages
     */
    public Rule(RuleKind kind, String id, String arg, List<String> words, String example, String source) {
        this(kind, id, arg, words, example, "", source, 0);
    }

    /**
     * A format error at this rule's line.
     *
     * @param reason what is wrong
     * @return the exception, its message {@code file:line: reason}
     */
    public RuleFormatException error(String reason) {
        return new RuleFormatException(source, line, reason);
    }
}
