package dev.lambdashim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The site as a reader sees it: headless Chromium (Debian's chromium) renders the front page, the lambda:package
 * goal page and the performance page; the screenshots are kept in site-tests/target/screenshots. Each must show the
 * skin (its sidebar and link colours: the styles loaded from the site, nothing from outside), and the performance
 * page its charts. Without Chromium the test is skipped with the reason, unless LAMBDA_SHIM_REQUIRE_BROWSER=true
 * (CI) makes that a failure.
 */
class SiteInChromiumTest {

    /** Fluido's link and active-menu blue, and the sidebar's grey: an unstyled page has neither. */
    static final int SKIN_BLUE = 0x0088cc;
    static final int SIDEBAR_GREY = 0xf5f5f5;
    /** The charts' bars for lambda-shim's zip and for AWS's client (bench/results/figures). */
    static final int CHART_GREEN = 0x2e7d32;
    static final int CHART_BLUE = 0x1565c0;

    @Test
    void frontPage() throws Exception {
        BufferedImage shot = screenshot("index.html", "index.png");
        assertStyled(shot, "index.html");
    }

    @Test
    void packageGoalPage() throws Exception {
        BufferedImage shot = screenshot("lambda-maven-plugin/package-mojo.html", "package-mojo.png");
        assertStyled(shot, "package-mojo.html");
    }

    @Test
    void performancePageWithItsCharts() throws Exception {
        BufferedImage shot = screenshot("performance.html", "performance.png");
        assertStyled(shot, "performance.html");
        assertTrue(count(shot, CHART_GREEN) > 2000, "performance.html shows no chart (no green bars)");
        assertTrue(count(shot, CHART_BLUE) > 2000, "performance.html shows no chart (no blue bars)");
    }

    static void assertStyled(BufferedImage shot, String page) {
        assertTrue(count(shot, SKIN_BLUE) > 300, page + " is not styled by the skin (no Fluido blue)");
        assertTrue(count(shot, SIDEBAR_GREY) > 20_000, page + " has no navigation sidebar");
        int dark = 0;
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                int rgb = shot.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 2_000, page + " shows hardly any text (" + dark + " dark pixels sampled)");
    }

    /** Pixels within a small distance of the colour (anti-aliasing, colour management). */
    static int count(BufferedImage image, int colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff)) < 12
                        && Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff)) < 12
                        && Math.abs((rgb & 0xff) - (colour & 0xff)) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    static BufferedImage screenshot(String page, String name) throws IOException, InterruptedException {
        Path chromium = chromium();
        Path out = Files.createDirectories(Path.of(System.getProperty("screenshots.directory", "target/screenshots")));
        Path png = out.resolve(name);
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory(out, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1280,1600", "--screenshot=" + png,
                BuiltSite.directory().resolve(page).toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve(name + ".log").toFile()).start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish within 120 s: " + command);
            assertEquals(0, process.exitValue(), "chromium failed, see " + out.resolve(name + ".log"));
        } finally {
            process.destroyForcibly().waitFor();
            deleteTree(profile); // a fresh profile per page; nothing of it is kept
        }
        assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot " + png);
        return ImageIO.read(png.toFile());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        boolean required = "true".equals(System.getenv("LAMBDA_SHIM_REQUIRE_BROWSER"));
        String reason = "no chromium on PATH (apt-get install chromium); the site's pages are not checked in a browser";
        if (required) {
            throw new AssertionError(reason + ", and LAMBDA_SHIM_REQUIRE_BROWSER=true");
        }
        Assumptions.abort(reason);
        return null;
    }
}
