package cn.xxgk.request.boundary;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.Channel;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.platform.boundary.DemoPart;
import cn.xxgk.platform.control.MissingSettingException;
import cn.xxgk.request.control.ContactDetails;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.control.KeyedHash;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.MatterKey;
import cn.xxgk.request.control.PersonalDataCipher;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.control.QueryCodes;
import cn.xxgk.request.control.ReplyWordings;
import cn.xxgk.request.control.RequestNumberAllocator;
import cn.xxgk.request.control.ResidentIdNumber;
import cn.xxgk.request.control.SocialCreditCode;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.Correction;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.RequestLetter;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo requests for the run command, loaded once into a database without any request when
 * xxgk.demo.enabled is true: one received today, two in progress, one waiting for a correction, one
 * with a third party consulted and one closed, all handled by the demo user office, each with the
 * letters its steps send (receipt, correction notice, consultation letter, reply). No deadline is
 * due within the reminder horizon: the tests boot with the demo data and count the mails they get.
 * Needs the personal-data keys (the run command generates them); without them it loads nothing.
 */
@Singleton
@Local(DemoPart.class)
@PermitAll
public class DemoRequests implements DemoPart {

    private static final Logger LOG = Logger.getLogger(DemoRequests.class.getName());
    private static final String HANDLER = "office";

    @PersistenceContext
    EntityManager em;

    @Inject
    Deadlines deadlines;

    @Inject
    WorkingDays workingDays;

    @Inject
    RequestClock requestClock;

    @Inject
    RequestNumberAllocator numbers;

    @Inject
    LetterIssuer letters;

    @Inject
    PersonalDataKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xxgk.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    public String name() {
        return "demo requests";
    }

