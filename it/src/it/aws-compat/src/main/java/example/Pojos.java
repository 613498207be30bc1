package example;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Java beans and maps in and out, with AWS's naming and null rules. */
public class Pojos {

    public static class Person {
        private String name;
        private int age;
        private List<String> tags;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public int getAge() { return age; }
        public void setAge(int age) { this.age = age; }
        public List<String> getTags() { return tags; }
        public void setTags(List<String> tags) { this.tags = tags; }
    }

    public static class Greeting {
        private final String message;
        private final String url;
        private final int nextAge;

        Greeting(String message, String url, int nextAge) {
            this.message = message;
            this.url = url;
            this.nextAge = nextAge;
        }

        public String getMessage() { return message; }
        /** Standard bean naming: written as "URL". */
        public String getURL() { return url; }
        public int getNextAge() { return nextAge; }
        /** null: left out. */
        public String getNickname() { return null; }
        public boolean isAdult() { return nextAge > 18; }
    }

    public Greeting greet(Person person, Context context) {
        return new Greeting("Hello, " + person.getName() + " " + person.getTags(), "https://example.com/"
                + person.getName(), person.getAge() + 1);
    }

    public Map<String, Object> reshape(Map<String, Object> input, Context context) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("keys", new ArrayList<>(input.keySet()));
        out.put("input", input);
        out.put("missing", null);
        return out;
    }
}
