package dev.lambdashim.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An expected response read from a JSON file, inside {@link HandlerParams}; located as {@link Event} is. */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Response {

    /** The JSON file: a class path resource, else a path relative to the working directory. */
    String value();

    /** The type to bind it to; by default the test method's second parameter type. */
    Class<?> type() default Void.class;
}
