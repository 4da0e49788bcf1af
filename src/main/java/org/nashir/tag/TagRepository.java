package org.nashir.tag;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findBySlug(String slug);

    /** A page of tags after the given id, for the API's cursor. */
    List<Tag> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);
}
