package dev.lambdashim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Every goal of lambda-maven-plugin has its page, and every parameter a user can set is on it with a description,
 * its -D property and its default: checked against the plugin's own descriptor, so a goal or parameter added later
 * without its documentation fails the build.
 */
class GoalPagesTest {

    record Parameter(String goal, String name, String description, String property, String defaultValue) {
    }

    @Test
    void everyGoalHasAPageWithEveryParameterItsPropertyAndDefault() throws Exception {
        List<Parameter> parameters = descriptor();
        assertFalse(parameters.isEmpty(), "no parameters in the plugin descriptor");
        List<String> problems = new ArrayList<>();
        for (Parameter p : parameters) {
            String where = "lambda:" + p.goal() + " <" + p.name() + ">";
            if (p.description().isBlank()) {
                problems.add(where + ": no Javadoc in its Mojo");
            }
            if (p.property() == null && !p.description().contains("no -D property")) {
                problems.add(where + ": no -D property (nor a description saying why it has none)");
            }
            if (p.defaultValue() == null && !p.description().toLowerCase().contains("default")) {
                problems.add(where + ": no default value (nor a description saying what happens unset)");
            }
            Document page = BuiltSite.page("lambda-maven-plugin/" + p.goal() + "-mojo.html");
            Element details = page.select("section:has(> h3)").stream()
                    .filter(s -> s.selectFirst("> h3").text().equals("<" + p.name() + ">")).findFirst().orElse(null);
            if (details == null) {
                problems.add(where + ": not on " + p.goal() + "-mojo.html");
                continue;
            }
            if (p.property() != null && !p.property().equals(field(details, "User Property"))) {
                problems.add(where + ": its page does not show the property " + p.property());
            }
            if (p.defaultValue() != null && !p.defaultValue().equals(field(details, "Default"))) {
                problems.add(where + ": its page does not show the default " + p.defaultValue());
            }
        }
        assertEquals(List.of(), problems);
        BuiltSite.page("lambda-maven-plugin/plugin-info.html");
    }

    /** The value shown as "<li><strong>label</strong>: <code>value</code>" in a parameter's details. */
    static String field(Element details, String label) {
        for (Element li : details.select("li")) {
            Element strong = li.selectFirst("strong");
            if (strong != null && strong.text().equals(label)) {
                Element code = li.selectFirst("code");
                return code == null ? null : code.text();
            }
        }
        return null;
    }

    /** The editable parameters of every goal, from target/classes/META-INF/maven/plugin.xml. */
    static List<Parameter> descriptor() throws Exception {
        Path file = Path.of(System.getProperty("plugin.descriptor"));
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        List<Parameter> parameters = new ArrayList<>();
        NodeList mojos = xml.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            org.w3c.dom.Element mojo = (org.w3c.dom.Element) mojos.item(m);
            String goal = text(mojo, "goal");
            org.w3c.dom.Element params = (org.w3c.dom.Element) mojo.getElementsByTagName("parameters").item(0);
            org.w3c.dom.Element config = (org.w3c.dom.Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList list = params.getElementsByTagName("parameter");
            for (int i = 0; i < list.getLength(); i++) {
                org.w3c.dom.Element param = (org.w3c.dom.Element) list.item(i);
                if (!"true".equals(text(param, "editable"))) {
                    continue;
                }
                String name = text(param, "name");
                NodeList c = config.getElementsByTagName(name);
                String property = null;
                String defaultValue = null;
                if (c.getLength() > 0) {
                    org.w3c.dom.Element e = (org.w3c.dom.Element) c.item(0);
                    String expression = e.getTextContent().strip();
                    if (expression.startsWith("${") && expression.endsWith("}")) {
                        property = expression.substring(2, expression.length() - 1);
                    }
                    defaultValue = e.hasAttribute("default-value") ? e.getAttribute("default-value") : null;
                }
                parameters.add(new Parameter(goal, name, text(param, "description").replace("{@code -D}", "-D")
                        .replaceAll("<[^>]+>", ""), property, defaultValue));
            }
        }
        return parameters;
    }

    static String text(org.w3c.dom.Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
