package dev.lambdashim.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.lambdashim.test.samples.AnnotationSamples;
import dev.lambdashim.test.samples.FailingSamples;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/** The annotations, through JUnit's own engine: the samples pass with the right arguments, and fail when they must. */
class AnnotationsTest {

    private static EngineExecutionResults failing;

    @BeforeAll
    static void runFailingSamples() {
        failing = EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingSamples.class)).execute();
    }

    @Test
    void everySampleGetsItsArguments() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AnnotationSamples.class)).execute();
        List<String> failures = results.allEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse(""))
                .collect(Collectors.toList());
        assertEquals(List.of(), failures);
        // 8 single events, a folder of 3, 2 listed, 1 pair, a folder of 3 pairs
        results.testEvents().assertStatistics(stats -> stats.started(17).succeeded(17).failed(0));
    }

    @Test
    void aMissingFileFailsTheTestNamingTheFileAndWhereItWasLookedFor() {
        Throwable failure = failureOf("missingFile");
        assertInstanceOf(EventFileException.class, failure);
        assertTrue(failure.getMessage().startsWith("@Event(\"events/missing.json\") on "
                + FailingSamples.class.getName() + ".missingFile: there is no such class path resource (e.g."
                + " src/test/resources/events/missing.json) and no file /"), failure.getMessage());
    }

    @Test
    void anEventThatDoesNotFitItsTypeFailsTheTestSayingWhy() {
        Throwable failure = failureOf("unreadableEvent");
        assertInstanceOf(EventFileException.class, failure);
        String message = failure.getMessage();
        assertTrue(message.startsWith("@Event(\"events/not-an-order.json\") on " + FailingSamples.class.getName()
                + ".unreadableEvent: its JSON cannot be bound to dev.lambdashim.test.fixtures.Orders$Order"), message);
        assertTrue(message.contains("(line 1, column "), message);
    }

    @Test
    void aMissingFolderFailsTheTest() {
        Throwable failure = failureOf("missingFolder");
        assertInstanceOf(EventFileException.class, failure);
        assertTrue(failure.getMessage().contains("@Events(\"events/no-such-folder\")"), failure.getMessage());
    }

    @Test
    void eventsWithoutAsManyResponsesFailTheTest() {
        Throwable failure = failureOf("unpaired");
        assertTrue(failure.getMessage().contains("3 events and 1 responses"), failure.getMessage());
    }

    @Test
    void aWrongExpectationFailsItsTest() {
        Throwable failure = failureOf("wrongExpectation");
        assertInstanceOf(AssertionFailedError.class, failure);
        assertEquals("expected: <999> but was: <1200>", failure.getMessage());
    }

    @Test
    void nothingElseOfTheFailingSamplesPasses() {
        failing.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertEquals(5, failing.allEvents().failed().count(), () -> failing.allEvents().failed().list().toString());
    }

    private static Throwable failureOf(String method) {
        List<Event> failed = failing.allEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("[test-template:" + method + "("))
                .collect(Collectors.toList());
        assertEquals(1, failed.size(), () -> method + " should fail once: " + failing.allEvents().list());
        return failed.get(0).getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
    }
}
