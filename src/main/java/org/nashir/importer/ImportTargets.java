package org.nashir.importer;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;

/** The sections, authors and tags an import files stories under: found by name, or made. */
final class ImportTargets {

    private ImportTargets() {
    }

    /** A section by name; a new one gets a slug from the preferred slug or its name (suffixed when that slug is taken or reserved). */
    static Section section(EntityManager entityManager, String name, String preferredSlug) {
        List<Section> found = entityManager.createQuery("select s from Section s where s.name = :name", Section.class)
                .setParameter("name", name).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String base = Slugs.slugify(preferredSlug == null || preferredSlug.isBlank() ? name : preferredSlug);
        if (base.isEmpty()) {
            base = "section";
        }
        Integer last = entityManager.createQuery("select max(s.position) from Section s", Integer.class)
                .getSingleResult();
        for (int n = 1;; n++) {
            String slug = n == 1 ? base : base + "-" + n;
            boolean taken = !entityManager.createQuery("select s.id from Section s where s.slug = :slug", Long.class)
                    .setParameter("slug", slug).getResultList().isEmpty();
            if (!taken) {
                try {
                    Section section = new Section(name, slug, last == null ? 0 : last + 1);
                    entityManager.persist(section);
                    return section;
                } catch (IllegalArgumentException reserved) {
                    // a reserved word such as "search": try the next suffix
                }
            }
        }
    }

    static Author author(EntityManager entityManager, String name) {
        List<Author> found = entityManager.createQuery("select a from Author a where a.name = :name", Author.class)
                .setParameter("name", name).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Author author = new Author(name, null, null, null);
        entityManager.persist(author);
        return author;
    }

    static Tag tag(EntityManager entityManager, String name) {
        List<Tag> found = entityManager.createQuery("select t from Tag t where t.slug = :slug", Tag.class)
                .setParameter("slug", Slugs.slugify(name)).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Tag tag = new Tag(name);
        entityManager.persist(tag);
        return tag;
    }
}
