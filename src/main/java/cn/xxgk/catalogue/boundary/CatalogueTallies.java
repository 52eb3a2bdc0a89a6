package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.identity.boundary.Directory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of the information items for the statistics component, made by the database (GROUP BY):
 * proactive, on request and exempt (seed 一(六)1), once the leader's sign-off fixed the attribute.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
public class CatalogueTallies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    /** The items signed off (published ones by their publication day) from first to last. */
    public List<InfoCount> fixedBetween(LocalDate first, LocalDate last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.department_id, t.key_content_category, t.disclosure_attribute, MONTH(t.counted_on), COUNT(*)
                        FROM (SELECT g.department_id, g.key_content_category, g.disclosure_attribute,
                                     COALESCE(g.published_date, DATE(g.signed_off_at)) AS counted_on
                              FROM gov_info g WHERE g.signed_off_at IS NOT NULL) t
                        WHERE t.counted_on BETWEEN ?1 AND ?2
                        GROUP BY 1, 2, 3, 4""")
                .setParameter(1, first).setParameter(2, last).getResultList();
        Map<Long, String> names = new HashMap<>();
        return rows.stream().map(r -> {
            Long department = ((Number) r[0]).longValue();
            String name = names.computeIfAbsent(department, id -> {
                String known = directory.departmentName(id);
                return known == null ? "#" + id : known;
            });
            return new InfoCount(name, (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue());
        }).toList();
    }
}
