package org.nashir.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediaAssetRepository extends JpaRepository<MediaAsset, Long> {

    Optional<MediaAsset> findByChecksum(String checksum);

    Optional<MediaAsset> findByFileKey(String fileKey);

    /** Every image's file key, for the media sweep: one query rather than one a file. */
    @Query("select m.fileKey from MediaAsset m")
    List<String> fileKeys();

    /** Images as the query narrows them (MediaQuery), newest first. */
    @Query("""
            select m from MediaAsset m where (:pattern = '' or m.searchKey like :pattern)
            and (:uploader = 0 or m.uploadedBy = :uploader) and m.createdAt >= :since order by m.id desc""")
    Page<MediaAsset> search(String pattern, long uploader, Instant since, Pageable page);

    /** Who uploaded images through the back office. */
    @Query("select distinct m.uploadedBy from MediaAsset m where m.uploadedBy is not null")
    List<Long> uploaders();

    /** Credits already used, most used first: suggestions for the next caption. */
    @Query("select m.credit from MediaAsset m where m.credit is not null group by m.credit order by count(m) desc, m.credit")
    List<String> creditsInUse(Pageable page);
}
