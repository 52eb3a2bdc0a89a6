package cn.xxgk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @Test
    void aSecondRunLearnsWhichRunHoldsTheFolderAndMayTakeItOnceThatRunHasEnded(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("run.lock");
        Process first = Children.java(HoldLock.class, file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());

            assertNull(RunLock.tryAcquire(file, "http://localhost:8081/"));
            assertEquals(new RunLock.Holder(first.pid(), "http://localhost:9999/"), RunLock.holder(file, Duration.ofSeconds(2)));

            first.getOutputStream().close();
            assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        } finally {
            first.destroyForcibly();
        }
        try (RunLock second = RunLock.tryAcquire(file, "http://localhost:8081/")) {
            assertNotNull(second);
            assertEquals(new RunLock.Holder(ProcessHandle.current().pid(), "http://localhost:8081/"),
                    RunLock.holder(file, Duration.ZERO));
        }
    }

    @Test
    void theProcessesOfARunKilledHardAreFoundByTheNextRun(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("run.lock");
        Process server = new ProcessBuilder("sleep", "60").start();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        try {
            try (RunLock killed = RunLock.tryAcquire(file, "http://localhost:8081/")) {
                killed.record("payara", server.toHandle());
                killed.record("mariadbd", ended.toHandle());
            }
            try (RunLock next = RunLock.tryAcquire(file, "http://localhost:8081/")) {
                Map<String, ProcessHandle> leftovers = next.leftovers();

                assertEquals(Map.of("payara", server.toHandle()), leftovers);
            }
            // a run that recorded nothing leaves nothing to stop
            try (RunLock after = RunLock.tryAcquire(file, "http://localhost:8081/")) {
                assertEquals(Map.of(), after.leftovers());
            }
        } finally {
            server.destroyForcibly();
        }
    }

    /** Holds the lock until its standard input ends, as a run command would. */
    static final class HoldLock {

        public static void main(String[] args) throws Exception {
            try (RunLock lock = RunLock.tryAcquire(Path.of(args[0]), "http://localhost:9999/")) {
                System.out.println(lock == null ? "not locked" : "locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait
                }
            }
        }
    }
}
