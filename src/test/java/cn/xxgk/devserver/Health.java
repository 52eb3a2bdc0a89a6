package cn.xxgk.devserver;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The MicroProfile Health answers of a running server (/health/ready, /health/started) read into
 * plain words for the run command: why it is not ready, and whether the demo data was loaded.
 * Everything is read defensively (a field may be missing, the body may not be JSON): the
 * answers come from whatever build of the application is running.
 */
final class Health {

    /** The check Payara reports, instead of the application's own, when no application is deployed. */
    static final String NO_APPLICATION = "No Application deployed";

    /** The application's startup check of the demo data (DOWN while it loads in the background). */
    static final String DEMO_DATA = "demo-data";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Health() {
    }

    /** An answer of a health endpoint: its HTTP status (200 UP, 503 DOWN) and its JSON. */
    record Answer(int status, String body) {

        boolean up() {
            return status == 200;
        }
    }

    /** What /health/started says of the demo data. */
    enum DemoState {
        /** No answer, or not health JSON: ask again. */
        UNKNOWN,
        /** The application has no demo-data check (a build before it): nothing to report. */
        ABSENT,
        /** Still loading. */
        LOADING,
        /** Loaded, skipped or failed: {@link DemoData#line()} says which. */
        DONE
    }

    /** The demo data's state and, once DONE, the line to print. */
    record DemoData(DemoState state, String line) {
    }

    /** GET {@code url}; empty when the server does not answer. */
    static Optional<Answer> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (IOException noAnswer) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** True if the answer is Payara's "No Application deployed": the WAR failed to deploy. */
    static boolean noApplication(String body) {
        return checks(body).stream().anyMatch(check -> NO_APPLICATION.equals(text(check, "name")));
    }

    /**
     * Why /health/ready is DOWN, in words: the application failed to deploy, or which checks are
     * DOWN with their data (e.g. "database DOWN {"reachable":false,"pendingMigrations":2}").
     */
    static String notReadyReason(String body) {
        if (noApplication(body)) {
            return "the application failed to deploy";
        }
        List<String> down = new ArrayList<>();
        for (JsonObject check : checks(body)) {
            if (!"UP".equals(text(check, "status"))) {
                JsonValue data = check.get("data");
                down.add(text(check, "name") + " DOWN"
                        + (data instanceof JsonObject object && !object.isEmpty() ? " " + data : ""));
            }
        }
        return down.isEmpty() ? "not ready" : "not ready: " + String.join("; ", down);
    }

    /**
     * The demo data's state from a /health/started answer. The check's data carries "status"
     * (e.g. loaded, skipped, failed) and, on failure, "reason"; anything but a plain success
     * (no reason, status loaded or missing) is reported as not loaded.
     */
    static DemoData demoData(String body) {
        JsonObject json = parse(body);
        if (json == null || !(json.get("checks") instanceof JsonArray)) {
            return new DemoData(DemoState.UNKNOWN, null);
        }
        JsonObject check = checks(body).stream()
                .filter(candidate -> DEMO_DATA.equals(text(candidate, "name")))
                .findFirst().orElse(null);
        if (check == null) {
            return new DemoData(DemoState.ABSENT, null);
        }
        if (!"UP".equals(text(check, "status"))) {
            return new DemoData(DemoState.LOADING, null);
        }
        JsonObject data = check.get("data") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String status = text(data, "status");
        String reason = text(data, "reason");
        if (reason == null && (status == null || status.equalsIgnoreCase("loaded"))) {
            return new DemoData(DemoState.DONE, "demo data loaded");
        }
        return new DemoData(DemoState.DONE, "demo data not loaded: " + (reason != null ? reason : status));
    }

    /**
     * Asks {@code startedUrl} (/health/started) every 2 seconds until the demo-data check is UP,
     * the timeout passes or {@code cancelled} is true. Returns the line to print ("demo data
     * loaded", "demo data not loaded: reason", or that it is still loading); empty when there is
     * nothing to say: no demo-data check (a build before it), no answer, or cancelled.
     */
    static Optional<String> awaitDemoData(String startedUrl, Duration timeout, BooleanSupplier cancelled)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        DemoState state = DemoState.UNKNOWN;
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            DemoData demo = get(startedUrl).map(answer -> demoData(answer.body()))
                    .orElse(new DemoData(DemoState.UNKNOWN, null));
            state = demo.state();
            if (state == DemoState.ABSENT) {
                return Optional.empty();
            }
            if (state == DemoState.DONE) {
                return Optional.of(demo.line());
            }
            Thread.sleep(2000);
        }
        return state == DemoState.LOADING && !cancelled.getAsBoolean()
                ? Optional.of("demo data still loading after " + timeout.toMinutes() + " minutes (see GET " + startedUrl + ")")
                : Optional.empty();
    }

    private static List<JsonObject> checks(String body) {
        JsonObject json = parse(body);
        List<JsonObject> checks = new ArrayList<>();
        if (json != null && json.get("checks") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject check) {
                    checks.add(check);
                }
            }
        }
        return checks;
    }

    /** A field as text (a string's value, or any other value's JSON); null if missing or null. */
    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read() instanceof JsonObject object ? object : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
