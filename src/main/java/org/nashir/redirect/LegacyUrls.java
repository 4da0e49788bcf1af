package org.nashir.redirect;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nashir.article.NameAliased;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.author.AuthorDesk;
import org.nashir.media.MediaLibrary;
import org.nashir.section.SectionDesk;
import org.nashir.shared.LogText;
import org.nashir.tag.TagDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The addresses of the site a newsroom came from, kept alive: each answers 301 to what it stands for
 * now, worked out at request time so that a later change of slug or section is followed. Only asked when
 * a reader's request would otherwise be a 404 (or is WordPress's {@code /?p=ID} on the home page).
 */
@Service
public class LegacyUrls {

    private static final Logger log = LoggerFactory.getLogger(LegacyUrls.class);

    public enum Kind { STORY, SECTION, TAG, AUTHOR, MEDIA }

    /** WordPress's query-string permalinks, and what each names. */
    static final List<String> QUERY_FORMS = List.of("p", "page_id", "attachment_id", "cat", "tag", "author");

    /** Endings WordPress adds to any permalink: feeds, AMP, pages of a listing or of a split post, comment pages. */
    private static final Pattern ENDING = Pattern.compile(
            "(.*?)/(feed(?:/(?:rss2?|atom|rdf))?|amp|embed|trackback|page/\\d+|comment-page-\\d+|\\d+)$");
    private static final int MAX_SOURCE = 1000;

    private final LegacyUrlRepository urls;
    private final PublishedStories stories;
    private final SectionDesk sections;
    private final TagDesk tags;
    private final AuthorDesk authors;
    private final MediaLibrary media;
    private final TransactionTemplate reading;

    LegacyUrls(LegacyUrlRepository urls, PublishedStories stories, SectionDesk sections, TagDesk tags,
            AuthorDesk authors, MediaLibrary media, PlatformTransactionManager transactions) {
        this.urls = urls;
        this.stories = stories;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.media = media;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Records (or re-points) an old address; keys longer than the column are skipped, as no reader could type them. */
    @Transactional
    public void point(String source, Kind kind, long targetId) {
        if (source == null || source.isEmpty() || source.length() > MAX_SOURCE) {
            return;
        }
        urls.findById(source).ifPresentOrElse(u -> u.point(kind, targetId),
                () -> urls.save(new LegacyUrl(source, kind, targetId)));
    }

    /** Another spelling of a byline, tag or section: the page its name would have had leads to the first spelling's. */
    @EventListener
    void on(NameAliased alias) {
        point(pathKey(alias.path()), Kind.valueOf(alias.kind().name()), alias.targetId());
    }

    /** What an old address stands for, when it was recorded with that kind. */
    @Transactional(readOnly = true)
    public Optional<Long> target(String source, Kind kind) {
        return urls.findById(source).filter(u -> u.kind() == kind).map(LegacyUrl::targetId);
    }

    /** The key of an address's path: percent-decoded, NFC, lower case, without trailing slashes. */
    public static String pathKey(String rawPath) {
        String path = Normalizer.normalize(decode(rawPath), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("/{2,}", "/");
        if (path.startsWith("/index.php/")) {
            path = path.substring("/index.php".length());
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    public static boolean isQueryForm(String name) {
        return QUERY_FORMS.contains(name);
    }

    public static String queryKey(String name, String value) {
        return "?" + name + "=" + Normalizer.normalize(decode(value), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public static String structuralKey(String kind, String slug) {
        return kind + ":" + Normalizer.normalize(decode(slug), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Where a reader's GET or HEAD of an old address (the path, with the request's parameters) is to go now,
     * as a path of this site. Empty when it is not an address we know, for other methods, and while the
     * database is away: the answer the request would have had without this look-up is then the right one.
     */
    public Optional<String> movedTo(HttpServletRequest request, String path) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        try {
            return reading.execute(status -> resolve(path, request::getParameter));
        } catch (RuntimeException e) {
            log.warn("Could not look up a former address {}: {}", LogText.of(path), e.toString());
            return Optional.empty();
        }
    }

    private Optional<String> resolve(String rawPath, Function<String, String> parameter) {
        List<String> candidates = new ArrayList<>();
        for (String name : QUERY_FORMS) {
            String value = parameter.apply(name);
            if (value != null && !value.isBlank()) {
                candidates.add(queryKey(name, value.strip()));
            }
        }
        String path = pathKey(rawPath);
        candidates.add(path);
        boolean feed = false;
        Matcher ending = ENDING.matcher(path);
        if (ending.matches() && !ending.group(1).isEmpty()) {
            feed = ending.group(2).startsWith("feed");
            path = ending.group(1);
            candidates.add(path);
        }
        structural(path, candidates);
        candidates.removeIf(c -> c.length() > MAX_SOURCE);
        Map<String, LegacyUrl> found = new HashMap<>();
        urls.findAllById(candidates).forEach(u -> found.put(u.source(), u));
        for (String candidate : candidates) {
            LegacyUrl url = found.get(candidate);
            if (url != null) {
                Optional<String> location = location(url, feed);
                if (location.isPresent()) {
                    return location;
                }
            }
        }
        return Optional.empty();
    }

    /** The keys of the permalink structures the old site could have used, from the path's own segments. */
    private static void structural(String path, List<String> candidates) {
        String[] segments = path.substring(1).split("/");
        if (segments.length == 0 || segments[0].isEmpty()) {
            return;
        }
        String last = segments[segments.length - 1];
        for (int i = 0; i < segments.length - 1; i++) {
            switch (segments[i]) {
                case "category" -> candidates.add("category:" + last);
                case "tag" -> candidates.add("tag:" + last);
                case "author" -> candidates.add("author:" + segments[i + 1]);
                default -> {
                    continue;
                }
            }
            return;
        }
        candidates.add("post:" + last);
        if (segments.length >= 2) {
            candidates.add("attachment:" + last);
        }
    }

    private Optional<String> location(LegacyUrl url, boolean feed) {
        long id = url.targetId();
        return switch (url.kind()) {
            case STORY -> stories.find(id).map(Permalinks::article);
            case SECTION -> sections.byId(id).map(s -> feed ? Permalinks.sectionFeed(s, false) : Permalinks.section(s));
            case TAG -> tags.byId(id).map(t -> feed ? Permalinks.tagFeed(t, false) : Permalinks.tag(t));
            case AUTHOR -> authors.byId(id).map(a -> feed ? Permalinks.authorFeed(a, false) : Permalinks.author(a));
            // WordPress's attachment page showed the image within its post: the story it illustrates, else the image
            case MEDIA -> stories.usingImage(id).stream().findFirst().map(Permalinks::article)
                    .or(() -> media.find(id).map(m -> Permalinks.media(m, m.shareWidth())));
        };
    }

    /** Percent-decoding that leaves a malformed or non-UTF-8 sequence as it was rather than failing. */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                byte[] encoded = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
