package dev.lambdashim.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class MemberCallTest {

    private record Point(int x, String label) {
        Point {
            if ("".equals(label)) {
                throw new IllegalStateException("blank label");
            }
        }
    }

    public static final class Bean {
        private long size;

        public long getSize() {
            return size;
        }

        public void setSize(long size) {
            this.size = size;
        }
    }

    private static Constructor<?> pointConstructor() throws NoSuchMethodException {
        Constructor<?> constructor = Point.class.getDeclaredConstructor(int.class, String.class);
        assertTrue(constructor.trySetAccessible());
        return constructor;
    }

    @Test
    void theTestsRunWithTheBootstrapsFlagSoTheBinderInflatesInThem() {
        assertTrue(MemberCall.INFLATES, "surefire's argLine sets -Djdk.reflect.useNativeAccessorOnly=true");
    }

    @Test
    void aConstructorSwitchesToAHandleAfterItsNativeCallsAndAnswersAlike() throws Exception {
        MemberCall call = MemberCall.of(pointConstructor(), true);
        for (int i = 1; i <= MemberCall.NATIVE_CALLS + 25; i++) {
            assertEquals(new Point(i, "p" + i), call.construct(new Object[] {i, "p" + i}));
            assertEquals(i > MemberCall.NATIVE_CALLS, call.inflated(), "after call " + i);
        }
    }

    @Test
    void whatTheMemberThrowsComesAsInvocationTargetExceptionBeforeAndAfter() throws Exception {
        MemberCall call = MemberCall.of(pointConstructor(), true);
        for (int i = 1; i <= MemberCall.NATIVE_CALLS + 5; i++) {
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> call.construct(new Object[] {1, ""}));
            assertInstanceOf(IllegalStateException.class, thrown.getCause());
            assertEquals("blank label", thrown.getCause().getMessage());
        }
        assertTrue(call.inflated());
    }

    @Test
    void aWrongArgumentIsRefusedBeforeAndAfter() throws Exception {
        MemberCall call = MemberCall.of(pointConstructor(), true);
        for (int i = 1; i <= MemberCall.NATIVE_CALLS + 5; i++) {
            Exception thrown = assertThrows(Exception.class, () -> call.construct(new Object[] {null, "x"}));
            // Core reflection says IllegalArgumentException; a handle's NullPointerException comes wrapped.
            assertTrue(thrown instanceof IllegalArgumentException || thrown instanceof InvocationTargetException,
                    thrown.toString());
        }
        assertTrue(call.inflated());
        assertEquals(new Point(7, "ok"), call.construct(new Object[] {7, "ok"}));
    }

    @Test
    void gettersAndSettersOfPrimitivesRoundTrip() throws Exception {
        MemberCall getter = MemberCall.of(Bean.class.getMethod("getSize"), true);
        MemberCall setter = MemberCall.of(Bean.class.getMethod("setSize", long.class), true);
        Bean bean = new Bean();
        for (long i = 1; i <= MemberCall.NATIVE_CALLS + 25; i++) {
            setter.set(bean, i * 1_000_000_000_000L);
            assertEquals(i * 1_000_000_000_000L, getter.get(bean));
        }
        assertTrue(getter.inflated());
        assertTrue(setter.inflated());
    }

    @Test
    void withoutInflationCoreReflectionIsKept() throws Exception {
        MemberCall call = MemberCall.of(pointConstructor(), false);
        for (int i = 1; i <= 3 * MemberCall.NATIVE_CALLS; i++) {
            call.construct(new Object[] {i, "p"});
        }
        assertFalse(call.inflated());
    }

    @Test
    void aMemberAHandleCannotReachStaysWithCoreReflectionAndItsError() throws Exception {
        Collection<String> unmodifiable = Collections.unmodifiableCollection(new ArrayList<>());
        // A private JDK class's public method, not made accessible: neither core reflection nor a handle may call it.
        Method size = unmodifiable.getClass().getMethod("size");
        MemberCall call = MemberCall.of(size, true);
        for (int i = 1; i <= MemberCall.NATIVE_CALLS + 15; i++) {
            assertThrows(IllegalAccessException.class, () -> call.get(unmodifiable));
        }
        assertFalse(call.inflated());
    }
}
