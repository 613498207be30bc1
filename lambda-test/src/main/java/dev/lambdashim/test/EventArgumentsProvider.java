package dev.lambdashim.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** The argument of {@link Event}. */
final class EventArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<Event> {

    private Event event;

    @Override
    public void accept(Event annotation) {
        this.event = annotation;
    }

    @Override
    @SuppressWarnings("deprecation") // the one-argument form: works on every JUnit 5 from 5.7 on
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        EventFiles files = new EventFiles(context.getRequiredTestMethod());
        return Stream.of(Arguments.of(files.argument("@Event", event.value(), event.type(), 0)));
    }
}
