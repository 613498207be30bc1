import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's performance page and its charts, from the data of a bench/run.sh run (bench/results/write.sh): so
 * that every figure on the page is the data's, not typed by hand. Run by the parent POM before the site is built:
 *
 * <pre>javac -d DIR bench/results/figures/*.java &amp;&amp; java -cp DIR PerformanceFigures DATA_DIR TEMPLATE.md GENERATED_SITE_DIR</pre>
 *
 * <p>Writes {@code markdown/performance.md} (the template, its {@code {{...}}} figures and {@code <!-- table:... -->}
 * tables filled in) and {@code resources/images/performance/*.svg}. A figure the data does not have fails the build.
 * Tokens: {@code {{run.KEY}}}, {@code {{cold.HANDLER.KEY.COLUMN}}}, {@code {{warm.HANDLER.KEY.COLUMN}}},
 * {@code {{rss.PROCESS.COLUMN}}}, {@code {{ratio.HANDLER.KEY}}} (cold median over D's), {@code {{zip.GROUP}}} (MB
 * compressed) and {@code {{zip.total}}}.
 */
public class PerformanceFigures {

    /**
     * The contender everything is compared with: AWS's runtime interface client with a start-up cache of its own,
     * the strongest AWS contender (issue 17).
     */
    static final String REFERENCE = "D";
    static final Map<String, String> COLOURS = Map.of("A", "#2e7d32", "A0", "#81c784", "B", "#f9a825", "D", "#6a1b9a",
            "C", "#1565c0", "F", "#9e9e9e");
    static final String[] RSS_PARTS = {"anonymous_mib", "libjvm_mib", "cds_mib", "other_mib"};
    static final String[] RSS_NAMES = {"anonymous (heap, metaspace, code)", "libjvm.so", "CDS archive / AOT cache",
        "other files"};
    static final String[] PART_COLOURS = {"#1565c0", "#ef6c00", "#2e7d32", "#9e9e9e", "#6a1b9a", "#00838f",
        "#c62828"};

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[2]);
        List<Map<String, String>> cold = Csv.read(data.resolve("cold.csv"));
        List<Map<String, String>> warm = Csv.read(data.resolve("warm.csv"));
        List<Map<String, String>> rss = Csv.read(data.resolve("rss.csv"));
        Map<String, String> run = new LinkedHashMap<>();
        Csv.read(data.resolve("run.csv")).forEach(r -> run.put(r.get("key"), r.get("value")));
        Map<String, Long> zip = zipGroups(Csv.read(data.resolve("zip.csv")));

        Path images = Files.createDirectories(out.resolve("resources/images/performance"));
        Files.writeString(images.resolve("cold-start.svg"), coldChart(cold));
        Files.writeString(images.resolve("rss.svg"), rssChart(rss));
        Files.writeString(images.resolve("zip.svg"), zipChart(zip));

        Map<String, String> tables = Map.of("cold", coldTable(cold), "warm", warmTable(warm),
                "rss", rssTable(rss), "zip", zipTable(zip));
        String page = Files.readString(Path.of(args[1]));
        page = replace(page, Pattern.compile("<!-- table:(\\w+) -->"), m -> tables.get(m.group(1)));
        page = replace(page, Pattern.compile("\\{\\{([^}]+)}}"),
                m -> figure(m.group(1).split("\\."), run, cold, warm, rss, zip));
        Files.writeString(Files.createDirectories(out.resolve("markdown")).resolve("performance.md"), page);
    }

    interface Lookup {
        String apply(Matcher m);
    }

    static String replace(String text, Pattern pattern, Lookup lookup) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = lookup.apply(m);
            if (value == null) {
                throw new IllegalArgumentException("the performance page asks for " + m.group()
                        + ", which bench/results/latest does not have");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    static String figure(String[] t, Map<String, String> run, List<Map<String, String>> cold,
            List<Map<String, String>> warm, List<Map<String, String>> rss, Map<String, Long> zip) {
        return switch (t[0]) {
            case "run" -> run.get(t[1]);
            case "cold" -> t.length == 4 ? column(row(cold, t[1], t[2]), t[3]) : null;
            case "warm" -> t.length == 4 ? column(row(warm, t[1], t[2]), t[3]) : null;
            case "rss" -> rss.stream().filter(r -> r.get("process").equals(t[1])).findFirst()
                    .map(r -> r.get(t[2])).orElse(null);
            case "ratio" -> row(cold, t[1], t[2]) == null ? null : fmt("%.2f", ratio(cold, t[1], t[2]));
            case "zip" -> "total".equals(t[1]) ? mb(zip.values().stream().mapToLong(Long::longValue).sum())
                    : zip.containsKey(t[1]) ? mb(zip.get(t[1])) : null;
            default -> null;
        };
    }

    static Map<String, String> row(List<Map<String, String>> rows, String handler, String key) {
        return rows.stream().filter(r -> r.get("handler").equals(handler) && r.get("key").equals(key)).findFirst()
                .orElse(null);
    }

    static String column(Map<String, String> row, String column) {
        return row == null ? null : row.get(column);
    }

    static double ratio(List<Map<String, String>> cold, String handler, String key) {
        return num(row(cold, handler, key).get("median_ms")) / num(row(cold, handler, REFERENCE).get("median_ms"));
    }

    // ---- tables --------------------------------------------------------------------------------------------

    static String coldTable(List<Map<String, String>> cold) {
        List<String> handlers = distinct(cold, "handler");
        StringBuilder t = new StringBuilder("| contender |");
        handlers.forEach(h -> t.append(" ").append(h).append(": median (min-max), ms | vs D |"));
        t.append("\n|---|").append("---|---|".repeat(handlers.size())).append('\n');
        for (String key : distinct(cold, "key")) {
            String label = cold.stream().filter(r -> r.get("key").equals(key)).findFirst().orElseThrow().get("label");
            t.append("| ").append(key).append(' ').append(label).append(" |");
            for (String h : handlers) {
                Map<String, String> r = row(cold, h, key);
                // Not every contender runs every handler (the floor F answers hello only): an empty cell.
                t.append(r == null ? " | |" : fmt(" %s (%s-%s) | %.2f |", r.get("median_ms"), r.get("min_ms"),
                        r.get("max_ms"), ratio(cold, h, key)));
            }
            t.append('\n');
        }
        return t.toString();
    }

    static String warmTable(List<Map<String, String>> warm) {
        StringBuilder t = new StringBuilder("| handler | contender | median µs | p99 µs | VmRSS MiB |\n|---|---|---|---|---|\n");
        for (Map<String, String> r : warm) {
            t.append(fmt("| %s | %s %s | %s | %s | %s |%n", r.get("handler"), r.get("key"), r.get("label"),
                    r.get("median_us"), r.get("p99_us"), r.get("rss_mib")));
        }
        return t.toString();
    }

    static String rssTable(List<Map<String, String>> rss) {
        StringBuilder t = new StringBuilder("| process | total |");
        for (String n : RSS_NAMES) {
            t.append(' ').append(n).append(" |");
        }
        t.append("\n|---|---|").append("---|".repeat(RSS_NAMES.length)).append('\n');
        for (Map<String, String> r : rss) {
            t.append("| ").append(r.get("process")).append(" | ").append(r.get("total_mib")).append(" |");
            for (String p : RSS_PARTS) {
                t.append(' ').append(r.get(p)).append(" |");
            }
            t.append('\n');
        }
        return t.toString();
    }

    static String zipTable(Map<String, Long> zip) {
        StringBuilder t = new StringBuilder("| part of the zip | MB, compressed |\n|---|---|\n");
        zip.forEach((k, v) -> t.append("| ").append(k).append(" | ").append(mb(v)).append(" |\n"));
        return t.append("| **total** | **").append(mb(zip.values().stream().mapToLong(Long::longValue).sum()))
                .append("** |\n").toString();
    }

    /** The zip's entries by what they are, compressed bytes. */
    static Map<String, Long> zipGroups(List<Map<String, String>> entries) {
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String g : List.of("libjvm.so", "java modules", "rest of the JRE", "start-up cache", "Jackson",
                "lambda-shim runtime", "function and launcher")) {
            groups.put(g, 0L);
        }
        for (Map<String, String> e : entries) {
            String name = e.get("entry");
            String group = name.endsWith("libjvm.so") ? "libjvm.so"
                    : name.equals("jre/lib/modules") ? "java modules"
                    : name.startsWith("jre/") ? "rest of the JRE"
                    : name.endsWith(".aot") || name.endsWith(".jsa") ? "start-up cache"
                    : name.contains("jackson") ? "Jackson"
                    : name.contains("dev.lambdashim") ? "lambda-shim runtime"
                    : "function and launcher";
            groups.merge(group, Long.parseLong(e.get("compressed")), Long::sum);
        }
        return groups;
    }

    // ---- charts --------------------------------------------------------------------------------------------

    static final int WIDTH = 820;
    static final int LABEL = 300;
    static final int ROW = 24;

    /** Cold start per contender: a bar to the median, a whisker from min to max, per handler. */
    static String coldChart(List<Map<String, String>> cold) {
        double max = cold.stream().mapToDouble(r -> num(r.get("max_ms"))).max().orElse(1);
        double scale = niceCeiling(max);
        List<String> handlers = distinct(cold, "handler");
        int height = 40 + handlers.size() * 30 + cold.size() * ROW + 30;
        Svg svg = new Svg(height, "Cold start, ms: median (bar) and min-max (whisker)");
        int y = 40;
        for (String h : handlers) {
            svg.text(10, y + 16, h + " handler", "bold", "start");
            y += 26;
            for (Map<String, String> r : cold) {
                if (!r.get("handler").equals(h)) {
                    continue;
                }
                String key = r.get("key");
                svg.text(LABEL - 8, y + 15, key + " " + shorten(r.get("label")), "normal", "end");
                double x0 = LABEL;
                svg.rect(x0, y + 4, bar(num(r.get("median_ms")), scale), ROW - 8, COLOURS.getOrDefault(key, "#607d8b"));
                double a = x0 + bar(num(r.get("min_ms")), scale);
                double b = x0 + bar(num(r.get("max_ms")), scale);
                svg.line(a, y + ROW / 2.0, b, y + ROW / 2.0);
                svg.line(a, y + 6, a, y + ROW - 6);
                svg.line(b, y + 6, b, y + ROW - 6);
                svg.text(b + 6, y + 16, r.get("median_ms") + " ms", "normal", "start");
                y += ROW;
            }
            y += 4;
        }
        svg.axis(y + 6, scale, "ms");
        return svg.done();
    }

    /** Resident memory of each warm process, stacked by what is mapped. */
    static String rssChart(List<Map<String, String>> rss) {
        double scale = niceCeiling(rss.stream().mapToDouble(r -> num(r.get("total_mib"))).max().orElse(1));
        Svg svg = new Svg(70 + rss.size() * ROW + 60, "Resident memory after the warm run, MiB (VmRSS by mapping)");
        int y = 40;
        for (Map<String, String> r : rss) {
            svg.text(LABEL - 8, y + 15, r.get("process"), "normal", "end");
            double x = LABEL;
            for (int i = 0; i < RSS_PARTS.length; i++) {
                double w = bar(num(r.get(RSS_PARTS[i])), scale);
                svg.rect(x, y + 4, w, ROW - 8, PART_COLOURS[i]);
                x += w;
            }
            svg.text(x + 6, y + 16, r.get("total_mib") + " MiB", "normal", "start");
            y += ROW;
        }
        svg.axis(y + 6, scale, "MiB");
        svg.legend(y + 44, RSS_NAMES);
        return svg.done();
    }

    /** The hello-world zip, compressed bytes by part, one stacked bar. */
    static String zipChart(Map<String, Long> zip) {
        double total = zip.values().stream().mapToLong(Long::longValue).sum();
        Svg svg = new Svg(40 + 40 + 30 + ((zip.size() + 2) / 3) * 20 + 10,
                "The hello-world zip: " + mb((long) total) + " MB compressed, by part");
        double x = 10;
        int i = 0;
        for (Map.Entry<String, Long> e : zip.entrySet()) {
            double w = (WIDTH - 20) * e.getValue() / total;
            svg.rect(x, 44, w, 32, PART_COLOURS[i++ % PART_COLOURS.length]);
            if (w > 40) {
                svg.text(x + w / 2, 65, mb(e.getValue()), "bold", "middle", "#ffffff");
            }
            x += w;
        }
        svg.legend(100, zip.keySet().toArray(String[]::new));
        return svg.done();
    }

    static double bar(double value, double scale) {
        return (WIDTH - LABEL - 90) * value / scale;
    }

    /** The next 1, 2 or 5 times a power of ten at or above the value: the axis's end. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    static String shorten(String label) {
        return label.length() > 40 ? label.substring(0, 39) + "…" : label;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static List<String> distinct(List<Map<String, String>> rows, String column) {
        List<String> values = new ArrayList<>();
        rows.forEach(r -> {
            if (!values.contains(r.get(column))) {
                values.add(r.get(column));
            }
        });
        return values;
    }

    static double num(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }

    static String mb(long bytes) {
        return bytes < 50_000 ? "<0.1" : fmt("%.1f", bytes / 1e6);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
