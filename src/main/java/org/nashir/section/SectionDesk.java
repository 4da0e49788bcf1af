package org.nashir.section;

import java.util.List;
import java.util.Optional;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SiteWideChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors create, rename and reorder sections. */
@Service
public class SectionDesk {

    private final SectionRepository sections;

    private final ApplicationEventPublisher events;

    SectionDesk(SectionRepository sections, ApplicationEventPublisher events) {
        this.sections = sections;
        this.events = events;
    }

    @Transactional
    public Section create(Actor actor, String name, String slug) {
        actor.requireTaxonomyEditor();
        String cleanName = requireName(name);
        String cleanSlug = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            SectionSlugs.requireValid(cleanSlug);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("slug", "section.slug.invalid");
        }
        if (sections.findBySlug(cleanSlug).isPresent()) {
            throw new InvalidInputException("slug", "section.slug.taken");
        }
        List<Section> all = sections.findAllByOrderByPositionAsc();
        int last = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
        events.publishEvent(new SiteWideChange("section"));
        return sections.save(new Section(cleanName, cleanSlug, last));
    }

    @Transactional
    public void rename(Actor actor, long id, String name) {
        actor.requireTaxonomyEditor();
        find(id).rename(requireName(name));
        events.publishEvent(new SiteWideChange("section"));
    }

    /** Moves a section one place up (-1) or down (+1) in the navigation. */
    @Transactional
    public void move(Actor actor, long id, int direction) {
        actor.requireTaxonomyEditor();
        List<Section> all = sections.findAllByOrderByPositionAsc();
        int index = all.indexOf(find(id));
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= all.size()) {
            return;
        }
        all.add(other, all.remove(index));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i);
        }
        events.publishEvent(new SiteWideChange("section"));
    }

    private Section find(long id) {
        return sections.findById(id).orElseThrow(() -> new NotFoundException("section " + id));
    }

    /** Sections as other features read them: the section table is this feature's own. */
    @Transactional(readOnly = true)
    public Optional<Section> byId(long id) {
        return sections.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Section> bySlug(String slug) {
        return sections.findBySlug(slug);
    }

    /** Every section, in the menu's order. */
    @Transactional(readOnly = true)
    public List<Section> all() {
        return sections.findAllByOrderByPositionAsc();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "section.name.required");
        }
        return name.strip();
    }
}
