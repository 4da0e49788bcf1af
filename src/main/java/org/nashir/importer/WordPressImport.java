package org.nashir.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.Names;
import org.nashir.article.body.Body;
import org.nashir.article.body.InlineHtml;
import org.nashir.author.Author;
import org.nashir.media.ImageText;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaStorage;
import org.nashir.redirect.LegacyUrls.Kind;
import org.nashir.redirect.LegacyUrls;
import org.nashir.section.Section;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.Messages;
import org.nashir.shared.OutboundAddresses;
import org.nashir.tag.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export (WXR): posts with their statuses, times, categories (the first is the
 * primary section), tags, authors, featured and inline images, and every old address of each, which
 * keeps answering with a 301 to the new one (see {@link LegacyUrls}).
 * <p>
 * The file is read twice as a stream: first for what posts refer to (authors, categories, tags and
 * the attachments' addresses and captions, all small), then for the posts, one transaction each, so a
 * post is imported whole or not at all and memory stays bounded whatever the file's size. A post
 * already imported (same site, same WordPress id) is left alone: running an import twice creates
 * nothing twice.
 */
@Service
public class WordPressImport {

    /** Where the uploaded files are: a copy of wp-content/uploads, or the address it is served from; neither means the addresses in the export. */
    public record MediaSource(Path directory, String baseUrl) {
        public static final MediaSource EXPORT_ADDRESSES = new MediaSource(null, null);
    }

    private static final Logger log = LoggerFactory.getLogger(WordPressImport.class);
    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern RESIZED = Pattern.compile("-(?:\\d+x\\d+|scaled)(\\.\\w+)$");
    private static final String UPLOADS = "/wp-content/uploads/";
    private static final String UNCATEGORISED = Messages.text("import.wp.uncategorised");

    private final TransactionTemplate transactions;
    private final EntityManagerFactory entityManagerFactory;
    private final MediaStorage media;
    private final LegacyUrls legacy;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final HttpClient http = ImageBytes.client();
    private final OutboundAddresses outbound;
    private final Names names;
    private final ArticleDesk desk;

    @PersistenceContext
    private EntityManager entityManager;

    WordPressImport(PlatformTransactionManager transactionManager, EntityManagerFactory entityManagerFactory,
            MediaStorage media, LegacyUrls legacy, SiteSettingsService settings, Clock clock,
            ApplicationEventPublisher events, OutboundAddresses outbound, Names names, ArticleDesk desk) {
        this.desk = desk;
        this.names = names;
        this.outbound = outbound;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManagerFactory = entityManagerFactory;
        this.media = media;
        this.legacy = legacy;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    public WordPressReport run(Path file, MediaSource source, StoryImport.Listener listener) throws IOException {
        Run run = new Run(clock.instant(), settings.current().timeZone(), source);
        Site site = new Site();
        try {
            pass(file, (element, fraction) -> {
                site.collect(element);
                listener.progress(0.1 * fraction, 0, 0);
            });
        } catch (WxrReader.BadFileException e) {
            if (!e.partial()) {
                return run.report(e.getMessage(), clock.instant());
            }
            // a file cut short: what came before the break is imported, and the report says where it broke
        }
        try {
            pass(file, (element, fraction) -> {
                if (element.name().equals("item")) {
                    item(element, site, run);
                    listener.progress(0.1 + 0.9 * fraction, run.imported, run.failed);
                }
            });
        } catch (WxrReader.BadFileException e) {
            run.refusedFile = e.getMessage();
        }
        StoryImport.finish(entityManagerFactory, events, run.imported, "wordpress import");
        listener.progress(1, run.imported, run.failed);
        return run.report(run.refusedFile, clock.instant());
    }

    /** One reading of the file, plain or gzip, telling the handler how much of it has been read (0 to 1). */
    private static void pass(Path file, BiConsumer<WxrReader.Element, Double> handler) throws IOException {
        double size = Math.max(Files.size(file), 1);
        try (StoryImport.CountingStream counted = new StoryImport.CountingStream(Files.newInputStream(file));
                InputStream in = StoryImport.decompressed(counted)) {
            WxrReader.read(in, element -> handler.accept(element, counted.count / size));
        }
    }

    private void item(WxrReader.Element item, Site site, Run run) {
        String type = orEmpty(item.child("wp:post_type"));
        if (type.equals("attachment")) {
            return; // brought in when a post uses it
        }
        long id = number(item.child("wp:post_id"));
        String title = text(item.child("title"));
        String status = orEmpty(item.child("wp:status"));
        if (!type.equals("post")) {
            run.skipped.merge(type.isEmpty() ? Messages.text("import.wp.no-type") : type, 1L, Long::sum);
            if (!type.equals("nav_menu_item") && !type.startsWith("wp_") && !type.equals("revision")) {
                run.problem(id, title, Messages.text("import.wp.not-a-post", type));
            }
            return;
        }
        run.posts++;
        if (status.equals("trash") || status.equals("auto-draft") || status.equals("inherit")) {
            run.skipped.merge("post (" + status + ")", 1L, Long::sum);
            return;
        }
        try {
            boolean made = Boolean.TRUE.equals(transactions.execute(tx -> post(item, id, title, status, site, run)));
            if (made) {
                run.imported++;
            } else {
                run.alreadyThere++;
            }
        } catch (RuntimeException e) {
            entityManager.clear();
            log.debug("WordPress post {} not imported", id, e);
            run.failed++;
            run.problem(id, title, Messages.text("import.wp.refused", StoryImport.reason(e, "")));
        }
    }

    /** Saves one post; false when it was imported before. */
    private boolean post(WxrReader.Element item, long id, String rawTitle, String status, Site site, Run run) {
        StoryImport.indexWithoutWaiting(entityManager);
        String source = site.base() + "/?p=" + id;
        if (!entityManager.createQuery("select a.id from Article a where a.sourceUrl = :source", Long.class)
                .setParameter("source", source).getResultList().isEmpty()) {
            return false;
        }
        String title = rawTitle;
        if (title.isEmpty()) {
            title = Messages.text("import.wp.untitled");
            run.note(Messages.text("import.wp.untitled.note"));
        } else if (title.length() > Article.MAX_HEADLINE) {
            title = title.substring(0, Article.MAX_HEADLINE);
            run.note(Messages.text("import.wp.long-title", Article.MAX_HEADLINE));
        }
        String headline = title;
        Body body = WordPressBody.convert(item.child("content:encoded"),
                (src, attachment) -> image(site, src, attachment, headline, id, run), run::note);

        Map<String, String> meta = meta(item);
        // WordPress has no primary category of its own; Yoast SEO keeps one, and otherwise the export's first is taken
        long primary = number(meta.get("_yoast_wpseo_primary_category"));
        List<Section> sections = new ArrayList<>();
        Set<Tag> tags = new LinkedHashSet<>();
        for (WxrReader.Element term : item.all("category")) {
            String domain = term.attributes().getOrDefault("domain", "");
            String slug = term.attributes().getOrDefault("nicename", "");
            if (domain.equals("category")) {
                Section section = section(site, slug, text(term.text()));
                Category category = site.categories.get(slug);
                sections.add(category != null && category.termId() == primary ? 0 : sections.size(), section);
            } else if (domain.equals("post_tag")) {
                tags.add(tag(site, slug, text(term.text())));
            }
        }
        if (sections.isEmpty()) {
            sections.add(names.section(UNCATEGORISED, null));
        }
        String excerpt = text(item.child("excerpt:encoded"));
        Article article = new Article(headline, excerpt.isEmpty() ? null : WordPressBody.cut(excerpt, 1000), sections.get(0), body,
                clock.instant());
        article.alsoIn(new LinkedHashSet<>(sections.subList(1, sections.size())));
        String login = orEmpty(item.child("dc:creator"));
        if (!login.isEmpty()) {
            article.byline(List.of(author(site, login)));
        }
        article.tag(tags);
        article.importedFrom(source);
        String name = orEmpty(item.child("wp:post_name"));
        String wordpressSlug = LegacyUrls.decode(name);
        // a slug an editor wrote is kept; one WordPress made from the title (and cut at 200 bytes) is made again, whole
        if (!wordpressSlug.isEmpty() && !article.slug().startsWith(wordpressSlug)) {
            article.changeSlug(wordpressSlug);
        }
        String seoTitle = meta.getOrDefault("_yoast_wpseo_title", "");
        String seoDescription = meta.getOrDefault("_yoast_wpseo_metadesc", "");
        // Yoast's templates (%%title%% %%sep%% %%sitename%%) are not titles; only what an editor wrote is kept
        article.describeForSearchEngines(seoTitle.contains("%%") ? null : WordPressBody.cut(text(seoTitle), 300),
                seoDescription.contains("%%") ? null : WordPressBody.cut(text(seoDescription), 500));
        if (meta.containsKey("_thumbnail_id")) {
            Long lead = image(site, null, number(meta.get("_thumbnail_id")), headline, id, run);
            if (lead != null) {
                article.illustrate(entityManager.getReference(MediaAsset.class, lead));
            }
        }
        Instant published = time(item.child("wp:post_date_gmt"), ZoneOffset.UTC)
                .or(() -> time(item.child("wp:post_date"), run.zone)).orElse(clock.instant());
        Instant modified = time(item.child("wp:post_modified_gmt"), ZoneOffset.UTC)
                .or(() -> time(item.child("wp:post_modified"), run.zone)).orElse(published);
        switch (status) {
            case "publish" -> article.publish(published);
            case "future" -> {
                if (published.isAfter(clock.instant())) {
                    article.schedule(published, clock.instant());
                } else {
                    article.publish(published); // its time passed while WordPress's cron was not running
                }
            }
            case "pending" -> article.submitForReview();
            case "private" -> run.note(Messages.text("import.wp.private"));
            default -> {
                // draft: stays a draft
            }
        }
        article.history(published, modified);
        desk.bringIn(article);
        entityManager.flush();
        run.statuses.merge(status, 1L, Long::sum);
        long articleId = article.id();
        run.redirects += address(item.child("link"), Kind.STORY, articleId);
        String guid = orEmpty(item.child("guid"));
        if (guid.startsWith(site.base())) {
            run.redirects += address(guid, Kind.STORY, articleId);
        }
        run.redirects += point(LegacyUrls.queryKey("p", Long.toString(id)), Kind.STORY, articleId);
        if (!name.isEmpty()) {
            run.redirects += point(LegacyUrls.structuralKey("post", name), Kind.STORY, articleId);
        }
        entityManager.flush();
        entityManager.clear();
        return true;
    }

    /** A media-library image for an attachment or an address in a post; null (and a line in the report) when it cannot be had. */
    private Long image(Site site, String src, Long attachmentId, String title, long postId, Run run) {
        Attachment attachment = attachmentId == null ? null : site.attachments.get(attachmentId);
        if (attachment == null && src != null) {
            Long byAddress = site.attachmentsByUrl.get(RESIZED.matcher(src).replaceFirst("$1"));
            attachment = byAddress == null ? null : site.attachments.get(byAddress);
        }
        if (attachment == null && (src == null || src.isBlank())) {
            run.missingImages++;
            run.problem(postId, title, Messages.text("import.wp.attachment.missing", attachmentId));
            return null;
        }
        String key = attachment != null ? LegacyUrls.queryKey("attachment_id", Long.toString(attachment.id()))
                : "image:" + src.strip();
        Optional<Long> known = legacy.target(key, Kind.MEDIA);
        if (known.isPresent()) {
            return known.get();
        }
        if (run.unavailable.contains(key)) {
            return null; // tried and reported already: one missing file is one line of the report
        }
        String address = attachment != null ? attachment.url() : src.strip();
        MediaAsset asset;
        try {
            byte[] bytes = ImageBytes.read(run.locate(address), http, outbound, run.source.directory());
            Credits.Split text = Credits.split(attachment == null ? null : attachment.caption());
            String alt = attachment != null && !attachment.alt().isBlank() ? attachment.alt()
                    : attachment != null && !attachment.title().isBlank() ? attachment.title() : title;
            asset = media.store(bytes, new ImageText(WordPressBody.cut(alt, 500), WordPressBody.cut(text.caption(), 1000), WordPressBody.cut(text.credit(), 200)));
        } catch (RuntimeException e) {
            run.missingImages++;
            run.unavailable.add(key);
            run.problem(postId, title, Messages.text("import.wp.image.failed", address, StoryImport.reason(e, "")));
            return null;
        }
        run.images++;
        point(key, Kind.MEDIA, asset.id());
        if (attachment != null) {
            run.redirects += address(attachment.link(), Kind.MEDIA, asset.id());
            run.redirects += point(LegacyUrls.queryKey("p", Long.toString(attachment.id())), Kind.MEDIA, asset.id());
            if (!attachment.name().isEmpty()) {
                run.redirects += point(LegacyUrls.structuralKey("attachment", attachment.name()), Kind.MEDIA, asset.id());
            }
        }
        return asset.id();
    }

    private Section section(Site site, String nicename, String name) {
        String key = LegacyUrls.structuralKey("category", nicename);
        Optional<Section> known = legacy.target(key, Kind.SECTION).map(id -> entityManager.find(Section.class, id));
        if (known.isPresent()) {
            return known.get();
        }
        Category category = site.categories.get(nicename);
        Section section = names.section(name.isEmpty() ? nicename : name, LegacyUrls.decode(nicename));
        long id = section.id();
        point(key, Kind.SECTION, id);
        point(LegacyUrls.pathKey("/category/" + nicename), Kind.SECTION, id);
        if (category != null) {
            point(LegacyUrls.queryKey("cat", Long.toString(category.termId())), Kind.SECTION, id);
            point(LegacyUrls.pathKey("/category" + site.categoryPath(nicename)), Kind.SECTION, id);
        }
        return section;
    }

    private Tag tag(Site site, String slug, String name) {
        String key = LegacyUrls.structuralKey("tag", slug);
        Optional<Tag> known = legacy.target(key, Kind.TAG).map(id -> entityManager.find(Tag.class, id));
        if (known.isPresent()) {
            return known.get();
        }
        Tag tag = names.tag(name.isEmpty() ? slug : name);
        entityManager.flush();
        point(key, Kind.TAG, tag.id());
        point(LegacyUrls.pathKey("/tag/" + slug), Kind.TAG, tag.id());
        point(LegacyUrls.queryKey("tag", slug), Kind.TAG, tag.id());
        return tag;
    }

    private Author author(Site site, String login) {
        String nicename = login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_\\-%]", "-");
        String key = LegacyUrls.structuralKey("author", nicename);
        Optional<Author> known = legacy.target(key, Kind.AUTHOR).map(id -> entityManager.find(Author.class, id));
        if (known.isPresent()) {
            return known.get();
        }
        WordPressAuthor wp = site.authors.get(login);
        Author author = names.author(wp == null || wp.displayName().isBlank() ? login : wp.displayName());
        entityManager.flush();
        point(key, Kind.AUTHOR, author.id());
        point(LegacyUrls.structuralKey("author", login), Kind.AUTHOR, author.id());
        point(LegacyUrls.pathKey("/author/" + nicename), Kind.AUTHOR, author.id());
        if (wp != null) {
            point(LegacyUrls.queryKey("author", Long.toString(wp.id())), Kind.AUTHOR, author.id());
        }
        return author;
    }

    /** Records the path and the WordPress query forms of an old address; returns how many keys were recorded. */
    private int address(String url, Kind kind, long id) {
        if (url == null || url.isBlank()) {
            return 0;
        }
        String rest = url.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "");
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        int recorded = 0;
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                if (nameValue.length == 2 && LegacyUrls.isQueryForm(nameValue[0])) {
                    recorded += point(LegacyUrls.queryKey(nameValue[0], nameValue[1]), kind, id);
                }
            }
        }
        if (!path.isEmpty() && !path.equals("/")) {
            recorded += point(LegacyUrls.pathKey(path), kind, id);
        }
        return recorded;
    }

    private int point(String key, Kind kind, long id) {
        legacy.point(key, kind, id);
        return 1;
    }

    private static Map<String, String> meta(WxrReader.Element item) {
        Map<String, String> meta = new HashMap<>();
        for (WxrReader.Element entry : item.all("wp:postmeta")) {
            meta.put(orEmpty(entry.child("wp:meta_key")), orEmpty(entry.child("wp:meta_value")));
        }
        return meta;
    }

    private static Optional<Instant> time(String text, ZoneId zone) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), WP_TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Text of a title or an excerpt: WordPress keeps them as typed, entities and tags included. */
    private static String text(String html) {
        return html == null ? "" : InlineHtml.text(html).strip();
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }


    record WordPressAuthor(long id, String login, String displayName) {
    }

    record Category(long termId, String nicename, String parent, String name) {
    }

    record Attachment(long id, String url, String caption, String alt, String title, String name, String link) {
    }

    /** What posts refer to, gathered in the first pass. */
    private static final class Site {
        String baseSiteUrl = "";
        String channelLink = "";
        final Map<String, WordPressAuthor> authors = new HashMap<>();
        final Map<String, Category> categories = new HashMap<>();
        final Map<Long, Attachment> attachments = new HashMap<>();
        final Map<String, Long> attachmentsByUrl = new HashMap<>();

        String base() {
            String base = baseSiteUrl.isEmpty() ? channelLink : baseSiteUrl;
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        void collect(WxrReader.Element element) {
            switch (element.name()) {
                case "wp:base_site_url" -> baseSiteUrl = orEmpty(element.text());
                case "link" -> channelLink = orEmpty(element.text());
                case "wp:author" -> {
                    String login = orEmpty(element.child("wp:author_login"));
                    authors.put(login, new WordPressAuthor(number(element.child("wp:author_id")), login,
                            text(element.child("wp:author_display_name"))));
                }
                case "wp:category" -> {
                    String nicename = orEmpty(element.child("wp:category_nicename"));
                    categories.put(nicename, new Category(number(element.child("wp:term_id")), nicename,
                            orEmpty(element.child("wp:category_parent")), text(element.child("wp:cat_name"))));
                }
                case "item" -> {
                    if ("attachment".equals(orEmpty(element.child("wp:post_type")))) {
                        long id = number(element.child("wp:post_id"));
                        String url = orEmpty(element.child("wp:attachment_url"));
                        attachments.put(id, new Attachment(id, url, text(element.child("excerpt:encoded")),
                                text(meta(element).getOrDefault("_wp_attachment_image_alt", "")),
                                text(element.child("title")), orEmpty(element.child("wp:post_name")),
                                orEmpty(element.child("link"))));
                        attachmentsByUrl.put(url, id);
                    }
                }
                default -> {
                    // tags are read from each post, where their names are; nothing else is needed
                }
            }
        }

        /** "/parent/child" for a category, as WordPress builds its archive address. */
        String categoryPath(String nicename) {
            StringBuilder path = new StringBuilder();
            Set<String> seen = new LinkedHashSet<>();
            for (Category c = categories.get(nicename); c != null && seen.add(c.nicename()); c = categories.get(c.parent())) {
                path.insert(0, "/" + c.nicename());
            }
            return path.toString();
        }
    }

    private static final class Run {
        final Instant started;
        final ZoneId zone;
        final MediaSource source;
        long posts;
        long imported;
        long alreadyThere;
        long failed;
        long images;
        long missingImages;
        long redirects;
        String refusedFile;
        final Map<String, Long> statuses = new TreeMap<>();
        final Map<String, Long> conversions = new TreeMap<>();
        final Map<String, Long> skipped = new TreeMap<>();
        final List<WordPressReport.Problem> problems = new ArrayList<>();
        final Set<String> unavailable = new HashSet<>();

        Run(Instant started, ZoneId zone, MediaSource source) {
            this.started = started;
            this.zone = zone;
            this.source = source;
        }

        void note(String conversion) {
            conversions.merge(conversion, 1L, Long::sum);
        }

        void problem(long item, String title, String message) {
            if (problems.size() < WordPressReport.MAX_PROBLEMS) {
                problems.add(new WordPressReport.Problem(item, title, message));
            }
        }

        /** Where to read an uploaded file from: the copy of the uploads folder, the given address, or the export's own. */
        String locate(String address) {
            int at = address.indexOf(UPLOADS);
            if (at < 0 || (source.directory() == null && source.baseUrl() == null)) {
                return address;
            }
            String relative = address.substring(at + UPLOADS.length()).replaceFirst("[?#].*$", "");
            if (source.directory() != null) {
                Path root = source.directory().toAbsolutePath().normalize();
                Path file = root.resolve(LegacyUrls.decode(relative)).normalize();
                if (!file.startsWith(root)) {
                    throw new IllegalArgumentException(Messages.text("import.wp.image.outside"));
                }
                return file.toString();
            }
            String base = source.baseUrl();
            return (base.endsWith("/") ? base : base + "/") + relative;
        }

        WordPressReport report(String refused, Instant finished) {
            return new WordPressReport(refused, posts, imported, alreadyThere, failed, Map.copyOf(statuses),
                    Map.copyOf(conversions), Map.copyOf(skipped), images, missingImages, redirects,
                    List.copyOf(problems), Duration.between(started, finished));
        }
    }
}
