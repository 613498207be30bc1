package dev.lambdashim.runtime.json;

import java.util.Random;

/** Random JSON text for PlainJsonTest: every value kind, numbers of every form, strings with escapes and emoji. */
public final class RandomJson {

    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1234567890123456789012",
        "0.5", "-0.0", "1e3", "1E+3", "2.5e-3", "1e309", "6.02214076e23", "3.14159265358979323846264338327950288"};
    private static final String[] PIECES = {"a", "Z", " ", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r",
        "\\u00e9", "\\uD83D\\uDE00", "\\ud800", "\u00e9", "\u4e2d", "\uD83D\uDE00", "\u2028", "key", "0"};

    /** The bytes damage is made of, mostly JSON's own. */
    private static final String DAMAGE = "{}[]\",:.-+eE0123456789tfnul \\\u0001";

    private RandomJson() {
    }

    public static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 5 : 8);
        switch (kind) {
            case 0: return NUMBERS[random.nextInt(NUMBERS.length)];
            case 1: return string(random);
            case 2: return random.nextBoolean() ? "true" : "false";
            case 3: return "null";
            case 4: return Integer.toString(random.nextInt()) + (random.nextBoolean() ? "" : "." + random.nextInt(1000));
            case 5:
            case 6: {
                StringBuilder object = new StringBuilder("{");
                int members = random.nextInt(5);
                for (int i = 0; i < members; i++) {
                    object.append(i > 0 ? "," : "").append(space(random)).append(string(random)).append(':')
                            .append(space(random)).append(value(random, depth + 1));
                }
                return object.append('}').toString();
            }
            default: {
                StringBuilder array = new StringBuilder("[");
                int elements = random.nextInt(5);
                for (int i = 0; i < elements; i++) {
                    array.append(i > 0 ? "," : "").append(space(random)).append(value(random, depth + 1));
                }
                return array.append(']').toString();
            }
        }
    }

    static String string(Random random) {
        StringBuilder text = new StringBuilder("\"");
        int pieces = random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.append('"').toString();
    }

    private static String space(Random random) {
        return random.nextInt(4) == 0 ? " \n\t\r".substring(random.nextInt(4)) : "";
    }

    /** One to three bytes deleted, replaced by a random byte, or inserted. */
    public static byte[] damage(Random random, byte[] json) {
        byte[] damaged = json;
        for (int n = 1 + random.nextInt(3); n > 0 && damaged.length > 0; n--) {
            int at = random.nextInt(damaged.length);
            byte b = (byte) DAMAGE.charAt(random.nextInt(DAMAGE.length()));
            if (random.nextInt(5) == 0) {
                b = (byte) random.nextInt(256);
            }
            switch (random.nextInt(3)) {
                case 0: {
                    byte[] shorter = new byte[damaged.length - 1];
                    System.arraycopy(damaged, 0, shorter, 0, at);
                    System.arraycopy(damaged, at + 1, shorter, at, damaged.length - at - 1);
                    damaged = shorter;
                    break;
                }
                case 1:
                    damaged = damaged.clone();
                    damaged[at] = b;
                    break;
                default: {
                    byte[] longer = new byte[damaged.length + 1];
                    System.arraycopy(damaged, 0, longer, 0, at);
                    longer[at] = b;
                    System.arraycopy(damaged, at, longer, at + 1, damaged.length - at);
                    damaged = longer;
                    break;
                }
            }
        }
        return damaged;
    }
}
