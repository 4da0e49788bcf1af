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

    /** Who saved each of these stories last: [article id, username]. */
    @org.springframework.data.jpa.repository.Query("""
            select r.articleId, r.savedBy from ArticleRevision r where r.articleId in :ids and r.number =
            (select max(o.number) from ArticleRevision o where o.articleId = r.articleId)""")
    List<Object[]> lastSavedBy(java.util.Collection<Long> ids);
}
