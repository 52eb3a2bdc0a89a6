package cn.xxgk.catalogue.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * A policy interpretation (政策解读) linked to the published document it explains (issue #14, 1):
 * each interpretation explains one document, a document may have several. Both sides must be
 * published, an entry never explains itself, and the links never form a cycle.
 */
@Entity
@Table(name = "gov_info_interpretation")
@NamedQuery(name = InterpretationLink.OF_ENTRIES, query = "SELECT l FROM InterpretationLink l"
        + " WHERE l.interpretationId IN :ids OR l.documentId IN :ids")
@NamedQuery(name = InterpretationLink.OF_INTERPRETATION,
        query = "SELECT l FROM InterpretationLink l WHERE l.interpretationId = :id")
public class InterpretationLink {

    public static final String OF_ENTRIES = "InterpretationLink.ofEntries";
    public static final String OF_INTERPRETATION = "InterpretationLink.ofInterpretation";

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "interpretation_id", nullable = false, updatable = false) private Long interpretationId;
    @Column(name = "document_id", nullable = false, updatable = false) private Long documentId;
    @Column(name = "linked_by", nullable = false, updatable = false, length = 100) private String linkedBy;
    @Column(name = "linked_at", nullable = false, updatable = false) private LocalDateTime linkedAt;
    @Version private long version;

    protected InterpretationLink() { // JPA
    }

    /**
     * Links {@code interpretation} to the {@code document} it explains after the rules: both
     * published, not the same entry, not linked twice, no cycle. {@code explains} maps each
     * interpretation already linked (by id) to the document it explains: the chain up from the
     * document must not reach the interpretation.
     */
    public static InterpretationLink of(Side interpretation, Side document, Map<Long, Long> explains,
                                        String by, LocalDateTime now) {
        if (interpretation.id().equals(document.id())) {
            throw new InvalidInputException("interpretation.invalid.itself");
        }
        for (Side side : new Side[] {interpretation, document}) {
            if (!side.published()) {
                throw new InvalidInputException("interpretation.invalid.notPublished", side.name());
            }
        }
        if (explains.containsKey(interpretation.id())) {
            throw new InvalidInputException("interpretation.invalid.alreadyLinked", interpretation.name());
        }
        Long up = document.id();
        for (int hops = 0; up != null && hops <= explains.size(); hops++) {
            if (up.equals(interpretation.id())) {
                throw new InvalidInputException("interpretation.invalid.cycle", document.name());
            }
            up = explains.get(up);
        }
        InterpretationLink link = new InterpretationLink();
        link.interpretationId = interpretation.id();
        link.documentId = document.id();
        link.linkedBy = Objects.requireNonNull(by);
        link.linkedAt = Objects.requireNonNull(now);
        return link;
    }

    /** One side of a link as the rules see it: its id, its name on screen (index number) and whether it is published. */
    public record Side(Long id, String name, boolean published) {

        public Side {
            Objects.requireNonNull(id);
        }

        public static Side of(GovInfo info) {
            return new Side(info.getId(), info.getIndexNumber() == null ? info.getTitle() : info.getIndexNumber(),
                    info.getState() == GovInfoState.PUBLISHED);
        }
    }

    public Long getId() { return id; }
    public Long getInterpretationId() { return interpretationId; }
    public Long getDocumentId() { return documentId; }
    public String getLinkedBy() { return linkedBy; }
    public LocalDateTime getLinkedAt() { return linkedAt; }
    public long getVersion() { return version; }
}
