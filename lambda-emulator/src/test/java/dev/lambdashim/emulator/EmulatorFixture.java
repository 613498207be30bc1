package dev.lambdashim.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The fixture the emulator's tests share: a fresh emulator per test, and a runtime-side client of it. */
abstract class EmulatorFixture {

    RuntimeApiEmulator emulator;
    RuntimeClient runtime;

    @BeforeEach
    void startEmulator() throws Exception {
        emulator = RuntimeApiEmulator.start();
        runtime = new RuntimeClient(emulator);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }
}
