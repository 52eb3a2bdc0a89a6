package cn.xxgk.catalogue.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Cataloguing and publication: the index number, the other agency's confirmation (seed 二(三)4),
 * the published date and the publication deadline. Art. 26 counts 20 working days from the day
 * the information was formed; the published date is the day the publish step runs, never typed,
 * so lateness cannot be erased. A channel where the item really appeared earlier keeps that day.
 */
@Embeddable
public class Publication {

    @Column(name = "index_number", length = 64)
    private String indexNumber;

    @Column(name = "published_date")
    private LocalDate publishedDate;

    @Column(name = "publication_deadline_id")
    private Long publicationDeadlineId;

    @Column(name = "other_agency_confirmed_by", length = 200)
    private String otherAgencyConfirmedBy;

    @Column(name = "other_agency_confirmed_at")
    private LocalDateTime otherAgencyConfirmedAt;

    @Column(name = "other_agency_confirmation", length = 2000)
    private String otherAgencyConfirmation;

    protected Publication() {
    }

    /**
     * A published date the user typed: accepted only when it is the day of the step (the API kept
     * the field); anything else would move the date lateness is measured by.
     */
    public static void requireNoOtherPublishedDate(LocalDate typed, LocalDate today) {
        if (typed != null && !typed.equals(today)) {
            throw new InvalidInputException("catalogue.invalid.publishedDateIsToday");
        }
    }

    /** A date the user states for a step: not later than today, not before the previous step (issue #12, 8). */
    static void requireStatedDay(LocalDate stated, LocalDate previousStep, LocalDate today) {
        if (stated.isAfter(today)) {
            throw new InvalidInputException("catalogue.invalid.statedDateFuture");
        }
        if (stated.isBefore(previousStep)) {
            throw new InvalidInputException("catalogue.invalid.statedDateBeforePrevious", previousStep.toString());
        }
    }

    void catalogue(IndexNumber number) {
        indexNumber = Objects.requireNonNull(number).toString();
    }

    /** The other agency's confirmation, with the day it was given when the office records it later. */
    void confirmAgency(String by, String text, LocalDate statedOn, LocalDate previousStep, LocalDateTime now) {
        DraftContent.requireText(by, "catalogue.invalid.confirmedByRequired");
        DraftContent.requireText(text, "catalogue.invalid.confirmationRequired");
        if (statedOn != null) {
            requireStatedDay(statedOn, previousStep, now.toLocalDate());
        }
        otherAgencyConfirmedBy = by.strip();
        otherAgencyConfirmation = text.strip();
        otherAgencyConfirmedAt = now;
    }

    /**
     * The channel records of a publication today of a PROACTIVE item: at least one, each channel once, each on the day
     * it appeared (none given: today), between the previous step and today. An item involving
     * another agency needs that agency's confirmation first.
     */
    List<ChannelRecord> publish(Collection<ChannelRecord> where, Drafting drafting, Review review,
                                LocalDate previousStep, LocalDate today) {
        if (review.getAttribute() != DisclosureAttribute.PROACTIVE) {
            throw new InvalidInputException("catalogue.invalid.notProactive");
        }
        if (where == null || where.isEmpty()) {
            throw new InvalidInputException("catalogue.invalid.channelRequired");
        }
        if (where.stream().map(ChannelRecord::getChannel).distinct().count() != where.size()) {
            throw new InvalidInputException("catalogue.invalid.channelTwice");
        }
        if (drafting.isInvolvesOtherAgency() && otherAgencyConfirmedAt == null) {
            throw new InvalidInputException("catalogue.invalid.agencyConfirmationMissing", drafting.getOtherAgencyName());
        }
        List<ChannelRecord> records = where.stream().map(c -> c.onOr(today)).toList();
        records.forEach(c -> requireStatedDay(c.getPublishedOn(), previousStep, today));
        publishedDate = today;
        return records;
    }

    void attachDeadline(Long deadlineId) {
        publicationDeadlineId = deadlineId;
    }

    public String getIndexNumber() { return indexNumber; }
    public LocalDate getPublishedDate() { return publishedDate; }
    public Long getPublicationDeadlineId() { return publicationDeadlineId; }
    public String getOtherAgencyConfirmedBy() { return otherAgencyConfirmedBy; }
    public LocalDateTime getOtherAgencyConfirmedAt() { return otherAgencyConfirmedAt; }
    public String getOtherAgencyConfirmation() { return otherAgencyConfirmation; }
}
