package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grammar rules as the table rows {@link Rules} is built from, one row per word; a rule's
 * example and expected value go with its first word.
 *
 * <pre>{@code
 * // numeral numeral-万 BIG,10000 万 → {"万", "BIG", "10000", example, expect}
 * }</pre>
 */
final class RuleRows {
    final List<String[]> numerals = new ArrayList<>();
    final List<String[]> units = new ArrayList<>();
    final List<String[]> qualifiers = new ArrayList<>();
    final List<String[]> blockers = new ArrayList<>();
    final List<String[]> per = new ArrayList<>();

    RuleRows(RuleSet rules) {
        add(numerals, rules.of(RuleKind.NUMERAL), 2);
        add(units, rules.of(RuleKind.QUANTITY_UNIT), 3);
        add(qualifiers, rules.of(RuleKind.QUALIFIER), 2);
        add(blockers, rules.of(RuleKind.BLOCKER), 2);
        add(per, rules.of(RuleKind.PER), 1);
    }

    /** Row layout: word, the arg's {@code parts} comma-separated parts (missing ones empty), example, expect. */
    private static void add(List<String[]> rows, List<Rule> rules, int parts) {
        for (Rule r : rules) {
            String[] arg = r.arg().split(",", -1);
            for (int w = 0; w < r.words().size(); w++) {
                String[] row = new String[parts + 3];
                Arrays.fill(row, "");
                row[0] = r.words().get(w);
                System.arraycopy(arg, 0, row, 1, Math.min(arg.length, parts));
                row[parts + 1] = w == 0 ? r.example() : "";
                row[parts + 2] = w == 0 ? r.expect() : "";
                rows.add(row);
            }
        }
    }
}
