package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.DEPT_HEAD;
import static cn.xxgk.identity.entity.Role.Names.DEPT_STAFF;
import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.Names.SECRECY_OFFICER;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.control.AttachmentName;
import cn.xxgk.catalogue.control.AttachmentRules;
import cn.xxgk.catalogue.control.AttachmentStore;
import cn.xxgk.catalogue.control.ContentDetector;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.AttachmentType;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The attachments of government information. Who may see them is who may see the item
 * ({@link GovInfoChain#find}: a look at another department's unpublished item is refused and
 * recorded); who may change them is the drafting department's staff while the item is a draft
 * ({@link GovInfoChain#findOwnDraft}). The public reaches the attachments of published entries only.
 *
 * <p>Adding is all or nothing: the upload is received into the store's incoming directory, its
 * size and type checked (the type from the content; the name's extension must agree), then kept
 * under its checksum, then the row is inserted. A refused upload leaves neither a row nor a file.
 */
@Stateless
public class GovInfoAttachments {

    static final String TYPE = "GovInfoAttachment";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    GovInfoChain chain;

    @Inject
    AttachmentRules rules;

    @Inject
    AttachmentStore store;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Attaches a file to a draft of the caller's own department. */
    @RolesAllowed(DEPT_STAFF)
    @Audited(action = "GOV_INFO_ATTACHMENT_ADD", objectType = GovInfoChain.TYPE)
    public Attachment add(Long govInfoId, String submittedFileName, InputStream content) {
        GovInfo info = chain.findOwnDraft(govInfoId);
        String fileName = AttachmentName.sanitise(submittedFileName);
        if (content == null) {
            throw new InvalidInputException("attachment.invalid.empty");
        }
        try (AttachmentStore.Incoming incoming = store.receive(content, rules.maxBytes())) {
            rules.checkSize(incoming.size());
            AttachmentType type = rules.checkType(fileName, ContentDetector.detect(incoming.file()));
            String key = store.keep(incoming);
            Attachment attachment = Attachment.of(info, fileName, type, incoming.size(), incoming.sha256(), key,
                    caller(), LocalDateTime.now(clock));
            em.persist(attachment);
            em.flush();
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes an attachment off a draft of the caller's own department (the stored file stays: see AttachmentStore). */
    @RolesAllowed(DEPT_STAFF)
    @Audited(action = "GOV_INFO_ATTACHMENT_REMOVE", objectType = TYPE)
    public void remove(Long attachmentId) {
        Attachment attachment = load(attachmentId);
        attachment.requireRemovableFrom(chain.findOwnDraft(attachment.getGovInfoId()));
        em.remove(attachment);
        em.flush();
    }

    /**
     * A classified item's attachments leave the system (secrecy law; seed 三): the rows now, the
     * stored files once the classification is committed (a rollback keeps both). A file that a row
     * of another item still names (identical content) stays for that item.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, SECRECY_OFFICER})
    public void eraseClassified(GovInfo info) {
        if (info.getState() != GovInfoState.CLASSIFIED) {
            throw new IllegalStateException("item " + info.getId() + " is not classified");
        }
        List<Attachment> rows = ofItem(info.getId());
        rows.forEach(em::remove);
        em.flush();
        List<String> unnamed = rows.stream().map(Attachment::getStorageKey).distinct()
                .filter(key -> em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.storageKey = :key", Long.class)
                        .setParameter("key", key).getSingleResult() == 0)
                .toList();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the files go only after the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    unnamed.forEach(store::delete);
                }
            }
        });
    }

    /** The attachments of an item the caller may see, in the order they were added. */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public List<Attachment> list(Long govInfoId) {
        GovInfo info = chain.find(govInfoId);
        return ofItem(info.getId());
    }

    /** Whether the caller may add and remove attachments of this item now. */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public boolean mayChange(Long govInfoId) {
        return chain.mayChangeDraft(govInfoId);
    }

    /** An attachment for download, with the visibility of its item; the stored file's checksum is verified. */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public AttachmentDownload open(Long attachmentId) {
        Attachment attachment = load(attachmentId);
        chain.find(attachment.getGovInfoId());
        return download(attachment);
    }

    /**
     * An attachment of a published catalogue entry, for anyone; empty when the entry is unknown or
     * unpublished or the attachment is not one of its own (the public cannot tell which).
     */
    @PermitAll
    public Optional<AttachmentDownload> openPublished(IndexNumber entry, Long attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(GovInfo.BY_INDEX_NUMBER, GovInfo.class)
                .setParameter("indexNumber", entry.toString())
                .getResultStream()
                .filter(info -> info.getState() == GovInfoState.PUBLISHED && info.getId().equals(attachment.getGovInfoId()))
                .findFirst()
                .map(info -> download(attachment));
    }

    private List<Attachment> ofItem(Long govInfoId) {
        return em.createNamedQuery(Attachment.OF_ITEM, Attachment.class).setParameter("govInfoId", govInfoId)
                .getResultList();
    }

    private AttachmentDownload download(Attachment attachment) {
        Path file = store.verified(attachment.getStorageKey(), attachment.getSha256());
        return new AttachmentDownload(attachment.getId(), attachment.getFileName(), attachment.getMediaType(),
                attachment.getSizeBytes(), attachment.getSha256(), file);
    }

    private Attachment load(Long attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new InvalidInputException("attachment.notFound");
        }
        return attachment;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
