package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.boundary.GovInfoPublication;
import cn.xxgk.catalogue.entity.ChannelRecord;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The office's last steps on an item's page: cataloguing (the index number), the other agency's
 * confirmation, publication on its channels (each with its own date and reference), and a new
 * version of a published entry.
 */
@Named
@ViewScoped
public class PublicationActions implements Serializable {

    @Inject
    GovInfoChain chain;

    @Inject
    GovInfoPublication publication;

    @Inject
    ItemView item;

    @Inject
    Messages messages;

    @Inject
    CatalogueSettings settings;

    @Inject
    transient Clock clock;

    private String confirmedBy;
    private String confirmation;
    private LocalDate confirmedOn;
    private List<ChannelRow> channels;

    public String catalogue() {
        GovInfo info = publication.catalogue(item.getId(), version());
        messages.info(null, "govinfo.item.done", messages.text("govinfo.step.CATALOGUED") + " " + info.getIndexNumber());
        return ItemView.reopen(info);
    }

    public String recordAgencyConfirmation() {
        GovInfo info = publication.recordAgencyConfirmation(item.getId(), version(), confirmedBy, confirmation,
                confirmedOn);
        messages.info(null, "govinfo.item.done", messages.text("govinfo.step.AGENCY_CONFIRMED"));
        return ItemView.reopen(info);
    }

    public String publish() {
        // the published date is the day of this step (Art. 26); a channel may state an earlier day
        List<ChannelRecord> chosen = getChannels().stream().filter(ChannelRow::isSelected)
                .map(row -> new ChannelRecord(row.getChannel(), row.getPublishedOn(), row.getReference()))
                .toList();
        GovInfo info = publication.publish(item.getId(), version(), null, chosen);
        messages.info(null, "govinfo.item.done", messages.text("govinfo.step.PUBLISHED"));
        return ItemView.reopen(info);
    }

    /** Goes to the new version's drafting sheet. */
    public String revise() {
        GovInfo next = chain.revise(item.getId(), version());
        messages.info(null, "govinfo.item.done", messages.text("govinfo.step.REVISED"));
        ItemView.reopen(next);
        return "/catalogue/edit.xhtml?faces-redirect=true&id=" + next.getId();
    }

    private long version() {
        return item.getInfo().getVersion();
    }

    public List<ChannelRow> getChannels() {
        if (channels == null) {
            channels = settings.channels(true).stream().map(c -> new ChannelRow(c.getCode(), c.getName())).toList();
        }
        return channels;
    }

    /** Shown, not typed: publication is dated the day it runs. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getConfirmedOn() { return confirmedOn; }
    public void setConfirmedOn(LocalDate confirmedOn) { this.confirmedOn = confirmedOn; }
    public String getConfirmedBy() { return confirmedBy; }
    public void setConfirmedBy(String confirmedBy) { this.confirmedBy = confirmedBy; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
