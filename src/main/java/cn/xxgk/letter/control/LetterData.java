package cn.xxgk.letter.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a letter is made of, as plain data: the caller (the request component) gives what it knows,
 * {@link LetterCheck} tells what a kind of letter cannot do without. Text fields are shown as the
 * user typed them (escaped, line breaks kept); absent optional fields leave their sentence out.
 *
 * @param agencyName the agency writing the letter, e.g. 郑州市大数据管理局
 * @param organisationCode its organisation code, e.g. MB1532375 (PDF metadata)
 * @param letterNumber the letter's document number, e.g. 郑大数据依申〔2026〕12号 (optional)
 * @param letterDate the date the letter is signed
 * @param agencyContact contact person and telephone printed under the letter (optional)
 * @param reviewBody the people's government that hears an administrative review, e.g. 郑州市人民政府
 * @param applicantName the applicant's name or organisation title
 * @param requestNumber the request number
 * @param queryCode the code the applicant follows the request with (receipt, optional)
 * @param receivedDate the day the request was received (forwarded: the day it was handed over)
 * @param informationSought the applicant's description of the information sought
 * @param outcome the reply's outcome (reply letter, report back)
 * @param details the handler's own text: reasons, points to correct, the matter consulted on
 * @param informationProvided what is disclosed, or how, where and when to get it
 * @param dueDate the reply due date (receipt, extension notice)
 * @param respondBy the date by which the addressee is to answer or correct
 * @param extensionDays the working days of the extension (extension notice, at most the reply's cap)
 * @param remainingWorkingDays the working days left of the extended period while a consultation
 *                             pauses the clock (extension notice without a due date)
 * @param thirdPartyName the third party or agency consulted, or the third party told of an override
 * @param competentAgency the agency responsible for the information (not held, other agency)
 * @param competentAgencyContact its contact details (optional)
 * @param earlierRequestNumber the earlier request of a repeat request
 * @param municipalOffice the municipal office a forwarded request is reported back to
 * @param handoverReference the municipal office's reference of the forwarded request (optional)
 * @param replyDate the date of the reply (report back)
 * @param replyLetterNumber the reply letter's number (report back, optional)
 * @param enclosures titles of the letters sent with the report back (optional)
 */
public record LetterData(
        String agencyName,
        String organisationCode,
        String letterNumber,
        LocalDate letterDate,
        String agencyContact,
        String reviewBody,
        String applicantName,
        String requestNumber,
        String queryCode,
        LocalDate receivedDate,
        String informationSought,
        ReplyWording outcome,
        String details,
        String informationProvided,
        LocalDate dueDate,
        LocalDate respondBy,
        Integer extensionDays,
        Integer remainingWorkingDays,
        String thirdPartyName,
        String competentAgency,
        String competentAgencyContact,
        String earlierRequestNumber,
        String municipalOffice,
        String handoverReference,
        LocalDate replyDate,
        String replyLetterNumber,
        List<String> enclosures) {

    public LetterData {
        enclosures = enclosures == null ? List.of() : enclosures.stream().map(LetterData::nonNull).toList();
    }

    /** Every text of the letter, to check that the font can print each character. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(nonNull(agencyName), nonNull(organisationCode), nonNull(letterNumber),
                nonNull(agencyContact), nonNull(reviewBody), nonNull(applicantName), nonNull(requestNumber), nonNull(queryCode),
                nonNull(informationSought), nonNull(details), nonNull(informationProvided), nonNull(thirdPartyName),
                nonNull(competentAgency), nonNull(competentAgencyContact), nonNull(earlierRequestNumber), nonNull(municipalOffice),
                nonNull(handoverReference), nonNull(replyLetterNumber)));
        texts.addAll(enclosures);
        return texts;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this letter's values, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.agencyName = agencyName;
        builder.organisationCode = organisationCode;
        builder.letterNumber = letterNumber;
        builder.letterDate = letterDate;
        builder.agencyContact = agencyContact;
        builder.reviewBody = reviewBody;
        builder.applicantName = applicantName;
        builder.requestNumber = requestNumber;
        builder.queryCode = queryCode;
        builder.receivedDate = receivedDate;
        builder.informationSought = informationSought;
        builder.outcome = outcome;
        builder.details = details;
        builder.informationProvided = informationProvided;
        builder.dueDate = dueDate;
        builder.respondBy = respondBy;
        builder.extensionDays = extensionDays;
        builder.remainingWorkingDays = remainingWorkingDays;
        builder.thirdPartyName = thirdPartyName;
        builder.competentAgency = competentAgency;
        builder.competentAgencyContact = competentAgencyContact;
        builder.earlierRequestNumber = earlierRequestNumber;
        builder.municipalOffice = municipalOffice;
        builder.handoverReference = handoverReference;
        builder.replyDate = replyDate;
        builder.replyLetterNumber = replyLetterNumber;
        builder.enclosures = enclosures;
        return builder;
    }

    /** Builds a letter's data field by field: most letters need only a third of the fields. */
    public static final class Builder {

        private String agencyName;
        private String organisationCode;
        private String letterNumber;
        private LocalDate letterDate;
        private String agencyContact;
        private String reviewBody;
        private String applicantName;
        private String requestNumber;
        private String queryCode;
        private LocalDate receivedDate;
        private String informationSought;
        private ReplyWording outcome;
        private String details;
        private String informationProvided;
        private LocalDate dueDate;
        private LocalDate respondBy;
        private Integer extensionDays;
        private Integer remainingWorkingDays;
        private String thirdPartyName;
        private String competentAgency;
        private String competentAgencyContact;
        private String earlierRequestNumber;
        private String municipalOffice;
        private String handoverReference;
        private LocalDate replyDate;
        private String replyLetterNumber;
        private List<String> enclosures;

        private Builder() {
        }

        public Builder agencyName(String value) {
            this.agencyName = value;
            return this;
        }

        public Builder organisationCode(String value) {
            this.organisationCode = value;
            return this;
        }

        public Builder letterNumber(String value) {
            this.letterNumber = value;
            return this;
        }

        public Builder letterDate(LocalDate value) {
            this.letterDate = value;
            return this;
        }

        public Builder agencyContact(String value) {
            this.agencyContact = value;
            return this;
        }

        public Builder reviewBody(String value) {
            this.reviewBody = value;
            return this;
        }

        public Builder applicantName(String value) {
            this.applicantName = value;
            return this;
        }

        public Builder requestNumber(String value) {
            this.requestNumber = value;
            return this;
        }

        public Builder queryCode(String value) {
            this.queryCode = value;
            return this;
        }

        public Builder receivedDate(LocalDate value) {
            this.receivedDate = value;
            return this;
        }

        public Builder informationSought(String value) {
            this.informationSought = value;
            return this;
        }

        public Builder outcome(ReplyWording value) {
            this.outcome = value;
            return this;
        }

        public Builder details(String value) {
            this.details = value;
            return this;
        }

        public Builder informationProvided(String value) {
            this.informationProvided = value;
            return this;
        }

        public Builder dueDate(LocalDate value) {
            this.dueDate = value;
            return this;
        }

        public Builder respondBy(LocalDate value) {
            this.respondBy = value;
            return this;
        }

        public Builder extensionDays(Integer value) {
            this.extensionDays = value;
            return this;
        }

        public Builder remainingWorkingDays(Integer value) {
            this.remainingWorkingDays = value;
            return this;
        }

        public Builder thirdPartyName(String value) {
            this.thirdPartyName = value;
            return this;
        }

        public Builder competentAgency(String value) {
            this.competentAgency = value;
            return this;
        }

        public Builder competentAgencyContact(String value) {
            this.competentAgencyContact = value;
            return this;
        }

        public Builder earlierRequestNumber(String value) {
            this.earlierRequestNumber = value;
            return this;
        }

        public Builder municipalOffice(String value) {
            this.municipalOffice = value;
            return this;
        }

        public Builder handoverReference(String value) {
            this.handoverReference = value;
            return this;
        }

        public Builder replyDate(LocalDate value) {
            this.replyDate = value;
            return this;
        }

        public Builder replyLetterNumber(String value) {
            this.replyLetterNumber = value;
            return this;
        }

        public Builder enclosures(List<String> value) {
            this.enclosures = value;
            return this;
        }

        public LetterData build() {
            return new LetterData(agencyName, organisationCode, letterNumber, letterDate, agencyContact, reviewBody, applicantName, requestNumber, queryCode, receivedDate, informationSought, outcome, details, informationProvided, dueDate, respondBy, extensionDays, remainingWorkingDays, thirdPartyName, competentAgency, competentAgencyContact, earlierRequestNumber, municipalOffice, handoverReference, replyDate, replyLetterNumber, enclosures);
        }
    }
}
