package dev.lambdashim.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** One argument per file of {@link Events}. */
final class EventsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<Events> {

    private Events events;

    @Override
    public void accept(Events annotation) {
        this.events = annotation;
    }

    /** JUnit 5.13 and later call this one. */
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return arguments(context);
    }

    /** JUnit before 5.13 calls this one. */
    @Override
    @Deprecated
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return arguments(context);
    }

    private Stream<? extends Arguments> arguments(ExtensionContext context) {
        EventFiles files = new EventFiles(context.getRequiredTestMethod());
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
