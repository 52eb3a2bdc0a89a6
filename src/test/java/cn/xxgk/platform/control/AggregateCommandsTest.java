package cn.xxgk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Load, seen version, act, flush: each way a command ends. */
class AggregateCommandsTest {

    /** A tiny aggregate: its version and how often it was acted on. */
    static final class Counter {
        final long version;
        int acted;

        Counter(long version) {
            this.version = version;
        }
    }

    static final AggregateCommands<Counter> COUNTERS =
            new AggregateCommands<>(Counter.class, "Counter", c -> c.version, "counter.notFound");

    /** An EntityManager that finds from a map and flushes (or loses a race on flush). */
    static EntityManager em(Map<Long, Counter> rows, boolean raceOnFlush, AtomicInteger flushes) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> rows.get((Long) args[1]);
                    case "flush" -> {
                        flushes.incrementAndGet();
                        if (raceOnFlush) {
                            throw new OptimisticLockException("lost");
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aCommandOnTheSeenVersionActsAndFlushes() {
        Counter counter = new Counter(3);
        AtomicInteger flushes = new AtomicInteger();

        Counter changed = COUNTERS.change(em(Map.of(1L, counter), false, flushes), 1L, 3, c -> c.acted++);

        assertSame(counter, changed);
        assertEquals(1, counter.acted);
        assertEquals(1, flushes.get());
    }

    @Test
    void anUnknownIdIsTheComponentsNotFoundInput() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> COUNTERS.change(em(Map.of(), false, new AtomicInteger()), 9L, 0, c -> c.acted++));
        assertEquals("counter.notFound", unknown.messageKey());
        assertThrows(InvalidInputException.class,
                () -> COUNTERS.change(em(Map.of(), false, new AtomicInteger()), null, 0, c -> c.acted++));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsDone() {
        Counter counter = new Counter(4);
        AtomicInteger flushes = new AtomicInteger();

        assertThrows(ConcurrentChangeException.class,
                () -> COUNTERS.change(em(Map.of(1L, counter), false, flushes), 1L, 3, c -> c.acted++));

        assertEquals(0, counter.acted);
        assertEquals(0, flushes.get());
    }

    @Test
    void aRaceLostAtTheFlushIsAConflictToo() {
        assertThrows(ConcurrentChangeException.class, () -> COUNTERS.change(
                em(Map.of(1L, new Counter(0)), true, new AtomicInteger()), 1L, 0, c -> c.acted++));
    }
}
