package cn.xxgk.notification.web;

import cn.xxgk.notification.boundary.ReminderInbox;
import cn.xxgk.notification.entity.Reminder;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My reminders": what the deadlines reminded me of, and whether I want the mails. */
@Named
@ViewScoped
public class RemindersView implements Serializable {

    @Inject
    ReminderInbox inbox;

    @Inject
    Messages messages;

    private List<Reminder> reminders;
    private boolean muted;

    public void load() {
        reminders = inbox.mine();
        muted = inbox.mailMuted();
    }

    public void saveMute() {
        inbox.muteMail(muted);
        messages.info(null, muted ? "reminder.muted" : "reminder.unmuted");
    }

    public void markRead(Reminder reminder) {
        inbox.markRead(reminder.getId());
        load();
    }

    public List<Reminder> getReminders() {
        return reminders;
    }

    public boolean isMuted() {
        return muted;
    }

    public void setMuted(boolean muted) {
        this.muted = muted;
    }
}
