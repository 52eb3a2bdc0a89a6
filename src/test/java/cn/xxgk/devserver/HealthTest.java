package cn.xxgk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.Health.DemoData;
import cn.xxgk.devserver.Health.DemoState;
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

    private static String started(String status, String data) {
        return "{\"status\":\"" + status + "\",\"checks\":[{\"name\":\"other\",\"status\":\"UP\"},"
                + "{\"name\":\"demo-data\",\"status\":\"" + status + "\"" + (data == null ? "" : ",\"data\":" + data) + "}]}";
    }
}
