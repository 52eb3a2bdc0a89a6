package cn.xxgk.request.control;

import static cn.xxgk.request.control.PersonalDataCipher.CONTACT_PERSON;
import static cn.xxgk.request.control.PersonalDataCipher.EMAIL;
import static cn.xxgk.request.control.PersonalDataCipher.PHONE;
import static cn.xxgk.request.control.PersonalDataCipher.POSTAL_ADDRESS;
import static cn.xxgk.request.control.PersonalDataCipher.POSTCODE;

import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.SealedContact;
import java.io.Serializable;

/**
 * How to reach the applicant, in plain: what the form gave (stripped, null where left out), sealed
 * for the request at intake, and opened again for the request's page and the API, which show it as
 * the applicant wrote it. Each field is sealed under its own name, so two fields cannot swap.
 */
public record ContactDetails(String contactPerson, String phone, String email, String postalAddress, String postcode)
        implements Serializable {

    public static ContactDetails of(RequestForm form) {
        return new ContactDetails(stripped(form.contactPerson()), stripped(form.phone()), stripped(form.email()),
                stripped(form.postalAddress()), stripped(form.postcode()));
    }

    public SealedContact sealedWith(PersonalDataCipher cipher) {
        return new SealedContact(cipher.encryptOrNull(CONTACT_PERSON, contactPerson), cipher.encryptOrNull(PHONE, phone),
                cipher.encryptOrNull(EMAIL, email), cipher.encryptOrNull(POSTAL_ADDRESS, postalAddress),
                cipher.encryptOrNull(POSTCODE, postcode));
    }

    public static ContactDetails opened(SealedContact sealed, PersonalDataCipher cipher) {
        return new ContactDetails(cipher.decryptOrNull(CONTACT_PERSON, sealed.contactPerson()),
                cipher.decryptOrNull(PHONE, sealed.phone()), cipher.decryptOrNull(EMAIL, sealed.email()),
                cipher.decryptOrNull(POSTAL_ADDRESS, sealed.postalAddress()), cipher.decryptOrNull(POSTCODE, sealed.postcode()));
    }

    private static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
