package cn.xxgk.testsupport;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any Arquillian test runs (failsafe sets arquillian.launch), gives the Payara Micro
 * managed container what the run command and the docker image give Payara: a database of its
 * own, the JDBC driver, server-config's post-boot commands and logging. The container reads
 * payara.cmdOptions and payara.extraMicroOptions when Arquillian starts.
 */
public class ArquillianSetup implements LauncherSessionListener {

    /**
     * The Arquillian containers' heap: 768 MB, not the servers' 512 MB ({@code PayaraProcess.HEAP}, which the
     * browser tests, SearchIT and TwoNodesIT run at). In the two runs of the suite with the containers at 512 MB
     * one container each time failed around its deployment (once no application found after a boot that went
     * silent, once a URL without the context root); the cause was not found, so the containers keep the heap
     * they ran green with for the sessions before.
     */
    private static final String ARQUILLIAN_HEAP = "-Xmx768m";

    /** The database of the Arquillian deployments, for tests that check what was written. */
    private static Coordinates database;

    /** The attachment store directory of the Arquillian deployments (xxgk.attachments.dir). */
    private static Path attachments;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("arquillian.launch") == null || database != null) {
            return;
        }
        try {
            database = TestDatabaseServer.get().newDatabase();
        } catch (Exception e) {
            throw new IllegalStateException("no database for the Arquillian tests", e);
        }
        Map<String, String> settings = TestSettings.applicationSettings(database, TestSettings.ARQUILLIAN_SMTP_PORT);
        attachments = Path.of(settings.get("xxgk.attachments.dir"));
        String options = settings.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        System.setProperty("payara.cmdOptions", options
                + " -Duser.timezone=Asia/Shanghai -Duser.language=zh -Duser.country=CN " + ARQUILLIAN_HEAP);
        System.setProperty("payara.extraMicroOptions", String.join(" ",
                "--addLibs", TestSettings.serverLib().resolve("mariadb-java-client.jar").toAbsolutePath().toString(),
                "--postbootcommandfile",
                TestSettings.serverConfig().resolve("post-boot-commands.asadmin").toAbsolutePath().toString(),
                "--logproperties", TestSettings.serverConfig().resolve("logging.properties").toAbsolutePath().toString(),
                "--nocluster"));
    }

    public static Coordinates database() {
        return database;
    }

    public static Path attachmentsDirectory() {
        return attachments;
    }
}
