package org.nashir.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nashir.article.Article;
import org.nashir.article.PublishedStories;
import org.nashir.article.StoryChange;
import org.nashir.reads.MostRead;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.SiteWideChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * «الأكثر قراءة» and «آخر الأخبار» beside the pages: the same for every page of the site, so built once a minute
 * (as often as the ranking is asked) and again after any change readers can see, not for every page rendered.
 */
@Component
class Sidebars {

    static final int SHOWN = 5;

    private final PublishedStories stories;
    private final MostRead mostRead;
    private volatile Sidebar memo;

    /** The lists beside a page; {@code storyIds}, every story they name, for the page's cache keys. */
    record Sidebar(List<Card> today, List<Card> week, List<Article> latest, Set<Long> storyIds, Instant rankedAt) {

        /** The latest, leaving out the story of the page they stand beside. */
        List<Article> latestBesides(Long storyId) {
            return latest.stream().filter(a -> !a.id().equals(storyId)).limit(SHOWN).toList();
        }
    }

    Sidebars(PublishedStories stories, MostRead mostRead) {
        this.stories = stories;
        this.mostRead = mostRead;
    }

    Sidebar current(ArabicDates dates, Instant now) {
        MostRead.Ranking ranking = mostRead.ranking();
        Sidebar current = memo;
        if (current == null || !current.rankedAt().equals(ranking.at())) {
            Set<Long> ranked = new LinkedHashSet<>(ranking.today());
            ranked.addAll(ranking.week());
            Map<Long, Article> read = stories.cards(ranked).stream()
                    .collect(Collectors.toMap(Article::id, Function.identity()));
            List<Article> latest = stories.newest(SHOWN + 1);
            Set<Long> named = new LinkedHashSet<>();
            List<Card> today = top(ranking.today(), read, named, dates, now);
            List<Card> week = top(ranking.week(), read, named, dates, now);
            latest.forEach(a -> named.add(a.id()));
            current = new Sidebar(today, week, latest, named, ranking.at());
            memo = current;
        }
        return current;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StoryChange change) {
        memo = null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteWideChange change) {
        memo = null;
    }

    private static List<Card> top(List<Long> ids, Map<Long, Article> read, Set<Long> named, ArabicDates dates, Instant now) {
        List<Article> shown = ids.stream().map(read::get).filter(Objects::nonNull).limit(SHOWN).toList();
        shown.forEach(a -> named.add(a.id()));
        return SitePages.cards(new ArrayList<>(shown), dates, now);
    }
}
