package cn.xxgk.request.boundary;

import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.RequestCaller;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The frame of a command of the request procedure, shared by the boundaries of its phases: load the
 * request at the version the user saw (a stale one is a conflict), check that the caller takes the
 * step ({@link ProcedureStep}: the handler, or the office head, who may act on any), let the entity act, and flush inside the command
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
            throw new NotFoundException("request.notFound");
        }
        return r;
    }

    DisclosureRequest loadForChange(Long id, long seenVersion) {
        DisclosureRequest r = load(id);
        ConcurrentChangeException.check(RequestIntake.TYPE, id, seenVersion, r.getVersion());
        return r;
    }

    /** Loaded at the seen version for a step this caller takes ({@link ProcedureStep}'s table: the handler, or the office head). */
    DisclosureRequest loadFor(Long id, long seenVersion, ProcedureStep step) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        RequestCaller who = requestCaller();
        if (!step.takenBy(who, r.getHandler())) {
            throw new AccessRefusedException(who.username() + " may not take step " + step + " on request "
                    + r.getNumber() + " handled by " + r.getHandler() + ": it belongs to " + step.roles());
        }
        return r;
    }

    /**
     * One command: load at the seen version, check the caller may take the step, act, flush. The
     * step throws to refuse; nothing it changed is kept then (the transaction rolls back).
     */
    DisclosureRequest command(Long id, long seenVersion, ProcedureStep step, Consumer<DisclosureRequest> act) {
        DisclosureRequest r = loadFor(id, seenVersion, step);
        act.accept(r);
        return flushed(r);
    }

    /** The caller with the roles of the procedure it holds. */
    RequestCaller requestCaller() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new RequestCaller(caller(), roles);
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
