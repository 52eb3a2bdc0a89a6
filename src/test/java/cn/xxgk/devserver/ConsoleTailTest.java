package cn.xxgk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTailTest {

    private static final String HEADER = "[2026-12-06T11:54:26.581+0800] [] [%s] [] [javax.enterprise.system.core]"
            + " [tid: _ThreadID=3 _ThreadName=main] [timeMillis: 1796529266581] [levelValue: %d] ";
    private static final String FONT = "java.lang.IllegalStateException: No Chinese font with TrueType outlines";

    /** The shape of Payara's console when the WAR fails to deploy (level names in Chinese). */
    private static final List<String> FAILED_DEPLOYMENT = List.of(
            header("信息", 800) + "Payara Micro 7.2025.1 (build 21) starting",
            header("警告", 900) + "[[",
            "  A warning that is no reason",
            "java.lang.RuntimeException: not this one",
            "]]",
            "",
            header("严重", 1000) + "[[",
            "  Exception while invoking class org.glassfish.ejb.startup.EjbApplication start method",
            "jakarta.ejb.EJBException: jakarta.ejb.CreateException: Initialization failed for Singleton DemoRequests",
            "\tat com.sun.ejb.containers.BaseContainer.intercept(BaseContainer.java:4742)",
            "Caused by: jakarta.ejb.CreateException: Initialization failed for Singleton DemoRequests",
            "\t... 42 more",
            "Caused by: " + FONT,
            "\t... 80 more",
            "]]",
            "",
            header("严重", 1000) + "Exception while loading the app",
            "",
            header("信息", 800) + "[[",
            "  {",
            "    \"Deployed\": [",
            "    ]",
            "}]]",
            header("信息", 800) + "Payara Micro 7.2025.1 (build 21) ready in 18,060 (ms)");

    @Test
    void theReasonOfAFailedDeploymentIsTheRootCauseOfTheLastSevereRecordReportingOne() {
        ConsoleTail tail = feed(FAILED_DEPLOYMENT);

        assertEquals(FONT, tail.failureReason());
        assertTrue(tail.booted());
        assertEquals(List.of(
                "Exception while invoking class org.glassfish.ejb.startup.EjbApplication start method"
                        + " — jakarta.ejb.EJBException: jakarta.ejb.CreateException: Initialization failed for"
                        + " Singleton DemoRequests — caused by the above",
                "Exception while loading the app"), tail.severeSummaries(FONT));
    }

    @Test
    void aBootStillUnderWayHasNoReasonYet() {
        ConsoleTail tail = feed(FAILED_DEPLOYMENT.subList(0, 5));

        assertNull(tail.failureReason());
        assertFalse(tail.booted());
        assertEquals(List.of(), tail.severeSummaries(null));
    }

    @Test
    void onlyTheLastLinesAreKept() {
        ConsoleTail tail = new ConsoleTail();
        for (int i = 1; i <= ConsoleTail.LINES + 50; i++) {
            tail.accept("line " + i);
        }

        assertEquals(List.of("line " + (ConsoleTail.LINES + 49), "line " + (ConsoleTail.LINES + 50)), tail.lastLines(2));
        assertEquals(ConsoleTail.LINES, tail.lastLines(1000).size());
    }

    @Test
    void thePumpEchoesEveryLineAndKeepsIt() throws Exception {
        ConsoleTail tail = new ConsoleTail();
        ByteArrayOutputStream echoed = new ByteArrayOutputStream();
        byte[] console = String.join("\n", FAILED_DEPLOYMENT).getBytes(StandardCharsets.UTF_8);

        tail.pump(new ByteArrayInputStream(console), new PrintStream(echoed, true, StandardCharsets.UTF_8), true, "test")
                .join(5000);

        assertEquals(FAILED_DEPLOYMENT, echoed.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(FONT, tail.failureReason());
    }

    private static ConsoleTail feed(List<String> lines) {
        ConsoleTail tail = new ConsoleTail();
        lines.forEach(tail::accept);
        return tail;
    }

    private static String header(String level, int value) {
        return String.format(HEADER, level, value);
    }
}
