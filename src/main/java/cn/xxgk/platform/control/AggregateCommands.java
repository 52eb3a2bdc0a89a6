package cn.xxgk.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * A boundary command on an aggregate, written once: load by id (unknown: the component's "not
 * found" input error), compare the version the user saw ({@link ConcurrentChangeException} when
 * someone changed it meanwhile), act, and flush inside the command so that a lost race surfaces
 * as the same conflict, not as a failure at commit. The boundary keeps its transaction,
 * {@code @RolesAllowed} and {@code @Audited}; the aggregate keeps its rules.
 *
 * <pre>
 * private final AggregateCommands&lt;GovInfo&gt; items =
 *         new AggregateCommands&lt;&gt;(GovInfo.class, "GovInfo", GovInfo::getVersion, "catalogue.notFound");
 * return items.change(em, id, seenVersion, info -&gt; info.confirm(caller, comment, now));
 * </pre>
 *
 * @param <A> the aggregate's entity class
 */
public final class AggregateCommands<A> {

    private final Class<A> type;
    private final String typeName;
    private final ToLongFunction<A> version;
    private final String notFoundKey;

    /**
     * @param typeName    the name in conflicts and audit records, e.g. "GovInfo"
     * @param notFoundKey the message key of an unknown id
     */
    public AggregateCommands(Class<A> type, String typeName, ToLongFunction<A> version, String notFoundKey) {
        this.type = Objects.requireNonNull(type);
        this.typeName = Objects.requireNonNull(typeName);
        this.version = Objects.requireNonNull(version);
        this.notFoundKey = Objects.requireNonNull(notFoundKey);
    }

    /** The aggregate, or the "not found" input error. */
    public A load(EntityManager em, Object id) {
        A aggregate = id == null ? null : em.find(type, id);
        if (aggregate == null) {
            throw new NotFoundException(notFoundKey);
        }
        return aggregate;
    }

    /** Load, check the seen version, nothing else: for a command that acts in several steps itself. */
    public A loadSeen(EntityManager em, Object id, long seenVersion) {
        A aggregate = load(em, id);
        ConcurrentChangeException.check(typeName, id, seenVersion, version.applyAsLong(aggregate));
        return aggregate;
    }

    /** Load, check the seen version, act, flush; returns the changed aggregate. */
    public A change(EntityManager em, Object id, long seenVersion, Consumer<A> action) {
        A aggregate = loadSeen(em, id, seenVersion);
        action.accept(aggregate);
        return flushed(em, id, aggregate);
    }

    /** Flushes; a lost optimistic race becomes a {@link ConcurrentChangeException}. */
    public <R> R flushed(EntityManager em, Object id, R result) {
        try {
            em.flush();
            return result;
        } catch (OptimisticLockException race) {
            throw new ConcurrentChangeException(typeName, id);
        }
    }
}
