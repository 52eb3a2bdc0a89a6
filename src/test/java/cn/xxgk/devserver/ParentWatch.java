package cn.xxgk.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Ends a process when the process that started it has ended.
 *
 * <p>Why: ./mvnw -Prun runs DevServer as a child of Maven, and DevServer runs Payara Micro and
 * mariadbd as children of its own. A signal sent to Maven alone (an IDE's stop button, a service
 * manager) ends Maven but not its children, which would keep the ports and the database files.
 * So DevServer watches Maven and runs its shutdown path when Maven is gone; and Payara Micro
 * carries this class as a Java agent ({@link #agentJar()}) and exits when the process that
 * started it is gone, even if that process was killed hard (kill -9) and could not stop it.
 *
 * <p>This class is copied alone into the agent jar: it must not have nested classes (lambdas are
 * fine, they are generated at run time).
 */
public final class ParentWatch {

    /** How often the parent is looked at: a stop is noticed within half a second. */
    static final Duration EVERY = Duration.ofMillis(500);

    /** In the agent: how long Payara may take to run its shutdown hooks before it is halted. */
    private static final Duration HALT_AFTER = Duration.ofSeconds(10);

    private static Path agentJar;

    private ParentWatch() {
    }

    /**
     * Calls {@code whenGone} once, on a daemon thread, when the current process's parent has
     * ended. Returns the watching thread, or null if this process has no parent to watch.
     */
    public static Thread watchParent(Runnable whenGone) {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null || parent.pid() == 1) {
            return null;
        }
        return watch(() -> parentGone(parent), EVERY, whenGone);
    }

    /** Polls {@code gone} every {@code every} on a daemon thread; calls {@code whenGone} once it is true. */
    static Thread watch(BooleanSupplier gone, Duration every, Runnable whenGone) {
        Thread thread = new Thread(() -> {
            try {
                while (!gone.getAsBoolean()) {
                    Thread.sleep(every);
                }
                whenGone.run();
            } catch (InterruptedException stopWatching) {
                Thread.currentThread().interrupt();
            }
        }, "parent-watch");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Gone when it has ended, or when this process was handed to another parent: a parent that
     * ended but was not yet reaped by its own parent still looks alive, but its children are
     * handed to init (or a subreaper) at once.
     */
    static boolean parentGone(ProcessHandle parent) {
        long current = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        return current != parent.pid() || !parent.isAlive();
    }

    /**
     * The agent's entry point (-javaagent): exit when the parent is gone. System.exit runs the
     * server's shutdown hooks; a server that does not finish them in time is halted.
     */
    public static void premain(String arguments) {
        watchParent(() -> {
            System.err.println("[parent-watch] the process that started this one has ended: exiting");
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER);
                } catch (InterruptedException ignored) {
                    // halt now
                }
                Runtime.getRuntime().halt(1);
            }, "parent-watch-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(1);
        });
    }

    /**
     * A jar holding this class as a Java agent, written once per JVM to the temporary folder
     * (removed at exit): pass it to a child JVM as -javaagent:path.
     */
    public static synchronized Path agentJar() throws IOException {
        if (agentJar == null || !Files.exists(agentJar)) {
            Path jar = Files.createTempFile("xxgk-parent-watch-", ".jar");
            jar.toFile().deleteOnExit();
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatch.class.getName());
            String entry = ParentWatch.class.getName().replace('.', '/') + ".class";
            try (OutputStream file = Files.newOutputStream(jar);
                 JarOutputStream out = new JarOutputStream(file, manifest);
                 InputStream in = ParentWatch.class.getResourceAsStream("/" + entry)) {
                if (in == null) {
                    throw new IOException("class file not found: " + entry);
                }
                out.putNextEntry(new JarEntry(entry));
                in.transferTo(out);
                out.closeEntry();
            }
            agentJar = jar;
        }
        return agentJar;
    }
}
