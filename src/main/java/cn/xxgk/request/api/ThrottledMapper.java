package cn.xxgk.request.api;

import cn.xxgk.platform.api.Problem;
import cn.xxgk.request.control.Throttled;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A portal call over its limit ({@link Throttled}, from any public resource: a request's status, its letters,
 * filing, the rating of its reply): 429 problem+json with the seconds to wait, also in Retry-After; nothing was
 * checked or changed.
 */
@Provider
public class ThrottledMapper implements ExceptionMapper<Throttled> {

    @Override
    public Response toResponse(Throttled t) {
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "public.throttled.title",
                "public.throttled.detail", null, t.retryAfterSeconds())).header("Retry-After", t.retryAfterSeconds()).build();
    }
}
