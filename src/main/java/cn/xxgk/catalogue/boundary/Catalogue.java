package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.control.InterpretationLinks;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.identity.boundary.AgencySetup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public catalogue (政府信息公开目录): published entries only, open to anyone. Nothing that
 * is not published is ever returned from here, whatever the caller.
 *
 * <p>Search is a plain LIKE over title and body text for now: correct for Chinese (no word
 * segmentation needed) but a full scan; the portal issue replaces it with a full-text index
 * (Lucene with CJK bigrams and unigrams measured best here).
 */
@Stateless
@PermitAll
public class Catalogue {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_QUERY = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencySetup agencies;

    @Inject
    InterpretationLinks links;

    public Optional<CatalogueEntry> entry(IndexNumber number) {
        return em.createNamedQuery(GovInfo.BY_INDEX_NUMBER, GovInfo.class)
                .setParameter("indexNumber", number.toString())
                .getResultStream()
                .filter(info -> info.getState() == GovInfoState.PUBLISHED)
                .findFirst()
                .map(info -> CatalogueEntry.of(info, agencyName(), attachmentsOf(List.of(info.getId()))
                        .getOrDefault(info.getId(), List.of()), links.of(List.of(info.getId())).get(info.getId())));
    }

    /** A page (from 1) of published entries whose title or body contains the query, newest first. */
    public Page search(String query, int page) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        // '!' escapes: a backslash literal means different things to JPQL and MariaDB
        String pattern = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        int p = Math.max(1, page);
        String where = " FROM GovInfo g WHERE g.state = :published AND (g.drafting.title LIKE :q ESCAPE '!' OR g.drafting.bodyText LIKE :q ESCAPE '!')";
        long total = em.createQuery("SELECT COUNT(g)" + where, Long.class)
                .setParameter("published", GovInfoState.PUBLISHED).setParameter("q", pattern)
                .getSingleResult();
        String agency = agencyName();
        List<GovInfo> found = em.createQuery("SELECT g" + where + " ORDER BY g.publication.publishedDate DESC, g.id DESC",
                        GovInfo.class)
                .setParameter("published", GovInfoState.PUBLISHED).setParameter("q", pattern)
                .setFirstResult((p - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList();
        List<Long> ids = found.stream().map(GovInfo::getId).toList();
        Map<Long, List<Attachment>> attachments = attachmentsOf(ids);
        Map<Long, InterpretationLinks.Sides> sides = links.of(ids);
        List<CatalogueEntry> entries = found.stream()
                .map(info -> CatalogueEntry.of(info, agency, attachments.getOrDefault(info.getId(), List.of()),
                        sides.get(info.getId())))
                .toList();
        return new Page(q, p, PAGE_SIZE, total, entries);
    }

    /** The attachments of several entries in one query, by entry. */
    private Map<Long, List<Attachment>> attachmentsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Attachment.OF_ITEMS, Attachment.class).setParameter("govInfoIds", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(Attachment::getGovInfoId, LinkedHashMap::new, Collectors.toList()));
    }

    private String agencyName() {
        return agencies.agencyName();
    }

    /** One page of search results with the total count. */
    public record Page(String query, int page, int size, long total, List<CatalogueEntry> entries) {
    }
}
