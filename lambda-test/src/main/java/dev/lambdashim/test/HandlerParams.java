package dev.lambdashim.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Events with the responses expected for them, for a {@code @ParameterizedTest} taking {@code (event, response)}:
 * one {@link #event()} with one {@link #response()}, or {@link #events()} with as many {@link #responses()}, paired
 * in order (files of a folder sorted by name).
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;HandlerParams(event = &#64;Event("events/order.json"), response = &#64;Response("responses/receipt.json"))
 * void answers(String event, Receipt expected) {
 *     assertEquals(expected, orders.invoke(event).response(Receipt.class));
 * }
 * </pre>
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(HandlerParamsArgumentsProvider.class)
public @interface HandlerParams {

    Event event() default @Event("");

    Response response() default @Response("");

    Events events() default @Events;

    Responses responses() default @Responses;
}