    /** Loads the demo requests, unless the database has some already. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load() {
        if (!enabled || em.createQuery("SELECT COUNT(r) FROM DisclosureRequest r", Long.class).getSingleResult() > 0) {
            return;
        }
        PersonalDataCipher cipher;
        KeyedHash hash;
        try {
            cipher = keys.cipher();
            hash = keys.hash();
        } catch (MissingSettingException noKeys) {
            LOG.warning("No personal-data keys configured: no demo requests");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        WorkingDayCalendar calendar = workingDays.calendar();

        request(cipher, hash, person("张伟", Channel.IN_PERSON, today, "本局2025年部门预算及“三公”经费预算情况"),
                person(1985), now);

        DisclosureRequest inProgress = request(cipher, hash, person("李娜", Channel.POST, back(calendar, today, 8),
                "郑州市公共数据开放目录（2025年版）全文"), person(1990), now);
        accept(inProgress, now);

        DisclosureRequest older = request(cipher, hash, person("王强", Channel.EMAIL, back(calendar, today, 10),
                "郑大数据〔2024〕12号文件及其附件"), person(1978), now);
        accept(older, now);

        DisclosureRequest correction = request(cipher, hash, company("河南数智科技有限公司", back(calendar, today, 3),
                "贵局的相关文件"), company(), now);
        accept(correction, now);
        correction.correcting().sendNotice(back(calendar, today, 1), today.plusDays(15),
                "请写明所需文件的名称、文号或者其他特征性描述。", Correction.lastNoticeDay(correction.getClock().getStartOn(), calendar),
                HANDLER, now);
        correction.stampReplyDue(deadlines.pause(correction.getClock().getReplyDeadlineId(), back(calendar, today, 1),
                "correction notice").getDueDate());
        requestClock.closeCorrectionWindow(correction);
        letters.issue(correction, RequestStep.CORRECTION_NOTICE_SENT, LetterKind.CORRECTION_NOTICE,
                LetterContent.correctionNotice(correction, today), HANDLER, now);

        DisclosureRequest consulted = request(cipher, hash, person("赵敏", Channel.FAX, back(calendar, today, 6),
                "2025年大数据产业园区入驻企业的扶持资金拨付情况"), person(1982), now);
        accept(consulted, now);
        LocalDate sent = back(calendar, today, 2);
        Consultation consultation = consulted.consulting().consult(ConsultationKind.THIRD_PARTY, "郑州某数据服务有限公司",
                "扶持资金金额是否涉及商业秘密", sent, LetterDelivery.IN_PERSON, HANDLER, now);
        consulted.stampReplyDue(
                deadlines.pause(consulted.getClock().getReplyDeadlineId(), sent, "THIRD_PARTY").getDueDate());
        Deadline answer = requestClock.answerDeadline(consulted, consultation);
        em.flush();
        consultation.attachAnswerDeadline(answer.getId());
        letters.issue(consulted, RequestStep.THIRD_PARTY_CONSULTED, LetterKind.THIRD_PARTY_CONSULTATION,
                LetterContent.consultation(consulted, consultation, answer.getDueDate()), HANDLER, now);

        DisclosureRequest closed = request(cipher, hash, person("刘洋", Channel.IN_PERSON, back(calendar, today, 12),
                "郑州市大数据管理局政府信息公开指南"), person(1995), now);
        accept(closed, now);
        closed.replying().reply(ReplyOutcome.DISCLOSED, null, "您申请的政府信息已主动公开，现予提供。", "当场领取纸质件。",
                back(calendar, today, 10), HANDLER, now);
        closed.stampReplyDue(deadlines.status(closed.getClock().getReplyDeadlineId()).dueDate());
        RequestLetter reply = letters.issue(closed, RequestStep.REPLIED, LetterKind.REPLY, LetterContent.reply(closed,
                ReplyWordings.of(ReplyOutcome.DISCLOSED, null, false, false), closed.getReply().getRepliedOn(),
                closed.getReply().getReplyText(),
                null, null, null), HANDLER, now);
        closed.replying().attachLetter(reply.getId());
        requestClock.closeAll(closed);
        closed.replying().recordDelivery(DeliveryMethod.PICK_UP, back(calendar, today, 10), "申请人签收", HANDLER, now);
        em.flush();
        LOG.info("Loaded six demo disclosure requests");
    }

    private DisclosureRequest request(PersonalDataCipher cipher, KeyedHash hash, RequestForm form, String idNumber,
                                      LocalDateTime now) {
        String number = numbers.next(now.getYear());
        ProtectedIdNumber id = new ProtectedIdNumber(cipher.encrypt(PersonalDataCipher.ID_NUMBER, idNumber),
                hash.of(KeyedHash.ID_NUMBER, idNumber), IdentityDocuments.mask(idNumber));
        DisclosureRequest r = DisclosureRequest.register(number, form, id, ContactDetails.of(form).sealedWith(cipher),
                MatterKey.of(form.description()), null,
                QueryCodes.hash(hash, QueryCodes.random()), HANDLER, HANDLER, now);
        RequestClock.Opened clocks = requestClock.open(r);
        em.persist(r);
        em.flush();
        clocks.attachTo(r);
        letters.issue(r, RequestStep.REGISTERED, LetterKind.RECEIPT, LetterContent.receipt(r, clocks.reply().getDueDate(),
                r.getReceivedOn()), HANDLER, now);
        return r;
    }

    private void accept(DisclosureRequest r, LocalDateTime now) {
        r.handling().accept(r.getReceivedOn(), HANDLER, now);
        r.stampReplyDue(requestClock.replyDue(r));
    }

    /** The day n working days before today (the calendar counts forward only). */
    private static LocalDate back(WorkingDayCalendar calendar, LocalDate today, int n) {
        LocalDate day = today;
        while (calendar.countWorkingDays(day, today) < n) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static RequestForm person(String name, Channel channel, LocalDate received, String description) {
        return new RequestForm(channel, received, ApplicantType.NATURAL_PERSON, null, name, null,
                IdentityDocumentType.RESIDENT_ID_CARD, "0371-67181234",
                null, "郑州市金水区经三路 15 号", "450008", description,
                FormWanted.PAPER, DeliveryMethod.POST, null, null, null, null);
    }

    private static RequestForm company(String name, LocalDate received, String description) {
        return new RequestForm(Channel.POST, received, ApplicantType.LEGAL_PERSON, OrganisationKind.COMMERCIAL_ENTERPRISE,
                name, "陈经理", IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "0371-55550000", "office@example.cn",
                "郑州市郑东新区商务外环路 8 号", "450018", description, FormWanted.ELECTRONIC, DeliveryMethod.EMAIL,
                null, null, null, null);
    }

    /** A made-up resident ID number of Zhengzhou's Jinshui district with a valid check character. */
    private static String person(int birthYear) {
        String first17 = "410105" + birthYear + "0615" + "02" + (birthYear % 10);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String company() {
        String first17 = "91410100MA0000001";
        return first17 + SocialCreditCode.checkCharacter(first17);
    }
}
