package dev.lambdashim.test;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The argument of {@link Event}. */
final class EventArgumentsProvider extends EventFileArgumentsProvider<Event> {

    /** Declared with the annotation's own type: JUnit finds the annotation a provider consumes by it. */
    @Override
    public void accept(Event annotation) {
        super.accept(annotation);
    }

    @Override
    Stream<? extends Arguments> arguments(Event event, EventFiles files) {
        return Stream.of(Arguments.of(files.argument("@Event", event.value(), event.type(), 0)));
    }
}
