/**
 * Rules as data: every rules file, built-in or a user's, has one line format and is read by one
 * loader into an immutable {@link io.github.zhibiao.rules.RuleSet}.
 *
 * <h2>The format</h2>
 * A rules file is UTF-8 text (a byte order mark is skipped). Blank lines and lines whose first
 * non-blank character is {@code #} are comments. Every other line has four to six tab-separated
 * columns:
 * <pre>
 * kind  id  arg  words  [example  [expect]]
 * </pre>
 * <ul>
 *   <li>{@code kind}: one of {@link io.github.zhibiao.rules.RuleKind}, spelled in lower case with
 *       {@code -} ({@code category}, {@code quantity-unit}, {@code chrome-line});</li>
 *   <li>{@code id}: the rule's name (records name the {@code category} rule that set their category);</li>
 *   <li>{@code arg}: the kind's argument, {@code -} when it has none, comma-separated parts where it
 *       has several ({@code 元,MONEY,ALL}); every value is checked when the file is read;</li>
 *   <li>{@code words}: a {@code |}-separated list, each word stripped; for the regular-expression kinds
 *       ({@link io.github.zhibiao.rules.RuleKind#pattern()}) one Java regular expression, taken whole
 *       and compiled when the file is read. There is no escaping: a word holds neither tab nor {@code |};</li>
 *   <li>{@code example}: a sentence or phrase the rule works on; a test runs every built-in example;</li>
 *   <li>{@code expect}: for {@code numeral}, {@code quantity-unit} and {@code qualifier}, required with
 *       an example: {@code value|unit} of the one quantity the example is; for {@code step}, the number
 *       the example is about, then {@code key=value} outcomes ({@code 3.1%|delta=UP}).</li>
 * </ul>
 * A line that breaks the format fails with a {@link io.github.zhibiao.rules.RuleFormatException}
 * whose message is {@code file:line: reason}.
 *
 * <h2>Categories of the user's own</h2>
 * A {@code category-def} line declares new category names ({@code words}) with the built-in
 * category whose counting or percentage logic they follow ({@code arg}); {@code category} lines
 * may then name them:
 * <pre>
 * category-def  hospital-beds-def  COUNT          HOSPITAL_BEDS
 * category      hospital-beds      HOSPITAL_BEDS  床位|病床|医疗床位  全市医疗卫生机构床位达到3.2万张。
 * </pre>
 *
 * <h2>Where rules go</h2>
 * The built-in rules ({@link io.github.zhibiao.rules.RuleSet#defaults()}) are this package's
 * resources: {@code common.tsv}, {@code education.tsv}, {@code economy.tsv} (indicator rules),
 * {@code words.tsv} (the engine's word lists), {@code numerals.tsv}, {@code units.tsv},
 * {@code qualifiers.tsv}, {@code blockers.tsv}, {@code per.tsv} (the quantity grammar),
 * {@code chrome.tsv} (site chrome), {@code measures.tsv} (table totals) and {@code steps.tsv} (the
 * indicator engine's steps, each with an example).
 * {@link io.github.zhibiao.rules.RuleSet#with(java.nio.file.Path)} adds a user's file, which may
 * hold every kind but {@code step} (a step is code of the engine's); its {@code words} rules add words to the
 * built-in list of the same id. An extractor built on the set applies all of them: its grammar, chrome and
 * table-measure rules too ({@code QuantityGrammar.of}, {@code ChromeRules.of}).
 */
package io.github.zhibiao.rules;
