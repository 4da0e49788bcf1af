package org.nashir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.nashir.article.Article;
import org.nashir.article.ArticleRepository;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.author.Author;
import org.nashir.author.AuthorRepository;
import org.nashir.media.ImageText;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaStorage;
import org.nashir.section.Section;
import org.nashir.section.SectionRepository;
import org.nashir.settings.SiteSettings;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.SiteWideChange;
import org.nashir.tag.Tag;
import org.nashir.tag.TagRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;

/** Builders that make exactly the content one test needs, with names unique within a shared database. */
@TestComponent
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final ArticleRepository articles;
    private final MediaStorage media;
    private final SiteSettingsService settings;
    private final org.nashir.security.StaffAccounts accounts;

    private final ApplicationEventPublisher events;

    Fixtures(SectionRepository sections, AuthorRepository authors, TagRepository tags, ArticleRepository articles,
            MediaStorage media, SiteSettingsService settings, org.nashir.security.StaffAccounts accounts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.articles = articles;
        this.media = media;
        this.settings = settings;
    }

    public static int unique() {
        return SEQUENCE.incrementAndGet();
    }

    /**
     * An Arabic word no other test writes, for tests that count how often the index has a word: ثرم, then two letters
     * for each digit of a unique number. No two of those letters are a near miss for «هل تقصد», and two numbers
     * differ by at least two of them, so no invented word is a likely typo of another.
     */
    public static String inventedWord() {
        String letters = "بلمنكفشرجط";
        StringBuilder word = new StringBuilder("ثرم");
        String.valueOf(unique()).chars().map(c -> c - '0')
                .forEach(digit -> word.append(letters.charAt(digit)).append(letters.charAt((digit + 3) % 10)));
        return word.toString();
    }

    /** Test data goes in as an import does, straight to the tables, and like an import it empties the caches. */
    public Section section(String name) {
        Section section = sections.save(new Section(name, "section-" + unique(), 100 + unique()));
        events.publishEvent(new SiteWideChange("fixtures"));
        return section;
    }

    public Author author(String name, String title) {
        return author(name, title, "نبذة قصيرة عن الكاتب.");
    }

    public Author author(String name, String title, String bio) {
        return authors.save(new Author(name + " " + unique(), title, bio, null));
    }

    public Tag tag(String name) {
        return tags.save(new Tag(name + " " + unique()));
    }

    public MediaAsset image(String alt, String caption, String credit) {
        return media.store(png(1600, 900), new ImageText(alt, caption, credit));
    }

    /** An image as small as a lead image may be, for tests about its words: storing it makes one variant, not five. */
    public MediaAsset smallImage(String alt, String caption, String credit) {
        return media.store(png(MediaAsset.VARIANT_WIDTHS.get(0), 180), new ImageText(alt, caption, credit));
    }

    public SiteSettings settings(Consumer<SiteSettings> change) {
        if (settings.find().isEmpty()) {
            settings.save(new SiteSettings("موقع الاختبار", "/assets/img/logo.svg", java.time.ZoneId.of("Asia/Riyadh"),
                    "شركة الاختبار للنشر"));
        }
        return settings.update(ADMINISTRATOR, change);
    }

    public static final String PASSWORD = "a-long-test-password";
    /** Who the fixtures act as where the domain asks: an administrator with no account of its own. */
    private static final org.nashir.security.Actor ADMINISTRATOR = new org.nashir.security.Actor(0, "fixtures",
            org.nashir.security.Role.ADMINISTRATOR);

    /** A member of staff with the test password and a unique username. */
    public org.nashir.security.StaffUser staff(org.nashir.security.Role role) {
        return accounts.create(ADMINISTRATOR, role.name().toLowerCase() + unique(), "موظف " + role.arabicName(), PASSWORD, role);
    }

    public ArticleBuilder article(Section section) {
        return new ArticleBuilder(section);
    }

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b3954));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xff5a5f));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public final class ArticleBuilder {
        private final Section section;
        private String headline = "خبر للاختبار رقم " + unique();
        private String standfirst;
        private final List<Block> blocks = new ArrayList<>(List.of(new Block.Paragraph("فقرة أولى من الخبر.")));
        private final List<Author> byline = new ArrayList<>();
        private final Set<Tag> tagged = new LinkedHashSet<>();
        private MediaAsset lead;
        private Instant publishedAt = Instant.now();
        private Instant editedAt;
        private boolean breaking;
        private boolean published = true;

        private ArticleBuilder(Section section) {
            this.section = section;
        }

        public ArticleBuilder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public ArticleBuilder standfirst(String standfirst) {
            this.standfirst = standfirst;
            return this;
        }

        public ArticleBuilder body(Block... blocks) {
            this.blocks.clear();
            this.blocks.addAll(List.of(blocks));
            return this;
        }

        public ArticleBuilder by(Author... authors) {
            byline.addAll(List.of(authors));
            return this;
        }

        public ArticleBuilder tagged(Tag... tags) {
            tagged.addAll(List.of(tags));
            return this;
        }

        public ArticleBuilder lead(MediaAsset lead) {
            this.lead = lead;
            return this;
        }

        public ArticleBuilder publishedAt(Instant at) {
            this.publishedAt = at;
            return this;
        }

        public ArticleBuilder editedAt(Instant at) {
            this.editedAt = at;
            return this;
        }

        public ArticleBuilder breaking() {
            this.breaking = true;
            return this;
        }

        public ArticleBuilder draft() {
            this.published = false;
            return this;
        }

        public Article save() {
            Article article = new Article(headline, standfirst, section, new Body(blocks), publishedAt);
            article.byline(byline);
            article.tag(tagged);
            article.illustrate(lead);
            article.markBreaking(breaking);
            if (published) {
                article.publish(publishedAt);
            }
            if (editedAt != null) {
                article.rewrite(headline, standfirst, new Body(blocks), editedAt);
            }
            Article saved = articles.save(article);
            events.publishEvent(new SiteWideChange("fixtures"));
            return saved;
        }
    }
}
