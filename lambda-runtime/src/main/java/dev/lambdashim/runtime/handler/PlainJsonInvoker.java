package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import dev.lambdashim.runtime.handler.JsonFunctionInvoker.EventFunction;
import dev.lambdashim.runtime.invocation.ResponseSink;
import dev.lambdashim.runtime.json.PlainJson;
import dev.lambdashim.runtime.json.UntypedJson;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;

/**
 * Calls a handler whose event is plain JSON values ({@code Object}, {@code Map<String, Object>}, {@code List},
 * {@code String}) or none, without databind: the event is read and a plain result written by {@link PlainJson}.
 * What {@code PlainJson} is not sure of (a record returned as {@code Object}, a malformed event, a number for a
 * {@code String} parameter) goes to the {@link JsonFunctionInvoker} the handler would otherwise have had, built on
 * first need, so every answer and error is databind's own; an {@code Object}, {@code Map<String, Object>} or
 * {@code List<Object>} event it is not sure of is read by {@link UntypedJson}, which gives databind's value or error
 * without databind. A handler of such events (or none) whose result is a scalar ({@link #needsNoDatabind}) thus
 * never needs databind, and its zip leaves it out.
 *
 * <p>Why: a hello-world function spends most of its start-up building databind's mapper (bench/run.sh, "classes
 * loaded" and the cold-start table of README's Performance).
 */
final class PlainJsonInvoker implements FunctionInvoker {

    private final EventFunction function;
    private final PlainJson.Root eventRoot;
    /** The event's type as databind names it, when {@link UntypedJson} reads what the strict reader leaves. */
    private final String untypedEvent;
    private final DatabindOnDemand databind;

    private PlainJsonInvoker(EventFunction function, PlainJson.Root eventRoot, Type eventType, Type resultType) {
        this.function = function;
        this.eventRoot = eventRoot;
        this.untypedEvent = eventType == null ? null : untypedName(eventType);
        this.databind = new DatabindOnDemand(function, eventType, resultType);
    }

    /**
     * For the event types {@link UntypedJson} reads with databind's values and words ({@code Object},
     * {@code Map<String, Object>}, {@code List<Object>}), the name databind's {@code toCanonical} gives in an error;
     * {@code null} for any other.
     */
    private static String untypedName(Type type) {
        if (type == Object.class) {
            return "java.lang.Object";
        }
        if (type instanceof ParameterizedType) {
            Type raw = ((ParameterizedType) type).getRawType();
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            if (raw == Map.class && args[0] == String.class && args[1] == Object.class) {
                return "java.util.Map<java.lang.String,java.lang.Object>";
            }
            if (raw == List.class && args[0] == Object.class) {
                return "java.util.List<java.lang.Object>";
            }
        }
        return null;
    }

    /**
     * The invoker for a handler with these types, or {@code null} when databind must read its event, its types are
     * not concrete, or the function lists a mapper of its own.
     *
     * @param eventType the event's type; {@code null} when the handler takes no event
     * @param resultType the result's declared type; {@code null} for {@code void}
     */
    static PlainJsonInvoker of(EventFunction function, Type eventType, Type resultType, ClassLoader loader) {
        PlainJson.Root root = eventType == null ? null : rootOf(eventType);
        if ((eventType != null && root == null) || (resultType != null && !concrete(resultType))
                || mapperProvided(loader)) {
            return null;
        }
        return new PlainJsonInvoker(function, root, eventType, resultType);
    }

    /** {@link JsonProblems#describe} with where in a map or list parameter it failed, as databind says it. */
    static String describe(IOException e) {
        return JsonProblems.describe(e, e instanceof UntypedJson.Failure
                ? " (at " + ((UntypedJson.Failure) e).path() + ")" : "");
    }

    /**
     * Whether a handler of these types is served without databind whatever its events and results: an event of
     * {@code Object}, {@code Map<String, Object>} or {@code List<Object>} (read by {@link PlainJson} or
     * {@link UntypedJson}) or none, and a result whose every value
     * {@link PlainJson#write} writes (a string, a boolean, a JDK number) or none. A map or list result may hold a
     * record at run time, which only databind writes.
     *
     * @param eventType the event's type; {@code null} when the handler takes none
     * @param resultType the result's declared type; {@code null} for {@code void}
     */
    static boolean needsNoDatabind(Type eventType, Type resultType, ClassLoader loader) {
        return (eventType == null || untypedName(eventType) != null)
                && (resultType == null || SCALAR_RESULTS.contains(resultType)) && !mapperProvided(loader);
    }

