package cn.xxgk.request.control;

import cn.xxgk.platform.control.MissingSettingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two keys that protect applicants' personal data, from MicroProfile Config (base64; an
 * environment variable XXGK_CRYPTO_ID_KEY / XXGK_CRYPTO_LOOKUP_KEY or a system property in
 * production, a generated key in the tests and the run command; never in the repository or the
 * WAR). The id key (its name kept from when it sealed the ID number only) encrypts the identity
 * number and the contact data alike; the lookup key makes the keyed hashes. The application starts
 * without them, so that everything else works, but every command that stores or reads an ID number
 * or the contact data refuses with a message naming the missing setting.
 *
 * <p>Kept in the request component: only requests hold such data today. Should another
 * component come to hold personal data (the portal's accounts), this moves to platform.control.
 */
@ApplicationScoped
public class PersonalDataKeys {

    public static final String ID_KEY = "xxgk.crypto.id-key";
    public static final String LOOKUP_KEY = "xxgk.crypto.lookup-key";

    private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class.getName());

    @Inject
    @ConfigProperty(name = ID_KEY)
    Optional<String> idKey;

    @Inject
    @ConfigProperty(name = LOOKUP_KEY)
    Optional<String> lookupKey;

    public PersonalDataKeys() {
    }

    /** For tests without a container. */
    public PersonalDataKeys(Optional<String> idKey, Optional<String> lookupKey) {
        this.idKey = idKey;
        this.lookupKey = lookupKey;
    }

    void warnAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (idKey.filter(k -> !k.isBlank()).isEmpty() || lookupKey.filter(k -> !k.isBlank()).isEmpty()) {
            LOG.warning("Personal-data keys " + ID_KEY + " / " + LOOKUP_KEY
                    + " are not configured: disclosure requests cannot be registered or read in full");
        }
    }

    /** The AES-GCM cipher for ID numbers and contact data; refuses when the key is missing or malformed. */
    public PersonalDataCipher cipher() {
        byte[] key = decode(ID_KEY, idKey);
        try {
            return new PersonalDataCipher(key);
        } catch (IllegalArgumentException wrongLength) {
            throw new MissingSettingException("request.crypto.badKey", ID_KEY, "16/24/32");
        }
    }

    /** The keyed hash for look-ups and repeat detection; refuses when the key is missing or short. */
    public KeyedHash hash() {
        byte[] key = decode(LOOKUP_KEY, lookupKey);
        try {
            return new KeyedHash(key);
        } catch (IllegalArgumentException tooShort) {
            throw new MissingSettingException("request.crypto.badKey", LOOKUP_KEY, "≥32");
        }
    }

    private static byte[] decode(String name, Optional<String> value) {
        String text = value.map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> new MissingSettingException("request.crypto.missingKey", name));
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw new MissingSettingException("request.crypto.badKey", name, "base64");
        }
    }
}
