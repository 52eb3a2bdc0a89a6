package cn.xxgk.devserver;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the application WAR in a process of its own, configured the way the
 * docker image runs it: the JDBC driver added with --addLibs, server-config's post-boot
 * commands and logging, the application's settings as system properties. Used by the run
 * command and by the browser tests.
 */
public final class PayaraProcess implements AutoCloseable {

    /**
     * The server's heap, as in the docker image's 1 GB container (half of its memory): with 768 MB, the
     * heap full of the index writer's work while 1,000,000 entries were indexed, plus ≈ 300 MB of metaspace,
     * code, GC and thread memory, passed 1 GB of anonymous memory and the kernel killed it under a 1 GB limit.
     */
    public static final String HEAP = "-Xmx512m";

    /**
     * glibc's malloc arenas, 2 instead of up to 8 per core: the native memory that many request threads ask
     * for otherwise spreads over many arenas, each keeping its freed pages.
     */
    public static final Map.Entry<String, String> MALLOC_ARENAS = Map.entry("MALLOC_ARENA_MAX", "2");

    /** How long {@link #close()} lets Payara run its shutdown hooks before killing it. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /** How a wait for readiness ended. */
    public enum Readiness {
        /** GET /health/ready answered 200. */
        READY,
        /** The server process ended. */
        EXITED,
        /** The server booted, but without the application: its deployment failed. */
        NOT_DEPLOYED,
        /** Still not ready when the time was up. */
        TIMED_OUT
    }

    private final Process process;
    private final int port;
    private final ConsoleTail console;

    private PayaraProcess(Process process, int port, ConsoleTail console) {
        this.process = process;
        this.port = port;
        this.console = console;
    }

    /** The Payara Micro jar on this class path (payara-micro is a test dependency). */
    public static Path microJar() throws Exception {
        Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
        return Path.of(micro.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts Payara; {@link #awaitReady} then waits until the application reports ready.
     *
     * <p>The server's console is read through a pipe, copied to {@code output} (or echoed to
     * this process's console), and its last lines kept ({@link ConsoleTail}) so that a failed
     * start can say why. The server carries {@link ParentWatch} as a Java agent: it exits when
     * the process that started it ends, even if that process is killed hard.
     *
     * @param settings application settings (xxgk.*) passed as system properties
     * @param output   where the server's console goes; null: this process's console
     */
    public static PayaraProcess start(Path war, Path serverLib, Path serverConfig, int port,
                                      Map<String, String> settings, File output) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        command.add("-javaagent:" + ParentWatch.agentJar());
        command.add("-Duser.timezone=Asia/Shanghai");
        // A browser that names no language gets the server's locale: Simplified Chinese.
        command.add("-Duser.language=zh");
        command.add("-Duser.country=CN");
        command.add("-Dfile.encoding=UTF-8");
        // the console is read as UTF-8 (ConsoleTail), whatever the locale of this machine
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", microJar().toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port),
                "--addLibs", serverLib.resolve("mariadb-java-client.jar").toString(),
                "--postbootcommandfile", serverConfig.resolve("post-boot-commands.asadmin").toString(),
                "--logproperties", serverConfig.resolve("logging.properties").toString(),
                "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(MALLOC_ARENAS.getKey(), MALLOC_ARENAS.getValue());
        Process process = builder.start();
        process.getOutputStream().close();
        ConsoleTail console = new ConsoleTail();
        if (output == null) {
            console.pump(process.getInputStream(), System.out, false, "payara-console-" + process.pid());
        } else {
            // flushed at each line, so that it can be followed (tail -f)
            PrintStream file = new PrintStream(new FileOutputStream(output), true, StandardCharsets.UTF_8);
            console.pump(process.getInputStream(), file, true, "payara-console-" + process.pid());
        }
        return new PayaraProcess(process, port, console);
    }

    /** Waits until GET /health/ready answers 200: database reachable, migrations applied. */
    public PayaraProcess awaitReady(Duration timeout) throws Exception {
        Readiness readiness = waitForReady(timeout);
        String reason = console.failureReason() == null ? "" : ": " + console.failureReason();
        switch (readiness) {
            case READY -> {
                return this;
            }
            case EXITED -> throw new IllegalStateException("Payara Micro exited with code " + process.exitValue() + reason);
            case NOT_DEPLOYED -> {
                close();
                throw new IllegalStateException("Payara Micro started but the application failed to deploy" + reason);
            }
            default -> {
                close();
                throw new IllegalStateException("Payara Micro was not ready within " + timeout + reason);
            }
        }
    }

    /**
     * Waits until GET /health/ready answers 200, Payara exits, Payara has booted without the
     * application (its deployment failed: no use waiting for the timeout), or the timeout
     * passes. Leaves Payara running in every case.
     */
    public Readiness waitForReady(Duration timeout) throws InterruptedException {
        String ready = baseUrl() + "health/ready";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return Readiness.EXITED;
            }
            boolean booted = console.booted();
            Optional<Health.Answer> answer = Health.get(ready);
            if (answer.isPresent() && answer.get().up()) {
                return Readiness.READY;
            }
            if (booted && answer.isPresent() && Health.noApplication(answer.get().body())) {
                return Readiness.NOT_DEPLOYED;
            }
            Thread.sleep(500);
        }
        return process.isAlive() ? Readiness.TIMED_OUT : Readiness.EXITED;
    }

    /** The application's address, ending in a slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** The server's process, e.g. to learn when it ends. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The server's exit code once it has ended; empty while it runs. */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** The last lines and SEVERE records of the server's console. */
    ConsoleTail console() {
        return console;
    }

    /**
     * Stops Payara cleanly (SIGTERM runs its shutdown hooks), forcibly after
     * {@link #STOP_GRACE}: the run command must be stopped within 15 seconds.
     */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Settings shared by every way of starting the application: database and mail. */
    public static Map<String, String> settings(DatabaseProvisioner.Coordinates db, String mailHost, int mailPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("xxgk.db.url", db.url());
        settings.put("xxgk.db.user", db.user());
        settings.put("xxgk.db.password", db.password());
        settings.put("xxgk.db.owner-user", db.ownerUser());
        settings.put("xxgk.db.owner-password", db.ownerPassword());
        settings.put("xxgk.mail.host", mailHost);
        settings.put("xxgk.mail.port", String.valueOf(mailPort));
        settings.put("xxgk.mail.user", "xxgk");
        settings.put("xxgk.mail.from", "xxgk@localhost");
        return settings;
    }
}
