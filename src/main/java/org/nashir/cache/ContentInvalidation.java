package org.nashir.cache;

import java.util.LinkedHashSet;
import java.util.Set;
import org.nashir.article.Article;
import org.nashir.article.ArticleDeleted;
import org.nashir.article.Stories;
import org.nashir.article.StoryChange;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.shared.PagesRearranged;
import org.nashir.shared.SiteWideChange;
import org.nashir.shared.SurrogateKeys;
import org.nashir.tag.Tag;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties exactly what a committed change makes wrong. A story's change empties every page naming
 * the story (its own page, the listings and related boxes it was in), the listings it is in now
 * (home, its sections, authors and tags, where it may newly appear), the site's feeds and the
 * sitemaps; nothing else. The editors' rearranging a front empties that page. A breaking story is on every page's strip, so it empties them all.
 * The other app nodes empty the same pages a moment later ({@link ClusterPurges}).
 */
@Component
class ContentInvalidation {

    private final PageCache pages;
    private final CdnPurge cdn;
    private final ClusterPurges cluster;
    private final Stories articles;
    private final TransactionTemplate reading;

    ContentInvalidation(PageCache pages, CdnPurge cdn, ClusterPurges cluster, Stories articles,
            PlatformTransactionManager transactions) {
        this.pages = pages;
        this.cdn = cdn;
        this.cluster = cluster;
        this.articles = articles;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StoryChange change) {
        long id = change.articleId();
        if (change instanceof ArticleDeleted) {
            purge(Set.of(SurrogateKeys.story(id), SurrogateKeys.HOME, SurrogateKeys.FEED, SurrogateKeys.SITEMAP));
        } else {
            storyChanged(id);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PagesRearranged event) {
        purge(event.keys());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteWideChange event) {
        purge(Set.of(SurrogateKeys.SITE));
    }

    private void storyChanged(long id) {
        Set<String> keys = reading.execute(status -> articles.withDetails(id).map(ContentInvalidation::keys)
                .orElseGet(() -> Set.of(SurrogateKeys.story(id), SurrogateKeys.HOME, SurrogateKeys.FEED, SurrogateKeys.SITEMAP)));
        purge(keys);
    }

    static Set<String> keys(Article story) {
        if (story.breaking()) {
            return Set.of(SurrogateKeys.SITE);
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.story(story.id()));
        keys.add(SurrogateKeys.HOME);
        keys.add(SurrogateKeys.FEED);
        keys.add(SurrogateKeys.SITEMAP);
        keys.add(SurrogateKeys.section(story.section().id()));
        for (Section section : story.otherSections()) {
            keys.add(SurrogateKeys.section(section.id()));
        }
        for (Author author : story.authors()) {
            keys.add(SurrogateKeys.author(author.id()));
        }
        for (Tag tag : story.tags()) {
            keys.add(SurrogateKeys.tag(tag.id()));
        }
        return keys;
    }

    private void purge(Set<String> keys) {
        pages.purge(keys);
        cluster.send(keys);
        cdn.purge(keys);
    }
}
