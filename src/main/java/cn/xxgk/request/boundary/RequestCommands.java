package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;

import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.entity.DisclosureRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * The frame of a command of the request procedure, shared by the boundaries of its phases: load the
 * request at the version the user saw (a stale one is a conflict), check the object-level right (the
 * handler, or the office head, who may act on any), let the entity act, and flush inside the command
 * so that a lost race surfaces as a conflict the user understands.
 */
abstract class RequestCommands {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    DisclosureRequest load(Long id) {
        DisclosureRequest r = id == null ? null : em.find(DisclosureRequest.class, id);
        if (r == null) {
            throw new InvalidInputException("request.notFound");
        }
        return r;
    }

    DisclosureRequest loadForChange(Long id, long seenVersion) {
        DisclosureRequest r = load(id);
        ConcurrentChangeException.check(RequestIntake.TYPE, id, seenVersion, r.getVersion());
        return r;
    }

    /** Loaded for a change by its handler or the office head. */
    DisclosureRequest loadForHandler(Long id, long seenVersion) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        return r;
    }

    /** The handler works on a request; the office head may act on any (to take over or stand in). */
    void requireHandlerOrHead(DisclosureRequest r) {
        if (!caller().equals(r.getHandler()) && !session.isCallerInRole(OFFICE_HEAD)) {
            throw new AccessRefusedException("request " + r.getNumber() + " is handled by " + r.getHandler());
        }
    }

    /**
     * One command: load at the seen version, check the handler (or the office head), act, flush. The
     * step throws to refuse; nothing it changed is kept then (the transaction rolls back).
     */
    DisclosureRequest command(Long id, long seenVersion, Consumer<DisclosureRequest> step) {
        DisclosureRequest r = loadForHandler(id, seenVersion);
        step.accept(r);
        return flushed(r);
    }

    String caller() {
        return session.getCallerPrincipal().getName();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    DisclosureRequest flushed(DisclosureRequest r) {
        try {
            em.flush();
            return r;
        } catch (OptimisticLockException race) {
            throw new ConcurrentChangeException(RequestIntake.TYPE, r.getId());
        }
    }
}
