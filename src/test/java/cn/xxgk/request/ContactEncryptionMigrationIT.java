package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.boundary.V3__BundledHolidayArrangements;
import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.request.boundary.ContactEncryptionCheck;
import cn.xxgk.request.boundary.V15__EncryptApplicantContact;
import cn.xxgk.request.control.PersonalDataCipher;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestDatabaseServer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * Schema version 15 on a database kept from before it (the run command keeps one): requests whose
 * contact data is in clear columns come out with it encrypted under the id key, the clear columns
 * gone; without the key nothing changes and nothing is recorded as failed, so the next start with
 * the key migrates. Real MariaDB and Flyway, no application server: the migration is plain JDBC.
 */
class ContactEncryptionMigrationIT {

    static final String ADDRESS = "郑州市金水区农业路 1 号𠀀院";
    static final String[] SEALED = {"contact_person_cipher", "phone_cipher", "email_cipher", "postal_address_cipher",
            "postcode_cipher"};
    static final String[] FIELDS = {PersonalDataCipher.CONTACT_PERSON, PersonalDataCipher.PHONE, PersonalDataCipher.EMAIL,
            PersonalDataCipher.POSTAL_ADDRESS, PersonalDataCipher.POSTCODE};

    final String key = randomKey();
    final PersonalDataKeys keys = new PersonalDataKeys(Optional.of(key), Optional.of(randomKey()));
    final PersonalDataKeys noKeys = new PersonalDataKeys(Optional.empty(), Optional.empty());

    @Test
    void keptRequestsHaveTheirContactDataEncryptedAndTheClearColumnsGo() throws Exception {
        Coordinates db = TestDatabaseServer.get().newDatabase().asOwner(); // no application grants its account anything here
        migrateBeforeV15(db);
        String[] full = {"王大明", "0371-67188888", "wang@example.cn", ADDRESS, "450000"};
        long first = insert(db, 1, full);
        long second = insert(db, 2, new String[]{null, "0371-1234567", null, null, null});
        String untouched = rowFacts(db, first);

        flyway(db, keys).migrate();

        PersonalDataCipher cipher = keys.cipher();
        List<byte[]> stored = sealed(db, first);
        for (int i = 0; i < FIELDS.length; i++) {
            assertEquals(full[i], cipher.decrypt(FIELDS[i], stored.get(i)), SEALED[i]);
            String raw = new String(stored.get(i), StandardCharsets.UTF_8) + new String(stored.get(i), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains(full[i]), SEALED[i] + " holds no clear text");
        }
        List<byte[]> sparse = sealed(db, second);
        assertEquals("0371-1234567", cipher.decrypt(PersonalDataCipher.PHONE, sparse.get(1)));
        assertNull(sparse.get(0), "what the applicant left out stays NULL");
        assertNull(sparse.get(3));
        assertEquals(untouched, rowFacts(db, first), "the request itself is not changed: version and updated_at as before");

        AuditRows rows = new AuditRows(db);
        assertEquals(0, rows.scalar("""
                SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()
                  AND table_name = 'disclosure_request'
                  AND column_name IN ('contact_person', 'phone', 'email', 'postal_address', 'postcode')"""),
                "the clear columns are dropped");
        assertEquals("varbinary(2029)", rows.text("""
                SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE()
                  AND table_name = 'disclosure_request' AND column_name = 'postal_address_cipher'"""),
                "room for 500 four-byte characters, the IV and the tag");
    }

    @Test
    void withoutTheKeyNothingChangesNothingFailsAndTheNextStartWithTheKeyMigrates() throws Exception {
        Coordinates db = TestDatabaseServer.get().newDatabase().asOwner(); // no application grants its account anything here
        migrateBeforeV15(db);
        long id = insert(db, 1, new String[]{null, "0371-67188888", null, ADDRESS, "450000"});

        FlywayException refused = assertThrows(FlywayException.class, () -> flyway(db, noKeys).migrate());
        assertTrue(refused.getMessage().contains(PersonalDataKeys.ID_KEY), refused.getMessage());
        AuditRows rows = new AuditRows(db);
        assertEquals(0, rows.scalar("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '15'"),
                "refused before Flyway applied anything: no failed migration to repair");
        assertEquals(ADDRESS, rows.text("SELECT postal_address FROM disclosure_request WHERE id = " + id));

        flyway(db, keys).migrate();
        assertEquals(ADDRESS, keys.cipher().decrypt(PersonalDataCipher.POSTAL_ADDRESS, sealed(db, id).get(3)));
        assertEquals(1, rows.scalar("SELECT success FROM flyway_schema_history WHERE version = '15'"));
    }

