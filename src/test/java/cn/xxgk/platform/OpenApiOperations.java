package cn.xxgk.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the deployed application as its /openapi document describes them: method,
 * path template, parameters by place, the media types of the body and the properties of a JSON
 * body (with their types, $ref resolved). What the fuzz test sends is built from this alone, so a
 * new endpoint is covered without editing the test.
 */
record OpenApiOperations(List<Op> operations) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** A parameter: where it goes (path, query, header) and its schema type (string, integer ...). */
    record Param(String in, String name, String type) {
    }

    /** One operation; {@code fields} are the JSON body's properties by name with their types. */
    record Op(String method, String path, List<Param> params, List<String> mediaTypes, Map<String, String> fields) {

        boolean takesJson() {
            return mediaTypes.stream().anyMatch(m -> m.contains("json"));
        }

        boolean takesMultipart() {
            return mediaTypes.stream().anyMatch(m -> m.startsWith("multipart/"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static OpenApiOperations of(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("components").getJsonObject("schemas");
        List<Op> ops = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject op = value.asJsonObject();
            List<Param> params = new ArrayList<>();
            for (JsonValue p : op.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                JsonObject param = p.asJsonObject();
                params.add(new Param(param.getString("in"), param.getString("name"),
                        type(param.getJsonObject("schema"), schemas)));
            }
            List<String> media = new ArrayList<>();
            Map<String, String> fields = new LinkedHashMap<>();
            JsonObject body = op.getJsonObject("requestBody");
            if (body != null && body.getJsonObject("content") != null) {
                body.getJsonObject("content").forEach((type, content) -> {
                    media.add(type);
                    JsonObject schema = resolve(content.asJsonObject().getJsonObject("schema"), schemas);
                    if (type.contains("json") && schema != null && schema.getJsonObject("properties") != null) {
                        schema.getJsonObject("properties").forEach((name, s) ->
                                fields.put(name, type(s.asJsonObject(), schemas)));
                    }
                });
            }
            ops.add(new Op(method.toUpperCase(java.util.Locale.ROOT), path, params, media, fields));
        }));
        return new OpenApiOperations(ops);
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema != null && schema.containsKey("$ref") && schemas != null) {
            String ref = schema.getString("$ref");
            return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static String type(JsonObject schema, JsonObject schemas) {
        JsonObject resolved = resolve(schema, schemas);
        if (resolved == null) {
            return "string";
        }
        if (resolved.containsKey("type")) {
            return resolved.get("type").getValueType() == JsonValue.ValueType.STRING ? resolved.getString("type")
                    : resolved.getJsonArray("type").getString(0);
        }
        return resolved.containsKey("properties") ? "object" : "string";
    }
}
