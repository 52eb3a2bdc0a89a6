package cn.xxgk.archive.boundary;

import static cn.xxgk.identity.entity.Role.Names.DISCIPLINE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.archive.control.ArchiveDirectory;
import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.Manifest;
import cn.xxgk.archive.control.PackageVerifier;
import cn.xxgk.archive.control.RetentionRules;
import cn.xxgk.archive.entity.ArchivePackage;
import cn.xxgk.archive.entity.ArchiveRule;
import cn.xxgk.archive.entity.ArchiveRun;
import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.RequestState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/**
 * Reading the archive: the packages (searched by year, archive number, reference or title), one
 * package as a ZIP to download (its files checked against the manifest first: a changed package is
 * refused, not handed out), the year runs, the retention rule, and the re-verification of every
 * package. The office and discipline inspection.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, DISCIPLINE})
public class ArchiveShelf {

    /** The result of re-verifying the archive. */
    public record Verification(int packages, int files, PackageVerifier.Mismatch firstMismatch) {
        public boolean intact() {
            return firstMismatch == null;
        }
    }

    public static final int MAX_ROWS = 500;
    static final int MAX_QUERY = 100;

    @PersistenceContext EntityManager em;
    @Inject ArchiveDirectory directory;

    /** Packages, newest first; year null for all, query matched in number, reference and title. */
    public List<ArchivePackage> search(Integer year, String query, int max) {
        String q = query == null || query.isBlank() ? null : "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createQuery("""
                        SELECT p FROM ArchivePackage p WHERE (:year IS NULL OR p.year = :year)
                        AND (:q IS NULL OR p.archiveNumber LIKE :q OR p.reference LIKE :q OR p.title LIKE :q)
                        ORDER BY p.id DESC""", ArchivePackage.class)
                .setParameter("year", year).setParameter("q", q).setMaxResults(Math.max(1, Math.min(max, MAX_ROWS)))
                .getResultList();
    }

    public ArchivePackage find(Long id) {
        ArchivePackage p = id == null ? null : em.find(ArchivePackage.class, id);
        if (p == null) {
            throw new NotFoundException("archive.notFound");
        }
        return p;
    }

    /** The latest run of the year, if any (the progress bar). */
    public Optional<ArchiveRun> latestRun(int year) {
        return em.createQuery("SELECT r FROM ArchiveRun r WHERE r.year = :year ORDER BY r.id DESC", ArchiveRun.class)
                .setParameter("year", year).setMaxResults(1).getResultStream().findFirst();
    }

    public ArchiveRun run(Long id) {
        ArchiveRun run = id == null ? null : em.find(ArchiveRun.class, id);
        if (run == null) {
            throw new NotFoundException("archive.run.notFound");
        }
        return run;
    }

    /**
     * The classifiers a row of the rule may name for a kind: "*", a request's reply outcome or the
     * final state of a request ended without a reply; an entry's key content category.
     */
    public static List<String> classifiers(ArchiveKind kind) {
        Stream<String> names = kind == ArchiveKind.ENTRY
                ? Arrays.stream(KeyContentCategory.values()).map(Enum::name)
                : Stream.concat(Arrays.stream(ReplyOutcome.values()).map(Enum::name),
                        Stream.of(RequestState.ABANDONED.name(), RequestState.NOT_A_REQUEST.name()));
        return Stream.concat(Stream.of(RetentionRules.ANY), names).toList();
    }

    public List<ArchiveRule> rules() {
        return em.createQuery("SELECT r FROM ArchiveRule r ORDER BY r.kind, r.classifier", ArchiveRule.class).getResultList();
    }

    /**
     * Recomputes every checksum of every package, oldest first, and stops at the first mismatch
     * (which package, which file, how).
     */
    @Audited(action = "ARCHIVE_VERIFY", objectType = "ArchivePackage", firstParameterNamesTheObject = false)
    public Verification verifyAll() {
        PackageVerifier verifier = new PackageVerifier(directory.root());
        int[] files = {0};
        int packages = 0;
        long after = 0;
        while (true) {
            List<ArchivePackage> batch = em.createQuery("SELECT p FROM ArchivePackage p WHERE p.id > :after ORDER BY p.id",
                    ArchivePackage.class).setParameter("after", after).setMaxResults(200).getResultList();
            if (batch.isEmpty()) {
                return new Verification(packages, files[0], null);
            }
            for (ArchivePackage p : batch) {
                packages++;
                after = p.getId();
                Optional<PackageVerifier.Mismatch> mismatch = verify(verifier, p, files);
                if (mismatch.isPresent()) {
                    return new Verification(packages, files[0], mismatch.get());
                }
            }
            em.clear();
        }
    }

    /**
     * Writes the package as a ZIP (its folder's files under the archive number); a package whose
     * files differ from its manifest is refused (archive.changed) before a byte is written.
     */
    public void zip(Long id, OutputStream out) {
        ArchivePackage p = find(id);
        Optional<PackageVerifier.Mismatch> mismatch = verify(new PackageVerifier(directory.root()), p, new int[1]);
        if (mismatch.isPresent()) {
            throw new InvalidInputException("archive.changed", p.getArchiveNumber());
        }
        Path folder = directory.root().resolve(p.getDirectory());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Manifest manifest = Manifest.parse(Files.readAllBytes(folder.resolve(Manifest.FILE_NAME)));
            for (String path : manifest.paths()) {
                zip.putNextEntry(new ZipEntry(p.getArchiveNumber() + "/" + path));
                Files.copy(folder.resolve(path), zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(p.getArchiveNumber() + "/" + Manifest.FILE_NAME));
            Files.copy(folder.resolve(Manifest.FILE_NAME), zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<PackageVerifier.Mismatch> verify(PackageVerifier verifier, ArchivePackage p, int[] files) {
        try {
            return verifier.verify(new PackageVerifier.Sealed(p.getArchiveNumber(), p.getDirectory(), p.getManifestSha256()), files);
        } catch (IOException e) {
            throw new UncheckedIOException("archive package " + p.getArchiveNumber() + " cannot be read", e);
        }
    }
}
