package choice;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.runtime.handler.JsonCodec;
import java.nio.file.Files;
import java.nio.file.Path;

/** Contender 0: databind, the runtime's own JsonCodec (what a record handler gets without a binder). */
public final class Databind {
    public static void main(String[] args) throws Exception {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        ObjectMapper mapper = JsonCodec.get().mapper();
        Event.ApiGatewayEvent event = mapper.readValue(json, Event.ApiGatewayEvent.class);
        byte[] out = mapper.writeValueAsBytes(Event.answer(event));
        System.out.println(out.length + " " + new String(out).substring(0, Math.min(60, out.length)));
    }
}
