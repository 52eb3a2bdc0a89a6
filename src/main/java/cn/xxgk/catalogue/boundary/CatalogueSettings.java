package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.entity.ChannelKind;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.KeyContentResponsibility;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.catalogue.entity.SignOffDelegation;
import cn.xxgk.catalogue.entity.SignOffDelegationSetting;
import cn.xxgk.catalogue.entity.SubjectSubcategory;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.AggregateCommands;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the office configures for the catalogue: the agency's second-level subject categories,
 * the publication channels, who is responsible for each key content category, and the sign-off
 * delegation. Anyone may
 * read them (the drafting sheet and the public catalogue need the names); the office head
 * changes them, each change audited. Nothing is ever deleted: entries keep what they named.
 */
@Stateless
@PermitAll
public class CatalogueSettings {

    static final String SUBCATEGORY = "SubjectSubcategory";
    static final String CHANNEL = "ChannelKind";
    static final String KEY_CONTENT = "KeyContentResponsibility";
    static final String DELEGATION = "SignOffDelegationSetting";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    // ---- reading -------------------------------------------------------------------------

    /** The second level of every category, active ones only when asked, by category then name. */
    public List<SubjectSubcategory> subcategories(boolean activeOnly) {
        return em.createQuery("""
                        SELECT s FROM SubjectSubcategory s WHERE (:all = TRUE OR s.active = TRUE)
                        ORDER BY s.category, s.name""", SubjectSubcategory.class)
                .setParameter("all", !activeOnly).getResultList();
    }

    public boolean isOfferedSubcategory(SubjectCategory category, String name) {
        return em.createQuery("""
                        SELECT COUNT(s) FROM SubjectSubcategory s
                        WHERE s.category = :category AND s.name = :name AND s.active = TRUE""", Long.class)
                .setParameter("category", category).setParameter("name", name.strip()).getSingleResult() > 0;
    }

    /** The channels in their order; active ones only when asked. */
    public List<ChannelKind> channels(boolean activeOnly) {
        return em.createQuery("""
                        SELECT c FROM ChannelKind c WHERE (:all = TRUE OR c.active = TRUE) ORDER BY c.position, c.code""",
                        ChannelKind.class)
                .setParameter("all", !activeOnly).getResultList();
    }

    /** Every channel's name by its code, retired ones included (published entries still name them). */
    public Map<String, String> channelNames() {
        Map<String, String> names = new LinkedHashMap<>();
        channels(false).forEach(c -> names.put(c.getCode(), c.getName()));
        return names;
    }

    /** The responsible department's name per key content category (the seed's name where none is chosen). */
    public Map<KeyContentCategory, String> keyContentDepartments() {
        Map<KeyContentCategory, String> names = new EnumMap<>(KeyContentCategory.class);
        for (KeyContentCategory category : KeyContentCategory.values()) {
            names.put(category, category.responsibleDepartment());
        }
        em.createQuery("SELECT r FROM KeyContentResponsibility r", KeyContentResponsibility.class).getResultStream()
                .filter(r -> r.getDepartmentId() != null)
                .forEach(r -> names.put(r.getCategory(), directory.departmentName(r.getDepartmentId())));
        return names;
    }

    public List<KeyContentResponsibility> keyContentResponsibilities() {
        return em.createQuery("SELECT r FROM KeyContentResponsibility r ORDER BY r.category", KeyContentResponsibility.class)
                .getResultList();
    }

    /** The agency's sign-off delegation setting (seed 三(四) as written unless it is on). */
    public SignOffDelegationSetting signOffDelegation() {
        return em.find(SignOffDelegationSetting.class, SignOffDelegationSetting.ID);
    }

    /** The delegations in force, as an item's sign-off takes them. */
    public Set<SignOffDelegation> delegations() {
        SignOffDelegationSetting setting = signOffDelegation();
        return setting == null ? Set.of() : setting.delegations();
    }

    // ---- the office head's changes -------------------------------------------------------

