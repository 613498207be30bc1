package dev.lambdashim.runtime.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader of one UTF-8 JSON document into plain values, for {@link PlainJson#read}.
 *
 * <p>Hand-written, not jackson-core's parser, because of a measured cost: every jackson-core parser class initialises
 * {@code ParserMinimalBase}, whose {@code BigDecimal} constants run {@code BigDecimal}'s static initialiser, 17 ms of
 * a hello-world cold start on Java 25 even with the trained AOT cache (25-30 ms without; bench/run.sh and
 * {@code -Xlog:class+init}). This reader touches {@code BigInteger} only for an integer beyond {@code long}.
 *
 * <p>It gives the values jackson-core gives with its default settings and fails ({@link Undecided}) on anything
 * else, including what jackson would accept or report differently: a byte-order mark or another encoding, invalid
 * or overlong UTF-8, an encoded surrogate, an escaped surrogate in a name, numbers longer than 1,000 characters,
 * names longer than 50,000, nesting deeper than {@value #MAX_DEPTH}. The caller then leaves the document to databind, whose answer stands.
 */
final class PlainJsonReader {

    /** Below jackson's default nesting limit, so that nothing jackson refuses for depth is read here. */
    static final int MAX_DEPTH = 400;
    /** jackson's default {@code StreamReadConstraints}: longer numbers and names are errors there. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final int MAX_NAME_LENGTH = 50_000;

    /** Thrown, without a stack trace, for any document this reader does not decide. */
    static final class Undecided extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Undecided() {
            super(null, null, false, false);
        }
    }

    static final Undecided UNDECIDED = new Undecided();

    private final byte[] in;
    /** For {@link TypedJson}: a fraction kept as its text ({@link JsonDecimal}), a repeated name undecided. */
    private final boolean typed;
    private int pos;
    private StringBuilder text;

    private PlainJsonReader(byte[] in, boolean typed) {
        this.in = in;
        this.typed = typed;
    }

    /** The document's one value; {@link Undecided} when it is not exactly one plain value the root accepts. */
    static Object read(byte[] json, PlainJson.Root root) {
        return read(json, root, false);
    }

    /**
     * The document as {@link #read} gives it, except that a number with a fraction or an exponent is its
     * {@link JsonDecimal} text (a {@code BigDecimal} or a {@code double} is made of it by the type it is read
     * into) and an object that repeats a name is {@link Undecided} (databind's answer then depends on the type).
     */
    static Object readTyped(byte[] json) {
        return read(json, PlainJson.Root.ANY, true);
    }

    private static Object read(byte[] json, PlainJson.Root root, boolean typed) {
        PlainJsonReader reader = new PlainJsonReader(json, typed);
        reader.skipWhitespace();
        if (reader.pos == json.length) {
            throw UNDECIDED;
        }
        byte first = json[reader.pos];
        if (first != 'n' && !root.accepts(first)) {
            throw UNDECIDED;
        }
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.pos != json.length) {
            throw UNDECIDED;
        }
        return value;
    }

    private Object value(int depth) {
        if (pos >= in.length) {
            throw UNDECIDED;
        }
        switch (in[pos]) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string(false);
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                return number();
        }
    }

    private Map<String, Object> object(int depth) {
        if (depth >= MAX_DEPTH) {
            throw UNDECIDED;
        }
        pos++;
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw UNDECIDED;
            }
            String name = string(true);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            int before = object.size();
            object.put(name, value(depth + 1));
            if (typed && object.size() == before) {
                throw UNDECIDED; // a repeated name
            }
            skipWhitespace();
            byte next = peek();
            pos++;
            if (next == '}') {
                return object;
            }
            if (next != ',') {
                throw UNDECIDED;
            }
        }
    }

    private List<Object> array(int depth) {
        if (depth >= MAX_DEPTH) {
            throw UNDECIDED;
        }
        pos++;
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(value(depth + 1));
            skipWhitespace();
            byte next = peek();
            pos++;
            if (next == ']') {
                return array;
            }
            if (next != ',') {
                throw UNDECIDED;
            }
        }
    }

    /**
     * A string starting at its opening quote. ASCII without escapes (most of an event) is copied in one go.
     *
     * @param name whether it is a member's name: jackson refuses longer ones, and escaped surrogates in them
     */
    private String string(boolean name) {
        int maxLength = name ? MAX_NAME_LENGTH : Integer.MAX_VALUE;
        int start = ++pos;
        while (pos < in.length) {
            byte b = in[pos];
            if (b == '"') {
                if (pos - start > maxLength) {
                    throw UNDECIDED;
                }
                String plain = new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
                pos++;
                return plain;
            }
            if (b == '\\' || b < 0x20) { // a negative byte is a UTF-8 lead or continuation byte
                break;
            }
            pos++;
        }
        StringBuilder out = text == null ? (text = new StringBuilder()) : text;
        out.setLength(0);
        out.append(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
        while (pos < in.length) {
            int b = in[pos] & 0xff;
            if (b == '"') {
                pos++;
                if (out.length() > maxLength) {
                    throw UNDECIDED;
                }
                return out.toString();
            } else if (b == '\\') {
                escape(out, name);
            } else if (b < 0x20) {
                throw UNDECIDED; // jackson refuses unescaped control characters
            } else if (b < 0x80) {
                out.append((char) b);
                pos++;
            } else {
                out.appendCodePoint(utf8(b));
            }
        }
        throw UNDECIDED;
    }

    private void escape(StringBuilder out, boolean name) {
        if (pos + 1 >= in.length) {
            throw UNDECIDED;
        }
        byte kind = in[pos + 1];
        pos += 2;
        switch (kind) {
            case '"': out.append('"'); return;
            case '\\': out.append('\\'); return;
            case '/': out.append('/'); return;
            case 'b': out.append('\b'); return;
            case 'f': out.append('\f'); return;
            case 'n': out.append('\n'); return;
            case 'r': out.append('\r'); return;
            case 't': out.append('\t'); return;
            case 'u':
                if (pos + 4 > in.length) {
                    throw UNDECIDED;
                }
                int c = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(in[pos++], 16);
                    if (digit < 0) {
                        throw UNDECIDED;
                    }
                    c = c * 16 + digit;
                }
                if (name && c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                    throw UNDECIDED; // jackson: "Illegal surrogate character" in a name, even a pair's half
                }
                out.append((char) c); // in a value, a lone surrogate stays one char, as in jackson
                return;
            default:
                throw UNDECIDED;
        }
    }

    /** One UTF-8 sequence whose lead byte is {@code lead}: shortest form only, no encoded surrogates. */
    private int utf8(int lead) {
        int length;
        int min;
        int codePoint;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            min = 0x80;
            codePoint = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            min = 0x800;
            codePoint = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            min = 0x10000;
            codePoint = lead & 0x07;
        } else {
            throw UNDECIDED;
        }
        if (pos + length > in.length) {
            throw UNDECIDED;
        }
        for (int i = 1; i < length; i++) {
            int next = in[pos + i] & 0xff;
            if ((next & 0xc0) != 0x80) {
                throw UNDECIDED;
            }
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        if (codePoint < min || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw UNDECIDED;
        }
        pos += length;
        return codePoint;
    }

    /**
     * A number, as jackson's {@code getNumberValue()} gives an integer (the narrowest of {@code Integer},
     * {@code Long}, {@code BigInteger}) and {@code getDoubleValue()} a number with a fraction or an exponent.
     */
    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digitsStart = pos;
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw UNDECIDED;
        }
        int digits = pos - digitsStart;
        boolean integer = true;
        if (peek() == '.') {
            integer = false;
            pos++;
            requireDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw UNDECIDED;
        }
        String number = new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
        if (!integer) {
            return typed ? new JsonDecimal(number) : (Object) Double.parseDouble(number);
        }
        if (digits <= 18) {
            long value = Long.parseLong(number);
            return value == (int) value ? (Object) (int) value : (Object) value;
        }
        if (digits == 19) {
            try {
                return Long.parseLong(number);
            } catch (NumberFormatException beyondLong) {
                return new BigInteger(number);
            }
        }
        return new BigInteger(number);
    }

    private void requireDigits() {
        if (!isDigit(peek())) {
            throw UNDECIDED;
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private void literal(String word) {
        int end = pos + word.length();
        if (end > in.length) {
            throw UNDECIDED;
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw UNDECIDED;
            }
        }
        pos = end;
        // "truex" or "null1": jackson reads the token on and refuses it.
        if (pos < in.length && (Character.isLetterOrDigit(in[pos]) || in[pos] < 0 || in[pos] == '_')) {
            throw UNDECIDED;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw UNDECIDED;
        }
        pos++;
    }

    /** The byte at the position, or 0 past the end (never valid where a byte is expected). */
    private byte peek() {
        return pos < in.length ? in[pos] : 0;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void skipWhitespace() {
        while (pos < in.length) {
            byte b = in[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }
}
