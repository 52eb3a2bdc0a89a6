package cn.xxgk.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, versioned in the path so that the portal and other clients can rely on it. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
