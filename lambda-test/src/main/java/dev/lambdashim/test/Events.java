package dev.lambdashim.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Several events for a {@code @ParameterizedTest}, one invocation of the test each: every file of {@link #folder()}
 * (sorted by name), or the files listed in {@link #events()}.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;Events(folder = "events/sqs", type = SqsEvent.class)
 * void handlesEveryBatch(SqsEvent batch) { ... }
 * </pre>
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(EventsArgumentsProvider.class)
public @interface Events {

    /** The events, each with its file and optionally its own type. */
    Event[] events() default {};

    /** A folder of JSON files (class path, else relative to the working directory); each file is one event. */
    String folder() default "";

    /** The type of every event that names none; by default the test method's parameter type. */
    Class<?> type() default Void.class;
}
