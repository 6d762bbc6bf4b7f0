package io.github.zhibiao.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.internal.quantity.Candidate;
import io.github.zhibiao.internal.quantity.Kind;
import io.github.zhibiao.rules.UnitKind;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.internal.quantity.NumeralEvaluator;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.quantity.QuantityResolver;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance with the Chinese number specs of Microsoft Recognizers-Text (copied, MIT, in
 * {@code ../shared/peer-specs}; skipped when absent). Spans are compared by offsets ({@code End}
 * is inclusive there, {@code Text} normalized), values numerically. A case passes when the set of
 * (start, end, value) we give equals the peer's.
 *
 * <p>What we compare, per file:
 * <ul>
 *   <li>NumberModel: the numeral part of each of our candidates (sign included, unit and qualifier
 *       words excluded) with its numeral value; blocked numbers (years, ordinals…) count as nothing.</li>
 *   <li>PercentModel: our whole span (without our qualifier words) of percent, per mille and
 *       percentage-point quantities; {@code 个百分点} compared by its number.</li>
 *   <li>CurrencyModel: our whole span of money quantities.</li>
 * </ul>
 *
 * <p>Out of scope, each a written class (a case is skipped when any expected result falls in one):
 * <ol>
 *   <li>NOT_SUPPORTED: marked NotSupported for java.</li>
 *   <li>SPACED: whitespace inside a numeral ({@code 一百 五 十 二}); report text has none.</li>
 *   <li>NOTATION: notations reports do not use: {@code k}, {@code e}, {@code ^}, {@code .5}, 兆, 打, 双, 对,
 *       半百, 半成, 折 (discounts), 角/毛/分/块 (small change),
 *       currency symbols and currencies not in our unit table.</li>
 *   <li>VAGUE: 几, or a range/interval semantics ({@code 二十几万}): we give nothing for inexact amounts.</li>
 *   <li>BARE_CHINESE: a Chinese numeral without 万/亿 and without a unit we know: by our schema a
 *       Chinese numeral needs a unit to count ({@code 二百五}, {@code 一只}).</li>
 *   <li>DATE: a number followed by 年, 月, 日, 点, 时: dates and times are not quantities.</li>
 *   <li>FRACTION_AS_NUMBER: X分之Y and a/b in the number model (we resolve shares as percent).</li>
 *   <li>NO_VALUE: results without a numeric value (a bare currency name).</li>
 * </ol>
 */
class PeerConformanceTest {

    static final Path SPECS = Path.of("..", "shared", "peer-specs", "recognizers-text", "Specs");
    static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");
    static final Pattern NOTATION = Pattern.compile("[kKｋＫeE^兆打双對对折角毛块塊$￥€£]|半百|半成|美分|分$|^-?\\.");
    static final Set<String> OUR_CURRENCIES = Set.of("Chinese yuan", "United States dollar", "Euro",
            "Japanese yen", "Hong Kong dollar", "New Taiwan dollar", "Swiss franc");

    record Item(int start, int end, BigDecimal value) implements Comparable<Item> {
        @Override
        public int compareTo(Item o) {
            return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && i.start == start && i.end == end && i.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return start * 31 + end;
        }
    }

