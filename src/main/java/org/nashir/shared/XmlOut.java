package org.nashir.shared;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer to a string for feeds and sitemaps, with the one helper they all need; StAX escapes every text and attribute. */
public final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    public final XMLStreamWriter xml;

    public XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void element(String name, String text) throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    public void element(String prefix, String namespace, String name, String text) throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement(prefix, name, namespace);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    public String finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        return out.toString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
