package org.nashir.front;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrontArrangementRepository extends JpaRepository<FrontArrangement, String> {
}
