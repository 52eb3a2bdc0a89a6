package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.catalogue.control.FilingTable;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.identity.boundary.AgencySetup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The office's filing export of one year's published entries (备案), in index-number order,
 * the format the municipal office files. Published entries are public; the export itself is the
 * office's task, so it is the office's to run.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class FilingExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencySetup agencies;

    @Inject
    CatalogueSettings settings;

    public FilingTable year(int year) {
        String agency = agencies.agencyName();
        Map<String, String> channelNames = settings.channelNames();
        List<List<String>> rows = em.createQuery("""
                        SELECT g FROM GovInfo g WHERE g.state = :published
                        AND g.publication.publishedDate >= :from AND g.publication.publishedDate < :to ORDER BY g.publication.indexNumber""", GovInfo.class)
                .setParameter("published", GovInfoState.PUBLISHED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultStream()
                .map(g -> List.of(g.getIndexNumber(), agency, CatalogueEntry.subjectLabel(g), g.getTitle(),
                        text(g.getDocumentType()), text(g.getDocumentNumber()), g.getWrittenDate().toString(),
                        g.getPublishedDate().toString(), channels(g, channelNames), String.valueOf(g.getInfoVersion())))
                .toList();
        return new FilingTable(year + "年", rows);
    }

    private static String channels(GovInfo info, Map<String, String> names) {
        return info.getChannels().stream()
                .map(c -> names.getOrDefault(c.getChannel(), c.getChannel()) + " " + c.getPublishedOn()
                        + (c.getReference() == null ? "" : " " + c.getReference()))
                .collect(Collectors.joining("；"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
