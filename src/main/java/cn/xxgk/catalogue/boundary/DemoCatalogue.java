package cn.xxgk.catalogue.boundary;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.catalogue.control.AttachmentStore;
import cn.xxgk.catalogue.control.BodyHtml;
import cn.xxgk.catalogue.control.IndexNumberAllocator;
import cn.xxgk.catalogue.control.IndexSerialRows;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.AttachmentType;
import cn.xxgk.catalogue.entity.Caller;
import cn.xxgk.catalogue.entity.ChannelRecord;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.boundary.DemoPart;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo catalogue, loaded once (into a database without any item) when xxgk.demo.enabled is
 * true: the bureau's own rules 郑大数据〔2019〕23号 as a published entry with their real header
 * (and the rules as a PDF attachment, typeset from the same text by headless Chromium),
 * and one item of 产业发展处 waiting at each step of the chain (one of them late), so that every queue has
 * something.
 * The 2019 serials continue after 45, the number of the rules.
 */
@Singleton
@Local(DemoPart.class)
@PermitAll
public class DemoCatalogue implements DemoPart {

    static final IndexNumber RULES_INDEX = new IndexNumber("MB1532375", 2019, 45);
    static final String RULES_RESOURCE = "/catalogue/zheng-da-shu-ju-2019-23.txt";
    static final String RULES_PDF_RESOURCE = "/catalogue/zheng-da-shu-ju-2019-23.pdf";

    private static final Caller OFFICE = Caller.of("office", null, Role.OFFICE_STAFF);
    private static final Caller SECRECY = Caller.of("secrecy", null, Role.SECRECY_OFFICER);
    private static final Caller LEADER = Caller.of("leader", null, Role.LEADER_IN_CHARGE);
    private static final Caller DIRECTOR = Caller.of("director", null, Role.DIRECTOR);

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Deadlines deadlines;

    @Inject
    IndexSerialRows serials;

    @Inject
    IndexNumberAllocator indexNumbers;

    @Inject
    AgencySetup agencies;

    @Inject
    AttachmentStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xxgk.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    public String name() {
        return "demo catalogue";
    }

