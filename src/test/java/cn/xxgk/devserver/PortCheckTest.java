package cn.xxgk.devserver;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aTakenPortIsNamedWithItsHolderAndTheSettingThatMovesIt() throws Exception {
        try (ServerSocket other = new ServerSocket(0)) {
            int port = other.getLocalPort();

            String problem = PortCheck.problem(port, "HTTP", "XXGK_HTTP_PORT");

            assertNotNull(problem);
            assertTrue(problem.startsWith("port " + port + " (HTTP) is already in use by "), problem);
            assertTrue(problem.contains("XXGK_HTTP_PORT="), problem);
            if (Files.isReadable(Path.of("/proc/net/tcp"))) {
                assertTrue(problem.contains("(pid " + ProcessHandle.current().pid() + ")"), problem);
            }
        }
    }

    @Test
    void aPortTakenOnLoopbackOnlyIsTakenToo() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertNotNull(PortCheck.problem(other.getLocalPort(), "database", "XXGK_DB_PORT"));
        }
    }

    @Test
    void aFreePortIsNoProblem() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertNull(PortCheck.problem(port, "HTTP", "XXGK_HTTP_PORT"));
    }
}
