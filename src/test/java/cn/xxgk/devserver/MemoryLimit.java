package cn.xxgk.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A memory limit on one process, set by the kernel (a memory cgroup under this process's own, v1 or v2),
 * for benchmarks that must show a server working within a budget rather than quote a resident size: the
 * kernel then counts the heap and the index pages mapped from disk together and takes the latter back
 * under pressure, as it would in a container with that limit. Needs a writable cgroup hierarchy (root on a
 * plain machine); where there is none the limit is not set and {@link #describe()} says why.
 */
final class MemoryLimit implements AutoCloseable {

    private final Path group;
    private final String description;

    private MemoryLimit(Path group, String description) {
        this.group = group;
        this.description = description;
    }

    /** A new memory group of {@code megabytes}, or none when none is asked or the kernel's hierarchy refuses. */
    static MemoryLimit create(long megabytes) {
        if (megabytes <= 0) {
            return new MemoryLimit(null, "none asked (-Dxxgk.bench.memory-limit=MB)");
        }
        try {
            Path v2 = Path.of("/sys/fs/cgroup/cgroup.controllers");
            boolean unified = Files.isReadable(v2) && Files.readString(v2).contains("memory");
            Path group = own(unified).resolve("xxgk-bench-" + ProcessHandle.current().pid());
            Files.createDirectories(group);
            Files.writeString(group.resolve(unified ? "memory.max" : "memory.limit_in_bytes"),
                    Long.toString(megabytes << 20));
            if (unified) {
                Files.writeString(group.resolve("memory.swap.max"), "0");
            }
            return new MemoryLimit(group, megabytes + " MB from its start (cgroup " + (unified ? "v2 " : "v1 ") + group + ")");
        } catch (IOException | RuntimeException refused) {
            return new MemoryLimit(null, "none (" + refused + ")");
        }
    }

    /**
     * Starts a process inside the group from its first page on: this process enters the group for the start (a
     * child is born in its parent's group) and leaves it at once after.
     */
    <T> T around(Callable<T> start) throws Exception {
        if (group == null) {
            return start.call();
        }
        String self = Long.toString(ProcessHandle.current().pid());
        Files.writeString(group.resolve("cgroup.procs"), self);
        try {
            return start.call();
        } finally {
            Files.writeString(group.getParent().resolve("cgroup.procs"), self);
        }
    }

    /** The memory cgroup directory of this process, from /proc/self/cgroup (v2: the line "0::path"). */
    private static Path own(boolean v2) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
            String[] parts = line.split(":", 3);
            if (parts.length == 3 && (v2 ? parts[0].equals("0") && parts[1].isEmpty()
                    : List.of(parts[1].split(",")).contains("memory"))) {
                return Path.of(v2 ? "/sys/fs/cgroup" : "/sys/fs/cgroup/memory", parts[2]);
            }
        }
        throw new IOException("no memory cgroup in /proc/self/cgroup");
    }

    /** How many times the kernel had to act at the limit (v1 failcnt / v2 max events), or -1. */
    long pressure() {
        if (group == null) {
            return -1;
        }
        try {
            Path v1 = group.resolve("memory.failcnt");
            if (Files.exists(v1)) {
                return Long.parseLong(Files.readString(v1).strip());
            }
            for (String line : Files.readAllLines(group.resolve("memory.events"))) {
                if (line.startsWith("max ")) {
                    return Long.parseLong(line.substring(4).strip());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        return -1;
    }

    String describe() {
        return description;
    }

    /** Hands what is left in the group back to the parent group and removes it. */
    @Override
    public void close() {
        if (group != null) {
            try {
                for (String pid : Files.readAllLines(group.resolve("cgroup.procs"))) {
                    Files.writeString(group.getParent().resolve("cgroup.procs"), pid.strip());
                }
                Files.deleteIfExists(group);
            } catch (IOException | RuntimeException stillInUse) {
                System.out.println("memory cgroup " + group + " left behind: " + stillInUse);
            }
        }
    }
}
