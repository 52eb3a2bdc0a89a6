package cn.xxgk.portal.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.portal.control.SafeHtml;
import cn.xxgk.portal.entity.GuideVersion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The disclosure guide (政府信息公开指南, seed 一(四)2) at /public/guide: anyone reads the newest
 * version; the office head writes the next one. The body is cleaned to the public safelist before
 * it is stored; an edit based on a version that is no longer the newest is refused (somebody else
 * saved meanwhile), so that nobody overwrites another's text unseen.
 */
@Stateless
public class DisclosureGuide {

    static final String TYPE = "DisclosureGuide";
    public static final int HISTORY = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @PermitAll
    public Optional<GuideVersion> current() {
        return em.createQuery("SELECT g FROM GuideVersion g ORDER BY g.id DESC", GuideVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Earlier and current versions, newest first (at most {@value #HISTORY}). */
    @RolesAllowed(OFFICE_HEAD)
    public List<GuideVersion> history() {
        return em.createQuery("SELECT g FROM GuideVersion g ORDER BY g.id DESC", GuideVersion.class)
                .setMaxResults(HISTORY).getResultList();
    }

    @RolesAllowed(OFFICE_HEAD)
    public Optional<GuideVersion> version(long id) {
        return Optional.ofNullable(em.find(GuideVersion.class, id));
    }

    /**
     * Saves the next version of the guide. {@code basedOn} is the id of the version the editor started
     * from (null when there was none); the text must have something to read once cleaned.
     */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "PORTAL_GUIDE_SAVE", objectType = TYPE, firstParameterNamesTheObject = false)
    public GuideVersion save(String bodyHtml, String note, Long basedOn) {
        String clean = SafeHtml.clean(InputRules.text(bodyHtml, "body", GuideVersion.MAX_BODY, true));
        if (SafeHtml.text(clean).isEmpty()) {
            throw new InvalidInputException("portal.guide.bodyRequired");
        }
        String checkedNote = InputRules.text(note, "note", GuideVersion.MAX_NOTE, false);
        Optional<GuideVersion> newest = em.createQuery("SELECT g FROM GuideVersion g ORDER BY g.id DESC", GuideVersion.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
        Long newestId = newest.map(GuideVersion::getId).orElse(null);
        if (!java.util.Objects.equals(newestId, basedOn)) {
            throw new ConcurrentChangeException(TYPE, newestId);
        }
        GuideVersion next = new GuideVersion(clean, checkedNote, session.getCallerPrincipal().getName(),
                LocalDateTime.now(clock));
        em.persist(next);
        em.flush();
        return next;
    }
}
