package io.github.zhibiao.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for the subset {@code record.schema.json} uses: {@code type} (one or a
 * list), {@code enum}, {@code required}, {@code properties}, {@code additionalProperties: false},
 * {@code pattern}, {@code minLength}, {@code maxLength} (in code points), {@code minimum},
 * {@code items}. Other keywords are refused, so the schema cannot use one this does not check.
 */
final class MiniJsonSchema {

    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "x-schema-version",
            "type", "enum", "required", "properties", "additionalProperties", "pattern", "minLength", "maxLength",
            "minimum", "items");

    private MiniJsonSchema() {
    }

    /** What is wrong with {@code value}, one line per problem ({@code delta: not boolean}); empty when it validates. */
    static List<String> validate(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "", errors);
        return errors;
    }

    private static void check(JsonNode schema, JsonNode v, String at, List<String> errors) {
        for (Iterator<String> k = schema.fieldNames(); k.hasNext(); ) {
            String key = k.next();
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("keyword " + key + " at " + at + " is not supported");
            }
        }
        String where = at.isEmpty() ? "record" : at;
        if (schema.has("type") && !typeOk(schema.get("type"), v)) {
            errors.add(where + ": not " + schema.get("type").toString().replace("\"", ""));
            return;
        }
        if (schema.has("enum")) {
            boolean any = false;
            for (JsonNode e : schema.get("enum")) {
                any |= e.equals(v);
            }
            if (!any) {
                errors.add(where + ": " + v + " not in " + schema.get("enum"));
            }
        }
        if (v.isTextual()) {
            int n = v.asText().codePointCount(0, v.asText().length());
            if (schema.has("minLength") && n < schema.get("minLength").asInt()) {
                errors.add(where + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && n > schema.get("maxLength").asInt()) {
                errors.add(where + ": longer than " + schema.get("maxLength"));
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
                errors.add(where + ": does not match " + schema.get("pattern").asText());
            }
        }
        if (v.isNumber() && schema.has("minimum") && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(where + ": below " + schema.get("minimum"));
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(schema.get("items"), v.get(i), where + "[" + i + "]", errors);
            }
        }
        if (v.isObject()) {
            JsonNode props = schema.path("properties");
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asText())) {
                        errors.add(r.asText() + ": required");
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = v.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> e = f.next();
                String name = (at.isEmpty() ? "" : at + ".") + e.getKey();
                if (props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), name, errors);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(name + ": not allowed");
                }
            }
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeOk(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            default -> throw new IllegalArgumentException("type " + type);
        };
    }
}
