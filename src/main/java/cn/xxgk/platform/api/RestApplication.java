package cn.xxgk.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The REST API, versioned in the path so that the portal and other clients can rely on it. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    /**
     * Jersey would answer a 4xx with sendError, which hands the response to the container's HTML
     * error page: the client must get our problem+json body instead.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
