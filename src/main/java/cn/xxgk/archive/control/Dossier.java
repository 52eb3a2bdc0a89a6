package cn.xxgk.archive.control;

import cn.xxgk.letter.control.RecordSheet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything one package seals about one record (the 件): what it is, its data as label and value,
 * its step history, its audit history, and its documents (letters, attachments) as files.
 *
 * @param classifier what the retention rule looks at (a request's outcome, an entry's key content category)
 */
public record Dossier(ArchiveKind kind, long objectId, String reference, int year, String title, String classifier,
                      List<RecordSheet.Field> fields, List<Step> steps, List<AuditLine> audit, List<Document> documents) {

    public Dossier {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(title);
        classifier = classifier == null || classifier.isBlank() ? RetentionRules.ANY : classifier;
        fields = List.copyOf(fields);
        steps = List.copyOf(steps);
        audit = List.copyOf(audit);
        documents = List.copyOf(documents);
    }

    /** One step of the record's procedure. */
    public record Step(LocalDateTime occurredAt, String statedOn, String step, String fromState, String toState, String actor,
                       String comment) {
    }

    /** One row of the audit record about the record. */
    public record AuditLine(long id, LocalDateTime occurredAt, String actor, String action, String result, String detail) {
    }

    /**
     * A file of the record: its path in the package (folder/name, made safe by {@link PackageWriter})
     * and its bytes.
     */
    public record Document(String folder, String name, byte[] content) {
        public Document {
            Objects.requireNonNull(folder);
            Objects.requireNonNull(name);
            Objects.requireNonNull(content);
        }
    }
}
