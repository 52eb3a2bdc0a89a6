package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lists of published entries for the public portal and what machines read (the Atom feed, the
 * sitemap): the newest entries, the count per key content category, and every entry's index
 * number in slices by id, read in chunks so that a million entries never sit in memory at once.
 * Like {@link Catalogue}, nothing unpublished is ever returned.
 */
@Stateless
@PermitAll
public class PublicListings {

    public static final int MAX_NEWEST = 50;
    private static final int CHUNK = 5_000;

    @PersistenceContext
    EntityManager em;

    /** The newest published entries (at most {@value #MAX_NEWEST}), optionally of one key content category. */
    public List<ListedEntry> newest(int count, KeyContentCategory category) {
        String jpql = "SELECT g.publication.indexNumber, g.drafting.title, g.publication.publishedDate,"
                + " g.drafting.documentNumber, g.drafting.keyContentCategory, g.updatedAt, g.drafting.bodyText"
                + " FROM GovInfo g WHERE g.state = :published"
                + (category == null ? "" : " AND g.drafting.keyContentCategory = :category")
                + " ORDER BY g.publication.publishedDate DESC, g.id DESC";
        var query = em.createQuery(jpql, Object[].class).setParameter("published", GovInfoState.PUBLISHED);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.setMaxResults(Math.clamp(count, 1, MAX_NEWEST)).getResultStream()
                .map(row -> new ListedEntry((String) row[0], (String) row[1], (LocalDate) row[2], (String) row[3],
                        (KeyContentCategory) row[4], (java.time.LocalDateTime) row[5], summary((String) row[6])))
                .toList();
    }

    /** How many published entries each key content category has (every category, zero included). */
    public Map<KeyContentCategory, Long> countsByKeyContent() {
        Map<KeyContentCategory, Long> counts = new EnumMap<>(KeyContentCategory.class);
        for (KeyContentCategory category : KeyContentCategory.values()) {
            counts.put(category, 0L);
        }
        em.createQuery("SELECT g.drafting.keyContentCategory, COUNT(g) FROM GovInfo g WHERE g.state = :published"
                        + " AND g.drafting.keyContentCategory IS NOT NULL GROUP BY g.drafting.keyContentCategory",
                        Object[].class)
                .setParameter("published", GovInfoState.PUBLISHED)
                .getResultStream()
                .forEach(row -> counts.put((KeyContentCategory) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The non-empty slices of published entries by id ({@code sliceSize} ids each, so never more
     * entries than that per slice), each with the newest published date in it: the sitemap index.
     */
    public List<Slice> slices(int sliceSize) {
        List<Slice> slices = new ArrayList<>();
        em.createNativeQuery("SELECT FLOOR((id - 1) / ?1) AS slice, MAX(published_date) FROM gov_info"
                        + " WHERE state = 'PUBLISHED' AND index_number IS NOT NULL GROUP BY slice ORDER BY slice")
                .setParameter(1, sliceSize)
                .getResultStream()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    Object last = r[1];
                    slices.add(new Slice(((Number) r[0]).intValue() + 1,
                            last instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) last));
                });
        return slices;
    }

    /** Whether a slice (from 1) has a published entry. */
    public boolean sliceHasEntries(int slice, int sliceSize) {
        long first = (long) (slice - 1) * sliceSize + 1;
        return !em.createQuery("SELECT g.id FROM GovInfo g WHERE g.state = :published AND g.id >= :first"
                        + " AND g.id < :end AND g.publication.indexNumber IS NOT NULL", Long.class)
                .setParameter("published", GovInfoState.PUBLISHED)
                .setParameter("first", first).setParameter("end", first + sliceSize)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Hands every published entry of one slice (from 1) to the sink, in id order, read in chunks. */
    public void eachInSlice(int slice, int sliceSize, Consumer<SlicedEntry> sink) {
        long first = (long) (slice - 1) * sliceSize + 1;
        long last = (long) slice * sliceSize;
        long after = first - 1;
        while (after < last) {
            List<Object[]> rows = em.createQuery("SELECT g.id, g.publication.indexNumber, g.publication.publishedDate"
                            + " FROM GovInfo g WHERE g.state = :published AND g.id > :after AND g.id <= :last"
                            + " AND g.publication.indexNumber IS NOT NULL ORDER BY g.id", Object[].class)
                    .setParameter("published", GovInfoState.PUBLISHED)
                    .setParameter("after", after).setParameter("last", last)
                    .setMaxResults(CHUNK).getResultList();
            for (Object[] row : rows) {
                sink.accept(new SlicedEntry((String) row[1], (LocalDate) row[2]));
            }
            if (rows.size() < CHUNK) {
                return;
            }
            after = (Long) rows.getLast()[0];
            em.clear();
        }
    }

    private static String summary(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    /** An entry in a list: enough for a line, a feed item, a link. */
    public record ListedEntry(String indexNumber, String title, LocalDate publishedDate, String documentNumber,
                              KeyContentCategory keyContent, java.time.LocalDateTime updatedAt, String summary) {
    }

    /** A slice of the catalogue by id, with the newest published date in it. */
    public record Slice(int number, LocalDate lastPublished) {
    }

    /** An entry as the sitemap lists it. */
    public record SlicedEntry(String indexNumber, LocalDate publishedDate) {
    }
}
