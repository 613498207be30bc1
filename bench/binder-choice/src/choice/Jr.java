package choice;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;

/** Contender b: jackson-jr (jackson-core's parser and generator, its own light bean introspection). */
public final class Jr {
    public static void main(String[] args) throws Exception {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        Event.ApiGatewayEvent event = JSON.std.beanFrom(Event.ApiGatewayEvent.class, json);
        byte[] out = JSON.std.asBytes(Event.answer(event));
        System.out.println(out.length + " " + new String(out).substring(0, Math.min(60, out.length)));
    }
}
