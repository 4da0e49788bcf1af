package org.nashir.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import org.nashir.shared.XmlOut;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287): ids, updated times, authors, alternate and enclosure links, HTML content. */
final class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    static String write(Feed feed) {
        try (XmlOut out = new XmlOut()) {
            XMLStreamWriter xml = out.xml;
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "ar");
            out.element("id", feed.htmlUrl());
            out.element("title", feed.title());
            out.element("subtitle", feed.description());
            out.element("updated", date(feed.updated()));
            link(xml, "self", "application/atom+xml", feed.atomUrl());
            link(xml, "alternate", "text/html", feed.htmlUrl());
            xml.writeStartElement("author");
            out.element("name", feed.publisher());
            xml.writeEndElement();
            out.element("logo", feed.logoUrl());
            xml.writeStartElement("generator");
            xml.writeCharacters("Nashir");
            xml.writeEndElement();
            for (Feed.Entry entry : feed.entries()) {
                entry(out, entry);
            }
            xml.writeEndElement();
            return out.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(XmlOut out, Feed.Entry entry) throws XMLStreamException {
        XMLStreamWriter xml = out.xml;
        xml.writeStartElement("entry");
        out.element("id", entry.id());
        out.element("title", entry.title());
        link(xml, "alternate", "text/html", entry.url());
        out.element("published", date(entry.published()));
        out.element("updated", date(entry.updated()));
        for (Feed.Person author : entry.authors()) {
            xml.writeStartElement("author");
            out.element("name", author.name());
            out.element("uri", author.url());
            xml.writeEndElement();
        }
        for (String category : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", category);
        }
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(entry.summary());
        xml.writeEndElement();
        if (entry.html() != null) {
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(entry.html());
            xml.writeEndElement();
        }
        Feed.Image image = entry.image();
        if (image != null) {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "enclosure");
            xml.writeAttribute("type", image.type());
            xml.writeAttribute("length", Long.toString(image.length()));
            xml.writeAttribute("href", image.url());
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
