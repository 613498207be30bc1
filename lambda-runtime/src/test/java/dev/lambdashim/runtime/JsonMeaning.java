package dev.lambdashim.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares two JSON trees by meaning: the same fields (a field sent as {@code null} and one left out are the same),
 * numbers equal as numbers ({@code 1.50} is {@code 1.5}), ISO-8601 times equal as instants, everything else exactly.
 */
final class JsonMeaning {

    private JsonMeaning() {
    }

    /** Every difference, each with its path; empty when the two mean the same. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (absent(expected) || absent(actual)) {
            if (absent(expected) != absent(actual)) {
                out.add(path + ": expected " + expected + ", got " + actual);
            }
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!expected.has(field.getKey()) && !absent(field.getValue())) {
                    out.add(path + "." + field.getKey() + ": not sent, but written back as " + field.getValue());
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": " + expected.size() + " elements sent, " + actual.size() + " written back");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": number " + expected + " written back as " + actual);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            if (!expected.asText().equals(actual.asText()) && !sameInstant(expected.asText(), actual.asText())) {
                out.add(path + ": " + expected + " written back as " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": " + expected + " (" + expected.getNodeType() + ") written back as " + actual + " ("
                    + actual.getNodeType() + ")");
        }
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return Instant.parse(a).equals(Instant.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
