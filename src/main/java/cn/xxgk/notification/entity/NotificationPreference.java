package cn.xxgk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A user's wish to receive reminder mails only for overdue escalations. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "mute_mail", nullable = false)
    private boolean muteMail;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, boolean muteMail, LocalDateTime now) {
        this.username = username;
        change(muteMail, now);
    }

    public void change(boolean mute, LocalDateTime now) {
        this.muteMail = mute;
        this.updatedAt = now;
    }

    public boolean isMuteMail() {
        return muteMail;
    }
}
