package choice;

import io.avaje.jsonb.Json;
import io.avaje.jsonb.Jsonb;
import java.nio.file.Files;
import java.nio.file.Path;

/** Contender c: avaje-jsonb, adapters generated at compile time by its annotation processor (its own parser). */
@Json.Import({Event.ApiGatewayEvent.class, Event.RequestContext.class, Event.Identity.class,
    Event.ApiGatewayResponse.class})
public final class Avaje {
    public static void main(String[] args) throws Exception {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        Jsonb jsonb = Jsonb.builder().build();
        Event.ApiGatewayEvent event = jsonb.type(Event.ApiGatewayEvent.class).fromJson(json);
        byte[] out = jsonb.type(Event.ApiGatewayResponse.class).toJsonBytes(Event.answer(event));
        System.out.println(out.length + " " + new String(out).substring(0, Math.min(60, out.length)));
    }
}
