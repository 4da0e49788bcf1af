package org.nashir.article;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.NameKeys;
import org.nashir.shared.PlainText;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one find-or-create of bylines, tags and sections, for the editor, the admin API, both imports and
 * the demo content. A name is found by its key (NameKeys), so «دبي ـ العربية.نت» and «دبي- العربية.نت» are
 * one byline: the first spelling stays its name, each other spelling is kept as an alias whose address
 * leads to the same page. A new name whose slug is already taken gets the next free suffix, so a unique
 * slug never fails a save. Works in the caller's transaction and persistence context: names made earlier in
 * an import's batch are found before it is flushed.
 */
@Service
public class Names {

    static final int MAX_AUTHOR = 200;
    static final int MAX_TAG = 100;

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    Names(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Author author(String name) {
        String clean = require(name, MAX_AUTHOR, "authors", "names.author");
        return find(Author.class, NameAliased.Kind.AUTHOR, clean, Author::name, Author::id,
                a -> "/author/" + Slugs.encode(a), () -> {
                    Author author = new Author(clean, null, null, null);
                    return persistWithFreeSlug(Author.class, author, author::distinguish, author::slug);
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Tag tag(String name) {
        String clean = require(name, MAX_TAG, "tags", "names.tag");
        return find(Tag.class, NameAliased.Kind.TAG, clean, Tag::name, Tag::id, t -> "/tag/" + Slugs.encode(t),
                () -> {
                    Tag tag = new Tag(clean);
                    return persistWithFreeSlug(Tag.class, tag, tag::distinguish, tag::slug);
                });
    }

    /** A section by name; a new one takes the preferred slug, or one made from its name, suffixed when taken or reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Section section(String name, String preferredSlug) {
        String clean = require(name, MAX_TAG, "section", "names.section");
        return find(Section.class, NameAliased.Kind.SECTION, clean, Section::name, Section::id,
                s -> "/" + Slugs.encode(s), () -> newSection(clean, preferredSlug));
    }

    private <T> T find(Class<T> type, NameAliased.Kind kind, String name, Function<T, String> nameOf,
            Function<T, Long> idOf, Function<String, String> pathOfSlug, java.util.function.Supplier<T> make) {
        String key = NameKeys.of(name);
        List<T> found = entityManager.createQuery("select e from " + type.getSimpleName()
                + " e where e.nameKey = :key order by e.id", type).setParameter("key", key).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return make.get();
        }
        T existing = found.get(0);
        if (!nameOf.apply(existing).equals(name)
                && entityManager.find(NameAlias.class, new NameAlias.Key(kind.name(), name)) == null) {
            long id = idOf.apply(existing);
            entityManager.persist(new NameAlias(kind.name(), name, key, id));
            String slug = Slugs.slugify(name);
            if (!slug.isEmpty()) {
                events.publishEvent(new NameAliased(kind, pathOfSlug.apply(slug), id));
            }
        }
        return existing;
    }

    private <T> T persistWithFreeSlug(Class<T> type, T entity, IntConsumer distinguish, java.util.function.Supplier<String> slug) {
        for (int n = 1;; n++) {
            distinguish.accept(n);
            if (!slugTaken(type, slug.get())) {
                entityManager.persist(entity);
                return entity;
            }
        }
    }

    private Section newSection(String name, String preferredSlug) {
        String base = Slugs.slugify(preferredSlug == null || preferredSlug.isBlank() ? name : preferredSlug);
        if (base.isEmpty()) {
            base = "section";
        }
        base = base.length() > 90 ? base.substring(0, 90).replaceAll("-+$", "") : base;
        Integer last = entityManager.createQuery("select max(s.position) from Section s", Integer.class).getSingleResult();
        for (int n = 1;; n++) {
            String slug = n == 1 ? base : base + "-" + n;
            if (!slugTaken(Section.class, slug)) {
                try {
                    Section section = new Section(name, slug, last == null ? 0 : last + 1);
                    entityManager.persist(section);
                    return section;
                } catch (IllegalArgumentException reserved) {
                    // a reserved word such as "search", or too long: try the next suffix
                }
            }
            if (n > 1000) {
                throw new InvalidInputException("section", "names.section.slug", name);
            }
        }
    }

    private boolean slugTaken(Class<?> type, String slug) {
        return !entityManager.createQuery("select e.id from " + type.getSimpleName() + " e where e.slug = :slug", Long.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    private static String require(String name, int max, String field, String what) {
        String clean = name == null ? "" : PlainText.clean(name).strip();
        if (clean.isEmpty() || NameKeys.of(clean).isEmpty()) {
            throw new InvalidInputException(field, "names.no-letters", Messages.text(what), clean);
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "names.too-long", Messages.text(what), max, clean.substring(0, 40));
        }
        return clean;
    }
}
