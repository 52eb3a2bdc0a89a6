package cn.xxgk.devserver;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Boot time and memory of the application on Payara Micro, against an empty WAR booted the same
 * way in the same run (the reference). Not a test: it prints figures. Run with ./mvnw -Pbench.
 *
 * <p>Boot time is from process start until GET /health/ready answers 200 (for the application:
 * database reachable, migrations applied); memory is the Payara process's resident set size
 * right after that. The database is migrated and the demo data loaded by a first, unmeasured
 * boot, so the measured boots are restarts, the common case. The WARs boot in turn, run by run.
 * {@code -Dxxgk.bench.compare-war=/path/other.war} boots a third WAR in the same turns (an earlier
 * build, to give figures before and after a change).
 */
public final class BootBenchmark {

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;

        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("bench-mariadb"), 0)) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(mariaDb.adminUrl());
            provisioner.drop("xxgk_bench");
            DatabaseProvisioner.Coordinates db = provisioner.provision("xxgk_bench", "xxgk", "xxgk-bench");
            Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", 2525);
            settings.put("xxgk.demo.enabled", "true");
            Path emptyWar = emptyWar(work);

            measure("warm-up (first boot: migrations, demo data)", war, serverLib, serverConfig, settings, 1, work);
            // alternated, run by run, so that a slower spell of the machine falls on every WAR alike
            String other = System.getProperty("xxgk.bench.compare-war", "");
            List<Sample> empty = new ArrayList<>();
            List<Sample> app = new ArrayList<>();
            List<Sample> compared = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                empty.addAll(measure("empty WAR, turn " + i, emptyWar, serverLib, serverConfig, settings, 1, work));
                app.addAll(measure("xxgk, turn " + i, war, serverLib, serverConfig, settings, 1, work));
                if (!other.isBlank()) {
                    compared.addAll(measure(Path.of(other).getFileName() + ", turn " + i, Path.of(other), serverLib, serverConfig, settings, 1, work));
                }
            }
            System.out.printf("%n== Boot benchmark (median of %d; %d cores) ==%n", runs,
                    Runtime.getRuntime().availableProcessors());
            report("empty WAR", empty, empty);
            report("xxgk", app, empty);
            if (!compared.isEmpty()) {
                report(other, compared, empty);
            }
        }
    }

    private static List<Sample> measure(String label, Path war, Path serverLib, Path serverConfig,
                                        Map<String, String> settings, int runs, Path work) throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            File log = work.resolve("bench-payara.log").toFile();
            try (PayaraProcess payara = PayaraProcess.start(war, serverLib, serverConfig, PayaraProcess.freePort(),
                    settings, log)) {
                payara.awaitReady(Duration.ofMinutes(4));
                double seconds = (System.nanoTime() - start) / 1e9;
                double rss = rssMb(payara.pid());
                samples.add(new Sample(seconds, rss));
                System.out.printf("%-45s%s: %5.1f s  %5.0f MB RSS%n", label, runs > 1 ? " run " + i : "", seconds, rss);
            }
        }
        return samples;
    }

    /** Median boot time and memory, and their ratios to the empty WAR's. */
    private static void report(String label, List<Sample> samples, List<Sample> empty) {
        double boot = median(samples.stream().map(Sample::seconds).toList());
        double rss = median(samples.stream().map(Sample::rssMb).toList());
        System.out.printf("%-10s: %6.1f s  %6.0f MB RSS   (%4.2f x, %4.2f x the empty WAR)  %s%n", label.length() > 10 ? "compared" : label,
                boot, rss, boot / median(empty.stream().map(Sample::seconds).toList()),
                rss / median(empty.stream().map(Sample::rssMb).toList()), label.length() > 10 ? label : "");
    }

    /** Resident set size from /proc (Linux). */
    private static double rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static Path emptyWar(Path work) throws Exception {
        Files.createDirectories(work);
        Path file = work.resolve("empty.war");
        ShrinkWrap.create(WebArchive.class, "empty.war")
                .setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(
                        "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.1\"/>"))
                .as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private record Sample(double seconds, double rssMb) {
    }
}
