package cn.xxgk.platform;

import cn.xxgk.platform.OpenApiOperations.Op;
import cn.xxgk.platform.OpenApiOperations.Param;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hostile calls made of one operation: malformed JSON, wrong types, oversize strings, boundary
 * numbers, bad and far dates, script and SQL text, supplementary-plane characters, NUL and other
 * control characters, deep nesting, broken multipart bodies; in the path, the query and the body.
 */
final class FuzzCalls {

    /** One call: what is sent, and a label that says which payload it was. */
    record Call(String method, String target, String contentType, byte[] body, String label) {

        boolean echoCheck() {
            return label.equals("body:1MB") || label.equals("query:long");
        }
    }

    /** Stands for an unpaired surrogate, which a JSON writer cannot produce: replaced by its escape. */
    private static final String LONE_SURROGATE = "@@LONE@@";

    static final Map<String, String> STRINGS = new LinkedHashMap<>();
    static final Map<String, String> NUMBERS = new LinkedHashMap<>();
    static final List<String> MALFORMED = List.of("[", "{", "{\"version\":", "", "\"x", "{\"a\":1,}", "nul\u0000",
            "\uFEFF{}", "[]", "123", "\"text\"", "null", "{\"version\":1e400}", "{\"version\":\"abc\"}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

    static {
        STRINGS.put("oversize", "A".repeat(5000));
        STRINGS.put("nul", "a\u0000b");
        STRINGS.put("control", "a\u0007\u001b[31mb");
        STRINGS.put("script", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        STRINGS.put("sql", "' OR '1'='1'; DROP TABLE audit_record; -- ");
        STRINGS.put("astral", "\uD840\uDC00\uD869\uDEA5\uD83D\uDE00");
        STRINGS.put("lone-surrogate", LONE_SURROGATE);
        STRINGS.put("far-date", "9999-12-31");
        STRINGS.put("old-date", "0001-01-01");
        STRINGS.put("bad-date", "2026-02-30");
        STRINGS.put("pre-1949", "1900-01-01");
        STRINGS.put("empty", "");
        STRINGS.put("blank", "   ");
        STRINGS.put("format", "%s%n${jndi:ldap://127.0.0.1/a}{0}");
        NUMBERS.put("zero", "0");
        NUMBERS.put("minus-one", "-1");
        NUMBERS.put("int-max", "2147483647");
        NUMBERS.put("int-max+1", "2147483648");
        NUMBERS.put("long-max", "9223372036854775807");
        NUMBERS.put("long-min", "-9223372036854775808");
        NUMBERS.put("long-max+1", "9223372036854775808");
        NUMBERS.put("huge", "1e400");
        NUMBERS.put("fraction", "1.5");
    }

    private FuzzCalls() {
    }

    /**
     * The calls for one operation: always the path variants and wrong types; {@code unreadable}
     * bodies (what no reader makes sense of), {@code readable} ones (texts, numbers, huge texts in
     * the body and the query, which reach the boundaries only with a login).
     */
    static List<Call> of(Op op, boolean unreadable, boolean readable, String item) {
        List<Call> calls = new ArrayList<>();
        pathVariants(op, calls, item);
        String target = target(op, p -> neutral(op, p, item));
        if (op.takesJson()) {
            for (String wrong : List.of("12345", "{}", "[]", "\"abc\"", "[{}]", "true")) {
                calls.add(json(op, target, "body:wrong-type " + wrong, object(op, type -> wrong)));
            }
        }
        if (unreadable) {
            unreadable(op, target, calls);
        }
        if (readable) {
            readable(op, target, calls, item);
        }
        return calls;
    }

    private static void readable(Op op, String target, List<Call> calls, String item) {
        for (Map.Entry<String, String> v : STRINGS.entrySet()) {
            if (hasQuery(op)) {
                calls.add(new Call(op.method(), target(op, p -> p.in().equals("query") ? v.getValue() : neutral(op, p, item)),
                        null, null, "query:" + v.getKey()));
            }
            if (op.takesJson()) {
                calls.add(json(op, target, "body:" + v.getKey(), object(op, type -> switch (type) {
                    case "string" -> quote(v.getValue());
                    case "integer", "number" -> "1";
                    case "boolean" -> "true";
                    case "array" -> "[]";
                    default -> "{}";
                })));
            }
        }
        for (Map.Entry<String, String> n : NUMBERS.entrySet()) {
            if (hasQuery(op)) {
                calls.add(new Call(op.method(), target(op, p -> p.in().equals("query") ? n.getValue() : neutral(op, p, item)),
                        null, null, "query:" + n.getKey()));
            }
            if (op.takesJson()) {
                calls.add(json(op, target, "body:" + n.getKey(), object(op, type -> switch (type) {
                    case "integer", "number" -> n.getValue();
                    case "string" -> "\"x\"";
                    case "boolean" -> "false";
                    case "array" -> "[" + n.getValue() + "]";
                    default -> "{}";
                })));
            }
        }
        if (op.takesJson()) {
            String first = op.fields().entrySet().stream().filter(f -> f.getValue().equals("string"))
                    .map(Map.Entry::getKey).findFirst().orElse("text");
            calls.add(json(op, target, "body:1MB", "{" + quote(first) + ":" + quote("A".repeat(1_000_000)) + "}"));
            calls.add(json(op, target, "body:huge-cjk", object(op, type -> type.equals("string")
                    ? quote("\u4e2d".repeat(25_000)) : type.equals("array") ? "[]" : type.equals("object") ? "{}" : "1")));
        }
        if (hasQuery(op)) {
            calls.add(new Call(op.method(), target(op, p -> p.in().equals("query") ? "A".repeat(1_000) : neutral(op, p, item)),
                    null, null, "query:long"));
        }
        if (op.takesMultipart()) {
            multipart(op, target, calls);
        }
    }

    /** Bodies no reader can make sense of: malformed JSON, invalid UTF-8, deep nesting, broken multipart. */
    private static void unreadable(Op op, String target, List<Call> calls) {
        if (op.takesJson()) {
            for (String malformed : MALFORMED) {
                calls.add(new Call(op.method(), target, "application/json", malformed.getBytes(StandardCharsets.UTF_8),
                        "body:malformed " + abbreviate(malformed)));
            }
            calls.add(new Call(op.method(), target, "application/json", new byte[] {'{', '"', 'a', '"', ':', '"',
                    (byte) 0xC3, (byte) 0x28, '"', '}'}, "body:invalid-utf8"));
            calls.add(json(op, target, "body:1MB", "{\"text\":" + quote("A".repeat(1_000_000)) + "}"));
        }
        if (op.takesMultipart()) {
            multipart(op, target, calls);
        }
        if (!op.mediaTypes().isEmpty() && !op.takesJson() && !op.takesMultipart()) {
            for (String malformed : MALFORMED) {
                calls.add(new Call(op.method(), target, op.mediaTypes().getFirst(),
                        malformed.getBytes(StandardCharsets.UTF_8), "body:raw " + abbreviate(malformed)));
            }
        }
    }

    private static void pathVariants(Op op, List<Call> calls, String item) {
        if (op.params().stream().noneMatch(p -> p.in().equals("path"))) {
            return;
        }
        for (String value : List.of("0", "-1", "99999999", "9223372036854775808", "abc", "%00", "%0A",
                "%3Cscript%3E", "%E4%B8%AD%E6%96%87", "9999-12-31", "2026-02-30", "1.5", "%F0%A0%80%80",
                "' OR 1=1 --".replace(" ", "%20").replace("'", "%27"))) {
            String target = target(op, p -> p.in().equals("path") ? value : neutral(op, p, item), false);
            calls.add(op.takesJson() ? new Call(op.method(), target, "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), "path:" + value)
                    : new Call(op.method(), target, null, null, "path:" + value));
        }
    }

    private static void multipart(Op op, String target, List<Call> calls) {
        String boundary = "----fuzz";
        String noFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "--\r\n";
        calls.add(new Call(op.method(), target, "multipart/form-data; boundary=" + boundary,
                noFile.getBytes(StandardCharsets.UTF_8), "multipart:no-file-part"));
        String otherFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n";
        calls.add(new Call(op.method(), target, "multipart/form-data; boundary=" + boundary,
                otherFile.getBytes(StandardCharsets.UTF_8), "multipart:other-file-part"));
        calls.add(new Call(op.method(), target, "multipart/form-data; boundary=" + boundary,
                new byte[0], "multipart:empty"));
        calls.add(new Call(op.method(), target, "multipart/form-data", noFile.getBytes(StandardCharsets.UTF_8),
                "multipart:no-boundary"));
        calls.add(new Call(op.method(), target, "multipart/form-data; boundary=" + boundary,
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n\r\n%PDF")
                        .getBytes(StandardCharsets.UTF_8), "multipart:truncated"));
    }

    private static boolean hasQuery(Op op) {
        return op.params().stream().anyMatch(p -> p.in().equals("query"));
    }

    private static String target(Op op, Function<Param, String> value) {
        return target(op, value, true);
    }

    /** The path with its parameters filled and the query; values are encoded unless raw path values. */
    private static String target(Op op, Function<Param, String> value, boolean encodePath) {
        String path = op.path();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", encodePath ? encode(value.apply(p)) : value.apply(p));
            }
        }
        String query = op.params().stream().filter(p -> p.in().equals("query"))
                .map(p -> encode(p.name()) + "=" + encode(value.apply(p))).collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * A value that passes for its parameter, so that the other parts of the call are what is tried:
     * the test's own draft {@code item} for an information item's id (its checks run on a real
     * item, and nothing else can change), an unknown id elsewhere.
     */
    private static String neutral(Op op, Param p, String item) {
        if (p.name().equals("id") && op.path().contains("/gov-info/{id}")) {
            return item;
        }
        String name = p.name().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("date") || name.equals("from")) {
            return "2026-11-25";
        }
        if (name.contains("year")) {
            return name.contains("serial") ? "2019-99999" : "2099";
        }
        if (name.contains("code")) {
            return "MB1532375";
        }
        return p.type().equals("integer") || name.endsWith("id") ? "99999999" : "x";
    }

    private static Call json(Op op, String target, String label, String body) {
        return new Call(op.method(), target, "application/json",
                body.replace(LONE_SURROGATE, "\\ud800x").getBytes(StandardCharsets.UTF_8), label);
    }

    private static String object(Op op, Function<String, String> valueOfType) {
        if (op.fields().isEmpty()) {
            return "{\"text\":" + valueOfType.apply("string") + ",\"version\":" + valueOfType.apply("integer") + "}";
        }
        return op.fields().entrySet().stream().map(f -> quote(f.getKey()) + ":" + valueOfType.apply(f.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String shown = text.replace("\u0000", "\\0");
        return shown.length() > 20 ? shown.substring(0, 20) + "…(" + shown.length() + ")" : shown;
    }
}
