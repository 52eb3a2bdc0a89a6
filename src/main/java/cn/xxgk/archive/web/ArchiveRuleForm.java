package cn.xxgk.archive.web;

import cn.xxgk.archive.boundary.ArchiveCommands;
import cn.xxgk.archive.boundary.ArchiveShelf;
import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.Retention;
import cn.xxgk.archive.control.RetentionRules;
import cn.xxgk.archive.entity.ArchiveRule;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/**
 * The retention rule on 档案归档: the office changes a row's period, adds a row or removes one
 * through the commands the API uses; a row changed meanwhile by someone else is refused (its
 * version) and read again. Discipline inspection only reads.
 */
@Named
@ViewScoped
public class ArchiveRuleForm implements Serializable {

    /** One row as shown, with the version the user saw. */
    public static final class Row implements Serializable {
        private final Long id;
        private final ArchiveKind kind;
        private final String classifier;
        private final long version;
        private Retention retention;

        Row(ArchiveRule r) {
            id = r.getId(); kind = r.getKind(); classifier = r.getClassifier(); version = r.getVersion(); retention = r.getRetention();
        }

        public ArchiveKind getKind() { return kind; }
        public String getClassifier() { return classifier; }
        public Retention getRetention() { return retention; }
        public void setRetention(Retention retention) { this.retention = retention; }
    }

    @Inject ArchiveShelf shelf;
    @Inject ArchiveCommands commands;
    @Inject SecurityContext security;
    @Inject FieldFlaws flaws;
    @Inject Messages messages;

    private List<Row> rows;
    private ArchiveKind kind = ArchiveKind.REQUEST;
    private String classifier;
    private Retention retention = Retention.D30;

    @PostConstruct
    void load() {
        rows = shelf.rules().stream().map(Row::new).toList();
    }

    public void save(Row row) {
        try {
            commands.changeRule(row.kind, row.classifier, row.retention, row.version);
            messages.info(null, "archive.rule.saved", label(row.kind, row.classifier), row.retention.label());
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "archive.rule.changedMeanwhile");
        }
        load();
    }

    public void remove(Row row) {
        try {
            commands.removeRule(row.id, row.version);
            messages.info(null, "archive.rule.removed", label(row.kind, row.classifier));
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "archive.rule.changedMeanwhile");
        }
        load();
    }

    public void add() {
        if (rows.stream().anyMatch(r -> r.kind == kind && r.classifier.equals(classifier))) {
            flaws.refuse("ruleAdd", key -> "classifier", new InvalidInputException("archive.rule.exists", label(kind, classifier)));
        } else if (flaws.attempt("ruleAdd", key -> "classifier", () -> commands.changeRule(kind, classifier, retention, null)) != null) {
            messages.info(null, "archive.rule.saved", label(kind, classifier), retention.label());
            classifier = null;
            load();
        }
    }

    /** The classifier as the office says it: a reply outcome, a request's final state, a key content category, or the rest. */
    public String label(ArchiveKind of, String code) {
        if (code == null || RetentionRules.ANY.equals(code)) {
            return messages.text("archive.rule.any");
        }
        String key = of == ArchiveKind.ENTRY ? "govinfo.key." + code
                : code.equals("ABANDONED") || code.equals("NOT_A_REQUEST") ? "request.state." + code : "request.outcome." + code;
        return messages.text(key) + "（" + code + "）";
    }

    public boolean isMayEdit() {
        return security.isCallerInRole("OFFICE_STAFF") || security.isCallerInRole("OFFICE_HEAD");
    }

    public List<String> getClassifiers() { return ArchiveShelf.classifiers(kind); }
    public ArchiveKind[] getKinds() { return ArchiveKind.values(); }
    public Retention[] getRetentions() { return Retention.values(); }
    public List<Row> getRows() { return rows; }
    public ArchiveKind getKind() { return kind; }
    public void setKind(ArchiveKind kind) { this.kind = kind; }
    public String getClassifier() { return classifier; }
    public void setClassifier(String classifier) { this.classifier = classifier; }
    public Retention getRetention() { return retention; }
    public void setRetention(Retention retention) { this.retention = retention; }
}
