package org.nashir.author;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuthorRepository extends JpaRepository<Author, Long> {

    // join fetch rather than an entity graph, for the reason ArticleRepository gives
    @Query("select a from Author a left join fetch a.photo where a.slug = :slug")
    Optional<Author> findBySlug(String slug);

    boolean existsByNameKey(String nameKey);

    @Query("select a from Author a where a.photo.id = :mediaId order by a.name")
    List<Author> findByPhotoId(long mediaId);

    @Query("select a from Author a left join fetch a.photo order by a.name")
    List<Author> findAllByOrderByNameAsc();
}
