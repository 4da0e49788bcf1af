package org.nashir.author;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorRepository extends JpaRepository<Author, Long> {

    @EntityGraph(attributePaths = "photo")
    Optional<Author> findBySlug(String slug);

    @EntityGraph(attributePaths = "photo")
    List<Author> findAllByOrderByNameAsc();

    /** A page of authors after the given id, for the API's cursor. */
    @EntityGraph(attributePaths = "photo")
    List<Author> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);
}
