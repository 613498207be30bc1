package dev.lambdashim.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The site as the build wrote it (target/site of the top project: the guides, and the goal pages below them). */
final class BuiltSite {

    private BuiltSite() {
    }

    static Path directory() {
        Path dir = Path.of(System.getProperty("site.directory", "../target/site")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            throw new IllegalStateException("No site in " + dir + ": it is built by the parent POM and"
                    + " lambda-maven-plugin in the package phase; run ./mvnw install (or package) from the top");
        }
        return dir;
    }

    static List<Path> pages() {
        try (Stream<Path> files = Files.walk(directory())) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document page(String relative) {
        Path page = directory().resolve(relative);
        if (!Files.isRegularFile(page)) {
            throw new AssertionError("The site has no " + relative + " (" + page + ")");
        }
        return parse(page);
    }
}
