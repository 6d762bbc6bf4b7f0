package io.github.zhibiao.rules;

import io.github.zhibiao.rules.Scope;
import io.github.zhibiao.rules.UnitKind;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Qualifier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a rule decides. Every rules file has one line format, {@code kind  id  arg  words  [example  [expect]]};
 * each kind says what its {@code arg} may be and whether {@code words} is a {@code |}-list or one regular
 * expression. The README ("Rules files") has the table of kinds.
 */
public enum RuleKind {
    /** A keyword in the subject sets the category ({@code arg}: a built-in category or one declared by {@code category-def}). */
    CATEGORY(Arg.free()),
    /**
     * Declares a category of the user's own: {@code words} are its names (upper case, {@code HOSPITAL_BEDS}),
     * {@code arg} the built-in category whose counting or percentage logic it follows ({@code COUNT}).
     */
    CATEGORY_DEF(Arg.of(Category.bases())),
    /** A word right before the number marks a change against a baseline ({@code arg}: UP or DOWN). */
    DELTA(Arg.of(Set.of("UP", "DOWN", "UP-THAN", "DOWN-THAN", "UP-NOUN", "DOWN-NOUN"))),
    /** A word after a change trigger that makes the number the new level ({@code 增至}, {@code 提高到}). */
    LEVEL(Arg.none()),
    /** A word earlier in the sentence marks a goal or plan ({@code 力争}, {@code 确保}). */
    TARGET(Arg.none()),
    /** A heading or title word that makes a whole section a plan ({@code 下一步工作打算}). */
    TARGET_SECTION(Arg.none()),
    /** Words stripped from the start of a subject ({@code 全市}, {@code 其中}). */
    SCOPE(Arg.none()),
    /**
     * Words stripped from the end of a subject ({@code 达到}, {@code 为}); {@code ADVERB}: adverbs
     * read as nouns; {@code REACH}: verbs of reach ({@code 惠及}), whose counted things are named
     * with what reached them.
     */
    LINK(Arg.of(Set.of("-", "ADVERB", "REACH"))),
    /** A subject word that gives a unitless number its unit ({@code arg}: the unit). */
    UNIT(Arg.free()),
    /**
     * A word right after a number that makes it no indicator ({@code 6个方面}); with {@code arg}
     * {@code BEFORE}, a word before it in the clause ({@code 排名前进12位}).
     */
    REJECT(Arg.of(Set.of("-", "MODIFIER", "BEFORE", "NAME", "FRAME", "THRESHOLD"))),
    /** A domain word the segmenter keeps whole ({@code 生均公用经费}). */
    TERM(Arg.none()),
    /**
     * A compound that names the parts of an enumeration ({@code 城乡} in {@code 城乡居民收入分别增长4%、6%});
     * {@code arg}: the parts, comma-separated ({@code 城镇,农村}).
     */
    SPLIT(Arg.free()),
    /** A Chinese numeral character or word ({@code arg}: role, and its value unless POINT: {@code DIGIT,1}). */
    NUMERAL(Arg.numeral()),
    /** A word that may follow a number as its unit or measure word ({@code arg}: unit, {@link UnitKind}, {@link Scope}). */
    QUANTITY_UNIT(Arg.of(null, names(Stream.of(UnitKind.values()).filter(k -> k != UnitKind.BLOCK)), names(Scope.values()))),
    /**
     * A bound or approximation word ({@code arg}: PREFIX, SUFFIX or INFIX, and the {@link Qualifier});
     * {@code NONE}: a word that ends (or starts) with one but is none ({@code 签约}, {@code 附近}).
     */
    QUALIFIER(Arg.of(Set.of("PREFIX", "SUFFIX", "INFIX"),
            Stream.concat(Stream.of(Qualifier.values()).map(Enum::name), Stream.of("NONE"))
                    .collect(Collectors.toUnmodifiableSet()))),
    /** Context that makes a number no quantity ({@code arg}: AFTER, BEFORE, NAME or STATISTIC, and the {@link Scope}). */
    BLOCKER(Arg.of(Set.of("AFTER", "BEFORE", "NAME", "STATISTIC"), names(Scope.values()))),
    /** A denominator of a rate unit ({@code arg}: WHO for a counted thing, TIME for a period). */
    PER(Arg.of(Set.of("WHO", "TIME"))),
    /** Site chrome: a trimmed line of at most {@code arg} characters that this regular expression finds is chrome. */
    CHROME_LINE(Arg.integer(), true),
    /** Site chrome: literal words; lines dense in them are chrome ({@code arg}: 0). */
    CHROME_KEYWORD(Arg.integer()),
    /** Site chrome: a regular expression for a notice header; it and the numbered lines after it are chrome. */
    CHROME_NOTICE(Arg.integer(), true),
    /** Site chrome: a regular expression whose matches inside kept lines are skipped. */
    CHROME_INLINE(Arg.integer(), true),
    /** Site chrome: a regular expression for a figure; a line holding one is report content. */
    CHROME_FIGURE(Arg.integer(), true),
    /**
     * A named piece of a regular expression ({@code words}), which may name other pieces as {@code {id}}
     * (resolved at load, as Recognizers-Text's nested regexes); the code that uses it names it by id
     * ({@link RuleSet#pattern(String)}); {@code example}: a text it finds. {@code arg}: {@code -}.
     */
    PATTERN(Arg.none(), true),
    /** Site chrome: a number the page cleaner uses ({@code words}: its name, {@code arg}: its value). */
    CHROME_PARAM(Arg.integer()),
    /**
     * What a table's total row measures, by how its label ends ({@code arg}: TAIL, a part row takes only
     * the measure; WHOLE, the total's label).
     */
    TABLE_MEASURE(Arg.of(Set.of("TAIL", "WHOLE"))),
    /**
     * A word list of the indicator engine's own, named by the id ({@code light-verbs}); {@code arg}: {@code -}.
     * The built-in lists are in {@code words.tsv}; a user's {@code words} rule adds its words to the built-in
     * list of the same id.
     */
    WORDS(Arg.none()),
    /**
     * One step of a pipeline, its catalogue row ({@code steps.tsv}): {@code id} the step id records and
     * {@code --explain} name, {@code arg} the stage it runs in ({@code pipeline.tsv}), {@code words} what it
     * decides, {@code example} a sentence it fires on, {@code expect} the number it fires on and the outcome
     * ({@code 6条|subject=公交线路}).
     */
    STEP(Arg.free()),
    /**
     * One stage of a pipeline, in the built-in {@code pipeline.tsv}, the only source of order: stages run in
     * file order, their steps ({@code words}) in row order; {@code arg} is the mode
     * ({@code ALL}, {@code FIRST} or {@code GUARD}), optionally with
     * {@code ,when=NAME} or {@code ,when=!NAME}, a condition of the pipeline's own.
     */
    STAGE(Arg.stage()),
    /**
     * Switches off a rule or a step of the built-in rules ({@code id}: its id; {@code arg}: {@code -};
     * {@code words}: why). A rules file of one's own may disable, but not add, a step.
     */
    DISABLE(Arg.none());

