package org.nashir.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleRevision> findFirstByArticleIdOrderByNumberDesc(long articleId);

    /** The words a story had at a version: the newest revision saved at it or before. */
    Optional<ArticleRevision> findFirstByArticleIdAndArticleVersionLessThanEqualOrderByNumberDesc(long articleId,
            long articleVersion);

    Optional<ArticleRevision> findByArticleIdAndNumber(long articleId, int number);

    @Modifying
    @Query("delete from ArticleRevision r where r.articleId = :articleId")
    void deleteByArticle(long articleId);
}
