package cn.xxgk.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The machine the browser tests run on, as far as installing what they need goes ({@link BrowserSetup}). */
record Machine(boolean linux, boolean root, boolean debianFamily, boolean ubuntuFamily, Path aptGet) {

    static Machine detect() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux) {
            return new Machine(false, false, false, false, null);
        }
        Map<String, String> osRelease = osRelease();
        Set<String> family = Stream.concat(
                        Stream.of(osRelease.getOrDefault("ID", "")),
                        Arrays.stream(osRelease.getOrDefault("ID_LIKE", "").split("\\s+")))
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        boolean ubuntu = family.contains("ubuntu");
        return new Machine(true, uid() == 0, ubuntu || family.contains("debian"), ubuntu, onPath("apt-get"));
    }

    /** May this program install {@code need} itself? */
    boolean canInstall(BrowserSetup.Need need) {
        return root && debianFamily && aptGet != null && !need.overridden()
                // Ubuntu's chromium and chromium-chromedriver are snap shims
                && !(ubuntuFamily && need.path() != null);
    }

    private static Map<String, String> osRelease() {
        Map<String, String> values = new HashMap<>();
        for (String file : List.of("/etc/os-release", "/usr/lib/os-release")) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim().replace("\"", ""));
                    }
                }
            } catch (IOException e) {
                continue;
            }
            break;
        }
        return values;
    }

    private static long uid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        return null;
    }
}
