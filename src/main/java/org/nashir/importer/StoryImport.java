package org.nashir.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.Names;
import org.nashir.author.Author;
import org.nashir.media.ImageText;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaStorage;
import org.nashir.section.Section;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.Messages;
import org.nashir.shared.OutboundAddresses;
import org.nashir.shared.SiteWideChange;
import org.nashir.tag.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports stories from a JSON-lines file, plain or gzip, streaming. Lines are checked before anything is
 * written; good lines are saved in batches, each batch one transaction, and a batch that fails is retried
 * line by line, so a story is either wholly imported or not at all. A story whose {@code source_url} is
 * already on the site is left alone, which makes running the same import twice harmless.
 */
@Service
public class StoryImport {

    public interface Listener {
        /** {@code fraction} of the file read so far, 0 to 1. */
        void progress(double fraction, long imported, long refused);
    }

    private static final int BATCH = 500;
    /**
     * An archive imported leaves the index in many segments (written for pace: application.yml), and every search looks
     * each of its words up in each: merged into one, the search API served 12-22 % more on the ANT corpus.
     */
    private static final int MERGE_AFTER = 1_000;
    private static final Logger log = LoggerFactory.getLogger(StoryImport.class);

    private final TransactionTemplate transactions;
    private final EntityManagerFactory entityManagerFactory;
    private final MediaStorage media;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final HttpClient http = ImageBytes.client();
    private final OutboundAddresses outbound;
    private final Names names;
    private final ArticleDesk desk;

    @PersistenceContext
    private EntityManager entityManager;

    private final ApplicationEventPublisher events;

