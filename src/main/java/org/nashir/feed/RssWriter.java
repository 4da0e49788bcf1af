package org.nashir.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.nashir.shared.XmlOut;
import org.springframework.web.util.HtmlUtils;

/** RSS 2.0 with the content, Dublin Core, Media RSS and Atom (self link) extensions that feed readers use. */
final class RssWriter {

    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private RssWriter() {
    }

    static String write(Feed feed) {
        try (XmlOut out = new XmlOut()) {
            XMLStreamWriter xml = out.xml;
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("media", MEDIA);
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            out.element("title", feed.title());
            out.element("link", feed.htmlUrl());
            out.element("description", asHtml(feed.description()));
            out.element("language", "ar");
            out.element("lastBuildDate", date(feed.updated()));
            out.element("generator", "Nashir");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", feed.rssUrl());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            xml.writeStartElement("image");
            out.element("url", feed.logoUrl());
            out.element("title", feed.title());
            out.element("link", feed.htmlUrl());
            xml.writeEndElement();
            for (Feed.Entry entry : feed.entries()) {
                item(out, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            return out.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void item(XmlOut out, Feed.Entry entry) throws XMLStreamException {
        XMLStreamWriter xml = out.xml;
        xml.writeStartElement("item");
        out.element("title", entry.title());
        out.element("link", entry.url());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(entry.id());
        xml.writeEndElement();
        out.element("pubDate", date(entry.published()));
        // readers show an RSS description as HTML: the summary is plain text, so it goes in as escaped HTML
        out.element("description", asHtml(entry.summary()));
        if (entry.html() != null) {
            xml.writeStartElement("content", "encoded", CONTENT);
            xml.writeCData(entry.html().replace("]]>", "]]]]><![CDATA[>"));
            xml.writeEndElement();
        }
        for (Feed.Person author : entry.authors()) {
            out.element("dc", DC, "creator", author.name());
        }
        for (String category : entry.categories()) {
            out.element("category", category);
        }
        Feed.Image image = entry.image();
        if (image != null) {
            xml.writeEmptyElement("enclosure");
            xml.writeAttribute("url", image.url());
            xml.writeAttribute("length", Long.toString(image.length()));
            xml.writeAttribute("type", image.type());
            xml.writeStartElement("media", "content", MEDIA);
            xml.writeAttribute("url", image.url());
            xml.writeAttribute("medium", "image");
            xml.writeAttribute("type", image.type());
            xml.writeAttribute("width", Integer.toString(image.width()));
            xml.writeAttribute("height", Integer.toString(image.height()));
            out.element("media", MEDIA, "description", image.caption() != null ? image.caption() : image.alt());
            out.element("media", MEDIA, "credit", image.credit());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** RFC 822 as RSS wants it, in GMT and English names whatever the server's locale. */
    static String date(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String asHtml(String text) {
        return text == null ? null : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
