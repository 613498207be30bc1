/** A chart as SVG text: a title, bars, lines, an axis and a legend; the file stands alone (no CSS, no fonts). */
final class Svg {
    private final StringBuilder svg = new StringBuilder();

    Svg(int height, String title) {
        svg.append(PerformanceFigures.fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n", PerformanceFigures.WIDTH,
                height, PerformanceFigures.WIDTH, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(10, 22, title, "bold", "start");
    }

    void rect(double x, double y, double w, double h, String fill) {
        svg.append(PerformanceFigures.fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                x, y, Math.max(w, 0.5), h, fill));
    }

    void line(double x1, double y1, double x2, double y2) {
        svg.append(PerformanceFigures.fmt("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#212121\""
                + " stroke-width=\"1.5\"/>%n", x1, y1, x2, y2));
    }

    void text(double x, double y, String s, String weight, String anchor) {
        text(x, y, s, weight, anchor, "#212121");
    }

    void text(double x, double y, String s, String weight, String anchor, String fill) {
        svg.append(PerformanceFigures.fmt("<text x=\"%.1f\" y=\"%.1f\" font-weight=\"%s\" text-anchor=\"%s\""
                + " fill=\"%s\">%s</text>%n", x, y, weight, anchor, fill, escape(s)));
    }

    /** An axis from 0 to scale below the bars, five ticks. */
    void axis(int y, double scale, String unit) {
        double x0 = PerformanceFigures.LABEL;
        double x1 = x0 + PerformanceFigures.bar(scale, scale);
        line(x0, y, x1, y);
        for (int i = 0; i <= 5; i++) {
            double x = x0 + (x1 - x0) * i / 5;
            line(x, y, x, y + 5);
            text(x, y + 19, PerformanceFigures.fmt("%.0f", scale * i / 5) + (i == 5 ? " " + unit : ""), "normal",
                    "middle");
        }
    }

    /** Coloured squares with names, three a row. */
    void legend(int y, String[] names) {
        for (int i = 0; i < names.length; i++) {
            double x = 10 + (i % 3) * 270;
            double row = y + (i / 3) * 20;
            rect(x, row - 11, 12, 12, PerformanceFigures.PART_COLOURS[i % PerformanceFigures.PART_COLOURS.length]);
            text(x + 18, row, names[i], "normal", "start");
        }
    }

    String done() {
        return svg.append("</svg>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