    StoryImport(PlatformTransactionManager transactionManager, EntityManagerFactory entityManagerFactory,
            MediaStorage media, SiteSettingsService settings, Clock clock, ApplicationEventPublisher events,
            OutboundAddresses outbound, Names names, ArticleDesk desk) {
        this.desk = desk;
        this.names = names;
        this.events = events;
        this.outbound = outbound;
        this.entityManagerFactory = entityManagerFactory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    public ImportSummary run(Path file, Listener listener) throws IOException {
        Instant started = clock.instant();
        ZoneId zone = settings.current().timeZone();
        long size = Math.max(Files.size(file), 1);
        Run run = new Run();
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(decompressed(counted),
                        StandardCharsets.UTF_8), 1 << 16)) {
            List<ImportLine> batch = new ArrayList<>(BATCH);
            String text;
            while ((text = reader.readLine()) != null) {
                run.lines++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    batch.add(ImportLine.read(run.lines, text, zone, clock.instant()));
                } catch (IllegalArgumentException e) {
                    run.refuse(run.lines, e.getMessage());
                }
                if (batch.size() == BATCH) {
                    save(batch, run, file.getParent());
                    batch.clear();
                    listener.progress((double) counted.count / size, run.imported, run.refused);
                }
            }
            save(batch, run, file.getParent());
            finish(entityManagerFactory, events, run.imported, "import");
            listener.progress(1, run.imported, run.refused);
        }
        return new ImportSummary(run.lines, run.imported, run.alreadyThere, run.refused, List.copyOf(run.problems),
                Duration.between(started, clock.instant()));
    }

    static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    private void save(List<ImportLine> batch, Run run, Path folder) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            int[] counts = transactions.execute(status -> persist(batch, folder));
            run.imported += counts[0];
            run.alreadyThere += counts[1];
        } catch (RuntimeException batchFailed) {
            entityManager.clear();
            for (ImportLine line : batch) {
                try {
                    int[] counts = transactions.execute(status -> persist(List.of(line), folder));
                    run.imported += counts[0];
                    run.alreadyThere += counts[1];
                } catch (RuntimeException e) {
                    log.debug("Import line {} refused", line.number(), e);
                    run.refuse(line.number(), reason(e, Messages.text("import.save.failed")));
                }
            }
        }
    }

    /** Saves new stories of a batch; returns {imported, already there}. */
    private int[] persist(List<ImportLine> batch, Path folder) {
        indexWithoutWaiting(entityManager);
        Set<String> known = knownSources(batch);
        Map<String, Section> sections = new HashMap<>();
        Map<String, Author> authors = new HashMap<>();
        Map<String, Tag> tags = new HashMap<>();
        int imported = 0;
        int skipped = 0;
        for (ImportLine line : batch) {
            if (line.sourceUrl() != null && !known.add(line.sourceUrl())) {
                skipped++;
                continue;
            }
            Section section = sections.computeIfAbsent(line.section(), name -> names.section(name, null));
            Article article = new Article(line.headline(), line.standfirst(), section, line.body(),
                    line.publishedAt());
            List<Author> byline = new ArrayList<>();
            for (String name : line.authors()) {
                byline.add(authors.computeIfAbsent(name, names::author));
            }
            article.byline(byline);
            Set<Tag> tagged = new HashSet<>();
            for (String name : line.tags()) {
                tagged.add(tags.computeIfAbsent(name, names::tag));
            }
            article.tag(tagged);
            article.importedFrom(line.sourceUrl());
            if (line.image() != null) {
                article.illustrate(image(line, folder));
            }
            if (line.publish()) {
                article.publish(line.publishedAt());
            }
            desk.bringIn(article);
            imported++;
        }
        entityManager.flush();
        entityManager.clear();
        return new int[] {imported, skipped};
    }

    private Set<String> knownSources(Collection<ImportLine> batch) {
        List<String> urls = batch.stream().map(ImportLine::sourceUrl).filter(u -> u != null).distinct().toList();
        if (urls.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(entityManager.createQuery(
                "select a.sourceUrl from Article a where a.sourceUrl in :urls", String.class)
                .setParameter("urls", urls).getResultList());
    }

    /** A lead image from a file beside the import file, or an http(s) address; alt text defaults to the headline. */
    private MediaAsset image(ImportLine line, Path folder) {
        return media.store(ImageBytes.read(line.image(), http, outbound, folder), new ImageText(line.headline(), null, null));
    }

    /** An import's saves reach the search index without waiting: committing it per save would halve the pace. */
    static void indexWithoutWaiting(EntityManager entityManager) {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }

    /**
     * The end of every import: what it saved is searchable once this returns (the index otherwise commits on its
     * own every second), and an archive that changes listings, feeds and sitemaps everywhere purges the site once
     * rather than once per story.
     */
    static void finish(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events, long imported,
            String what) {
        var index = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
        if (imported >= MERGE_AFTER) {
            index.mergeSegments();
        }
        index.flush();
        index.refresh();
        if (imported > 0) {
            events.publishEvent(new SiteWideChange(what));
        }
    }

    /**
     * The reason in Arabic that a story or an image was refused, from wherever it was thrown. What is not ours to
     * explain (a database or I/O failure) is said in plain words, never by the name of its class; the log has it.
     */
    static String reason(RuntimeException e, String otherwise) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)
                && !(cause instanceof org.nashir.shared.InvalidInputException)) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof org.nashir.shared.InvalidInputException) {
            return cause.getMessage();
        }
        log.warn("Import refused an item for a reason it cannot name", e);
        return otherwise + (e instanceof org.springframework.dao.DataIntegrityViolationException
                ? Messages.text("import.conflict") : Messages.text("import.unexpected"));
    }

    private static final class Run {
        long lines;
        long imported;
        long alreadyThere;
        long refused;
        final List<ImportSummary.Problem> problems = new ArrayList<>();

        void refuse(long line, String message) {
            refused++;
            if (problems.size() < ImportSummary.MAX_PROBLEMS) {
                problems.add(new ImportSummary.Problem(line, message));
            }
        }
    }

    /** Counts the bytes read from the file, compressed or not, for the progress bar. */
    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