    @Test
    void aDatabaseWithoutRequestsNeedsNoKey() throws Exception {
        Coordinates db = TestDatabaseServer.get().newDatabase().asOwner(); // no application grants its account anything here
        flyway(db, noKeys).migrate();
        AuditRows rows = new AuditRows(db);
        assertEquals(5, rows.scalar("""
                SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()
                  AND table_name = 'disclosure_request' AND column_name LIKE '%\\_cipher' AND data_type = 'varbinary'
                  AND column_name <> 'id_number_cipher'"""));
    }

    // ---- helpers -------------------------------------------------------------------------

    /** The schema as the last start before V15 left it (later migrations held back too). */
    private static void migrateBeforeV15(Coordinates db) {
        Flyway.configure().dataSource(db.url(), db.ownerUser(), db.ownerPassword()).locations("classpath:db/migration")
                .javaMigrations(new V3__BundledHolidayArrangements()).target("14?").load().migrate();
    }

    /** As SchemaMigration configures it in the application. */
    private static Flyway flyway(Coordinates db, PersonalDataKeys keys) {
        return Flyway.configure().dataSource(db.url(), db.ownerUser(), db.ownerPassword()).locations("classpath:db/migration")
                .javaMigrations(new V3__BundledHolidayArrangements(), new V15__EncryptApplicantContact(keys))
                .callbacks(new ContactEncryptionCheck(keys)).load();
    }

    /** A request row as the entity wrote it before V15: contact person, phone, email, address, postcode in clear. */
    private static long insert(Coordinates db, int n, String[] contact) throws Exception {
        try (Connection c = new AuditRows(db).connect(); PreparedStatement q = c.prepareStatement("""
                INSERT INTO disclosure_request (request_number, channel, received_on, applicant_type, applicant_name,
                  contact_person, id_document_type, id_number_cipher, id_number_hash, id_number_masked, phone, email,
                  postal_address, postcode, description, matter_hash, form_wanted, delivery_wanted, state, handler,
                  created_by, created_at, updated_by, updated_at, version)
                VALUES (?, 'POST', '2026-03-02', 'NATURAL_PERSON', '王小明', ?, 'RESIDENT_ID_CARD', X'01', ?, '4101**********123X',
                  ?, ?, ?, ?, '2025年部门预算', ?, 'PAPER', 'POST', 'RECEIVED', 'office',
                  'office', '2026-03-02 09:00:00', 'office', '2026-03-02 09:00:00', 3)""",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            q.setString(1, "2026-000" + n);
            q.setString(2, contact[0]);
            q.setBytes(3, new byte[32]);
            for (int i = 1; i < 5; i++) {
                q.setString(i + 3, contact[i]);
            }
            q.setBytes(8, new byte[32]);
            q.executeUpdate();
            try (ResultSet keys = q.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<byte[]> sealed(Coordinates db, long id) throws Exception {
        try (Connection c = new AuditRows(db).connect(); PreparedStatement q = c.prepareStatement(
                "SELECT " + String.join(", ", SEALED) + " FROM disclosure_request WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                List<byte[]> values = new ArrayList<>();
                for (int i = 1; i <= SEALED.length; i++) {
                    values.add(rs.getBytes(i));
                }
                return values;
            }
        }
    }

    private static String rowFacts(Coordinates db, long id) throws Exception {
        return new AuditRows(db).text("SELECT CONCAT_WS('|', request_number, applicant_name, id_number_masked, version, updated_at)"
                + " FROM disclosure_request WHERE id = " + id);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
