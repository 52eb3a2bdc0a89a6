package cn.xxgk.catalogue.control;

import jakarta.ejb.ApplicationException;

/**
 * A stored attachment file is missing or its content no longer has the checksum recorded when it
 * was uploaded: someone or something changed the store behind the application's back. The file is
 * not served; the server log says which one (SEVERE). Not the user's fault, and not to be retried.
 */
@ApplicationException(rollback = true)
public class StoredFileDamagedException extends RuntimeException {

    public StoredFileDamagedException(String message) {
        super(message);
    }
}
