package cn.xxgk.platform.control;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;

/** Reads what a failure from a boundary means, through the container's wrapping exceptions. */
public final class Failures {

    private Failures() {
    }

    /** The first exception of the given type in the cause chain, or null. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * True when a boundary refused the caller's role. GlassFish signals this with
     * AccessLocalException for local views and EJBAccessException elsewhere; a boundary's own
     * object-level refusal is an {@link AccessRefusedException}.
     */
    public static boolean isAccessRefusal(Throwable failure) {
        return find(failure, EJBAccessException.class) != null || find(failure, AccessLocalException.class) != null
                || find(failure, AccessRefusedException.class) != null;
    }

    /** True when the object changed under the user (optimistic locking). */
    public static boolean isConcurrentChange(Throwable failure) {
        return find(failure, ConcurrentChangeException.class) != null
                || find(failure, jakarta.persistence.OptimisticLockException.class) != null;
    }
}
