package cn.xxgk.devserver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One run command per run folder (target/run): a lock file held for the life of the run and
 * naming it (pid, URL, the processes it started).
 *
 * <p>Why: a second ./mvnw -Prun would otherwise fail minutes later on a taken port, or worse,
 * start a second MariaDB on the same data files. The second run reads who holds the lock and
 * says so in one line. The lock is an OS file lock (FileChannel.tryLock), released by the OS
 * when its process ends however it ends, so a killed run leaves no stale lock behind. What a
 * run killed hard (kill -9) may leave behind is its children, Payara Micro and mariadbd: they
 * are recorded here with their start time, and the next run stops them ({@link #leftovers()}).
 */
final class RunLock implements AutoCloseable {

    private static final String PID = "pid";
    private static final String URL = "url";
    private static final String PROCESS = "process.";

    private final FileChannel channel;
    private final FileLock lock;
    private final Properties entries = new Properties();
    private final Properties previous;

    /** The run holding a lock: its pid (-1 if not written yet) and URL (null if not written yet). */
    record Holder(long pid, String url) {
    }

    private RunLock(FileChannel channel, FileLock lock, Properties previous) {
        this.channel = channel;
        this.lock = lock;
        this.previous = previous;
    }

    /**
     * Takes the lock and records this process's pid and {@code url}; null if another process
     * holds it (see {@link #holder}).
     */
    static RunLock tryAcquire(Path file, String url) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        // read through the locked channel: closing another channel on the file would drop the lock
        ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        channel.read(content, 0);
        RunLock run = new RunLock(channel, lock, load(new ByteArrayInputStream(content.array(), 0, content.position())));
        run.entries.setProperty(PID, Long.toString(ProcessHandle.current().pid()));
        run.entries.setProperty(URL, url);
        run.write();
        return run;
    }

    /**
     * Who holds the lock on {@code file}, as it recorded itself; waits up to {@code patience}
     * for a run that has just taken the lock to write its pid.
     */
    static Holder holder(Path file, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Properties recorded;
            try (InputStream in = Files.newInputStream(file)) {
                recorded = load(in);
            }
            String pid = recorded.getProperty(PID);
            if (pid != null || System.nanoTime() > deadline) {
                return new Holder(pid == null ? -1 : Long.parseLong(pid), recorded.getProperty(URL));
            }
            Thread.sleep(100);
        }
    }

    /** Records a process this run started, so that a next run can stop it if this run is killed hard. */
    void record(String name, ProcessHandle process) throws IOException {
        entries.setProperty(PROCESS + name, process.pid() + " " + startMillis(process) + " "
                + process.info().command().orElse(""));
        write();
    }

    /**
     * The processes recorded by the previous run of this folder that are still running: the
     * same pid, start time and program, so a pid since reused by an unrelated process is left
     * alone. Only meaningful after the lock was taken, i.e. once that run has ended.
     */
    Map<String, ProcessHandle> leftovers() {
        Map<String, ProcessHandle> alive = new LinkedHashMap<>();
        for (String key : previous.stringPropertyNames()) {
            if (!key.startsWith(PROCESS)) {
                continue;
            }
            String[] field = previous.getProperty(key).split(" ", 3);
            try {
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(field[0]));
                if (process.isPresent() && process.get().isAlive()
                        && Long.toString(startMillis(process.get())).equals(field[1])
                        && process.get().info().command().orElse("").equals(field.length > 2 ? field[2] : "")) {
                    alive.put(key.substring(PROCESS.length()), process.get());
                }
            } catch (RuntimeException malformed) {
                // not a record this class wrote: ignore it
            }
        }
        return alive;
    }

    /** Releases the lock; the file stays, naming the last run. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
        }
    }

    private void write() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        entries.store(bytes, "the run command holding this folder (cn.xxgk.devserver.RunLock)");
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes.toByteArray()), 0);
        channel.force(false);
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return properties;
    }
}