    private static final List<Type> SCALAR_RESULTS = List.of(String.class, Boolean.class, boolean.class,
            Integer.class, int.class, Long.class, long.class, Double.class, double.class, Float.class, float.class,
            Short.class, short.class, Byte.class, byte.class, java.math.BigInteger.class, java.math.BigDecimal.class);

    /**
     * {@code Handler}'s {@code <I, O>} when the class names them itself with concrete types, else {@code null} (the
     * types are then resolved through its supertypes by databind).
     */
    static Type[] handlerTypes(Class<?> type) {
        for (Type implemented : type.getGenericInterfaces()) {
            if (implemented instanceof ParameterizedType
                    && ((ParameterizedType) implemented).getRawType() == Handler.class) {
                Type[] io = ((ParameterizedType) implemented).getActualTypeArguments();
                return concrete(io[0]) && concrete(io[1]) ? io : null;
            }
        }
        return null;
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        Object input = null;
        if (eventRoot != null) {
            input = PlainJson.read(event, eventRoot);
            if (input == PlainJson.UNDECIDED && untypedEvent != null) {
                // What the strict reader leaves: databind's value or error, from jackson-core alone.
                try {
                    input = UntypedJson.read(event, eventRoot);
                } catch (IOException e) {
                    throw JsonProblems.malformedEvent(untypedEvent, describe(e), e);
                }
            } else if (input == PlainJson.UNDECIDED) {
                databind.get().invoke(event, context, response);
                return;
            }
        }
        Object result = FunctionInvoker.awaitIfAsync(function.apply(input, context));
        if (!PlainJson.isPlain(result)) {
            databind.get().writeResult(result, response);
            return;
        }
        try {
            PlainJson.write(response, result);
        } catch (IOException e) {
            throw JsonProblems.unwritable(result, JsonProblems.describe(e, ""), e, response);
        }
    }

    /**
     * Whether the function lists an {@code ObjectMapper} of its own (JsonCodec uses it): its settings may write even
     * a {@code String} differently. Asked by the service file's name, which loads no databind class (nor JsonCodec,
     * whose verification would).
     */
    static boolean mapperProvided(ClassLoader loader) {
        return loader.getResource("META-INF/services/com.fasterxml.jackson.databind.ObjectMapper") != null;
    }

    /** The root a plain event type accepts, or {@code null} when the type is not plain. */
    private static PlainJson.Root rootOf(Type type) {
        if (type == Object.class) {
            return PlainJson.Root.ANY;
        }
        if (type == String.class) {
            return PlainJson.Root.STRING;
        }
        if (type == Map.class) {
            return PlainJson.Root.OBJECT;
        }
        if (type == List.class) {
            return PlainJson.Root.ARRAY;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType generic = (ParameterizedType) type;
            Type[] args = generic.getActualTypeArguments();
            if (generic.getRawType() == Map.class && args[0] == String.class && isAnything(args[1])) {
                return PlainJson.Root.OBJECT;
            }
            if (generic.getRawType() == List.class && isAnything(args[0])) {
                return PlainJson.Root.ARRAY;
            }
        }
        return null;
    }

    /** {@code Object} or {@code ?}. */
    private static boolean isAnything(Type type) {
        return type == Object.class || (type instanceof WildcardType
                && ((WildcardType) type).getLowerBounds().length == 0
                && ((WildcardType) type).getUpperBounds()[0] == Object.class);
    }

    /** Whether a type names no type variable, so that it means the same wherever it is read. */
    static boolean concrete(Type type) {
        if (type instanceof Class) {
            return true;
        }
        if (type instanceof ParameterizedType) {
            for (Type arg : ((ParameterizedType) type).getActualTypeArguments()) {
                if (!concrete(arg)) {
                    return false;
                }
            }
            return true;
        }
        if (type instanceof WildcardType) {
            for (Type bound : ((WildcardType) type).getUpperBounds()) {
                if (!concrete(bound)) {
                    return false;
                }
            }
            for (Type bound : ((WildcardType) type).getLowerBounds()) {
                if (!concrete(bound)) {
                    return false;
                }
            }
            return true;
        }
        return type instanceof GenericArrayType && concrete(((GenericArrayType) type).getGenericComponentType());
    }
}
