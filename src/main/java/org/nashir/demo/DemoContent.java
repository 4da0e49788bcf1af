package org.nashir.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleRepository;
import org.nashir.article.Names;
import org.nashir.article.body.BodyCodec;
import org.nashir.author.Author;
import org.nashir.author.AuthorRepository;
import org.nashir.media.ImageText;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaStorage;
import org.nashir.section.Section;
import org.nashir.section.SectionRepository;
import org.nashir.settings.SiteSettings;
import org.nashir.settings.SiteSettingsService;
import org.nashir.settings.SocialLink;
import org.nashir.settings.SocialNetwork;
import org.nashir.shared.NashirProperties;
import org.nashir.tag.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo newsroom from {@code demo/site.json} into an empty database, before the site
 * serves its first page. Publish times are set relative to the first start so the demo looks live.
 */
@Component
class DemoContent implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final NashirProperties properties;
    private final SiteSettingsService settings;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final Names names;
    private final ArticleDesk desk;
    private final ArticleRepository articles;
    private final MediaStorage media;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoContent(NashirProperties properties, SiteSettingsService settings, SectionRepository sections,
            AuthorRepository authors, Names names, ArticleDesk desk, ArticleRepository articles, MediaStorage media,
            PlatformTransactionManager transactions, Clock clock) {
        this.properties = properties;
        this.settings = settings;
        this.sections = sections;
        this.authors = authors;
        this.names = names;
        this.desk = desk;
        this.articles = articles;
        this.media = media;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.demo()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (sections.count() > 0 || articles.count() > 0 || settings.find().isPresent()) {
                return;
            }
            long started = System.nanoTime();
            int count = load(read());
            log.info("Loaded the demo site: {} stories in {} ms (turn off with nashir.demo=false)", count,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/site.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo content is missing from the build", e);
        }
    }

    private int load(JsonNode demo) {
        JsonNode site = demo.get("settings");
        SiteSettings siteSettings = new SiteSettings(site.get("name").stringValue(), site.get("logo").stringValue(),
                ZoneId.of(site.get("timeZone").stringValue()), site.get("copyrightHolder").stringValue());
        siteSettings.changeTagline(site.get("tagline").stringValue());
        List<SocialLink> links = new ArrayList<>();
        for (JsonNode link : site.get("social").values()) {
            links.add(new SocialLink(SocialNetwork.valueOf(link.get("network").stringValue()), link.get("url").stringValue()));
        }
        siteSettings.replaceSocialLinks(links);
        settings.save(siteSettings);

        Map<String, Section> sectionsBySlug = new HashMap<>();
        Map<String, String> palettes = new HashMap<>();
        for (JsonNode node : demo.get("sections").values()) {
            Section section = names.section(node.get("name").stringValue(), node.get("slug").stringValue());
            sectionsBySlug.put(section.slug(), section);
            palettes.put(section.slug(), node.get("palette").stringValue());
        }

        Map<String, Author> authorsByKey = new HashMap<>();
        long seed = 1;
        for (JsonNode node : demo.get("authors").values()) {
            String name = node.get("name").stringValue();
            MediaAsset photo = media.store(DemoImages.portrait("dusk", seed++), new ImageText("صورة " + name, null, "الرواق"));
            authorsByKey.put(node.get("key").stringValue(), authors.save(
                    new Author(name, node.get("title").stringValue(), node.get("bio").stringValue(), photo)));
        }

        Map<String, Long> idsByKey = new HashMap<>();
        Instant now = clock.instant();
        for (JsonNode node : demo.get("articles").values()) {
            String sectionSlug = node.get("section").stringValue();
            String palette = palettes.get(sectionSlug);
            Instant publishedAt = now.minus(Duration.ofMinutes(Math.round(node.get("hoursAgo").asDouble() * 60)));
            ObjectNode body = JsonMapper.builder().build().createObjectNode();
            body.put("version", 1);
            ArrayNode blocks = body.putArray("blocks");
            for (JsonNode block : node.get("blocks").values()) {
                blocks.add(resolve((ObjectNode) block.deepCopy(), palette, seed++, idsByKey));
            }
            Article article = new Article(node.get("headline").stringValue(), node.get("standfirst").stringValue(),
                    sectionsBySlug.get(sectionSlug), BodyCodec.read(body), publishedAt);
            List<Author> byline = new ArrayList<>();
            node.get("authors").values().forEach(key -> byline.add(authorsByKey.get(key.stringValue())));
            article.byline(byline);
            Set<Tag> articleTags = new LinkedHashSet<>();
            node.get("tags").values().forEach(name -> articleTags.add(
                    names.tag(name.stringValue())));
            article.tag(articleTags);
            if (node.has("image")) {
                article.illustrate(image(node.get("image"), palette, seed++));
            }
            article.markBreaking(node.path("breaking").asBoolean(false));
            article.publish(publishedAt);
            idsByKey.put(node.get("key").stringValue(), desk.bringIn(article).id());
        }
        return idsByKey.size();
    }

    /** Demo blocks name images by motif and related stories by key; the stored body names them by id. */
    private ObjectNode resolve(ObjectNode block, String palette, long seed, Map<String, Long> idsByKey) {
        String type = block.get("type").stringValue();
        if ("image".equals(type) && block.has("image")) {
            MediaAsset asset = image(block.get("image"), palette, seed);
            block.remove("image");
            block.put("media", asset.id());
        } else if ("related".equals(type) && block.has("keys")) {
            ArrayNode ids = block.putArray("articles");
            block.get("keys").values().forEach(key -> ids.add(idsByKey.get(key.stringValue())));
            block.remove("keys");
        }
        return block;
    }

    private MediaAsset image(JsonNode image, String palette, long seed) {
        return media.store(DemoImages.jpeg(image.get("motif").stringValue(), palette, seed),
                new ImageText(image.get("alt").stringValue(), image.get("caption").stringValue(),
                        image.get("credit").stringValue()));
    }
}
