package dev.lambdashim.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;

/**
 * JSON of records, JavaBeans, enums, {@code Optional}, dates and collections of them without databind, giving the
 * values and bytes the runtime's default {@code ObjectMapper} gives: an event is read by {@link PlainJsonReader}
 * (strict, typed mode) and bound to the handler's parameter type by reflection over record components and bean
 * properties; a result is written by jackson-core's generator.
 *
 * <p>Why: databind's set-up (its {@code ObjectMapper}, date formats, the first {@code readValue}) is most of what a
 * typed function does before its first answer (README, Performance: the start-up profile). Why reflection rather
 * than jackson-jr, avaje-jsonb or generated code: bench/binder-choice, measured.
 *
 * <p>Anything it is not sure of is left to databind by its callers: a type it does not plan ({@link #forEvent} gives
 * {@code null}), an event it does not decide ({@link #read} gives {@link PlainJson#UNDECIDED}), a result it cannot
 * write ({@link #write} gives {@code false} with nothing closed).
 */
public final class TypedJson {

    private final TypedReaders.ValueReader reader;
    private final TypedWriter writer = new TypedWriter();

    private TypedJson(TypedReaders.ValueReader reader) {
        this.reader = reader;
    }

    /**
     * The binder for an event of this type ({@code null}: no event), or {@code null} when the type is not one it
     * decides: annotations databind reads beyond {@code @JsonProperty}'s name and a class's
     * {@code @JsonInclude(NON_NULL)}, polymorphism, abstract types, maps with keys other than strings, arrays,
     * {@code float}, {@code char}, dates other than {@code Instant} and {@code LocalDate}, generic types left open.
     */
    public static TypedJson forEvent(Type eventType) {
        if (eventType == null) {
            return new TypedJson(null);
        }
        try {
            return new TypedJson(new TypedReaders().of(eventType));
        } catch (JacksonAnnotations.Unsure e) {
            return null;
        }
    }

    /** The event as its type, or {@link PlainJson#UNDECIDED} when databind must read it (or report it malformed). */
    public Object read(byte[] json) {
        try {
            return reader.read(PlainJsonReader.readTyped(json));
        } catch (PlainJsonReader.Undecided | JacksonAnnotations.Unsure e) {
            return PlainJson.UNDECIDED;
        }
    }

    /**
     * Writes the value as UTF-8 JSON and closes {@code out}, as databind's writer does; {@code false}, with
     * {@code out} left open and what reached it to be discarded, when the value is not one it writes.
     */
    public boolean write(OutputStream out, Object value) throws IOException {
        JsonGenerator generator = PlainJson.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        try {
            writer.write(generator, value);
        } catch (JacksonAnnotations.Unsure e) {
            return false;
        }
        generator.close();
        return true;
    }
}
