package cn.xxgk.platform.api;

import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.MessageBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body (application/problem+json). The title and detail are Chinese, the
 * language of the people the API serves; never a stack trace, and a bad value quoted by a short
 * prefix only ({@link InputRules#quoted}).
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    /** A response whose title and detail come from the bundle keys given. */
    public static Response response(Response.Status status, String titleKey, String detailKey, String instance,
                                    Object... detailArguments) {
        Problem problem = new Problem("about:blank",
                MessageBundle.text(titleKey),
                status.getStatusCode(),
                detailKey == null ? null : MessageBundle.text(detailKey, InputRules.quoted(detailArguments)),
                instance == null || instance.length() <= 200 ? instance : instance.substring(0, 200) + "…");
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The same body written by a servlet filter, which answers before JAX-RS (no argument in the detail). */
    public static void write(HttpServletResponse response, int status, String titleKey, String detailKey,
                             String instance) throws IOException {
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", MessageBundle.text(titleKey))
                .add("status", status)
                .add("detail", MessageBundle.text(detailKey))
                .add("instance", instance)
                .build().toString();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
