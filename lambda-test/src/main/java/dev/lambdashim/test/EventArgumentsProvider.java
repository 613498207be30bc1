package dev.lambdashim.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The argument of {@link Event}. */
final class EventArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<Event> {

    private Event event;

    @Override
    public void accept(Event annotation) {
        this.event = annotation;
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
        return Stream.of(Arguments.of(files.argument("@Event", event.value(), event.type(), 0)));
    }
}
