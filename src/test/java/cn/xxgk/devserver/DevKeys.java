package cn.xxgk.devserver;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The personal-data keys of the run command: generated on the first run and kept beside the
 * embedded database (target/run), because the demo requests stored in it are encrypted with them
 * and a new key at every start would make them unreadable. Erased with the data by ./mvnw clean.
 * Production reads its keys from the environment (XXGK_CRYPTO_ID_KEY, XXGK_CRYPTO_LOOKUP_KEY).
 */
final class DevKeys {

    static final String[] NAMES = {"xxgk.crypto.id-key", "xxgk.crypto.lookup-key"};

    private DevKeys() {
    }

    static Map<String, String> load(Path file) throws IOException {
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                keys.load(in);
            }
        }
        boolean changed = false;
        for (String name : NAMES) {
            if (keys.getProperty(name, "").isBlank()) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                keys.setProperty(name, Base64.getEncoder().encodeToString(key));
                changed = true;
            }
        }
        if (changed) {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                keys.store(out, "personal-data keys of the run command's embedded database; never commit");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the keys are demo keys anyway
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : NAMES) {
            settings.put(name, keys.getProperty(name));
        }
        return settings;
    }
}
