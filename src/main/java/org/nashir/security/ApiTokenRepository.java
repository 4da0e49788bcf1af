package org.nashir.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByPrefix(String prefix);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);
}
