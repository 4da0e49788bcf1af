package org.nashir.section;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<Section, Long> {

    Optional<Section> findBySlug(String slug);

    List<Section> findAllByOrderByPositionAsc();
}
