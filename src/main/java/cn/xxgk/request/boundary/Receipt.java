package cn.xxgk.request.boundary;

import java.time.LocalDate;

/**
 * The receipt of a registered request: its number and the applicant's query code (shown once; only
 * its hash is kept). {@code duplicate} is true when the same idempotency token came again and this
 * is the request the first submit made.
 */
public record Receipt(Long id, String number, String queryCode, LocalDate receivedOn, boolean duplicate,
                      String repeatOfNumber, long version) {

    /** For the audit interceptor, which names the object of a command by its getId(). */
    public Long getId() {
        return id;
    }
}