    /** Loads the demo catalogue, unless the database has some already. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load() {
        if (!enabled) {
            return;
        }
        if (em.createQuery("SELECT COUNT(g) FROM GovInfo g", Long.class).getSingleResult() > 0) {
            LOG.info("Demo catalogue already present; left as it is");
            return;
        }
        Long office = directory.departmentNamed("办公室").orElse(null);
        Long industry = directory.departmentNamed("产业发展处").orElse(null);
        if (office == null || industry == null) {
            LOG.warning("Demo departments missing; no demo catalogue");
            return;
        }
        publishTheRules(office);
        waitingItems(industry);
        LOG.info("Loaded the demo catalogue: the bureau's rules and one item waiting at each step");
    }

    private void publishTheRules(Long office) {
        String html = BodyHtml.fromText(rulesText());
        DraftContent content = new DraftContent("郑州市大数据管理局政府信息公开制度", html, BodyHtml.text(html), "通告",
                "郑大数据〔2019〕23号", LocalDate.of(2019, 5, 17), SubjectCategory.GENERAL_AFFAIRS, "政府信息公开制度",
                KeyContentCategory.DECISIONS, true, DisclosureAttribute.PROACTIVE, null, null, false, null);
        LocalDateTime written = LocalDateTime.of(2019, 5, 17, 9, 0);
        // the office drafted its own rules as a department: its head confirmed them (seed 三(二))
        Caller officeDrafter = Caller.of("office", office, Role.DEPT_STAFF, Role.OFFICE_STAFF);
        GovInfo rules = GovInfo.draft(office, content, officeDrafter, written);
        em.persist(rules);
        em.flush();
        attachTheRulesPdf(rules, written);
        rules.confirm(Caller.of("officehead", office, Role.DEPT_HEAD, Role.OFFICE_HEAD), null, written.plusHours(1));
        rules.review(null, null, null, null, OFFICE, null, written.plusHours(2));
        rules.passSecrecy(null, SECRECY, null, written.plusHours(3));
        // an official document (通告): the director signs it (seed 三(四))
        rules.signOff(null, null, null, null, DIRECTOR, Set.of(), null, written.plusHours(4));
        rules.catalogue(RULES_INDEX, OFFICE, written.plusDays(3));
        rules.publish(List.of(new ChannelRecord("BUREAU_WEBSITE", LocalDate.of(2019, 5, 20), null)), OFFICE,
                LocalDateTime.of(2019, 5, 20, 10, 0));
        serials.atLeast(RULES_INDEX.organisationCode(), RULES_INDEX.year(), RULES_INDEX.serial());
    }

    /** The rules as a PDF attachment (typeset from the same text; the store keeps it like any upload). */
    private void attachTheRulesPdf(GovInfo rules, LocalDateTime when) {
        try (InputStream pdf = DemoCatalogue.class.getResourceAsStream(RULES_PDF_RESOURCE)) {
            if (pdf == null) {
                throw new IllegalStateException("missing resource " + RULES_PDF_RESOURCE);
            }
            try (AttachmentStore.Incoming incoming = store.receive(pdf, Long.MAX_VALUE - 1)) {
                String key = store.keep(incoming);
                em.persist(Attachment.of(rules, "郑州市大数据管理局政府信息公开制度.pdf", AttachmentType.PDF, incoming.size(),
                        incoming.sha256(), key, "office", when));
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning("The rules' demo PDF could not be stored; the entry has no attachment: " + e);
        }
    }

    /** The items of 产业发展处 are information other than official documents: the leader in charge signs them. */
    private void waitingItems(Long industry) {
        Caller depthead = Caller.of("depthead", industry, Role.DEPT_HEAD);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        GovInfo draft = item(industry, "大数据产业园区建设进展情况（拟稿）", today.minusDays(1), now);
        GovInfo confirmed = item(industry, "数字经济重点项目推进情况", today.minusDays(3), now);
        confirmed.confirm(depthead, "同意报送办公室。", now);
        GovInfo reviewed = item(industry, "大数据企业培育工作情况", today.minusDays(5), now);
        reviewed.confirm(depthead, null, now);
        reviewed.review(null, null, null, null, OFFICE, "属性无误。", now);
        GovInfo secrecyPassed = item(industry, "数据要素市场建设工作进展", today.minusDays(7), now);
        secrecyPassed.confirm(depthead, null, now);
        secrecyPassed.review(null, null, null, null, OFFICE, null, now);
        secrecyPassed.passSecrecy(null, SECRECY, "不涉密。", now);
        GovInfo signedOff = item(industry, "大数据产业发展季度报告", today.minusDays(9), now);
        signedOff.confirm(depthead, null, now);
        signedOff.review(null, null, null, null, OFFICE, null, now);
        signedOff.passSecrecy(null, SECRECY, null, now);
        signedOff.signOff(null, null, null, null, LEADER, Set.of(), "同意主动公开。", now);
        GovInfo catalogued = item(industry, "公共数据开放目录（2026年版）", today.minusDays(10), now);
        catalogued.confirm(depthead, null, now);
        catalogued.review(null, null, null, null, OFFICE, null, now);
        catalogued.passSecrecy(null, SECRECY, null, now);
        catalogued.signOff(null, null, null, null, DIRECTOR, Set.of(), null, now);
        catalogued.catalogue(indexNumbers.next(agencies.organisationCode(), today.getYear()), OFFICE, now);
        // late: formed six weeks ago and still waiting for the secrecy review (the 逾期发布 list shows it)
        GovInfo overdue = item(industry, "大数据产业专项资金使用情况", today.minusDays(42), now);
        overdue.confirm(depthead, null, now);
        overdue.review(null, null, null, null, OFFICE, null, now);
        // the two waits outside the bureau: the municipal office's answer, the secrecy administration's
        GovInfo consulting = item(industry, "大数据企业名录（拟公开）", today.minusDays(4), now);
        consulting.confirm(depthead, null, now);
        consulting.consult("企业名录含企业联系人信息，是否属于主动公开范围？", OFFICE, now);
        GovInfo doubtful = item(industry, "数据中心布局规划（征求意见稿）", today.minusDays(6), now);
        doubtful.confirm(depthead, null, now);
        doubtful.review(null, null, null, null, OFFICE, null, now);
        doubtful.doubtSecrecy("规划涉及数据中心具体选址，是否涉密请市保密局审定。", SECRECY, now);
        for (GovInfo info : List.of(draft, confirmed, reviewed, secrecyPassed, signedOff, catalogued, overdue, consulting,
                doubtful)) {
            em.persist(info);
            em.flush();
            Deadline deadline = deadlines.open("GovInfo", info.getId().toString(), DeadlineKind.PUBLICATION,
                    info.getWrittenDate(), "deptstaff");
            em.flush();
            info.attachPublicationDeadline(deadline.getId());
        }
    }

    private static GovInfo item(Long department, String title, LocalDate written, LocalDateTime now) {
        String html = BodyHtml.fromText(title + "。\n本信息由产业发展处起草，属于重点公开内容第3项“大数据产业工作进展情况”。");
        DraftContent content = new DraftContent(title, html, BodyHtml.text(html), null, null, written,
                SubjectCategory.INDUSTRY_TRANSPORT, "大数据产业", KeyContentCategory.BIG_DATA_INDUSTRY, false,
                DisclosureAttribute.PROACTIVE, null, null, false, null);
        return GovInfo.draft(department, content, Caller.of("deptstaff", department, Role.DEPT_STAFF), now);
    }

    private static String rulesText() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
