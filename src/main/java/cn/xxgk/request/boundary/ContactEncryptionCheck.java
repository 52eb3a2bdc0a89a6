package cn.xxgk.request.boundary;

import cn.xxgk.request.control.PersonalDataKeys;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Before Flyway applies anything: when {@link V15__EncryptApplicantContact} still has clear contact
 * data to encrypt and the key is not configured, the start stops here with a message naming the
 * setting. Refused inside the migration instead, Flyway would record V15 as failed (MariaDB cannot
 * roll back DDL) and every later start would stop until somebody repaired the schema history.
 * Once V15 has run this is one look at information_schema per start.
 */
@Dependent
public class ContactEncryptionCheck extends BaseCallback {

    private final PersonalDataKeys keys;

    @Inject
    public ContactEncryptionCheck(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            long clear = V15__EncryptApplicantContact.clearRows(context.getConnection());
            if (clear > 0) {
                V15__EncryptApplicantContact.cipher(keys, clear);
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot tell whether contact data waits for encryption", e);
        } catch (IllegalStateException noKey) {
            throw new FlywayException(noKey.getMessage(), noKey);
        }
    }

    @Override
    public String getCallbackName() {
        return "request contact encryption check";
    }
}
