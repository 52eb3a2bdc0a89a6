package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when a published item appeared, with the channel's own reference (URL, issue, page).
 * Its day may be earlier than the published date where the item really appeared there earlier.
 */
@Embeddable
public class ChannelRecord {

    /** The code of a {@link ChannelKind}. */
    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(length = 500)
    private String reference;

    protected ChannelRecord() {
    }

    /** @param publishedOn the day it appeared there; null: the day of the publish step */
    public ChannelRecord(String channel, LocalDate publishedOn, String reference) {
        this.channel = Objects.requireNonNull(channel);
        this.publishedOn = publishedOn;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** This record with its day, the given one where none was stated. */
    ChannelRecord onOr(LocalDate day) {
        return publishedOn != null ? this : new ChannelRecord(channel, day, reference);
    }

    public String getChannel() {
        return channel;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getReference() {
        return reference;
    }
}
