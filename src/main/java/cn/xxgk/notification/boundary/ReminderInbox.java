package cn.xxgk.notification.boundary;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.notification.entity.NotificationPreference;
import cn.xxgk.notification.entity.Reminder;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A user's own reminders, as the application shows them, and the choice to mute reminder mail
 * (escalations of overdue deadlines are always mailed). Only ever the caller's own.
 */
@Stateless
@PermitAll
public class ReminderInbox {

    static final int DAYS_SHOWN = 30;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    public List<Reminder> mine() {
        return em.createNamedQuery(Reminder.OF_RECIPIENT, Reminder.class)
                .setParameter("recipient", caller())
                .setParameter("since", LocalDateTime.now(clock).minusDays(DAYS_SHOWN))
                .getResultList();
    }

    public void markRead(long reminderId) {
        Reminder reminder = em.find(Reminder.class, reminderId);
        if (reminder != null && reminder.getRecipient().equals(caller())) {
            reminder.markRead(LocalDateTime.now(clock));
        }
    }

    public boolean mailMuted() {
        NotificationPreference preference = em.find(NotificationPreference.class, caller());
        return preference != null && preference.isMuteMail();
    }

    @Audited(action = "REMINDER_MAIL_MUTE", objectType = "NotificationPreference")
    public void muteMail(boolean mute) {
        NotificationPreference preference = em.find(NotificationPreference.class, caller());
        if (preference == null) {
            em.persist(new NotificationPreference(caller(), mute, LocalDateTime.now(clock)));
        } else {
            preference.change(mute, LocalDateTime.now(clock));
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
