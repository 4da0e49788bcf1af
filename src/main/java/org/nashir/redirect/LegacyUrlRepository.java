package org.nashir.redirect;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegacyUrlRepository extends JpaRepository<LegacyUrl, String> {
}
