package org.nashir.importer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nashir.shared.Messages;

/**
 * Reads a WordPress export (WXR, any version) as a stream: the channel's own elements and each
 * {@code <item>} are handed over one at a time as small trees, so memory is bounded by the largest
 * single post, not by the file. The parser is hardened: a DOCTYPE (the way in for external entities
 * and entity-expansion bombs) refuses the whole file before anything is read from it.
 */
final class WxrReader {

    /** A refused or broken file, with the reason in Arabic. */
    static final class BadFileException extends RuntimeException {
        private final boolean partial;

        BadFileException(String key, Object... args) {
            this(false, key, args);
        }

        BadFileException(boolean partial, String key, Object... args) {
            super(Messages.text(key, args));
            this.partial = partial;
        }

        /** The file broke off or went bad after a valid beginning: what came before it can be used. */
        boolean partial() {
            return partial;
        }
    }

    /** An element of the export with the canonical prefix of its namespace: "wp:post_id", "content:encoded", "title". */
    record Element(String name, Map<String, String> attributes, String text, List<Element> children) {

        String child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child.text;
                }
            }
            return null;
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }
    }

    interface Handler {
        void element(Element element);
    }

    private static final XMLInputFactory FACTORY = factory();
    private static final int MAX_DEPTH = 32;

    private WxrReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Streams the channel's children (authors, categories, tags, items, …) to the handler. */
    static void read(InputStream in, Handler handler) {
        XMLStreamReader xml = null;
        boolean sawRss = false;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            boolean wordpress = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadFileException("import.wxr.dtd");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = xml.getLocalName();
                if (!sawRss) {
                    if (!local.equals("rss")) {
                        throw new BadFileException("import.wxr.root", local);
                    }
                    sawRss = true;
                    for (int i = 0; i < xml.getNamespaceCount(); i++) {
                        wordpress |= prefix(xml.getNamespaceURI(i)).equals("wp");
                    }
                    if (!wordpress) {
                        throw new BadFileException("import.wxr.namespace");
                    }
                    continue;
                }
                if (local.equals("channel")) {
                    continue;
                }
                handler.element(element(xml, 0));
            }
            if (!sawRss) {
                throw new BadFileException("import.wxr.empty");
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new BadFileException(sawRss, "import.wxr.invalid", line > 0 ? Messages.text("import.wxr.at-line", line) : "",
                    e.getMessage() != null && e.getMessage().contains("entity") ? Messages.text("import.wxr.entity.unknown") : "");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a broken stream: the error that matters was reported above
                }
            }
        }
    }

    private static Element element(XMLStreamReader xml, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new BadFileException("import.wxr.depth", MAX_DEPTH);
        }
        String name = qualified(xml.getNamespaceURI(), xml.getLocalName());
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(xml, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new BadFileException(
                        "import.wxr.entity", xml.getLocalName());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Element(name, attributes, text.toString(), children);
                }
                default -> {
                    // comments and processing instructions carry nothing for us
                }
            }
        }
    }

    private static String qualified(String namespace, String local) {
        String prefix = prefix(namespace);
        return prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** WXR 1.0 to 1.2 differ only in the version in the namespace address. */
    private static String prefix(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            return "";
        }
        if (namespace.matches("https?://wordpress\\.org/export/[0-9.]+/excerpt/")) {
            return "excerpt";
        }
        if (namespace.matches("https?://wordpress\\.org/export/[0-9.]+/")) {
            return "wp";
        }
        if (namespace.equals("http://purl.org/rss/1.0/modules/content/")) {
            return "content";
        }
        if (namespace.equals("http://purl.org/dc/elements/1.1/")) {
            return "dc";
        }
        return "other";
    }
}
