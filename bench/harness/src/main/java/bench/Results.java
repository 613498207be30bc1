package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every figure the harness measures, one row each, as it is measured: the Markdown tables are one view of them, the
 * CSV file ({@code --csv}) another, for charts. Every measurement goes through {@link #add}.
 */
final class Results {

    /** One figure: what was measured, for which event, contender and CPU limit, which statistic, its value. */
    record Row(String measure, String event, String contender, String cpu, String stat, double value, String unit) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String event, String contender, String cpu, String stat, double value, String unit) {
        rows.add(new Row(measure, event, contender, cpu, stat, value, unit));
    }

    List<Row> rows() {
        return rows;
    }

    void writeCsv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("measure,event,contender,cpu,stat,value,unit\n");
        for (Row r : rows) {
            csv.append(String.join(",", r.measure(), r.event(), r.contender(), r.cpu(), r.stat(),
                    String.format(Locale.ROOT, "%.3f", r.value()), r.unit())).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, csv);
    }
}
