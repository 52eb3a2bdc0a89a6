package cn.xxgk.devserver;

import static cn.xxgk.devserver.SearchBenchmark.CLIENTS;
import static cn.xxgk.devserver.SearchBenchmark.PAGE_RUN;
import static cn.xxgk.devserver.SearchBenchmark.QUERIES;
import static cn.xxgk.devserver.SearchBenchmark.ROUNDS;
import static cn.xxgk.devserver.SearchBenchmark.WARM_UP;
import static cn.xxgk.devserver.SearchBenchmark.seconds;
import static cn.xxgk.devserver.SearchBenchmark.total;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search benchmark's measurements once the index is built (the API under 32 clients, the page
 * against a bare page, each query's count against LIKE, the RSS) and its table.
 */
record SearchBenchmarkReport(int entries, long published, double generateSeconds, double tailSeconds,
                             double rebuildSeconds, long indexBytes) {

    void run(LoadClient http, String base, List<String> mix, DatabaseProvisioner.Coordinates owner, long pid)
            throws Exception {
        // warm-up and the engine's counts
        List<Long> engine = new ArrayList<>();
        for (String q : mix) {
            engine.add(total(http, base, q));
        }
        // each query alone (one client, warm): the time one search costs without queueing behind others; the
        // counts above asked for pages of one hit, so these pages of 20 are found anew, not taken from the kept pages
        System.out.println("timing each query alone (one client)");
        List<Long> alone = new ArrayList<>();
        for (String q : mix) {
            long s = System.nanoTime();
            http.get(base + "api/v1/catalogue?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            alone.add(System.nanoTime() - s);
        }
        List<Integer> slowest = new ArrayList<>(java.util.stream.IntStream.range(0, mix.size()).boxed().toList());
        slowest.sort(java.util.Comparator.comparing(alone::get).reversed());
        List<Long> aloneSorted = new ArrayList<>(alone);
        Collections.sort(aloneSorted);
        System.out.println("measuring the search API at " + CLIENTS + " clients");
        // the API under 32 clients, each running the mix ROUNDS times from its own offset
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        // who used the 2 cores meanwhile: the server, and this process (the load generator shares the machine)
        double serverCpu0 = cpuSeconds(ProcessHandle.of(pid)), clientCpu0 = cpuSeconds(Optional.of(ProcessHandle.current()));
        long t = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * (QUERIES / CLIENTS);
            clients.add(pool.submit(() -> {
                for (int i = 0; i < QUERIES * ROUNDS; i++) {
                    String q = mix.get((offset + i) % QUERIES);
                    long s = System.nanoTime();
                    LoadClient.Answer r = http.get(base + "api/v1/catalogue?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                    latencies.add(System.nanoTime() - s);
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        double apiSeconds = seconds(t);
        double serverCpu = cpuSeconds(ProcessHandle.of(pid)) - serverCpu0;
        double clientCpu = cpuSeconds(Optional.of(ProcessHandle.current())) - clientCpu0;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double rss = rssMb(pid);

        // the public search page against a bare stateless JSF page
        boolean portal = http.get(base + "public/search?q=" + URLEncoder.encode("公开", StandardCharsets.UTF_8))
                .statusCode() == 200;
        // the stack's floor: the same API and clients, a query with no hit (the engine answers it at once)
        System.out.println("measuring the API's floor (a query with no hit), " + PAGE_RUN.toSeconds() + " s");
        List<Long> floor = Collections.synchronizedList(new ArrayList<>());
        double floorRate = throughput(pool, http, i -> base + "api/v1/catalogue?q=" + URLEncoder.encode("无此内容词组", StandardCharsets.UTF_8), floor);
        Collections.sort(floor);
        // each page warmed up first (the JIT compiles JSF's code), then measured
        java.util.function.IntFunction<String> bareUrl = i -> base + "error/404.xhtml";
        java.util.function.IntFunction<String> pageUrl = portal
                ? i -> base + "public/search?q=" + URLEncoder.encode(mix.get(i % QUERIES), StandardCharsets.UTF_8)
                : i -> base + "api/v1/catalogue?q=" + URLEncoder.encode(mix.get(i % QUERIES), StandardCharsets.UTF_8);
        System.out.println("warming up the bare page and the public search page, " + WARM_UP.toSeconds() + " s each");
        throughput(pool, http, bareUrl, null, WARM_UP);
        throughput(pool, http, pageUrl, null, WARM_UP);
        System.out.println("measuring the bare page, then the public search page, " + PAGE_RUN.toSeconds() + " s each");
        double bare = throughput(pool, http, bareUrl, null);
        double page = throughput(pool, http, pageUrl, null);
        pool.shutdown();
        rss = Math.max(rss, rssMb(pid));
        double anonymous = memoryMb(pid, "RssAnon:");
        double mapped = memoryMb(pid, "RssFile:");

        // recall: each query's count against LIKE on the same database (two connections: nothing else runs now);
        // -Dxxgk.bench.like=false skips it (≈ 22 min at 1,000,000) when only the speed is of interest
        boolean likeCounted = Boolean.parseBoolean(System.getProperty("xxgk.bench.like", "true"));
        System.out.println(likeCounted ? "counting each query's hits with LIKE" : "LIKE counts skipped (-Dxxgk.bench.like=false)");
        long likeStart = System.nanoTime();
        List<Long> like = likeCounted ? likeCounts(mix, owner) : engine;
        double likeSeconds = seconds(likeStart);
        int exact = 0;
        double worst = 1.0;
        List<String> off = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            if (like.get(i).equals(engine.get(i))) {
                exact++;
            } else {
                off.add("「" + mix.get(i) + "」 engine " + engine.get(i) + " LIKE " + like.get(i));
                worst = Math.min(worst, like.get(i) == 0 ? 0 : Math.min(1.0, engine.get(i) / (double) like.get(i)));
            }
        }

        System.out.println();
        System.out.println("== search benchmark (issue #14 item 7) ==");
        System.out.printf("%-52s %,14d%n", "entries generated (published in all)", entries);
        System.out.printf("%-52s %,14d%n", "published entries indexed", published);
        System.out.printf("%-52s %14.0f s%n", "generating them (multi-row INSERT, owner)", generateSeconds);
        System.out.printf("%-52s %14.0f s%n", "index from the change log (boot + catch-up)", tailSeconds);
        System.out.printf("%-52s %14.0f s%n", "rebuild through the API", rebuildSeconds);
        System.out.printf("%-52s %,14d MB%n", "index size on disk", indexBytes >> 20);
        String cache = System.getProperty("xxgk.bench.search-cache", "");
        System.out.printf("%-52s %14s%n", "pages of recent searches kept (cache entries)", cache.isBlank() ? "default" : cache);
        String screens = System.getProperty("xxgk.bench.portal-cache", "");
        System.out.printf("%-52s %14s%n", "search screens kept (portal cache entries)", screens.isBlank() ? "default" : screens);
        System.out.printf("%-52s %14.1f ms   p95 %.1f ms%n", "one query alone (one client), p50", ms(aloneSorted, 0.50),
                ms(aloneSorted, 0.95));
        for (int i : slowest.subList(0, 5)) {
            System.out.printf("  slowest alone: 「%s」 %.1f ms, %,d hits%n", mix.get(i), alone.get(i) / 1e6, engine.get(i));
        }
        System.out.printf("%-52s %,14d%n", "API requests (32 clients x 200 queries x rounds)", sorted.size());
        System.out.printf("%-52s %14.1f ms   (target <= 50)%n", "search API p95", ms(sorted, 0.95));
        System.out.printf("%-52s %14.1f ms%n", "search API p50", ms(sorted, 0.50));
        System.out.printf("%-52s %14.1f ms%n", "search API max", ms(sorted, 1.0));
        System.out.printf("%-52s %14.0f /s  (%d errors)%n", "search API throughput", sorted.size() / apiSeconds, errors.get());
        System.out.printf("%-52s %14.0f s   server %.0f s, load generator %.0f s%n", "CPU during the API run (wall x cores)",
                apiSeconds * Runtime.getRuntime().availableProcessors(), serverCpu, clientCpu);
        if (likeCounted) {
            System.out.printf("%-52s %10d / %d   (target: all)%n", "queries whose count equals LIKE's", exact, mix.size());
            System.out.printf("%-52s %14.3f   (target 1.0)%n", "lowest recall of a query vs LIKE", worst);
            System.out.printf("%-52s %14.0f s%n", "the 200 LIKE counts took", likeSeconds);
        } else {
            System.out.printf("%-52s %14s%n", "recall against LIKE", "not measured");
        }
        System.out.printf("%-52s %14.0f /s%n", portal ? "public search page /public/search" : "search API (no /public/search in this WAR)", page);
        System.out.printf("%-52s %14.0f /s%n", "bare stateless JSF page /error/404.xhtml", bare);
        System.out.printf("%-52s %14.0f %%  (target >= 50)%n", "search page / bare page", 100 * page / bare);
        System.out.printf("%-52s %14.0f /s  p50 %.1f ms, p95 %.1f ms%n", "API floor: a query with no hit, 32 clients", floorRate,
                ms(floor, 0.50), ms(floor, 0.95));
        System.out.printf("%-52s %,14.0f MB  (target <= 1024)%n", "server RSS (max seen)", rss);
        System.out.printf("%-52s %,14.0f MB%n", "  of which anonymous (heap, metaspace, threads)", anonymous);
        System.out.printf("%-52s %,14.0f MB%n", "  of which mapped files (index pages in memory)", mapped);
        off.forEach(o -> System.out.println("  differs: " + o));
    }

    static double throughput(ExecutorService pool, LoadClient http, java.util.function.IntFunction<String> url,
                             List<Long> latencies) throws Exception {
        return throughput(pool, http, url, latencies, PAGE_RUN);
    }

    /** Requests per second of {@code CLIENTS} clients asking {@code url} for {@code run}; each latency noted when asked. */
    static double throughput(ExecutorService pool, LoadClient http, java.util.function.IntFunction<String> url,
                             List<Long> latencies, java.time.Duration run) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + run.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * 7;
            clients.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long s = System.nanoTime();
                    http.get(url.apply(i));
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - s);
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        return done.get() / (double) run.toSeconds();
    }

    /** The LIKE count of each query, as the catalogue's old search counted, on two connections. */
    static List<Long> likeCounts(List<String> mix, DatabaseProvisioner.Coordinates owner) throws Exception {
        Long[] counts = new Long[mix.size()];
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<?>> halves = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            int first = half;
            halves.add(two.submit(() -> {
                try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
                     PreparedStatement s = c.prepareStatement("""
                             SELECT COUNT(*) FROM gov_info WHERE state = 'PUBLISHED'
                             AND (title LIKE ? ESCAPE '!' OR body_text LIKE ? ESCAPE '!' OR document_number LIKE ? ESCAPE '!')""")) {
                    for (int i = first; i < mix.size(); i += 2) {
                        String pattern = "%" + mix.get(i).strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                        s.setString(1, pattern);
                        s.setString(2, pattern);
                        s.setString(3, pattern);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            counts[i] = rs.getLong(1);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : halves) {
            f.get();
        }
        two.shutdown();
        return List.of(counts);
    }

    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** CPU time a process has used so far (user + system), in seconds; NaN when the system does not say. */
    static double cpuSeconds(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static double rssMb(long pid) throws Exception {
        return memoryMb(pid, "VmRSS:");
    }

    /** A line of /proc/PID/status in MB: VmRSS (all resident), RssAnon (heap, native), RssFile (mapped files: the index). */
    static double memoryMb(long pid, String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
