package org.nashir.front;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashir.article.Article;
import org.nashir.article.PublishedStories;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.PagesRearranged;
import org.nashir.shared.SurrogateKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' arrangement of the fronts. The home page has a lead and {@link #TOP_STORIES} top stories (slots 0 to
 * 4) and its section blocks; a section's page has a lead it may pin (slot 0). Only published stories can be picked,
 * each once per front; what a reader sees when a pick is later unpublished is the newest story in its place.
 */
@Service
public class FrontDesk {

    public static final int TOP_STORIES = 4;
    static final String HOME = "home";

    private final FrontArrangementRepository fronts;
    private final PublishedStories stories;
    private final SectionDesk sections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontDesk(FrontArrangementRepository fronts, PublishedStories stories, SectionDesk sections,
            ApplicationEventPublisher events, Clock clock) {
        this.fronts = fronts;
        this.stories = stories;
        this.sections = sections;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the editors chose for a front: version 0 and nothing chosen when nobody has arranged it yet.
     * {@code blocks} in their order; {@code updatedBy} null until then.
     */
    public record Front(long version, Map<Integer, Long> picks, List<FrontBlock> blocks, String updatedBy,
            Instant updatedAt) {

        static final Front UNARRANGED = new Front(0, Map.of(), List.of(), null, null);

        public Long lead() {
            return picks.get(0);
        }
    }

    @Transactional(readOnly = true)
    public Front home() {
        return front(HOME);
    }

    @Transactional(readOnly = true)
    public Front ofSection(long sectionId) {
        return front(sectionKey(sectionId));
    }

    /**
     * Replaces the home page's arrangement, if it is still the one of {@code version}. Blocks are put in the order
     * of their positions (ties kept as given); a section left out shows after them, in the sections' order.
     */
    @Transactional
    public void arrangeHome(Actor actor, long version, Map<Integer, Long> picks, List<FrontBlock> blocks) {
        actor.requireEditor();
        for (var pick : picks.entrySet()) {
            if (pick.getKey() < 0 || pick.getKey() > TOP_STORIES) {
                throw new InvalidInputException("slot" + pick.getKey(), "front.slot.unknown");
            }
            published(pick.getKey(), pick.getValue());
        }
        requireOnce(picks);
        Set<Long> seen = new HashSet<>();
        List<FrontBlock> ordered = blocks.stream().sorted(Comparator.comparingInt(FrontBlock::position)).toList();
        Set<FrontBlock> numbered = new HashSet<>();
        for (FrontBlock block : ordered) {
            if (sections.byId(block.sectionId()).isEmpty()) {
                throw new InvalidInputException("blocks", "front.section.unknown");
            }
            if (!seen.add(block.sectionId())) {
                throw new InvalidInputException("blocks", "front.section.twice");
            }
            numbered.add(new FrontBlock(block.sectionId(), numbered.size(), block.style()));
        }
        save(actor, HOME, SurrogateKeys.HOME, version, picks, numbered);
    }

    /** Pins a story at the head of its section's page, or lets the newest lead again ({@code storyId} null). */
    @Transactional
    public void pinSectionLead(Actor actor, long sectionId, long version, Long storyId) {
        actor.requireEditor();
        Section section = sections.byId(sectionId)
                .orElseThrow(() -> new InvalidInputException("section", "front.section.unknown"));
        Map<Integer, Long> picks = new LinkedHashMap<>();
        if (storyId != null) {
            Article story = published(0, storyId);
            if (!story.isIn(section)) {
                throw new InvalidInputException("slot0", "front.pick.other-section", section.name());
            }
            picks.put(0, storyId);
        }
        save(actor, sectionKey(sectionId), SurrogateKeys.section(sectionId), version, picks, Set.of());
    }

    private Front front(String key) {
        return fronts.findById(key).map(f -> new Front(f.revision(), Map.copyOf(f.picks()),
                f.blocks().stream().sorted(Comparator.comparingInt(FrontBlock::position)).toList(), f.updatedBy(),
                f.updatedAt())).orElse(Front.UNARRANGED);
    }

    private void save(Actor actor, String key, String pages, long version, Map<Integer, Long> picks,
            Set<FrontBlock> blocks) {
        FrontArrangement front = fronts.findById(key).orElseGet(() -> new FrontArrangement(key));
        if (front.revision() != version) {
            throw new FrontConflictException();
        }
        front.arrange(picks, blocks, actor.username(), clock.instant());
        try {
            fronts.saveAndFlush(front);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // another editor's save of the same version committed first
            throw new FrontConflictException();
        }
        events.publishEvent(new PagesRearranged(Set.of(pages)));
    }

    private Article published(int slot, long storyId) {
        return stories.find(storyId).orElseThrow(() -> new InvalidInputException("slot" + slot, "front.pick.unpublished"));
    }

    private static void requireOnce(Map<Integer, Long> picks) {
        Set<Long> seen = new HashSet<>();
        picks.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(pick -> {
            if (!seen.add(pick.getValue())) {
                throw new InvalidInputException("slot" + pick.getKey(), "front.pick.twice");
            }
        });
    }

    private static String sectionKey(long sectionId) {
        return "section-" + sectionId;
    }
}
