package cn.xxgk.notification.control;

import cn.xxgk.platform.control.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** The Chinese texts of the reminder mails (resource bundle i18n/messages, keys reminder.mail.*). */
@ApplicationScoped
public class MailTemplates {

    public Mail reminder(ReminderKind kind, String recipientName, String subject, String deadlineKind, LocalDate due,
                         int remainingWorkingDays) {
        String family = kind.isEscalation() ? "OVERDUE" : kind.equals(ReminderKind.DUE_TODAY) ? "DUE_TODAY" : "BEFORE";
        String kindLabel = MessageBundle.text("deadline.kind." + deadlineKind);
        String title = MessageBundle.text("reminder.mail.subject." + family, subject, kindLabel,
                due.toString(), Math.abs(remainingWorkingDays));
        String body = MessageBundle.text("reminder.mail.body." + family, recipientName, subject,
                kindLabel, due.toString(), Math.abs(remainingWorkingDays));
        return new Mail(title, body);
    }

    /** A mail's subject line and plain-text body. */
    public record Mail(String subject, String body) {
    }
}
