package cn.xxgk.request.entity;

import cn.xxgk.calendar.control.Channel;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the request form says (Art. 29), without the identity number (checked and encrypted by the
 * boundary before the entity sees it). {@link #firstFlaw} is the intake's check of everything else.
 */
public record RequestForm(Channel channel, LocalDate receivedOn, ApplicantType applicantType,
                          OrganisationKind organisationKind, String applicantName, String contactPerson,
                          IdentityDocumentType idDocumentType, String phone, String email, String postalAddress,
                          String postcode, String description, FormWanted formWanted, DeliveryMethod deliveryWanted,
                          String handoverFrom, LocalDate handoverOn, String handoverWhat, String handoverReference) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_TEXT = 2000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,20}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");

    /** The office's intake: every channel but ONLINE, which only the applicant files, on the portal. */
    public Optional<Flaw> firstFlaw(LocalDate today) {
        if (channel == Channel.ONLINE) {
            return problem("request.invalid.onlineViaPortal");
        }
        return flawIn(today);
    }

    /** The portal's check of a form filed online: the same checks as the office's intake. */
    public Optional<Flaw> firstFlawOnline(LocalDate today) {
        return channel != Channel.ONLINE ? problem("request.invalid.channelRequired") : flawIn(today);
    }

    private Optional<Flaw> flawIn(LocalDate today) {
        if (channel == null) {
            return problem("request.invalid.channelRequired");
        }
        if (receivedOn == null) {
            return problem("request.invalid.receivedOnRequired");
        }
        if (receivedOn.isAfter(today)) {
            return problem("request.invalid.dateInFuture", receivedOn);
        }
        if (applicantType == null) {
            return problem("request.invalid.applicantTypeRequired");
        }
        if (applicantType == ApplicantType.LEGAL_PERSON && organisationKind == null) {
            return problem("request.invalid.organisationKindRequired");
        }
        if (applicantType == ApplicantType.NATURAL_PERSON && organisationKind != null) {
            return problem("request.invalid.organisationKindForPerson");
        }
        if (blank(applicantName)) {
            return problem("request.invalid.nameRequired");
        }
        if (applicantName.strip().length() > MAX_NAME || length(contactPerson) > 100) {
            return problem("request.invalid.textTooLong", MAX_NAME);
        }
        if (idDocumentType == null) {
            return problem("request.invalid.idDocumentTypeRequired");
        }
        if (!idDocumentType.fits(applicantType)) {
            return problem("request.invalid.idDocumentTypeMismatch");
        }
        if (blank(phone) && blank(email) && blank(postalAddress)) {
            return problem("request.invalid.contactRequired");
        }
        if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
            return problem("request.invalid.phone", phone.strip());
        }
        if (!blank(email) && (!EMAIL.matcher(email.strip()).matches() || email.strip().length() > 200)) {
            return problem("request.invalid.email", email.strip());
        }
        if (length(postalAddress) > 500) {
            return problem("request.invalid.textTooLong", 500);
        }
        if (!blank(postcode) && !POSTCODE.matcher(postcode.strip()).matches()) {
            return problem("request.invalid.postcode", postcode.strip());
        }
        if (blank(description)) {
            return problem("request.invalid.descriptionRequired");
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            return problem("request.invalid.textTooLong", MAX_DESCRIPTION);
        }
        if (formWanted == null) {
            return problem("request.invalid.formRequired");
        }
        if (deliveryWanted == null) {
            return problem("request.invalid.deliveryRequired");
        }
        if (deliveryWanted == DeliveryMethod.EMAIL && blank(email)) {
            return problem("request.invalid.deliveryNeedsEmail");
        }
        if (deliveryWanted == DeliveryMethod.POST && blank(postalAddress)) {
            return problem("request.invalid.deliveryNeedsAddress");
        }
        if (deliveryWanted == DeliveryMethod.FAX && blank(phone)) {
            return problem("request.invalid.deliveryNeedsPhone");
        }
        if (channel == Channel.FORWARDED) {
            if (blank(handoverFrom) || handoverOn == null || blank(handoverWhat)) {
                return problem("request.invalid.handoverRequired");
            }
            if (handoverOn.isAfter(today)) {
                return problem("request.invalid.dateInFuture", handoverOn);
            }
            if (length(handoverFrom) > MAX_NAME || length(handoverWhat) > MAX_TEXT || length(handoverReference) > 100) {
                return problem("request.invalid.textTooLong", MAX_TEXT);
            }
        }
        return Optional.empty();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String stripped(String s) {
        return blank(s) ? null : s.strip();
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    private static Optional<Flaw> problem(String key, Object... arguments) {
        return Optional.of(new Flaw(key, arguments));
    }

    /** A message key of the bundle with its arguments. */
    public record Flaw(String key, Object[] arguments) {
    }
}
