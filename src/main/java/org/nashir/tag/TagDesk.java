package org.nashir.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SiteWideChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors rename tags and merge duplicates («ترمب» into «ترامب»): the stories of one move to the other. */
@Service
public class TagDesk {

    private final TagRepository tags;
    private final JdbcTemplate jdbc;

    private final ApplicationEventPublisher events;

    TagDesk(TagRepository tags, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.tags = tags;
        this.jdbc = jdbc;
    }

    @Transactional
    public void rename(Actor actor, long id, String name) {
        actor.requireTaxonomyEditor();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "tag.name.required");
        }
        find(id).rename(name.strip());
        events.publishEvent(new SiteWideChange("tag"));
    }

    @Transactional
    public void merge(Actor actor, long fromId, long intoId) {
        actor.requireTaxonomyEditor();
        if (fromId == intoId) {
            throw new InvalidInputException("into", "tag.merge.into");
        }
        Tag from = find(fromId);
        find(intoId);
        tags.flush();
        // stories tagged with both keep one row; the others move over
        jdbc.update("delete from article_tag where tag_id = ? and article_id in (select article_id from article_tag where tag_id = ?)",
                fromId, intoId);
        jdbc.update("update article_tag set tag_id = ? where tag_id = ?", intoId, fromId);
        tags.delete(from);
        events.publishEvent(new SiteWideChange("tag"));
    }

    private Tag find(long id) {
        return tags.findById(id).orElseThrow(() -> new NotFoundException("tag " + id));
    }

    /** Tags as other features read them: the tag table is this feature's own. */
    @Transactional(readOnly = true)
    public Optional<Tag> byId(long id) {
        return tags.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Tag> bySlug(String slug) {
        return tags.findBySlug(slug);
    }

    /** Every tag, by name. */
    @Transactional(readOnly = true)
    public List<Tag> all() {
        return tags.findAll(Sort.by("name"));
    }

    /** The tags of these ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<Tag> all(Collection<Long> ids) {
        return tags.findAllById(ids);
    }
}
