package cn.xxgk.testsupport;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.devserver.PayaraProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the build put what the tests start: the WAR, the JDBC driver, server-config. */
public final class TestSettings {

    /** Test accounts hash with few PBKDF2 rounds; the production default would make every login slow. */
    public static final String TEST_PBKDF2_ITERATIONS = "1000";

    /** The attachment size limit of test servers: small, so that an oversize upload is cheap to send. */
    public static final long ATTACHMENT_MAX_BYTES = 1024 * 1024;

    /** The SMTP port the Arquillian deployments send to; NotificationIT runs GreenMail there. */
    public static final int ARQUILLIAN_SMTP_PORT = 3025;

    private TestSettings() {
    }

    public static Path war() {
        return Path.of(System.getProperty("xxgk.war", "target/xxgk.war"));
    }

    public static Path serverLib() {
        return Path.of(System.getProperty("xxgk.server.lib", "target/server-lib"));
    }

    public static Path serverConfig() {
        return Path.of(System.getProperty("xxgk.server.config", "server-config"));
    }

    /** Application settings for a test server: its database, a mail port, demo accounts, fast hashing. */
    public static Map<String, String> applicationSettings(Coordinates db, int mailPort) {
        Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", mailPort);
        settings.put("xxgk.demo.enabled", "true");
        settings.put("xxgk.login.pbkdf2-iterations", TEST_PBKDF2_ITERATIONS);
        // a failed mail is tried again after seconds, not minutes, so that tests can see it
        settings.put("xxgk.notification.retry-seconds", "2");
        // personal-data keys made for this server only: never a key in the repository
        settings.put("xxgk.crypto.id-key", randomKey());
        settings.put("xxgk.crypto.lookup-key", randomKey());
        // each server (or pair of nodes sharing these settings) stores attachments in a directory of its own
        settings.put("xxgk.attachments.dir", newAttachmentsDirectory().toString());
        settings.put("xxgk.attachments.max-bytes", String.valueOf(ATTACHMENT_MAX_BYTES));
        // search: each server keeps its search index in a directory of its own (a restart test reuses it)
        settings.put("xxgk.search.index.dir", Path.of(settings.get("xxgk.attachments.dir")).resolveSibling(
                "search-" + Path.of(settings.get("xxgk.attachments.dir")).getFileName()).toString());
        return settings;
    }

    /** 32 random bytes, base64: an AES-256 or HMAC-SHA256 key. */
    public static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** A fresh directory under target/attachments (erased by mvn clean). */
    private static Path newAttachmentsDirectory() {
        try {
            Path parent = war().toAbsolutePath().getParent().resolve("attachments");
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
