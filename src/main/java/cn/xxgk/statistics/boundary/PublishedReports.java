package cn.xxgk.statistics.boundary;

import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.statistics.entity.AnnualReport;
import cn.xxgk.statistics.entity.ReportState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The published annual reports, open to everyone (Art. 49: the agency publishes them): the list for
 * the portal's reports page and each report's JSON, PDF and XLSX exactly as published.
 */
@Stateless
@PermitAll
public class PublishedReports {

    @PersistenceContext
    EntityManager em;

    /** Every published report, the newest year first. */
    public List<PublishedReport> list() {
        return em.createQuery("""
                        SELECT a.year, a.publishedOn FROM AnnualReport a WHERE a.state = :published
                        ORDER BY a.year DESC""", Object[].class)
                .setParameter("published", ReportState.PUBLISHED).getResultStream()
                .map(r -> PublishedReport.of((Integer) r[0], (LocalDate) r[1])).toList();
    }

    public boolean isPublished(int year) {
        return em.createQuery("SELECT COUNT(a) FROM AnnualReport a WHERE a.year = :year AND a.state = :published", Long.class)
                .setParameter("year", year).setParameter("published", ReportState.PUBLISHED).getSingleResult() > 0;
    }

    public String json(int year) {
        return published(year).getPublishedJson();
    }

    public byte[] pdf(int year) {
        return published(year).getPublishedPdf();
    }

    public byte[] xlsx(int year) {
        return published(year).getPublishedXlsx();
    }

    private AnnualReport published(int year) {
        return em.createNamedQuery(AnnualReport.BY_YEAR, AnnualReport.class).setParameter("year", year)
                .getResultStream().filter(a -> a.getState() == ReportState.PUBLISHED).findFirst()
                .orElseThrow(() -> new NotFoundException("statistics.notPublished"));
    }
}
