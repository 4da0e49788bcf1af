package org.nashir.redirect;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegacyUrlRepository extends JpaRepository<LegacyUrl, String> {

    @Query("select u from LegacyUrl u where u.source in :sources")
    List<LegacyUrl> findAllBySource(List<String> sources);
}
