package cn.xxgk.platform.api;

import cn.xxgk.platform.control.InputRules;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The path and query parameters of every API call are one-line texts (issue #13): a control
 * character in one (%00, %0A ...) is a 400 problem naming the parameter before any resource runs.
 * Their length is the URL's, which the server bounds; bodies are {@link BodyCheck}'s.
 */
@Provider
public class ParameterCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> values.forEach(value ->
                InputRules.text(value, InputRules.text(name, "?", InputRules.LONG_TEXT, false), InputRules.LONG_TEXT,
                        false)));
    }
}
