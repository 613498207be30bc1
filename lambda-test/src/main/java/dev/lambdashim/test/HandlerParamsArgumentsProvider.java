package dev.lambdashim.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The {@code (event, response)} pairs of {@link HandlerParams}. */
final class HandlerParamsArgumentsProvider extends EventFileArgumentsProvider<HandlerParams> {

    /** Declared with the annotation's own type: JUnit finds the annotation a provider consumes by it. */
    @Override
    public void accept(HandlerParams annotation) {
        super.accept(annotation);
    }

    private static final String NAME = "@HandlerParams";

    @Override
    Stream<? extends Arguments> arguments(HandlerParams params, EventFiles files) {
        boolean single = !params.event().value().isBlank() || !params.response().value().isBlank();
        boolean many = params.events().events().length > 0 || !params.events().folder().isBlank()
                || params.responses().responses().length > 0 || !params.responses().folder().isBlank();
        if (single == many) {
            throw files.fail(NAME, "", single ? "give either event and response, or events and responses, not both"
                    : "name an event and its response (event = @Event(...), response = @Response(...)), or events"
                    + " and responses", null);
        }
        if (single) {
            if (params.event().value().isBlank() || params.response().value().isBlank()) {
                throw files.fail(NAME, "", "an event needs its response and a response its event: give both"
                        + " event = @Event(...) and response = @Response(...)", null);
            }
            return Stream.of(Arguments.of(
                    files.argument(NAME + " event", params.event().value(), params.event().type(), 0),
                    files.argument(NAME + " response", params.response().value(), params.response().type(), 1)));
        }
        List<Object> events = EventsArgumentsProvider.load(files, NAME + " events", params.events(), 0);
        List<Object> responses = responses(files, params.responses());
        if (events.size() != responses.size()) {
            throw files.fail(NAME, params.events().folder(), events.size() + " events and " + responses.size()
                    + " responses: each event needs the response expected for it, paired in order", null);
        }
        List<Arguments> pairs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            pairs.add(Arguments.of(events.get(i), responses.get(i)));
        }
        return pairs.stream();
    }

    private static List<Object> responses(EventFiles files, Responses responses) {
        String annotation = NAME + " responses";
        boolean listed = responses.responses().length > 0;
        boolean folder = !responses.folder().isBlank();
        if (listed == folder) {
            throw files.fail(annotation, responses.folder(), listed ? "give either responses = {...} or folder, not"
                    + " both" : "name the responses: responses = {@Response(...), ...} or folder = \"...\"", null);
        }
        List<Object> loaded = new ArrayList<>();
        if (listed) {
            for (Response response : responses.responses()) {
                Class<?> type = response.type() != Void.class ? response.type() : responses.type();
                loaded.add(files.argument(annotation, response.value(), type, 1));
            }
        } else {
            for (String file : files.folder(annotation, responses.folder())) {
                loaded.add(files.argument(annotation, file, responses.type(), 1));
            }
        }
        return loaded;
    }
}
