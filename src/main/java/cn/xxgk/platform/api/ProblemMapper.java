package cn.xxgk.platform.api;

import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.Failures;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MissingSettingException;
import cn.xxgk.platform.control.Refusal;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API call becomes a problem+json response in Chinese: 400 for input the
 * client can correct, 401 without login, 403 for a role that may not do this (a {@link Refusal}
 * event, which the audit component records), 404, 409 for a concurrent change, 503 when the server lacks a setting the command
 * needs (named in the detail), 500 for the rest (logged, never shown).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    private static final String REFUSAL_RECORDED = ProblemMapper.class.getName() + ".refusalRecorded";

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @Inject
    Event<Refusal> refusals;

    @Inject
    SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        String path = uri == null ? null : "/" + uri.getPath();
        InvalidInputException invalid = Failures.find(failure, InvalidInputException.class);
        if (invalid != null) {
            return Problem.response(Status.BAD_REQUEST, "problem.badRequest", invalid.messageKey(), path,
                    invalid.arguments());
        }
        MissingSettingException missing = Failures.find(failure, MissingSettingException.class);
        if (missing != null) {
            LOG.severe("API call refused, the server lacks a setting: " + missing.getMessage());
            return Problem.response(Status.SERVICE_UNAVAILABLE, "problem.unavailable", missing.messageKey(), path,
                    missing.arguments());
        }
        if (Failures.isAccessRefusal(failure)) {
            if (security.getCallerPrincipal() == null) {
                return Problem.response(Status.UNAUTHORIZED, "problem.unauthorized", "problem.unauthorized.detail", path);
            }
            // Jersey's EJB integration may hand the same failure to this mapper twice (once wrapped,
            // once unwrapped); one refusal is one audit row.
            // An object-level refusal of an audited command is already recorded (REFUSED, with its action).
            if (request.getAttribute(REFUSAL_RECORDED) == null
                    && Failures.find(failure, AccessRefusedException.class) == null) {
                request.setAttribute(REFUSAL_RECORDED, Boolean.TRUE);
                refusals.fire(new Refusal("ACCESS", "Api", path, "role may not call this"));
            }
            return Problem.response(Status.FORBIDDEN, "problem.forbidden", "problem.forbidden.detail", path);
        }
        if (Failures.isConcurrentChange(failure)) {
            return Problem.response(Status.CONFLICT, "problem.conflict", ConcurrentChangeException.MESSAGE_KEY, path);
        }
        if (failure instanceof NotAuthorizedException) {
            return Problem.response(Status.UNAUTHORIZED, "problem.unauthorized", "problem.unauthorized.detail", path);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            if (status == Status.NOT_FOUND) {
                return Problem.response(status, "problem.notFound", "problem.notFound.detail", path);
            }
            String title = status == Status.METHOD_NOT_ALLOWED ? "problem.methodNotAllowed"
                    : status == Status.UNSUPPORTED_MEDIA_TYPE ? "problem.unsupportedMediaType" : "problem.badRequest";
            return Problem.response(status == null ? Status.BAD_REQUEST : status, title, null, path);
        }
        LOG.log(Level.SEVERE, "API call failed: " + path, failure);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "problem.internal", "problem.internal.detail", path);
    }

}
