package cn.xxgk.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last lines of Payara Micro's console and the SEVERE records among them, so that a failed
 * start can be explained in a few lines instead of "not ready within 4 minutes": the console
 * of a failed deployment is a thousand lines of stack traces, and the cause is the last
 * "Caused by:" of one of them.
 *
 * <p>Payara writes ODL records: a header line "[time] [] [level] [id] [logger] [tid: ...]
 * [timeMillis: ...] [levelValue: N]" followed either by the message on the same line or by "[["
 * and a multi-line body ending with "]]". The level name is translated (严重 with a Chinese
 * locale), so records are classified by levelValue (1000: SEVERE).
 */
final class ConsoleTail {

    /** Non-blank lines kept for a report when the console holds no SEVERE record (e.g. the JVM did not start). */
    static final int LINES = 200;

    private static final int SEVERE = 1000;
    private static final int RECORDS = 10;
    private static final int MAX_TEXT = 600;
    private static final Pattern HEADER =
            Pattern.compile("^\\[\\d{4}-\\d\\d-\\d\\dT[^\\]]*\\] \\[.*\\[levelValue: (\\d+)\\] ?(.*)$");
    private static final Pattern EXCEPTION = Pattern.compile("^[\\w$]+(\\.[\\w$]+)+(Exception|Error|Throwable)\\b.*");
    private static final Pattern BOOTED = Pattern.compile("Payara Micro .* ready in ");

    private final Deque<String> lines = new ArrayDeque<>();
    private final Deque<Severe> severe = new ArrayDeque<>();
    private volatile boolean booted;

    // the record being read
    private boolean inBody;
    private int level;
    private String message;
    private String exception;
    private String cause;

    /**
     * A SEVERE record: its message, the exception it reports (null if none) and that
     * exception's root cause (null if it has no "Caused by:").
     */
    record Severe(String message, String exception, String cause) {

        /** The root cause, else the exception; null if the record reports none. */
        String reason() {
            return cause != null ? cause : exception;
        }

        /**
         * One line: the message, the exception and its root cause, leaving out {@code known}
         * (a cause already reported) so that the same long cause is not repeated.
         */
        String summary(String known) {
            StringBuilder line = new StringBuilder(message);
            if (exception != null && !exception.equals(known)) {
                line.append(" — ").append(exception);
            }
            if (cause != null) {
                line.append(cause.equals(known) ? " — caused by the above" : " — caused by " + cause);
            }
            return line.toString();
        }
    }

    /**
     * Reads {@code in} (UTF-8) line by line on a daemon thread until it ends, passing each line
     * to this tail and to {@code echo}. Reading never stops before the end, so that the server
     * never blocks on a full pipe, even when {@code echo} fails (a PrintStream does not throw:
     * e.g. when its terminal is gone).
     *
     * @param closeEcho whether to close {@code echo} at the end (a log file, not System.out)
     */
    Thread pump(InputStream in, PrintStream echo, boolean closeEcho, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    accept(line);
                    echo.println(line);
                }
            } catch (IOException ended) {
                // the process is gone
            } finally {
                if (closeEcho) {
                    echo.close();
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    synchronized void accept(String line) {
        if (!line.isBlank()) {
            lines.addLast(line);
            if (lines.size() > LINES) {
                lines.removeFirst();
            }
        }
        if (!booted && BOOTED.matcher(line).find()) {
            booted = true;
        }
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            end();
            level = Integer.parseInt(header.group(1));
            String rest = header.group(2);
            if (rest.startsWith("[[")) {
                inBody = true;
                body(rest.substring(2));
            } else {
                message = rest.strip();
                end();
            }
        } else if (inBody) {
            body(line);
        }
    }

    private void body(String line) {
        String text = line.strip();
        boolean last = text.endsWith("]]");
        if (last) {
            text = text.substring(0, text.length() - 2).strip();
        }
        if (level >= SEVERE && !text.isEmpty()) {
            if (message == null) {
                message = text;
            } else if (text.startsWith("Caused by: ")) {
                cause = text.substring("Caused by: ".length());
            } else if (exception == null && EXCEPTION.matcher(text).matches()) {
                exception = text;
            }
        }
        if (last) {
            end();
        }
    }

    /** Ends the record being read, keeping it if it is SEVERE. */
    private void end() {
        if (level >= SEVERE && message != null) {
            severe.addLast(new Severe(cut(message), exception == null ? null : cut(exception),
                    cause == null ? null : cut(cause)));
            if (severe.size() > RECORDS) {
                severe.removeFirst();
            }
        }
        inBody = false;
        level = 0;
        message = null;
        exception = null;
        cause = null;
    }

    /** True once Payara has printed "Payara Micro ... ready in ...": its boot (and deployment) is over. */
    boolean booted() {
        return booted;
    }

    /** The last SEVERE records, oldest first, each once; {@code known}: a cause not to repeat (may be null). */
    synchronized List<String> severeSummaries(String known) {
        Set<String> distinct = new LinkedHashSet<>();
        severe.forEach(record -> distinct.add(record.summary(known)));
        return List.copyOf(distinct);
    }

    /**
     * The most likely reason of a failure: the root cause (else the exception) of the last
     * SEVERE record that reports one, else the last SEVERE message; null if Payara logged
     * nothing SEVERE.
     */
    synchronized String failureReason() {
        List<Severe> records = new ArrayList<>(severe);
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).reason() != null) {
                return records.get(i).reason();
            }
        }
        return records.isEmpty() ? null : records.getLast().message();
    }

    /** The last {@code count} lines of the console, blank lines (separators between records) left out. */
    synchronized List<String> lastLines(int count) {
        List<String> all = new ArrayList<>(lines);
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + " …";
    }
}