    /**
     * Whether the leader in charge may also sign official documents (the leadership's decision, which
     * the office head records as the leading group's secretariat); items signed so record it.
     */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "CATALOGUE_SIGN_OFF_DELEGATION", objectType = DELEGATION)
    public SignOffDelegationSetting setSignOffDelegation(boolean documentsByLeaderInCharge, long seenVersion) {
        return commands(SignOffDelegationSetting.class, DELEGATION, SignOffDelegationSetting::getVersion)
                .change(em, SignOffDelegationSetting.ID, seenVersion,
                        setting -> setting.change(documentsByLeaderInCharge, caller(), LocalDateTime.now(clock)));
    }

    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "CATALOGUE_SUBCATEGORY_ADD", objectType = SUBCATEGORY)
    public SubjectSubcategory addSubcategory(SubjectCategory category, String name) {
        if (category == null) {
            throw new InvalidInputException("catalogue.invalid.subjectRequired");
        }
        String clean = requiredName(name, SubjectSubcategory.MAX_NAME);
        boolean exists = em.createQuery("""
                        SELECT COUNT(s) FROM SubjectSubcategory s WHERE s.category = :category AND s.name = :name""", Long.class)
                .setParameter("category", category).setParameter("name", clean).getSingleResult() > 0;
        if (exists) {
            throw new InvalidInputException("catalogue.settings.subcategoryExists", category.officialName(), clean);
        }
        SubjectSubcategory created = new SubjectSubcategory(category, clean, caller(), LocalDateTime.now(clock));
        em.persist(created);
        em.flush();
        return created;
    }

    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "CATALOGUE_SUBCATEGORY_ACTIVE", objectType = SUBCATEGORY)
    public SubjectSubcategory setSubcategoryActive(Long id, long seenVersion, boolean active) {
        return commands(SubjectSubcategory.class, SUBCATEGORY, SubjectSubcategory::getVersion)
                .change(em, id, seenVersion, subcategory -> subcategory.setActive(active));
    }

    /** A new channel after the others; its code is made here (LOCAL_n), the name is what people read. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "CATALOGUE_CHANNEL_ADD", objectType = CHANNEL)
    public ChannelKind addChannel(String name) {
        String clean = requiredName(name, ChannelKind.MAX_NAME);
        List<ChannelKind> all = channels(false);
        if (all.stream().anyMatch(c -> c.getName().equals(clean))) {
            throw new InvalidInputException("catalogue.settings.channelExists", clean);
        }
        int position = all.stream().mapToInt(ChannelKind::getPosition).max().orElse(0) + 1;
        ChannelKind created = new ChannelKind("LOCAL_" + position, clean, position);
        em.persist(created);
        em.flush();
        return created;
    }

    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "CATALOGUE_CHANNEL_ACTIVE", objectType = CHANNEL)
    public ChannelKind setChannelActive(String code, long seenVersion, boolean active) {
        return commands(ChannelKind.class, CHANNEL, ChannelKind::getVersion)
                .change(em, code, seenVersion, channel -> channel.setActive(active));
    }

    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "CATALOGUE_KEY_CONTENT_DEPARTMENT", objectType = KEY_CONTENT)
    public KeyContentResponsibility assignKeyContent(KeyContentCategory category, long seenVersion, Long departmentId) {
        return commands(KeyContentResponsibility.class, KEY_CONTENT, KeyContentResponsibility::getVersion)
                .change(em, category, seenVersion, responsibility -> {
                    if (departmentId != null && directory.departmentName(departmentId) == null) {
                        throw new InvalidInputException("catalogue.settings.notFound");
                    }
                    responsibility.assign(departmentId);
                });
    }

    /** Office staff may look at the settings page; only the head changes it. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    public boolean mayChange() {
        return session.isCallerInRole(OFFICE_HEAD);
    }

    /** Load, check the version the user saw, act, flush: every change of a setting. */
    private static <S> AggregateCommands<S> commands(Class<S> type, String name, java.util.function.ToLongFunction<S> version) {
        return new AggregateCommands<>(type, name, version, "catalogue.settings.notFound");
    }

    private static String requiredName(String name, int max) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("catalogue.settings.nameRequired");
        }
        String clean = name.strip();
        if (clean.length() > max) {
            throw new InvalidInputException("catalogue.invalid.textTooLong", max);
        }
        return clean;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