    @Test
    void conformance() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SPECS), "../shared/peer-specs absent: conformance skipped");
        Map<String, int[]> perFile = new LinkedHashMap<>();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (String file : List.of("Number/Chinese/NumberModel.json", "Number/Chinese/PercentModel.json",
                "NumberWithUnit/Chinese/CurrencyModel.json")) {
            JsonNode cases = read(SPECS.resolve(file));
            int[] counts = new int[2];
            for (JsonNode c : cases) {
                String input = c.get("Input").asText();
                String why = exclusion(file, c, input);
                if (why != null) {
                    excluded.merge(why, 1, Integer::sum);
                    continue;
                }
                Set<Item> want = new TreeSet<>();
                for (JsonNode r : c.get("Results")) {
                    String v = r.get("Resolution").get("value").asText().replace("%", "");
                    want.add(new Item(r.get("Start").asInt(), r.get("End").asInt() + 1, new BigDecimal(v)));
                }
                Set<Item> got = ours(file, input);
                counts[0]++;
                if (got.equals(want)) {
                    counts[1]++;
                } else {
                    failures.add(file.substring(file.lastIndexOf('/') + 1) + " " + input + " want " + want + " got " + got);
                }
            }
            perFile.put(file, counts);
        }
        int total = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : perFile.entrySet()) {
            System.out.printf("conformance %s: %d/%d%n", e.getKey(), e.getValue()[1], e.getValue()[0]);
            total += e.getValue()[0];
            passed += e.getValue()[1];
        }
        System.out.println("excluded: " + excluded);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        double rate = (double) passed / total;
        System.out.printf("conformance pass rate: %d/%d = %.2f%%%n", passed, total, 100 * rate);
        double floor;
        try (InputStream in = getClass().getResourceAsStream("/grammar/conformance-floor.txt")) {
            floor = Double.parseDouble(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow().strip());
        }
        assertThat(rate).as("conformance pass rate (floor in grammar/conformance-floor.txt)").isGreaterThanOrEqualTo(floor);
    }

    private static JsonNode read(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return new ObjectMapper().readTree(s);
    }

    private static String exclusion(String file, JsonNode c, String input) {
        if (c.has("NotSupported") && c.get("NotSupported").asText().toLowerCase().contains("java")) {
            return "NOT_SUPPORTED";
        }
        for (JsonNode r : c.get("Results")) {
            String text = input.substring(r.get("Start").asInt(), r.get("End").asInt() + 1);
            JsonNode res = r.get("Resolution");
            if (res == null || res.get("value") == null || res.get("value").isNull()) {
                return "NO_VALUE";
            }
            if (SPACE.matcher(text).find()) {
                return "SPACED";
            }
            if (NOTATION.matcher(text).find()
                    || (res.has("unit") && !OUR_CURRENCIES.contains(res.get("unit").asText()) && file.contains("Currency"))) {
                return "NOTATION";
            }
            if (text.contains("几") || text.contains("幾") || res.get("value").asText().matches("^[\\[(].*")) {
                return "VAGUE";
            }
            int after = r.get("End").asInt() + 1;
            if (after < input.length() && "年月日点時时".indexOf(input.charAt(after)) >= 0) {
                return "DATE";
            }
            if (file.contains("NumberModel")) {
                if (text.contains("分之") || text.contains("/") || text.contains("／")) {
                    return "FRACTION_AS_NUMBER";
                }
                boolean arabic = text.chars().anyMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
                boolean big = text.matches(".*[万亿萬億].*");
                String rest = input.substring(after);
                List<Quantity> qs = QuantityGrammar.defaults().parse(text + rest);
                boolean unit = !qs.isEmpty() && qs.get(0).start() == 0 && !qs.get(0).measure().unit().isEmpty();
                if (!arabic && !big && !unit) {
                    return "BARE_CHINESE";
                }
            }
        }
        return null;
    }

    private static Set<Item> ours(String file, String input) {
        QuantityParser g = QuantityParser.defaults();
        QuantityResolver res = new QuantityResolver(g.rules());
        NumeralEvaluator ev = res.numerals();
        Set<Item> out = new TreeSet<>();
        for (Candidate c : g.candidates(input)) {
            if (c.kind() == Kind.PLACEHOLDER) {
                continue;
            }
            Quantity q = res.resolve(input, c);
            if (file.contains("NumberModel")) {
                if (c.kind() != Kind.NUMBER) {
                    continue;
                }
                int s = c.negative() ? c.numStart() - 1 : c.numStart();
                BigDecimal v = NumeralEvaluator.normalize(ev.value(input, c.numStart(), c.numEnd()));
                out.add(new Item(s, c.numEnd(), c.negative() ? v.negate() : v));
            } else {
                UnitKind uk = c.unit() == null ? null : c.unit().kind();
                boolean percent = c.kind() == Kind.FRACTION || c.kind() == Kind.TENTHS || c.kind() == Kind.HALF
                        || c.kind() == Kind.SHARE || uk == UnitKind.PERCENT || uk == UnitKind.PERMILLE
                        || uk == UnitKind.PERMYRIAD || uk == UnitKind.POINTS;
                boolean money = uk == UnitKind.MONEY;
                if (file.contains("Percent") ? percent : money) {
                    int s = c.start();
                    if (c.qualifier() != null) {
                        // our spans carry qualifier words; the peer's do not
                        s = c.negative() ? c.numStart() - 1 : (c.kind() == Kind.FRACTION ? c.denStart() : c.numStart());
                    }
                    out.add(new Item(s, c.end(), q.measure().value()));
                }
            }
        }
        return out;
    }
}
