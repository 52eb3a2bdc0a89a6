package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.identity.boundary.AgencySetup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Published entries in bulk, for the search index (which lives in another component and must not read
 * this component's tables): the text of given entries, and the ids of all published entries in id order,
 * a slice at a time. Only PUBLISHED rows are ever returned; an id that is not published is simply absent,
 * which tells the index to drop it.
 */
@Stateless
@PermitAll
public class PublishedEntries {

    /** The most ids one call takes or gives. */
    public static final int MAX_BATCH = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencySetup agencies;

    /** The published ones among these ids (at most {@value #MAX_BATCH}), in id order. */
    public List<PublishedText> texts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " ids at once");
        }
        String agency = agencies.agencyName();
        return em.createQuery("""
                        SELECT g.id, g.publication.indexNumber, g.drafting.title, g.drafting.bodyText,
                               g.drafting.documentNumber, g.drafting.documentType, g.drafting.subjectCategory,
                               g.drafting.subjectSubcategory, g.drafting.keyContentCategory, g.drafting.writtenDate,
                               g.publication.publishedDate, g.infoVersion
                        FROM GovInfo g WHERE g.id IN :ids AND g.state = :published""", Object[].class)
                .setParameter("ids", ids).setParameter("published", GovInfoState.PUBLISHED)
                .getResultStream()
                .map(row -> text(row, agency))
                .sorted(Comparator.comparingLong(PublishedText::id))
                .toList();
    }

    /** The ids of published entries above {@code afterId}, ascending, at most {@code limit} (≤ {@value #MAX_BATCH}). */
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createQuery("SELECT g.id FROM GovInfo g WHERE g.state = :published AND g.id > :after ORDER BY g.id",
                        Long.class)
                .setParameter("published", GovInfoState.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(Math.min(Math.max(1, limit), MAX_BATCH))
                .getResultList();
    }

    /** How many entries are published. */
    public long count() {
        return em.createQuery("SELECT COUNT(g) FROM GovInfo g WHERE g.state = :published", Long.class)
                .setParameter("published", GovInfoState.PUBLISHED).getSingleResult();
    }

    private static PublishedText text(Object[] row, String agency) {
        SubjectCategory subject = (SubjectCategory) row[6];
        String subcategory = (String) row[7];
        KeyContentCategory key = (KeyContentCategory) row[8];
        return new PublishedText((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], subject.name(), subcategory != null ? subcategory : subject.officialName(),
                key == null ? null : key.name(), (LocalDate) row[9], (LocalDate) row[10], (Integer) row[11], agency);
    }
}
