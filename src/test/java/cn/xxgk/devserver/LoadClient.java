package cn.xxgk.devserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The benchmarks' HTTP client: blocking GETs over kept-alive connections ({@link HttpURLConnection}), one per
 * client thread. Not {@code java.net.http.HttpClient}: on this 2-core machine the load generator shares the
 * CPU with the server it measures, and the JDK's asynchronous client (a selector thread, futures, a hand-off
 * per request) spent ≈ 3.5× the CPU per request of this one (32 threads, the search API: 12.8 s of client CPU
 * for 46,000 requests against 6.7 s for 84,000), time taken from the server and counted as its latency.
 */
final class LoadClient {

    /** A status and its body as text (UTF-8). */
    record Answer(int statusCode, String body) {
    }

    static {
        // the JDK keeps 5 idle connections per server by default: 32 clients would open new ones all the time
        System.setProperty("http.maxConnections", "64");
    }

    private final int timeoutMillis;

    LoadClient(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Answer get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(timeoutMillis);
        c.setReadTimeout(timeoutMillis);
        int status = c.getResponseCode();
        // the body is read to its end and the stream closed (not disconnected): the connection is kept for the next
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in == null) {
                return new Answer(status, "");
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }
    }
}
