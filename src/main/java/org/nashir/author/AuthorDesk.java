package org.nashir.author;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NameKeys;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SiteWideChange;
import org.nashir.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors keep the bylines: name, title, short biography and photo. */
@Service
public class AuthorDesk {

    private final AuthorRepository authors;
    private final MediaLibrary media;

    private final ApplicationEventPublisher events;

    AuthorDesk(AuthorRepository authors, MediaLibrary media, ApplicationEventPublisher events) {
        this.events = events;
        this.authors = authors;
        this.media = media;
    }

    @Transactional
    public Author create(Actor actor, String name, String title, String bio) {
        actor.requireTaxonomyEditor();
        String clean = requireName(name);
        if (authors.findBySlug(Slugs.slugify(clean)).isPresent() || authors.existsByNameKey(NameKeys.of(clean))) {
            throw new InvalidInputException("name", "author.name.taken");
        }
        return authors.save(new Author(clean, blank(title), blank(bio), null));
    }

    @Transactional
    public void update(Actor actor, long id, String name, String title, String bio, Long photoId) {
        actor.requireTaxonomyEditor();
        Author author = authors.findById(id).orElseThrow(() -> new NotFoundException("author " + id));
        MediaAsset photo = photoId == null ? null
                : media.find(photoId).orElseThrow(() -> new InvalidInputException("photoId", "story.image.missing"));
        author.describe(requireName(name), blank(title), blank(bio), photo);
        events.publishEvent(new SiteWideChange("author"));
    }

    /** Bylines whose photo is this image: where the media library says it is used, beside the stories. */
    @Transactional(readOnly = true)
    public List<Author> picturedBy(long mediaId) {
        return authors.findByPhotoId(mediaId);
    }

    /** Takes an image off every byline it is the photo of, before the image is deleted. */
    @Transactional
    public void dropPhoto(Actor actor, long mediaId) {
        List<Author> pictured = authors.findByPhotoId(mediaId);
        if (!pictured.isEmpty()) {
            actor.requireTaxonomyEditor();
            pictured.forEach(author -> author.describe(author.name(), author.title(), author.bio(), null));
            events.publishEvent(new SiteWideChange("author"));
        }
    }

    /** Authors as other features read them: the author table is this feature's own. */
    @Transactional(readOnly = true)
    public Optional<Author> byId(long id) {
        return authors.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Author> bySlug(String slug) {
        return authors.findBySlug(slug);
    }

    /** Every author, by name. */
    @Transactional(readOnly = true)
    public List<Author> all() {
        return authors.findAllByOrderByNameAsc();
    }

    /** The authors of these ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<Author> all(Collection<Long> ids) {
        return authors.findAllById(ids);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInputException("name", "author.name.required");
        }
        return name.strip();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
