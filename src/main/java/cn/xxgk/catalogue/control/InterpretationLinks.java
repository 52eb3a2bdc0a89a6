package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.InterpretationLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the interpretation links (政策解读) of several entries in two queries: for each entry the
 * published document it explains and the published interpretations explaining it. A side that is
 * no longer published is left out, so the public never sees a link to an entry it cannot open.
 */
@ApplicationScoped
public class InterpretationLinks {

    @PersistenceContext
    EntityManager em;

    /** The links of these entries by entry id; an entry without links is absent. */
    public Map<Long, Sides> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<InterpretationLink> links = em.createNamedQuery(InterpretationLink.OF_ENTRIES, InterpretationLink.class)
                .setParameter("ids", ids).getResultList();
        if (links.isEmpty()) {
            return Map.of();
        }
        Set<Long> others = new HashSet<>();
        links.forEach(l -> {
            others.add(l.getInterpretationId());
            others.add(l.getDocumentId());
        });
        Map<Long, Ref> published = new HashMap<>();
        em.createQuery("SELECT g FROM GovInfo g WHERE g.id IN :ids AND g.state = :published", GovInfo.class)
                .setParameter("ids", others).setParameter("published", GovInfoState.PUBLISHED)
                .getResultStream().forEach(g -> published.put(g.getId(), new Ref(g.getIndexNumber(), g.getTitle())));
        Map<Long, Sides> sides = new HashMap<>();
        for (InterpretationLink l : links) {
            Ref document = published.get(l.getDocumentId());
            Ref interpretation = published.get(l.getInterpretationId());
            if (document == null || interpretation == null) {
                continue;
            }
            if (ids.contains(l.getInterpretationId())) {
                sides.computeIfAbsent(l.getInterpretationId(), id -> new Sides()).interprets = document;
            }
            if (ids.contains(l.getDocumentId())) {
                sides.computeIfAbsent(l.getDocumentId(), id -> new Sides()).interpretations.add(interpretation);
            }
        }
        sides.values().forEach(s -> s.interpretations.sort(java.util.Comparator.comparing(Ref::indexNumber)));
        return sides;
    }

    /** Every link as interpretation id → document id: what the cycle check walks. */
    public Map<Long, Long> explains() {
        Map<Long, Long> explains = new HashMap<>();
        em.createQuery("SELECT l.interpretationId, l.documentId FROM InterpretationLink l", Object[].class)
                .getResultStream().forEach(row -> explains.put((Long) row[0], (Long) row[1]));
        return explains;
    }

    /** An entry on the other side of a link: index number and title. */
    public record Ref(String indexNumber, String title) {
    }

    /** The two sides of one entry. */
    public static final class Sides {
        private Ref interprets;
        private final List<Ref> interpretations = new ArrayList<>();

        public Ref interprets() { return interprets; }
        public List<Ref> interpretations() { return List.copyOf(interpretations); }
    }
}
