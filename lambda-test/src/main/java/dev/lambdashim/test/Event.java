package dev.lambdashim.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * One event for a {@code @ParameterizedTest}, read from a JSON file and bound with the runtime's JSON rules, as in
 * AWS's {@code aws-lambda-java-tests}:
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;Event(value = "events/order.json", type = Order.class)
 * void placesTheOrder(Order order) { ... }
 * </pre>
 *
 * <p>{@link #value()} is a resource on the test class path ({@code src/test/resources/events/order.json}) or, when
 * there is none, a file relative to the project's directory ({@code src/lambda/events/order.json}). A parameter of
 * type {@code String} or {@code byte[]} gets the file's JSON as it is, unparsed.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(EventArgumentsProvider.class)
public @interface Event {

    /** The JSON file: a class path resource, else a path relative to the working directory. */
    String value();

    /** The type to bind it to; by default the test method's parameter type. */
    Class<?> type() default Void.class;
}
