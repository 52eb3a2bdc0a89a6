package cn.xxgk.platform.boundary;

import cn.xxgk.platform.control.DemoDataProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

/**
 * GET /health/started: the demo data has settled (loaded, present already, failed or off). Not a
 * readiness check: a server without its demo data serves its users all the same. A failure is UP
 * with the reason in the data, for the run command to print.
 */
@Startup
@ApplicationScoped
public class DemoDataCheck implements HealthCheck {

    @Inject
    DemoDataProgress progress;

    @Override
    public HealthCheckResponse call() {
        DemoDataProgress.State state = progress.state();
        Map<String, String> failures = progress.failures();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("demo-data")
                .status(state != DemoDataProgress.State.LOADING);
        String status = switch (state) {
            case OFF -> "off";
            case LOADING -> "loading";
            case SETTLED -> failures.isEmpty() ? "loaded" : "failed";
        };
        response.withData("status", status);
        if (!failures.isEmpty()) {
            response.withData("reason", String.join("; ", failures.entrySet().stream()
                    .map(f -> f.getKey() + ": " + f.getValue()).sorted().toList()));
        }
        return response.build();
    }
}
