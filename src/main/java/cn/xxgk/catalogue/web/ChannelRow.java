package cn.xxgk.catalogue.web;

import java.io.Serializable;
import java.time.LocalDate;

/** One channel on the publication form: ticked or not, the day it appeared there (default: today) and reference. */
public class ChannelRow implements Serializable {
    private final String channel;
    private final String name;
    private boolean selected;
    private LocalDate publishedOn;
    private String reference;

    ChannelRow(String channel, String name) {
        this.channel = channel;
        this.name = name;
    }

    public String getChannel() { return channel; }
    public String getName() { return name; }
    public boolean isSelected() { return selected; }
    public void setSelected(boolean selected) { this.selected = selected; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
