package cn.xxgk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.Health.DemoData;
import cn.xxgk.devserver.Health.DemoState;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void payarasAnswerWithoutTheApplicationMeansTheDeploymentFailed() {
        String body = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"No Application deployed\",\"status\":\"DOWN\",\"data\":{}}]}";

        assertTrue(Health.noApplication(body));
        assertEquals("the application failed to deploy", Health.notReadyReason(body));
    }

    @Test
    void theDownChecksAreNamedWithTheirData() {
        String body = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\","
                + "\"data\":{\"reachable\":true,\"pendingMigrations\":2}},{\"name\":\"other\",\"status\":\"UP\"}]}";

        assertFalse(Health.noApplication(body));
        assertEquals("not ready: database DOWN {\"reachable\":true,\"pendingMigrations\":2}", Health.notReadyReason(body));
        assertEquals("not ready", Health.notReadyReason("<html>Service Unavailable</html>"));
    }

    @Test
    void withoutADemoDataCheckThereIsNothingToReport() {
        assertEquals(DemoState.ABSENT, Health.demoData("{\"status\":\"UP\",\"checks\":[]}").state());
        assertEquals(DemoState.UNKNOWN, Health.demoData("Not Found").state());
        assertEquals(DemoState.UNKNOWN, Health.demoData("").state());
    }

    @Test
    void theDemoDataCheckSaysWhetherItWasLoaded() {
        assertEquals(new DemoData(DemoState.LOADING, null), Health.demoData(started("DOWN", "{\"status\":\"loading\"}")));
        assertEquals(new DemoData(DemoState.DONE, "demo data loaded"), Health.demoData(started("UP", "{\"status\":\"loaded\"}")));
        assertEquals(new DemoData(DemoState.DONE, "demo data loaded"), Health.demoData(started("UP", null)));
        assertEquals(new DemoData(DemoState.DONE, "demo data not loaded: skipped"),
                Health.demoData(started("UP", "{\"status\":\"skipped\"}")));
        assertEquals(new DemoData(DemoState.DONE, "demo data not loaded: database not empty"),
                Health.demoData(started("UP", "{\"status\":\"failed\",\"reason\":\"database not empty\"}")));
    }

    @Test
    void theRunCommandWaitsForTheDemoDataAndSaysNothingWithoutTheCheck() throws Exception {
        List<String> answers = new ArrayList<>(List.of(started("DOWN", null),
                started("UP", "{\"status\":\"failed\",\"reason\":\"no font\"}")));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/started", exchange -> {
            String body = answers.size() > 1 ? answers.removeFirst() : answers.getFirst();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body.contains("\"DOWN\"") ? 503 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/old/health/started", exchange -> {
            byte[] bytes = "{\"status\":\"UP\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            assertEquals(Optional.of("demo data not loaded: no font"),
                    Health.awaitDemoData(base + "/health/started", Duration.ofSeconds(20), () -> false));
            assertEquals(Optional.empty(), Health.awaitDemoData(base + "/old/health/started", Duration.ofSeconds(20), () -> false));
        } finally {
            server.stop(0);
        }
    }

    private static String started(String status, String data) {
        return "{\"status\":\"" + status + "\",\"checks\":[{\"name\":\"other\",\"status\":\"UP\"},"
                + "{\"name\":\"demo-data\",\"status\":\"" + status + "\"" + (data == null ? "" : ",\"data\":" + data) + "}]}";
    }
}
