package org.nashir.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.nashir.shared.XmlOut;

/** The sitemap protocol 0.9 with Google's image 1.1 and news 0.9 extensions. */
final class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private SitemapWriter() {
    }

    static String index(List<Sitemaps.Entry> files) {
        try (XmlOut out = new XmlOut()) {
            XMLStreamWriter xml = out.xml;
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "sitemapindex");
            xml.writeDefaultNamespace(SITEMAP);
            for (Sitemaps.Entry file : files) {
                xml.writeStartElement("sitemap");
                out.element("loc", file.loc());
                out.element("lastmod", date(file.lastmod()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return out.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String urls(List<Sitemaps.Entry> entries) {
        try (XmlOut out = new XmlOut()) {
            XMLStreamWriter xml = out.xml;
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("image", IMAGE);
            xml.writeNamespace("news", NEWS);
            for (Sitemaps.Entry entry : entries) {
                xml.writeStartElement("url");
                out.element("loc", entry.loc());
                out.element("lastmod", date(entry.lastmod()));
                if (entry.news() != null) {
                    xml.writeStartElement("news", "news", NEWS);
                    xml.writeStartElement("news", "publication", NEWS);
                    out.element("news", NEWS, "name", entry.news().publication());
                    out.element("news", NEWS, "language", "ar");
                    xml.writeEndElement();
                    out.element("news", NEWS, "publication_date", date(entry.news().published()));
                    out.element("news", NEWS, "title", entry.news().title());
                    xml.writeEndElement();
                }
                for (String image : entry.images()) {
                    xml.writeStartElement("image", "image", IMAGE);
                    out.element("image", IMAGE, "loc", image);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return out.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** W3C Datetime in UTC, to the second. */
    private static String date(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
