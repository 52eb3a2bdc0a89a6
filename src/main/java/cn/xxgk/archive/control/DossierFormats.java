package cn.xxgk.archive.control;

import cn.xxgk.letter.control.RecordSheet;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The two forms of a dossier's data and history in a package: {@code record.json} (for machines,
 * fields in their order, pretty-printed UTF-8) and the record sheet that becomes {@code record.pdf}
 * (PDF/A, for people). Both say the same: the archive number and retention, the record's fields,
 * every step and every audit row about it.
 */
public final class DossierFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private DossierFormats() {
    }

    /** record.json. */
    public static byte[] json(Dossier d, ArchiveNumber number, LocalDateTime sealedAt) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        d.fields().forEach(f -> fields.add(f.label(), f.value()));
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (Dossier.Step s : d.steps()) {
            steps.add(Json.createObjectBuilder().add("occurredAt", s.occurredAt().toString()).add("statedOn", text(s.statedOn()))
                    .add("step", text(s.step())).add("fromState", text(s.fromState())).add("toState", text(s.toState()))
                    .add("actor", text(s.actor())).add("comment", text(s.comment())));
        }
        JsonArrayBuilder audit = Json.createArrayBuilder();
        for (Dossier.AuditLine a : d.audit()) {
            audit.add(Json.createObjectBuilder().add("id", a.id()).add("occurredAt", a.occurredAt().toString())
                    .add("actor", a.actor()).add("action", a.action()).add("result", a.result()).add("detail", text(a.detail())));
        }
        JsonArrayBuilder documents = Json.createArrayBuilder();
        d.documents().forEach(doc -> documents.add(Json.createObjectBuilder().add("folder", doc.folder()).add("name", doc.name())
                .add("sha256", Manifest.sha256(doc.content())).add("size", doc.content().length)));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("archiveNumber", number.toString()).add("retention", number.retention().name())
                .add("retentionLabel", number.retention().label()).add("kind", d.kind().name())
                .add("objectId", d.objectId()).add("reference", d.reference()).add("title", d.title())
                .add("year", d.year()).add("classifier", d.classifier()).add("sealedAt", sealedAt.toString())
                .add("fields", fields).add("steps", steps).add("audit", audit).add("documents", documents);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toByteArray();
    }

    /** The sheet record.pdf is rendered from. */
    public static RecordSheet sheet(Dossier d, ArchiveNumber number, LocalDateTime sealedAt) {
        List<RecordSheet.Field> head = List.of(new RecordSheet.Field("档号", number.toString()),
                new RecordSheet.Field("保管期限", number.retention().label()),
                new RecordSheet.Field("类别", d.kind().label()),
                new RecordSheet.Field("编号", d.reference()),
                new RecordSheet.Field("归档时间", TIME.format(sealedAt)));
        List<RecordSheet.Field> fields = new java.util.ArrayList<>(head);
        fields.addAll(d.fields());
        RecordSheet.Table steps = new RecordSheet.Table("办理过程", List.of("时间", "步骤", "状态", "经办人", "说明"),
                d.steps().stream().map(s -> List.of(TIME.format(s.occurredAt()) + (s.statedOn() == null ? "" : "\n（所述日期 " + s.statedOn() + "）"),
                        text(s.step()), text(s.fromState()) + " → " + text(s.toState()), text(s.actor()), text(s.comment()))).toList());
        RecordSheet.Table audit = new RecordSheet.Table("审计记录", List.of("编号", "时间", "操作人", "操作", "结果"),
                d.audit().stream().map(a -> List.of(String.valueOf(a.id()), TIME.format(a.occurredAt()), a.actor(), a.action(),
                        a.result() + (a.detail() == null ? "" : "：" + a.detail()))).toList());
        RecordSheet.Table documents = new RecordSheet.Table("文件", List.of("文件", "SHA-256"),
                d.documents().stream().map(doc -> List.of(doc.folder() + "/" + doc.name(), Manifest.sha256(doc.content()))).toList());
        return new RecordSheet("归档登记表：" + d.title(), number.toString(), fields, List.of(steps, audit, documents));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
