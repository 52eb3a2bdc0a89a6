package cn.xxgk.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The index serial rows beyond what {@link cn.xxgk.platform.control.SerialRows} does for every
 * serial: raising a year's last serial to one given before the system.
 */
@ApplicationScoped
public class IndexSerialRows {

    @PersistenceContext
    EntityManager em;

    /** Sets the last serial given of a year if it is lower (demo data, or numbers given before the system). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void atLeast(String organisationCode, int year, int lastSerial) {
        em.createNativeQuery("""
                        INSERT INTO index_serial (organisation_code, year, last_serial) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE last_serial = GREATEST(last_serial, VALUES(last_serial))""")
                .setParameter(1, organisationCode).setParameter(2, year).setParameter(3, lastSerial)
                .executeUpdate();
    }
}
