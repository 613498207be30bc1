package choice;

import dev.lambdashim.runtime.json.TypedJson;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Contender a: the runtime's TypedJson, reflection over record components and bean properties on the strict reader
 * and jackson-core's generator.
 */
public final class Reflective {
    public static void main(String[] args) throws Exception {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        Event.ApiGatewayEvent event = (Event.ApiGatewayEvent) TypedJson.forEvent(Event.ApiGatewayEvent.class)
                .read(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!TypedJson.forEvent(null).write(out, Event.answer(event))) {
            throw new IllegalStateException("not written");
        }
        System.out.println(out.size() + " " + out.toString().substring(0, Math.min(60, out.size())));
    }
}
