package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.control.InterpretationLinks;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.catalogue.entity.InterpretationLink;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The office links a published policy interpretation (政策解读) to the published document it
 * explains, and removes such a link (issue #14, 1). Both sides are named by index number; the rules
 * (published, not itself, once, no cycle) are {@link InterpretationLink#of}'s. The public reads the
 * links through {@link Catalogue}.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class Interpretations {

    static final String TYPE = "InterpretationLink";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    InterpretationLinks links;

    @Inject
    Clock clock;

    /** Links the interpretation entry to the document it explains; both by index number. */
    @Audited(action = "INTERPRETATION_LINK", objectType = TYPE)
    public InterpretationLink link(String interpretationIndex, String documentIndex) {
        GovInfo interpretation = entry(interpretationIndex, "interpretation");
        GovInfo document = entry(documentIndex, "document");
        // both rows locked in id order: two links over the same entries wait for each other
        List.of(interpretation, document).stream().sorted(java.util.Comparator.comparing(GovInfo::getId))
                .forEach(g -> em.lock(g, LockModeType.PESSIMISTIC_WRITE));
        InterpretationLink link = InterpretationLink.of(InterpretationLink.Side.of(interpretation),
                InterpretationLink.Side.of(document), links.explains(), session.getCallerPrincipal().getName(),
                LocalDateTime.now(clock));
        try {
            em.persist(link);
            em.flush();
        } catch (PersistenceException e) { // the same interpretation linked at the same moment by someone else
            throw new ConcurrentChangeException(TYPE, interpretationIndex);
        }
        return link;
    }

    /** Removes the link of this interpretation entry. */
    @Audited(action = "INTERPRETATION_UNLINK", objectType = TYPE)
    public void unlink(String interpretationIndex) {
        GovInfo interpretation = entry(interpretationIndex, "interpretation");
        InterpretationLink link = em.createNamedQuery(InterpretationLink.OF_INTERPRETATION, InterpretationLink.class)
                .setParameter("id", interpretation.getId()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("interpretation.invalid.notLinked", interpretationIndex));
        em.remove(link);
    }

    /** The links of one item, for its staff page (whoever may see the item). */
    @PermitAll
    public InterpretationLinks.Sides of(Long govInfoId) {
        return links.of(List.of(govInfoId)).getOrDefault(govInfoId, new InterpretationLinks.Sides());
    }

    private GovInfo entry(String indexNumber, String field) {
        String number = indexNumber == null ? "" : indexNumber.strip();
        return IndexNumber.parse(number)
                .flatMap(n -> em.createNamedQuery(GovInfo.BY_INDEX_NUMBER, GovInfo.class)
                        .setParameter("indexNumber", n.toString()).getResultStream().findFirst())
                .orElseThrow(() -> new InvalidInputException("interpretation.invalid.unknown." + field,
                        number.length() > 40 ? number.substring(0, 40) + "…" : number));
    }
}
