import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

/**
 * Where a cold JVM spends the first ObjectMapper: each step of lambda-shim's JsonCodec set-up (same configuration)
 * timed on its own, class initialisation split out by loading the classes that dominate it first. Prints one line
 * of "step microseconds" pairs; bench/startup/run.sh runs it repeatedly with and without a start-up cache and
 * reports medians.
 */
public final class JacksonStartup {

    private static final StringBuilder OUT = new StringBuilder();
    private static long last;

    public static void main(String[] args) throws Exception {
        last = System.nanoTime();
        init("com.fasterxml.jackson.core.JsonFactory");
        init("com.fasterxml.jackson.databind.type.TypeFactory");
        // Its static initializer builds a SimpleDateFormat (calendar and locale provider look-ups) and two regexes.
        init("com.fasterxml.jackson.databind.util.StdDateFormat");
        init("com.fasterxml.jackson.databind.ser.BeanSerializerFactory");
        init("com.fasterxml.jackson.databind.deser.BeanDeserializerFactory");
        init("com.fasterxml.jackson.databind.ObjectMapper");
        JsonMapper.Builder builder = JsonMapper.builder();
        lap("JsonMapper.builder()");
        builder.addModule(new Jdk8Module());
        lap("Jdk8Module");
        builder.addModule(new JavaTimeModule());
        lap("JavaTimeModule");
        ObjectMapper mapper = builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        lap("build()");
        Object event = mapper.readerFor(String.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readValue("\"World\"".getBytes(StandardCharsets.UTF_8));
        lap("first readValue(String)");
        mapper.writer().writeValueAsBytes("Hello, " + event + "!");
        lap("first writeValueAsBytes");
        System.out.println(OUT);
    }

    private static void init(String className) throws ClassNotFoundException {
        Class.forName(className);
        lap("init " + className.substring(className.lastIndexOf('.') + 1));
    }

    // Timing excludes the appending itself: the clock restarts after it.
    private static void lap(String step) {
        long now = System.nanoTime();
        OUT.append(step.replace(' ', '_')).append(' ').append((now - last) / 1000).append(' ');
        last = System.nanoTime();
    }
}
