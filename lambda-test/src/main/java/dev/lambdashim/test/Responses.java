package dev.lambdashim.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Expected responses inside {@link HandlerParams}: every file of a folder (sorted by name), or those listed. */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Responses {

    Response[] responses() default {};

    String folder() default "";

    Class<?> type() default Void.class;
}
