package cn.xxgk.portal.control;

import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of published entries: each entry's id and link are its canonical page, its
 * dates those of the catalogue (published: the publication date; updated: the last change), its
 * summary the beginning of the text. Written with the JDK's XML writer, so every text is escaped;
 * characters XML cannot carry are dropped.
 */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry of the feed. */
    public record Item(String url, String title, LocalDate published, LocalDateTime updated, String summary,
                       String category) {
    }

    private AtomFeed() {
    }

    public static void write(Writer out, String feedUrl, String siteUrl, String title, String author,
                             List<Item> items, ZoneId zone, LocalDateTime now) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", "zh-CN");
        element(xml, "id", feedUrl);
        element(xml, "title", title);
        LocalDateTime newest = items.stream().map(Item::updated).max(LocalDateTime::compareTo).orElse(now);
        element(xml, "updated", time(newest, zone));
        link(xml, "self", feedUrl, "application/atom+xml");
        link(xml, "alternate", siteUrl, "text/html");
        xml.writeStartElement("author");
        element(xml, "name", author);
        xml.writeEndElement();
        for (Item item : items) {
            xml.writeStartElement("entry");
            element(xml, "id", item.url());
            element(xml, "title", item.title());
            element(xml, "published", time(item.published().atStartOfDay(), zone));
            element(xml, "updated", time(item.updated(), zone));
            link(xml, "alternate", item.url(), "text/html");
            if (item.category() != null) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", item.category());
            }
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(XmlText.clean(item.summary()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static String time(LocalDateTime local, ZoneId zone) {
        return OffsetDateTime.of(local.withNano(0), zone.getRules().getOffset(local)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
