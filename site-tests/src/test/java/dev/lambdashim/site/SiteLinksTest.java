package dev.lambdashim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every internal link of the built site leads somewhere: the file exists, and so does the #anchor in it. */
class SiteLinksTest {

    @Test
    void everyInternalLinkAndAnchorResolves() {
        Path root = BuiltSite.directory();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : BuiltSite.pages()) {
            Document doc = BuiltSite.parse(page);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.isEmpty() || isExternal(ref)) {
                    continue;
                }
                checked++;
                String problem = problem(page, ref);
                if (problem != null) {
                    broken.add(root.relativize(page) + ": " + ref + " (" + problem + ")");
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " internal links found: is the site complete?");
        assertEquals(List.of(), broken, "broken internal links");
    }

    @Test
    void stylesAndScriptsComeFromTheSiteItself() {
        List<String> remote = new ArrayList<>();
        for (Path page : BuiltSite.pages()) {
            for (Element e : BuiltSite.parse(page).select("link[rel=stylesheet], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (isExternal(ref)) {
                    remote.add(page.getFileName() + ": " + ref);
                }
            }
        }
        assertEquals(List.of(), remote, "styles or scripts loaded from outside the site (nothing outside is reachable)");
    }

    static boolean isExternal(String ref) {
        return ref.startsWith("//") || URI.create(ref.replace(" ", "%20")).getScheme() != null;
    }

    /** Why a link from the page does not resolve, or null when it does. */
    static String problem(Path page, String ref) {
        String path = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        String anchor = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Path target = path.isEmpty() ? page : page.getParent().resolve(URI.create(path).getPath()).normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (!anchor.isEmpty() && target.toString().endsWith(".html")) {
            Document doc = BuiltSite.parse(target);
            if (doc.getElementById(anchor) == null && doc.getElementsByAttributeValue("name", anchor).isEmpty()) {
                return "no anchor #" + anchor + " in " + target.getFileName();
            }
        }
        return null;
    }
}
