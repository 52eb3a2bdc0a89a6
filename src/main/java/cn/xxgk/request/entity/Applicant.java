package cn.xxgk.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;

/**
 * Who asks (申请人): a natural person or an organisation with its kind (the annual report's columns),
 * the identity document with its number kept encrypted (only a masked form and a keyed hash are
 * readable), and how to reach the applicant, encrypted too ({@link SealedContact}: only the boundary
 * opens it). The name stays in plain: letters print it and the lists show it. Fixed
 * at intake: the Regulations give no step that changes the applicant of a request.
 */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, updatable = false, length = 16)
    private ApplicantType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", updatable = false, length = 32)
    private OrganisationKind organisationKind;

    @Column(name = "applicant_name", nullable = false, updatable = false, length = 200)
    private String name;

    @Column(name = "contact_person_cipher", updatable = false)
    private byte[] contactPersonCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_type", nullable = false, updatable = false, length = 32)
    private IdentityDocumentType idDocumentType;

    @Column(name = "id_number_cipher", nullable = false, updatable = false)
    private byte[] idNumberCipher;

    @Column(name = "id_number_hash", nullable = false, updatable = false)
    private byte[] idNumberHash;

    @Column(name = "id_number_masked", nullable = false, updatable = false, length = 64)
    private String idNumberMasked;

    @Column(name = "phone_cipher", updatable = false)
    private byte[] phoneCipher;

    @Column(name = "email_cipher", updatable = false)
    private byte[] emailCipher;

    @Column(name = "postal_address_cipher", updatable = false)
    private byte[] postalAddressCipher;

    @Column(name = "postcode_cipher", updatable = false)
    private byte[] postcodeCipher;

    protected Applicant() {
    }

    /**
     * The applicant of a form that passed {@link RequestForm#firstFlaw}, with the number and the
     * contact data (the form's, stripped) already encrypted.
     */
    static Applicant of(RequestForm form, ProtectedIdNumber id, SealedContact contact) {
        Applicant a = new Applicant();
        a.type = form.applicantType();
        a.organisationKind = form.organisationKind();
        a.name = form.applicantName().strip();
        a.idDocumentType = form.idDocumentType();
        a.protect(id, contact);
        return a;
    }

    /**
     * The same applicant for a part of a split request, the number encrypted anew; the contact
     * data's cipher texts are copied: equal ones tell nothing new, as the parts share the ID
     * number's hash and name their whole.
     */
    Applicant forPart(ProtectedIdNumber id) {
        Applicant a = new Applicant();
        a.type = type;
        a.organisationKind = organisationKind;
        a.name = name;
        a.idDocumentType = idDocumentType;
        a.protect(id, getSealedContact());
        return a;
    }

    private void protect(ProtectedIdNumber id, SealedContact contact) {
        idNumberCipher = id.cipher().clone();
        idNumberHash = id.hash().clone();
        idNumberMasked = id.masked();
        SealedContact c = contact.copy();
        contactPersonCipher = c.contactPerson();
        phoneCipher = c.phone();
        emailCipher = c.email();
        postalAddressCipher = c.postalAddress();
        postcodeCipher = c.postcode();
    }

    /** The same person or organisation: the same identity number (by its keyed hash). */
    public boolean sameAs(Applicant other) {
        return Arrays.equals(idNumberHash, other.idNumberHash);
    }

    public ApplicantType getType() { return type; }
    public OrganisationKind getOrganisationKind() { return organisationKind; }
    public String getName() { return name; }
    public IdentityDocumentType getIdDocumentType() { return idDocumentType; }
    /** The encrypted number, for the boundary's audited full view only. */
    public byte[] getIdNumberCipher() { return idNumberCipher.clone(); }
    public byte[] getIdNumberHash() { return idNumberHash.clone(); }
    public String getIdNumberMasked() { return idNumberMasked; }
    /** The encrypted contact data, for the boundary to open. */
    public SealedContact getSealedContact() {
        return new SealedContact(contactPersonCipher, phoneCipher, emailCipher, postalAddressCipher, postcodeCipher);
    }
}
