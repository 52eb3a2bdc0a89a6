package cn.xxgk.request.web;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.request.boundary.IntakeInput;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.RequestForm;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The intake form's fields while the page is open (a mutable mirror of {@link RequestForm} plus the
 * identity number as typed). Fields that do not apply to the chosen channel or applicant type are
 * not sent: a sub-kind of a natural person or the handover of a request that came by post would be
 * refused, and the user could not see why.
 */
public class IntakeForm implements Serializable {

    private Channel channel = Channel.IN_PERSON;
    private LocalDate receivedOn;
    private ApplicantType applicantType = ApplicantType.NATURAL_PERSON;
    private OrganisationKind organisationKind;
    private String applicantName;
    private String contactPerson;
    private IdentityDocumentType idDocumentType = IdentityDocumentType.RESIDENT_ID_CARD;
    private String idNumber;
    private String phone;
    private String email;
    private String postalAddress;
    private String postcode;
    private String description;
    private FormWanted formWanted;
    private DeliveryMethod deliveryWanted;
    private String handoverFrom;
    private LocalDate handoverOn;
    private String handoverWhat;
    private String handoverReference;

    IntakeForm(LocalDate today) {
        this.receivedOn = today;
    }

    public boolean isForwarded() {
        return channel == Channel.FORWARDED;
    }

    public boolean isOrganisation() {
        return applicantType == ApplicantType.LEGAL_PERSON;
    }

    IntakeInput input(String intakeToken) {
        boolean forwarded = isForwarded();
        boolean organisation = isOrganisation();
        RequestForm form = new RequestForm(channel, forwarded ? null : receivedOn, applicantType,
                organisation ? organisationKind : null, applicantName, organisation ? contactPerson : null,
                idDocumentType, phone, email, postalAddress, postcode, description, formWanted, deliveryWanted,
                forwarded ? handoverFrom : null, forwarded ? handoverOn : null, forwarded ? handoverWhat : null,
                forwarded ? handoverReference : null);
        return new IntakeInput(form, idNumber, intakeToken);
    }

    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public ApplicantType getApplicantType() { return applicantType; }
    public void setApplicantType(ApplicantType applicantType) { this.applicantType = applicantType; }
    public OrganisationKind getOrganisationKind() { return organisationKind; }
    public void setOrganisationKind(OrganisationKind organisationKind) { this.organisationKind = organisationKind; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public IdentityDocumentType getIdDocumentType() { return idDocumentType; }
    public void setIdDocumentType(IdentityDocumentType idDocumentType) { this.idDocumentType = idDocumentType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public FormWanted getFormWanted() { return formWanted; }
    public void setFormWanted(FormWanted formWanted) { this.formWanted = formWanted; }
    public DeliveryMethod getDeliveryWanted() { return deliveryWanted; }
    public void setDeliveryWanted(DeliveryMethod deliveryWanted) { this.deliveryWanted = deliveryWanted; }
    public String getHandoverFrom() { return handoverFrom; }
    public void setHandoverFrom(String handoverFrom) { this.handoverFrom = handoverFrom; }
    public LocalDate getHandoverOn() { return handoverOn; }
    public void setHandoverOn(LocalDate handoverOn) { this.handoverOn = handoverOn; }
    public String getHandoverWhat() { return handoverWhat; }
    public void setHandoverWhat(String handoverWhat) { this.handoverWhat = handoverWhat; }
    public String getHandoverReference() { return handoverReference; }
    public void setHandoverReference(String handoverReference) { this.handoverReference = handoverReference; }
}
