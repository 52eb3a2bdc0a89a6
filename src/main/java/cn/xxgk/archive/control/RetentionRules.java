package cn.xxgk.archive.control;

import java.util.Collection;
import java.util.Objects;

/**
 * The office's rule for the retention period (a small table it may change, archive_rule): a row
 * names the kind of record, a classifier (a request's outcome or final state, an entry's key content
 * category) or "*" for any, and the period. The row naming the classifier wins over the kind's "*"
 * row; with neither the record is kept permanently (the safe side: nothing is destroyed by a gap in
 * the table).
 */
public final class RetentionRules {

    /** The classifier that matches any record of the kind. */
    public static final String ANY = "*";

    /** One row of the table. */
    public record Rule(ArchiveKind kind, String classifier, Retention retention) {
        public Rule {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(classifier);
            Objects.requireNonNull(retention);
        }
    }

    private RetentionRules() {
    }

    /** The period for a record of this kind and classifier (null or blank classifier: only "*" rows match). */
    public static Retention decide(Collection<Rule> rules, ArchiveKind kind, String classifier) {
        Retention any = null;
        for (Rule rule : rules) {
            if (rule.kind() != kind) {
                continue;
            }
            if (classifier != null && rule.classifier().equals(classifier)) {
                return rule.retention();
            }
            if (rule.classifier().equals(ANY)) {
                any = rule.retention();
            }
        }
        return any != null ? any : Retention.Y;
    }
}
