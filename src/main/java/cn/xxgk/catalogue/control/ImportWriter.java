package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.control.ImportRowCheck.ImportEntry;
import cn.xxgk.catalogue.entity.ChainStep;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.IndexNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Stores the checked entries of an import in one transaction, all or nothing: each as a published
 * row of gov_info (the table a publication writes, so whatever follows a publication there, the
 * search index's change log above all, follows an import too) with its original index number and
 * dates, and one IMPORTED step in its history (who imported it when; the day it was published).
 * The index serial of each imported year is raised first to the highest imported serial: this locks
 * those rows, so a cataloguing meanwhile waits and then continues after the imported numbers.
 */
@ApplicationScoped
public class ImportWriter {

    static final int PROGRESS_EVERY = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    IndexSerialRows serials;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int write(List<ImportEntry> entries, Long departmentId, String actor, String source, LocalDateTime now,
                     IntConsumer progress) {
        Map<String, Integer> highest = entries.stream().map(ImportEntry::indexNumber).collect(Collectors.toMap(
                n -> n.organisationCode() + "/" + n.year(), IndexNumber::serial, Math::max, TreeMap::new));
        highest.forEach((key, serial) -> {
            int slash = key.indexOf('/');
            serials.atLeast(key.substring(0, slash), Integer.parseInt(key.substring(slash + 1)), serial);
        });
        int written = 0;
        for (ImportEntry entry : entries) {
            insert(entry, departmentId, actor, source, now);
            if (++written % PROGRESS_EVERY == 0) {
                progress.accept(written);
            }
        }
        em.flush();
        return written;
    }

    private void insert(ImportEntry entry, Long departmentId, String actor, String source, LocalDateTime now) {
        DraftContent c = entry.content();
        em.createNativeQuery("""
                        INSERT INTO gov_info (department_id, title, body_html, body_text, document_type, document_number,
                            written_date, subject_category, subject_subcategory, key_content_category, official_document,
                            disclosure_attribute, state, involves_other_agency, index_number, published_date, info_version,
                            created_by, created_at, updated_by, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 1, ?, ?, ?, ?, 0)""")
                .setParameter(1, departmentId).setParameter(2, c.title().strip()).setParameter(3, c.bodyHtml())
                .setParameter(4, c.bodyText()).setParameter(5, blankToNull(c.documentType()))
                .setParameter(6, blankToNull(c.documentNumber())).setParameter(7, c.writtenDate())
                .setParameter(8, c.subjectCategory().name()).setParameter(9, blankToNull(c.subjectSubcategory()))
                .setParameter(10, c.keyContentCategory() == null ? null : c.keyContentCategory().name())
                .setParameter(11, c.officialDocument()).setParameter(12, DisclosureAttribute.PROACTIVE.name())
                .setParameter(13, GovInfoState.PUBLISHED.name()).setParameter(14, entry.indexNumber().toString())
                .setParameter(15, entry.publishedDate()).setParameter(16, actor).setParameter(17, now)
                .setParameter(18, actor).setParameter(19, now)
                .executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO gov_info_step (gov_info_id, step, from_state, to_state, actor, comment, occurred_at, stated_on)
                        SELECT id, ?, NULL, ?, ?, ?, ?, ? FROM gov_info WHERE index_number = ?""")
                .setParameter(1, ChainStep.IMPORTED.name()).setParameter(2, GovInfoState.PUBLISHED.name())
                .setParameter(3, actor).setParameter(4, source + " 第 " + entry.row() + " 行").setParameter(5, now)
                .setParameter(6, entry.publishedDate()).setParameter(7, entry.indexNumber().toString())
                .executeUpdate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
