package cn.xxgk.devserver;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the application WAR in a process of its own, configured the way the
 * docker image runs it: the JDBC driver added with --addLibs, server-config's post-boot
 * commands and logging, the application's settings as system properties. Used by the run
 * command and by the browser tests.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private PayaraProcess(Process process, int port) {
        this.process = process;
        this.port = port;
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
     * @param settings application settings (xxgk.*) passed as system properties
     * @param output   where the server's console goes; null: inherit this process's console
     */
    public static PayaraProcess start(Path war, Path serverLib, Path serverConfig, int port,
                                      Map<String, String> settings, File output) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-Duser.timezone=Asia/Shanghai");
        // A browser that names no language gets the server's locale: Simplified Chinese.
        command.add("-Duser.language=zh");
        command.add("-Duser.country=CN");
        command.add("-Dfile.encoding=UTF-8");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", microJar().toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port),
                "--addLibs", serverLib.resolve("mariadb-java-client.jar").toString(),
                "--postbootcommandfile", serverConfig.resolve("post-boot-commands.asadmin").toString(),
                "--logproperties", serverConfig.resolve("logging.properties").toString(),
                "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (output == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(output);
        }
        return new PayaraProcess(builder.start(), port);
    }

    /** Waits until GET /health/ready answers 200: database reachable, migrations applied. */
    public PayaraProcess awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout);
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

    /** Stops Payara cleanly (SIGTERM runs its shutdown hooks), forcibly after 60 seconds. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Settings shared by every way of starting the application: database and mail. */
    public static Map<String, String> settings(DatabaseProvisioner.Coordinates db, String mailHost, int mailPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("xxgk.db.url", db.url());
        settings.put("xxgk.db.user", db.user());
        settings.put("xxgk.db.password", db.password());
        settings.put("xxgk.mail.host", mailHost);
        settings.put("xxgk.mail.port", String.valueOf(mailPort));
        settings.put("xxgk.mail.user", "xxgk");
        settings.put("xxgk.mail.from", "xxgk@localhost");
        return settings;
    }
}
