package cn.xxgk.request.entity;

/**
 * How to reach the applicant as the request keeps it: each value encrypted (AES-GCM, see
 * request.control.PersonalDataCipher), null where the form left it out. The plain values never
 * reach the entity; the boundary opens them for the request's page and the API.
 */
public record SealedContact(byte[] contactPerson, byte[] phone, byte[] email, byte[] postalAddress, byte[] postcode) {

    public SealedContact {
        contactPerson = copy(contactPerson);
        phone = copy(phone);
        email = copy(email);
        postalAddress = copy(postalAddress);
        postcode = copy(postcode);
    }

    /** A copy, so that neither the caller nor the entity can change the other's bytes. */
    SealedContact copy() {
        return new SealedContact(contactPerson, phone, email, postalAddress, postcode);
    }

    private static byte[] copy(byte[] b) {
        return b == null ? null : b.clone();
    }
}
