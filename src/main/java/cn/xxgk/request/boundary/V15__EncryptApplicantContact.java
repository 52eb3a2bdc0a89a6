package cn.xxgk.request.boundary;

import cn.xxgk.platform.control.MissingSettingException;
import cn.xxgk.request.control.PersonalDataCipher;
import cn.xxgk.request.control.PersonalDataKeys;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 15: the applicant's contact data (contact person, phone, email, postal address,
 * postcode) is kept encrypted like the identity number (AES-GCM under xxgk.crypto.id-key, each
 * field sealed under its own name). Adds a VARBINARY column per field, sized for the cipher of the
 * longest value V6 allowed (4 bytes per utf8mb4 character plus the cipher's 29), encrypts the clear
 * values of the rows there are, drops the clear columns and rebuilds the table: MariaDB drops a
 * column instantly, leaving its bytes in the rows until the table is rebuilt.
 *
 * <p>A Java migration, as only Java has the key; under Flyway's lock, so two nodes starting
 * together cannot encrypt twice. The key is asked for before anything changes, and only when there
 * are clear values: a new database migrates without it. {@link ContactEncryptionCheck} asks the
 * same before Flyway applies anything, so that a start without the key leaves no failed migration
 * behind. Each step may run again (a start that died half-way): the columns are added and dropped
 * only where they are (not), and encrypting again overwrites with an equal value.
 */
@Dependent
public class V15__EncryptApplicantContact extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V15__EncryptApplicantContact.class.getName());

    /** A clear column of V6, its encrypted successor, the name its values are sealed under, V6's length. */
    record Field(String clear, String sealed, String name, int maxChars) {
        int cipherBytes() {
            return PersonalDataCipher.OVERHEAD + 4 * maxChars;
        }
    }

    static final List<Field> FIELDS = List.of(
            new Field("contact_person", "contact_person_cipher", PersonalDataCipher.CONTACT_PERSON, 100),
            new Field("phone", "phone_cipher", PersonalDataCipher.PHONE, 40),
            new Field("email", "email_cipher", PersonalDataCipher.EMAIL, 200),
            new Field("postal_address", "postal_address_cipher", PersonalDataCipher.POSTAL_ADDRESS, 500),
            new Field("postcode", "postcode_cipher", PersonalDataCipher.POSTCODE, 10));

    /** Rows read and written per round trip. */
    static final int PAGE = 500;

    private final PersonalDataKeys keys;

    @Inject
    public V15__EncryptApplicantContact(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean clearColumns = clearColumnsPresent(c);
        long clear = clearRows(c);
        // refuses before any change when there is clear data and no key
        PersonalDataCipher cipher = clear > 0 ? cipher(keys, clear) : null;
        try (Statement s = c.createStatement()) {
            if (clearColumns) {
                s.execute("ALTER TABLE disclosure_request " + FIELDS.stream()
                        .map(f -> "ADD COLUMN IF NOT EXISTS " + f.sealed() + " VARBINARY(" + f.cipherBytes() + ") NULL AFTER " + f.clear())
                        .collect(Collectors.joining(", ")));
            }
            int encrypted = cipher == null ? 0 : encryptAll(c, cipher);
            if (clearColumns && clearRowsNotSealed(c) > 0) {
                throw new IllegalStateException("V15: some contact data was not encrypted; the clear columns stay");
            }
            s.execute("ALTER TABLE disclosure_request " + FIELDS.stream()
                    .map(f -> "DROP COLUMN IF EXISTS " + f.clear()).collect(Collectors.joining(", ")));
            s.execute("ALTER TABLE disclosure_request FORCE");
            LOG.info(() -> "V15: contact data of " + encrypted + " request(s) encrypted, clear columns dropped");
        }
    }

    /** Whether V6's clear columns are still there (false once this migration has dropped them). */
    static boolean clearColumnsPresent(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT COUNT(*) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'disclosure_request' AND column_name = ?""")) {
            q.setString(1, FIELDS.get(1).clear());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Requests with some contact data in clear (0 when the clear columns are gone or there is no table yet). */
    static long clearRows(Connection c) throws SQLException {
        if (!clearColumnsPresent(c)) {
            return 0;
        }
        return count(c, FIELDS.stream().map(f -> f.clear() + " IS NOT NULL").collect(Collectors.joining(" OR ")));
    }

    /** The cipher, or a refusal naming the setting and the rows that wait for it. */
    static PersonalDataCipher cipher(PersonalDataKeys keys, long rows) {
        try {
            return keys.cipher();
        } catch (MissingSettingException missing) {
            throw new IllegalStateException("Schema version 15 encrypts the contact data of " + rows
                    + " disclosure request(s) with " + PersonalDataKeys.ID_KEY + " (" + missing.getMessage()
                    + "): configure the key that encrypted their identity numbers, then start again", missing);
        }
    }

    private static int encryptAll(Connection c, PersonalDataCipher cipher) throws SQLException {
        String columns = FIELDS.stream().map(Field::clear).collect(Collectors.joining(", "));
        String sets = FIELDS.stream().map(f -> f.sealed() + " = ?").collect(Collectors.joining(", "));
        int done = 0;
        long lastId = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT id, " + columns
                + " FROM disclosure_request WHERE id > ? ORDER BY id LIMIT " + PAGE);
             PreparedStatement write = c.prepareStatement("UPDATE disclosure_request SET " + sets + " WHERE id = ?")) {
            int rows;
            do {
                rows = 0;
                read.setLong(1, lastId);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        lastId = rs.getLong(1);
                        for (int i = 0; i < FIELDS.size(); i++) {
                            write.setBytes(i + 1, cipher.encryptOrNull(FIELDS.get(i).name(), rs.getString(i + 2)));
                        }
                        write.setLong(FIELDS.size() + 1, lastId);
                        write.addBatch();
                        rows++;
                    }
                }
                write.executeBatch();
                done += rows;
            } while (rows == PAGE);
        }
        return done;
    }

    private static long clearRowsNotSealed(Connection c) throws SQLException {
        return count(c, FIELDS.stream().map(f -> "(" + f.clear() + " IS NOT NULL AND " + f.sealed() + " IS NULL)")
                .collect(Collectors.joining(" OR ")));
    }

    private static long count(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM disclosure_request WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
