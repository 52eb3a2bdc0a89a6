package cn.xxgk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

    @Test
    void theCallbackRunsOnceTheWatchedProcessIsGone() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        CountDownLatch gone = new CountDownLatch(1);
        ParentWatch.watch(() -> !parent.isAlive(), ParentWatch.EVERY, gone::countDown);

        assertFalse(gone.await(700, TimeUnit.MILLISECONDS), "called while the process runs");
        parent.destroy();
        assertTrue(gone.await(3, TimeUnit.SECONDS), "not called after the process ended");
    }

    /**
     * A JVM carrying the agent (as Payara does) ends soon after its parent, here a shell that
     * starts it in the background and exits, as DevServer killed with kill -9 would.
     */
    @Test
    void aJvmCarryingTheAgentEndsWhenItsParentEnds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(Sleeper.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process shell = new ProcessBuilder("sh", "-c", "\"$0\" -javaagent:\"$1\" -cp \"$2\" \"$3\" & echo $!; sleep 2",
                java, ParentWatch.agentJar().toString(), classes, Sleeper.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
        long pid = Long.parseLong(out.readLine().strip());
        ProcessHandle child = ProcessHandle.of(pid).orElseThrow();
        try {
            // the JVM runs with the agent while its parent runs (a broken agent would stop it at start)
            assertEquals("sleeping", out.readLine());
            assertTrue(shell.isAlive());
            assertTrue(shell.waitFor(10, TimeUnit.SECONDS));
            AtomicBoolean ended = new AtomicBoolean();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!ended.get() && System.nanoTime() < deadline) {
                ended.set(!child.isAlive());
                Thread.sleep(100);
            }
            assertTrue(ended.get(), "the JVM outlived its parent by 10 s");
        } finally {
            child.destroyForcibly();
        }
    }

    /** Sleeps a minute: without the agent it would outlive the test. */
    static final class Sleeper {

        public static void main(String[] args) throws InterruptedException {
            System.out.println("sleeping");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
