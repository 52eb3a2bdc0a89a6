package cn.xxgk.archive.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.archive.control.ArchiveDirectory;
import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.ArchiveNumber;
import cn.xxgk.archive.control.Dossier;
import cn.xxgk.archive.control.DossierFormats;
import cn.xxgk.archive.control.PackageWriter;
import cn.xxgk.archive.control.Retention;
import cn.xxgk.archive.control.RetentionRules;
import cn.xxgk.archive.entity.ArchivePackage;
import cn.xxgk.archive.entity.ArchiveRule;
import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.letter.boundary.Letters;
import cn.xxgk.platform.control.SerialRows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Seals one record into its package, in a transaction of its own: gathers the dossier, decides the
 * retention period by the office's rule, takes the next 件号 of the year and period (gap-free: the
 * serial row's increment is rolled back with a failed sealing), renders record.pdf (PDF/A, the
 * letters' pipeline) and record.json, writes the package (temp folder, atomic rename) and stores
 * its row. A record sealed already is not sealed again (checked again after the serial row's lock,
 * which every sealing of the same year and period queues on, and guarded by the unique key).
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class Sealer {

    /** What sealing a record did: the package, and whether this call made it. */
    public record Sealed(ArchivePackage archived, boolean created) {
    }

    @PersistenceContext EntityManager em;
    @Resource SessionContext session;
    @Inject Dossiers dossiers;
    @Inject Letters letters;
    @Inject SerialRows serials;
    @Inject AgencySetup agencies;
    @Inject ArchiveDirectory directory;
    @Inject Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Sealed seal(ArchiveKind kind, long id) {
        Optional<ArchivePackage> existing = existing(kind, id);
        if (existing.isPresent()) {
            return new Sealed(existing.get(), false);
        }
        Dossier dossier = dossiers.of(kind, id);
        List<RetentionRules.Rule> rules = em.createQuery("SELECT r FROM ArchiveRule r", ArchiveRule.class).getResultList()
                .stream().map(ArchiveRule::rule).toList();
        Retention retention = RetentionRules.decide(rules, kind, dossier.classifier());
        int itemNo = serials.next("archive_serial", List.of("archive_year", "retention"), dossier.year(), retention.name());
        existing = existing(kind, id); // a concurrent sealing of the same record committed while we waited for the lock
        if (existing.isPresent()) {
            session.setRollbackOnly();
            return new Sealed(existing.get(), false);
        }
        ArchiveNumber number = new ArchiveNumber(dossier.year(), retention, agencies.organisationCode(), itemNo);
        LocalDateTime now = LocalDateTime.now(clock);
        byte[] pdf = letters.render(DossierFormats.sheet(dossier, number, now));
        byte[] json = DossierFormats.json(dossier, number, now);
        PackageWriter.Written written = new PackageWriter(directory.root()).write(number, pdf, json, dossier.documents());
        ArchivePackage archived = new ArchivePackage(number, kind, id, dossier.reference(), dossier.title(), dossier.classifier(),
                written.directory(), written.manifestSha256(), written.fileCount(), written.sizeBytes(),
                session.getCallerPrincipal().getName(), now);
        em.persist(archived);
        em.flush();
        return new Sealed(archived, true);
    }

    private Optional<ArchivePackage> existing(ArchiveKind kind, long id) {
        return em.createQuery("SELECT p FROM ArchivePackage p WHERE p.kind = :kind AND p.objectId = :id", ArchivePackage.class)
                .setParameter("kind", kind).setParameter("id", id).getResultStream().findFirst();
    }
}
