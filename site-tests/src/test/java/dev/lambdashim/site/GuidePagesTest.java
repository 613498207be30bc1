package dev.lambdashim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the guides promise that a link checker cannot see: the commands are README's, the figures are filled in. */
class GuidePagesTest {

    @Test
    void gettingStartedShowsReadmesTwoCommandsAsTheyAre() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme")));
        String block = readme.substring(readme.indexOf("<!-- quickstart:begin -->"),
                readme.indexOf("<!-- quickstart:end -->"));
        List<String> commands = block.lines().filter(l -> l.startsWith("./mvnw")).toList();
        assertEquals(2, commands.size(), "README's quick start: " + block);
        String page = BuiltSite.page("getting-started.html").select("pre").text();
        for (String command : commands) {
            assertTrue(page.contains(command), "getting-started.html lacks README's command: " + command);
        }
    }

    @Test
    void performancePageIsFilledInFromTheDataWithItsCharts() {
        Document page = BuiltSite.page("performance.html");
        String text = page.text();
        assertFalse(text.contains("{{"), "a figure left unfilled");
        assertFalse(page.html().contains("table:"), "a table left unfilled");
        assertTrue(page.select("table").size() >= 4, "cold, memory, warm and zip tables expected");
        List<String> charts = page.select("img[src$=.svg]").eachAttr("src");
        assertEquals(List.of("images/performance/cold-start.svg", "images/performance/rss.svg",
                "images/performance/zip.svg"), charts);
        for (String chart : charts) {
            Path svg = BuiltSite.directory().resolve(chart);
            assertTrue(Files.isRegularFile(svg), chart);
        }
    }

    /** Doxia's snippet macro does not fail the build on a missing file: it prints this, or nothing for a wrong id. */
    @Test
    void everySnippetWasFound() {
        for (Path file : BuiltSite.pages()) {
            Document page = BuiltSite.parse(file);
            for (Element pre : page.select("pre")) {
                assertFalse(pre.text().contains("Error during retrieving content"), file + ": a snippet file is missing");
                assertFalse(pre.text().isBlank(), file + ": an empty code block (a snippet id not in its file?)");
            }
        }
    }

    @Test
    void guidesShowCompiledCodeNotErrors() {
        for (String guide : List.of("getting-started.html", "handlers.html", "logs.html", "events-and-http.html",
                "streaming.html", "testing.html")) {
            Document page = BuiltSite.page(guide);
            assertFalse(page.select("pre").isEmpty(), guide + " shows no code");
            assertTrue(page.select("pre").stream().anyMatch(pre -> pre.text().contains("class ")
                    || pre.text().contains("<plugin>")), guide + " shows no source file");
            assertFalse(page.text().contains("MACRO{"), guide + ": a snippet macro was not expanded");
        }
    }
}
