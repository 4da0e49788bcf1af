package org.nashir.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAllByOrderByUsernameAsc();

    /** Without the version: reading one's notices is no edit of the account and must not clash with one. */
    @Modifying
    @Query("update StaffUser u set u.noticesSeenAt = :at where u.id = :id")
    void noticesSeen(long id, Instant at);
}
