package cn.xxgk.identity.boundary;

import cn.xxgk.identity.entity.Agency;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the agency named in the configuration exists. The system serves one agency per
 * installation; another bureau deploys it with its own name and organisation code.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@PermitAll
public class AgencySetup {

    private static final Logger LOG = Logger.getLogger(AgencySetup.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xxgk.agency.organisation-code", defaultValue = "MB1532375")
    String organisationCode;

    @Inject
    @ConfigProperty(name = "xxgk.agency.name", defaultValue = "郑州市大数据管理局")
    String name;

    private Long agencyId;

    @PostConstruct
    void ensureAgency() {
        Agency agency = em.createQuery("SELECT a FROM Agency a WHERE a.organisationCode = :code", Agency.class)
                .setParameter("code", organisationCode)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Agency created = new Agency(organisationCode, name, LocalDateTime.now(clock));
                    em.persist(created);
                    LOG.info(() -> "Created agency " + organisationCode + " " + name);
                    return created;
                });
        if (!agency.getName().equals(name)) {
            agency.rename(name);
        }
        em.flush();
        agencyId = agency.getId();
    }

    @Lock(LockType.READ)
    public Agency currentAgency() {
        return em.find(Agency.class, agencyId);
    }

    /**
     * The agency's name, as configured: the start made the row say so, and nothing renames it while the
     * server runs, so pages and letters read it here instead of from the database (a public search page
     * asked for it once per request).
     */
    @Lock(LockType.READ)
    public String agencyName() {
        return name;
    }

    /** The agency's organisation code (the first part of every index number), as configured and stored. */
    @Lock(LockType.READ)
    public String organisationCode() {
        return organisationCode;
    }
}
