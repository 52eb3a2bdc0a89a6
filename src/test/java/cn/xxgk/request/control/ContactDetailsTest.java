package cn.xxgk.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.SealedContact;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contact data from the form to the sealed values the request keeps, and back. */
class ContactDetailsTest {

    static final PersonalDataCipher CIPHER = new PersonalDataCipher(PersonalDataCryptoTest.key(32));

    @Test
    void theFormsContactDataIsSealedFieldByFieldAndOpensAsTheApplicantWroteIt() {
        ContactDetails given = ContactDetails.of(form(" 王大明 ", " 0371-67188888", "wang@example.cn ",
                "郑州市金水区农业路 1 号𠀀院", "450000"));
        assertEquals(new ContactDetails("王大明", "0371-67188888", "wang@example.cn", "郑州市金水区农业路 1 号𠀀院", "450000"),
                given, "stripped, as the entity kept them in clear");
        assertNull(ContactDetails.of(form("  ", "0371-1234567", null, "", null)).contactPerson(), "blank is absent");

        SealedContact sealed = given.sealedWith(CIPHER);
        assertEquals(given, ContactDetails.opened(sealed, CIPHER));
        assertFalse(new String(sealed.postalAddress(), StandardCharsets.UTF_8).contains("农业路"));
        assertFalse(new String(sealed.phone(), StandardCharsets.ISO_8859_1).contains("67188888"));
        assertNull(ContactDetails.of(form(null, "0371-1234567", null, null, null)).sealedWith(CIPHER).email(),
                "what the form left out stays NULL");

        SealedContact swapped = new SealedContact(sealed.contactPerson(), sealed.postcode(), sealed.email(),
                sealed.postalAddress(), sealed.phone());
        assertThrows(IllegalStateException.class, () -> ContactDetails.opened(swapped, CIPHER), "fields cannot swap");
        assertThrows(IllegalStateException.class,
                () -> ContactDetails.opened(sealed, new PersonalDataCipher(PersonalDataCryptoTest.key(32))), "another key");
    }

    private static RequestForm form(String contactPerson, String phone, String email, String address, String postcode) {
        return new RequestForm(Channel.POST, LocalDate.of(2026, 3, 2), ApplicantType.NATURAL_PERSON, null, "王小明",
                contactPerson, IdentityDocumentType.RESIDENT_ID_CARD, phone, email, address, postcode, "预算",
                FormWanted.PAPER, DeliveryMethod.PICK_UP, null, null, null, null);
    }
}
