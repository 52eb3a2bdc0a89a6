package cn.xxgk.request.boundary;

import cn.xxgk.notification.boundary.Outbox;
import cn.xxgk.platform.boundary.SchemaMigration;
import cn.xxgk.request.control.ContactDetails;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.entity.DisclosureRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The e-mail notices an applicant who filed online asked for (the form's "notify me" box), written
 * to the notification outbox in the caller's transaction: a notice exists exactly when the step that
 * causes it was committed. The address is decrypted from the sealed contact only here. The query
 * code is never in a mail (only its hash is kept).
 */
@Dependent
public class ApplicantNotices {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Outbox.Batch outbox;

    @Inject
    PersonalDataKeys keys;

    /** The request was filed: its number, and that the office will confirm it. */
    public void filed(DisclosureRequest r) {
        send(r, "您的政府信息公开申请已提交（编号 " + r.getNumber() + "）",
                "您于 " + r.getReceivedOn() + " 通过网上申请提交的政府信息公开申请已提交，申请编号 " + r.getNumber()
                        + "。\n政府信息公开工作机构确认收到后，以双方确认之日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条第三项），"
                        + "并开始计算答复期限。\n请凭申请编号和查询码在门户网站“申请进度查询”中查看办理情况。");
    }

    /** The office confirmed: the day of receipt and the reply's due date (Art. 31(3), Art. 33). */
    public void receiptConfirmed(DisclosureRequest r, LocalDate replyDue) {
        send(r, "已确认收到您的政府信息公开申请（编号 " + r.getNumber() + "）",
                "政府信息公开工作机构已于 " + r.legalReceiptDay() + " 确认收到您的申请（编号 " + r.getNumber()
                        + "），该日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条第三项）。\n答复期限至 " + replyDue
                        + "。登记回执可凭申请编号和查询码在门户网站“申请进度查询”中下载。");
    }

    private void send(DisclosureRequest r, String subject, String body) {
        if (!r.isNotifyByEmail()) {
            return;
        }
        String email = ContactDetails.opened(r.getApplicant().getSealedContact(), keys.cipher()).email();
        if (email == null) {
            return;
        }
        outbox.add(email, subject, body, null);
        try (Connection connection = dataSource.getConnection()) {
            outbox.flush(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("queueing the notice of request " + r.getNumber() + " failed", e);
        }
    }
}
