package dev.lambdashim.test;

import java.lang.annotation.Annotation;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * What the providers of {@link Event}, {@link Events} and {@link HandlerParams} share: the annotation JUnit hands over,
 * both of JUnit's entry points, and the test method's event files.
 *
 * @param <A> the annotation
 */
abstract class EventFileArgumentsProvider<A extends Annotation> implements ArgumentsProvider, AnnotationConsumer<A> {

    private A annotation;

    @Override
    public void accept(A annotation) {
        this.annotation = annotation;
    }

    /** JUnit 5.13 and later call this one. */
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return arguments(annotation, new EventFiles(context.getRequiredTestMethod()));
    }

    /** JUnit before 5.13 calls this one. */
    @Override
    @Deprecated
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return arguments(annotation, new EventFiles(context.getRequiredTestMethod()));
    }

    /** The arguments the annotation names, read from the test method's event files. */
    abstract Stream<? extends Arguments> arguments(A annotation, EventFiles files);
}
