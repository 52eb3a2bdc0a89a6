package cn.xxgk.notification.boundary;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The office head may run a reminder pass at once (after fixing an SMTP outage, say) instead of waiting. */
@Stateless
@RolesAllowed(Role.Names.OFFICE_HEAD)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderOperations {

    @Inject
    ReminderPoller poller;

    @Audited(action = "REMINDER_PASS", objectType = "Outbox")
    public PassResult runPass() {
        long start = System.nanoTime();
        int sent = poller.pass();
        return new PassResult(sent, (System.nanoTime() - start) / 1_000_000);
    }

    /** How many mails a pass sent and how long it took. */
    public record PassResult(int sent, long millis) {
    }
}