    /** Kinds read from the built-in rules only: a step is code, a user's rules file cannot add one. */
    static final Set<RuleKind> BUILT_IN_ONLY = Set.of(STEP, STAGE);

    private final Arg arg;
    private final boolean pattern;

    RuleKind(Arg arg) {
        this(arg, false);
    }

    RuleKind(Arg arg, boolean pattern) {
        this.arg = arg;
        this.pattern = pattern;
    }

    /**
     * Whether {@code words} is one Java regular expression, taken whole, instead of a {@code |}-list.
     *
     * @return true for the regular-expression kinds
     */
    public boolean pattern() {
        return pattern;
    }

    /**
     * The spelling in rules files ({@code category}, {@code target-section}).
     *
     * @return the kind as written in a rules file
     */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses the file spelling ({@code category}, {@code target-section}).
     *
     * @param s the kind as written in a rules file
     * @return the kind
     * @throws IllegalArgumentException when no kind is spelled so
     */
    public static RuleKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Why {@code value} is no valid argument of this kind, or null when it is. */
    String checkArg(String value) {
        return arg.check(value);
    }

    private static Set<String> names(Enum<?>[] values) {
        return names(Arrays.stream(values));
    }

    private static Set<String> names(Stream<? extends Enum<?>> values) {
        return values.map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The comma-separated parts an argument may have; a null set takes any non-empty text. */
    private record Arg(List<Set<String>> parts, boolean any, boolean whole, boolean numeralRole, boolean stageArg) {

        Arg(List<Set<String>> parts, boolean any, boolean whole, boolean numeralRole) {
            this(parts, any, whole, numeralRole, false);
        }

        static Arg stage() {
            return new Arg(List.of(), false, false, false, true);
        }

        static Arg free() {
            return new Arg(List.of(), true, false, false);
        }

        static Arg none() {
            return new Arg(List.of(Set.of("-")), false, false, false);
        }

        static Arg integer() {
            return new Arg(List.of(), false, true, false);
        }

        static Arg numeral() {
            return new Arg(List.of(), false, false, true);
        }

        @SafeVarargs
        @SuppressWarnings("varargs")   // the array goes into a list that is only read
        static Arg of(Set<String>... parts) {
            return new Arg(Arrays.asList(parts), false, false, false);
        }

        String check(String value) {
            if (value.isEmpty()) {
                return "empty arg";
            }
            if (any) {
                return null;
            }
            if (whole) {
                return value.matches("\\d{1,9}") ? null : "arg '" + value + "' is not a whole number";
            }
            if (stageArg) {
                String[] p = value.split(",", 2);
                Set<String> modes = Set.of("ALL", "FIRST", "GUARD");
                if (!modes.contains(p[0])) {
                    return "unknown stage mode '" + p[0] + "'; one of " + modes.stream().sorted().toList();
                }
                return p.length == 1 || p[1].matches("when=!?[a-z][a-z0-9-]*") ? null
                        : "arg '" + value + "': expected MODE or MODE,when=NAME or MODE,when=!NAME";
            }
            if (numeralRole) {
                String[] p = value.split(",", -1);
                Set<String> roles = Set.of("DIGIT", "FORMAL", "SMALL", "BIG", "POINT", "HALF");
                if (!roles.contains(p[0])) {
                    return "unknown numeral role '" + p[0] + "'; one of " + roles;
                }
                boolean valued = !p[0].equals("POINT");
                if (p.length != (valued ? 2 : 1) || valued && !p[1].matches("\\d{1,18}")) {
                    return "arg '" + value + "': expected " + (valued ? p[0] + ",value" : "POINT");
                }
                return null;
            }
            String[] p = value.split(",", -1);
            if (p.length != parts.size()) {
                return "arg '" + value + "': expected " + parts.size() + " comma-separated part" + (parts.size() == 1 ? "" : "s");
            }
            for (int i = 0; i < p.length; i++) {
                Set<String> allowed = parts.get(i);
                if (allowed == null ? p[i].isBlank() : !allowed.contains(p[i])) {
                    return "unknown value '" + p[i] + "' in arg" + (allowed == null ? "" : "; one of " + allowed.stream().sorted().toList());
                }
            }
            return null;
        }
    }
}
