package cn.xxgk.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;

/**
 * Who asks (申请人): a natural person or an organisation with its kind (the annual report's columns),
 * the identity document with its number kept encrypted (only a masked form and a keyed hash are
 * readable), and how to reach the applicant. Fixed at intake: the Regulations give no step that
 * changes the applicant of a request.
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

    @Column(name = "contact_person", updatable = false, length = 100)
    private String contactPerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_type", nullable = false, updatable = false, length = 32)
    private IdentityDocumentType idDocumentType;

    @Column(name = "id_number_cipher", nullable = false, updatable = false)
    private byte[] idNumberCipher;

    @Column(name = "id_number_hash", nullable = false, updatable = false)
    private byte[] idNumberHash;

    @Column(name = "id_number_masked", nullable = false, updatable = false, length = 64)
    private String idNumberMasked;

    @Column(length = 40, updatable = false)
    private String phone;

    @Column(length = 200, updatable = false)
    private String email;

    @Column(name = "postal_address", length = 500, updatable = false)
    private String postalAddress;

    @Column(length = 10, updatable = false)
    private String postcode;

    protected Applicant() {
    }

    /** The applicant of a form that passed {@link RequestForm#firstFlaw}, with the number already protected. */
    static Applicant of(RequestForm form, ProtectedIdNumber id) {
        Applicant a = new Applicant();
        a.type = form.applicantType();
        a.organisationKind = form.organisationKind();
        a.name = form.applicantName().strip();
        a.contactPerson = RequestForm.stripped(form.contactPerson());
        a.idDocumentType = form.idDocumentType();
        a.phone = RequestForm.stripped(form.phone());
        a.email = RequestForm.stripped(form.email());
        a.postalAddress = RequestForm.stripped(form.postalAddress());
        a.postcode = RequestForm.stripped(form.postcode());
        a.protect(id);
        return a;
    }

    /** The same applicant for a part of a split request, the number encrypted anew. */
    Applicant forPart(ProtectedIdNumber id) {
        Applicant a = new Applicant();
        a.type = type;
        a.organisationKind = organisationKind;
        a.name = name;
        a.contactPerson = contactPerson;
        a.idDocumentType = idDocumentType;
        a.phone = phone;
        a.email = email;
        a.postalAddress = postalAddress;
        a.postcode = postcode;
        a.protect(id);
        return a;
    }

    private void protect(ProtectedIdNumber id) {
        idNumberCipher = id.cipher().clone();
        idNumberHash = id.hash().clone();
        idNumberMasked = id.masked();
    }

    /** The same person or organisation: the same identity number (by its keyed hash). */
    public boolean sameAs(Applicant other) {
        return Arrays.equals(idNumberHash, other.idNumberHash);
    }

    public ApplicantType getType() { return type; }
    public OrganisationKind getOrganisationKind() { return organisationKind; }
    public String getName() { return name; }
    public String getContactPerson() { return contactPerson; }
    public IdentityDocumentType getIdDocumentType() { return idDocumentType; }
    /** The encrypted number, for the boundary's audited full view only. */
    public byte[] getIdNumberCipher() { return idNumberCipher.clone(); }
    public byte[] getIdNumberHash() { return idNumberHash.clone(); }
    public String getIdNumberMasked() { return idNumberMasked; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getPostalAddress() { return postalAddress; }
    public String getPostcode() { return postcode; }
}
