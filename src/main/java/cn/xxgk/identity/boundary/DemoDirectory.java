package cn.xxgk.identity.boundary;

import cn.xxgk.identity.control.PasswordHasher;
import cn.xxgk.identity.entity.Agency;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.boundary.DemoPart;
import cn.xxgk.platform.control.DemoDataProgress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo departments and one demo account per role, loaded once when xxgk.demo.enabled is
 * true (the run command sets it; production never does). "Once" means: only into a database
 * that has no department yet, so a restart keeps whatever the demo user changed.
 * <p>
 * The demo data loads in the background right after deployment, never delaying readiness: this
 * bean first, then every {@link DemoPart} of the other components in the same background thread,
 * each part in its own transaction. A part that fails is logged and left out
 * ({@link DemoDataProgress}); the application runs all the same.
 */
@Startup
@Singleton
@DependsOn("AgencySetup")
@PermitAll
public class DemoDirectory {

    /**
     * The password of every demo account; printed by the run command. It meets the password
     * policy, and the demo accounts are not made to change it (it is in the README).
     */
    public static final String DEMO_PASSWORD = "xxgk-demo-2026";

    /** Departments named in the bureau's rules first, then a few more. */
    static final List<String> DEPARTMENTS = List.of("办公室", "产业发展处", "机关党委", "数据资源处", "信息化推进处");

    /** username -> (display name, department, role). */
    static final Map<String, DemoAccount> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("office", new DemoAccount("王办公", "办公室", Role.OFFICE_STAFF));
        ACCOUNTS.put("officehead", new DemoAccount("李主任", "办公室", Role.OFFICE_HEAD));
        ACCOUNTS.put("deptstaff", new DemoAccount("张处员", "产业发展处", Role.DEPT_STAFF));
        ACCOUNTS.put("depthead", new DemoAccount("赵处长", "产业发展处", Role.DEPT_HEAD));
        ACCOUNTS.put("leader", new DemoAccount("刘副局长", null, Role.LEADER_IN_CHARGE));
        ACCOUNTS.put("director", new DemoAccount("陈局长", null, Role.DIRECTOR));
        ACCOUNTS.put("secrecy", new DemoAccount("孙保密", "办公室", Role.SECRECY_OFFICER));
        ACCOUNTS.put("discipline", new DemoAccount("周纪检", "机关党委", Role.DISCIPLINE));
    }

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencySetup agencies;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xxgk.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoDataProgress progress;

    @Inject
    @Any
    Instance<DemoPart> parts;

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    /** Schedules the loading: deployment does not wait for it. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        if (enabled) {
            progress.loading();
            timers.createSingleActionTimer(0, new TimerConfig("demo data", false));
        }
    }

    /** The directory, then the parts that build on it; whatever fails is recorded, nothing thrown. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadInBackground() {
        try {
            if (progress.attempt("demo directory", () -> context.getBusinessObject(DemoDirectory.class).load())) {
                parts.forEach(part -> progress.attempt(part.name(), part::load));
            }
        } finally {
            progress.settled();
        }
    }

    /** The departments and accounts, unless the database has departments already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load() {
        Long departments = em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult();
        if (departments > 0) {
            LOG.info("Demo data already present; left as it is");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Agency agency = agencies.currentAgency();
        Map<String, Department> byName = new LinkedHashMap<>();
        for (String name : DEPARTMENTS) {
            Department department = new Department(agency, name, now);
            em.persist(department);
            byName.put(name, department);
        }
        // one hash (with its salt) for the one demo password: hashing is slow on purpose
        String passwordHash = hasher.hash(DEMO_PASSWORD.toCharArray());
        ACCOUNTS.forEach((username, account) -> {
            AppUser user = AppUser.localAccount(username, account.displayName(), passwordHash, now);
            user.assignTo(account.department() == null ? null : byName.get(account.department()));
            // reminders reach the demo users at the run command's mail catcher (localhost:2525)
            user.updateProfile(account.displayName(), username + "@xxgk.example");
            user.grantRoles(Set.of(account.role()));
            em.persist(user);
        });
        LOG.info(() -> "Loaded demo data: " + DEPARTMENTS.size() + " departments, " + ACCOUNTS.size() + " accounts");
    }

    record DemoAccount(String displayName, String department, Role role) {
    }
}
