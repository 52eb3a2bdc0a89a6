package cn.xxgk.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the browser tests need on the machine: Chromium, its chromedriver and a CJK screen font (so that
 * Chromium draws Chinese). Compiled at initialize by maven-compiler-plugin's {@code xxgk-browser-setup-compile}
 * (to {@code target/browser-setup}) and run inside Maven by two executions of exec-maven-plugin's
 * {@code java} goal in {@code pom.xml}:
 *
 * <ul>
 *   <li>{@code check} (initialize): when the build goes as far as the integration tests and something is
 *       missing that {@code install} could not install, the build stops at once, before compiling, with one
 *       line naming what is missing and the command that installs it (instead of the browser tests failing
 *       with NoSuchDriverException after the unit and Arquillian tests). When {@code install} can install
 *       it, one line says so and the build goes on. Prints nothing when all is there.</li>
 *   <li>{@code install} (pre-integration-test): installs what is missing with apt-get when it can (root on
 *       Debian or a derivative, apt-get on the PATH), prints how long it took, or stops the build with one
 *       line when it cannot or apt-get fails.</li>
 * </ul>
 *
 * <p>The installing waits for pre-integration-test so that {@code ./mvnw test} or {@code package} never
 * installs anything and the unit tests do not wait for apt. On Ubuntu and its derivatives only the font
 * comes from apt: their {@code chromium} and {@code chromium-chromedriver} packages are shims that install
 * a snap, which a build should not do behind one's back and which does not work in containers; the line
 * then says how to use the snap instead ({@code -Dxxgk.chromium=/snap/bin/chromium ...}).
 *
 * <p>It looks where the browser tests look ({@code cn.xxgk.testsupport.Browser}): {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver}, or the paths given with {@code -Dxxgk.chromium} and
 * {@code -Dxxgk.chromedriver} (a path given that way is only checked, never installed). The font: Debian's
 * and Ubuntu's Noto Sans CJK file, or any font that {@code fc-list :lang=zh} names. Nothing happens with
 * {@code -DskipITs}, {@code -DskipTests} or {@code -Dmaven.test.skip}.
 *
 * <p>Arguments: the mode, then {@code name=value} pairs as the POM passes them (a Maven property that is not
 * set arrives as its own unexpanded {@code ${name}} and counts as not set): {@code goals} (the goals and
 * phases on the command line), {@code skipITs}, {@code skipTests}, {@code xxgk.chromium},
 * {@code xxgk.chromedriver}, {@code log} (where apt-get's output goes). To try it alone:
 * {@code ./mvnw -q initialize exec:java@xxgk-browser-install}.
 */
public final class BrowserSetup {

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    private static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The file Debian's and Ubuntu's {@code fonts-noto-cjk} install. */
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    /** Phases from which on the build reaches the browser tests (and the install execution). */
    private static final Set<String> PHASES_WITH_ITS =
            Set.of("pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");
    private static final String SKIP_HINT = " (or leave out the integration tests: -DskipITs)";

    /**
     * One thing the browser tests need.
     *
     * @param name       what it is, for the message
     * @param path       where the tests look for it; {@code null} for the font, which has no single path
     * @param pkg        the Debian package that provides it
     * @param overridden the path was given with a {@code -D} property (then it is never installed)
     */
    record Need(String name, Path path, String pkg, boolean overridden) {

        String describe() {
            return path == null ? name + " (none found)"
                    : name + " (" + path + (overridden ? ", given with -D," : "") + " missing)";
        }
    }

    /**
     * Stops the build: exec:java prints it as a warning where the step runs, and Maven's last error line
     * repeats its message. No stack trace: the line is all there is to say.
     */
    public static final class Stop extends Exception {
        Stop(String line) {
            super(line, null, false, false);
        }
    }

    private final Map<String, String> args;
    private final Machine machine;

    private BrowserSetup(Map<String, String> args, Machine machine) {
        this.args = args;
        this.machine = machine;
    }

    /**
     * @param argv {@code check} or {@code install}, then {@code name=value} pairs (see the class comment)
     * @throws Stop to stop the build, with the one line as its message
     */
    public static void main(String[] argv) throws Stop {
        if (argv.length == 0 || !Set.of("check", "install").contains(argv[0])) {
            throw new IllegalArgumentException("usage: BrowserSetup check|install [name=value ...]");
        }
        Map<String, String> args = new HashMap<>();
        for (String arg : Arrays.copyOfRange(argv, 1, argv.length)) {
            int eq = arg.indexOf('=');
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            if (eq > 0 && !value.startsWith("${")) {
                args.put(arg.substring(0, eq), value);
            }
        }
        BrowserSetup setup = new BrowserSetup(args, Machine.detect());
        if (argv[0].equals("check")) {
            setup.check();
        } else {
            setup.install();
        }
    }

    /** Stops the build when something is missing that {@link #install()} will not be able to install. */
    private void check() throws Stop {
        if (skipped() || !reachesIntegrationTests()) {
            return;
        }
        List<Need> missing = installableMissing();
        if (missing.isEmpty()) {
            return;
        }
        System.out.println("[xxgk] missing for the browser tests: " + packages(missing)
                + "; apt-get installs them before the integration tests");
    }

    /** Installs what is missing with apt-get, or stops the build with one line when it cannot. */
    private void install() throws Stop {
        if (skipped()) {
            return;
        }
        List<Need> missing = installableMissing();
        if (missing.isEmpty()) {
            return;
        }
        String packages = packages(missing);
        System.out.println("[xxgk] installing " + packages + " for the browser tests (apt-get) ...");
        long started = System.nanoTime();
        Path log = Path.of(args.getOrDefault("log", "target/browser-setup-apt.log"));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.deleteIfExists(log);
            // An update that fails (one unreachable source) may still leave enough to install from.
            apt(log, List.of("update", "-qq"));
            List<String> install = new ArrayList<>(List.of("install", "-y", "-qq", "--no-install-recommends"));
            missing.forEach(need -> install.add(need.pkg()));
            int exit = apt(log, install);
            if (exit != 0) {
                throw new Stop("apt-get install " + packages + " failed (exit " + exit + firstError(log)
                        + "; all of apt-get's output in " + log + "): install them with: apt-get install -y "
                        + packages + SKIP_HINT);
            }
        } catch (IOException | InterruptedException e) {
            throw new Stop("apt-get install " + packages + " could not run (" + e + "): install them with: "
                    + "apt-get install -y " + packages + SKIP_HINT);
        }
        List<Need> still = missing();
        if (!still.isEmpty()) {
            throw new Stop("apt-get installed " + packages + " but the browser tests still lack "
                    + still.stream().map(Need::describe).collect(Collectors.joining(", ")));
        }
        System.out.printf("[xxgk] installed %s in %d s%n", packages,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** Runs apt-get without questions, its output appended to {@code log}; returns its exit status. */
    private int apt(Path log, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(machine.aptGet().toString(),
                // wait for another apt or dpkg (unattended upgrades) rather than fail at once
                "-o", "DPkg::Lock::Timeout=300"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        return builder.start().waitFor();
    }

    /** apt's first error line ("E: ..."), to put in the one line; empty when there is none. */
    private static String firstError(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("E: ")).findFirst().map(line -> ", " + line).orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /** What the browser tests would not find, all of it installable here; a stop when something is not. */
    private List<Need> installableMissing() throws Stop {
        List<Need> missing = missing();
        if (!missing.stream().allMatch(machine::canInstall)) {
            throw new Stop(cannotInstall(missing));
        }
        return missing;
    }

    /** What the browser tests would not find. */
    private List<Need> missing() {
        List<Need> missing = new ArrayList<>();
        program("Chromium", "xxgk.chromium", DEFAULT_CHROMIUM, "chromium", missing);
        program("chromedriver", "xxgk.chromedriver", DEFAULT_CHROMEDRIVER, "chromium-driver", missing);
        if (!Files.isReadable(NOTO_CJK) && !cjkFontByFontconfig()) {
            missing.add(new Need("a CJK screen font", null, "fonts-noto-cjk", false));
        }
        return missing;
    }

    private void program(String name, String property, String fallback, String pkg, List<Need> missing) {
        String given = args.get(property);
        boolean overridden = given != null && !given.isBlank();
        Path path = Path.of(overridden ? given : fallback);
        if (!Files.isExecutable(path)) {
            missing.add(new Need(name, path, pkg, overridden));
        }
    }

    /** Any font fontconfig knows that covers Chinese ({@code fc-list :lang=zh}), when fc-list is there. */
    private static boolean cjkFontByFontconfig() {
        Path fcList = Machine.onPath("fc-list");
        if (fcList == null) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(fcList.toString(), ":lang=zh", "file")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !output.isBlank();
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The one line for a machine where this program cannot install what is missing. */
    private String cannotInstall(List<Need> missing) {
        String what = "The browser tests need " + missing.stream().map(Need::describe).collect(Collectors.joining(", "));
        List<Need> given = missing.stream().filter(Need::overridden).toList();
        if (!given.isEmpty()) {
            return what + ": correct " + given.stream()
                    .map(need -> "-D" + (need.pkg().equals("chromium") ? "xxgk.chromium" : "xxgk.chromedriver"))
                    .collect(Collectors.joining(" and ")) + SKIP_HINT;
        }
        String packages = packages(missing);
        if (machine.ubuntuFamily() && missing.stream().anyMatch(need -> need.path() != null)) {
            String font = missing.stream().anyMatch(need -> need.path() == null)
                    ? "sudo apt-get install -y fonts-noto-cjk && " : "";
            return what + "; Ubuntu's chromium package is a snap, which this build does not install: "
                    + font + "sudo snap install chromium, then add -Dxxgk.chromium=/snap/bin/chromium "
                    + "-Dxxgk.chromedriver=/snap/bin/chromium.chromedriver" + SKIP_HINT;
        }
        if (machine.debianFamily()) {
            return what + ": install them with: " + (machine.root() ? "" : "sudo ") + "apt-get install -y "
                    + packages + SKIP_HINT;
        }
        return what + ": install Chromium, chromedriver and a CJK font (Noto Sans CJK) with the system's "
                + "package manager and name the programs with -Dxxgk.chromium=PATH -Dxxgk.chromedriver=PATH"
                + SKIP_HINT;
    }

    private static String packages(List<Need> needs) {
        return needs.stream().map(Need::pkg).collect(Collectors.joining(" "));
    }

    private boolean skipped() {
        return Stream.of("skipITs", "skipTests", "maven.test.skip")
                .anyMatch(name -> "true".equalsIgnoreCase(args.get(name)));
    }

    /**
     * Does this build run the integration tests? Yes when a phase from pre-integration-test on is named, a
     * failsafe goal, or one of this program's executions ({@code exec:java@xxgk-browser-install}, to try it).
     */
    private boolean reachesIntegrationTests() {
        String goals = args.get("goals");
        if (goals == null) {
            return true;
        }
        return Arrays.stream(goals.replaceAll("[\\[\\]]", "").split("[,\\s]+"))
                .anyMatch(goal -> PHASES_WITH_ITS.contains(goal) || goal.contains("failsafe")
                        || goal.contains("xxgk-browser"));
    }
}
