package dev.lambdashim.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** One argument per file of {@link Events}. */
final class EventsArgumentsProvider extends EventFileArgumentsProvider<Events> {

    /** Declared with the annotation's own type: JUnit finds the annotation a provider consumes by it. */
    @Override
    public void accept(Events annotation) {
        super.accept(annotation);
    }

    @Override
    Stream<? extends Arguments> arguments(Events events, EventFiles files) {
        List<Arguments> arguments = new ArrayList<>();
        for (Object event : load(files, "@Events", events, 0)) {
            arguments.add(Arguments.of(event));
        }
        return arguments.stream();
    }

    /** The events of the annotation, bound; shared with {@link HandlerParamsArgumentsProvider}. */
    static List<Object> load(EventFiles files, String annotation, Events events, int index) {
        boolean listed = events.events().length > 0;
        boolean folder = !events.folder().isBlank();
        if (listed == folder) {
            throw files.fail(annotation, events.folder(), listed ? "give either events = {...} or folder, not both"
                    : "name the events: events = {@Event(...), ...} or folder = \"...\"", null);
        }
        List<Object> loaded = new ArrayList<>();
        if (listed) {
            for (Event event : events.events()) {
                Class<?> type = event.type() != Void.class ? event.type() : events.type();
                loaded.add(files.argument(annotation, event.value(), type, index));
            }
        } else {
            for (String file : files.folder(annotation, events.folder())) {
                loaded.add(files.argument(annotation, file, events.type(), index));
            }
        }
        return loaded;
    }
}
