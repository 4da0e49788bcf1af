package org.nashir.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.LongConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.nashir.article.Article;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a full rebuild replaces the index readers search without ever letting them search a half-built one. Each
 * backend has its own way: the embedded index rewrites every story's document over the live one; a cluster builds a
 * new index beside the live one and moves readers to it when it is complete.
 */
interface IndexRebuild {

    /** Stories loaded and written to the index at a time. */
    int BATCH = 200;

    /** Creates the index when there is none, so that stories can be written to it and searched. */
    void createIfMissing();

    /** Writes every story anew, telling {@code added} how many more it has written as it goes. */
    void rebuild(LongConsumer added) throws InterruptedException;

    /**
     * Every story written through the index the writes go to, which must hold nothing readers could lose: the mass
     * indexer only adds.
     */
    static void massIndex(EntityManagerFactory entityManagerFactory, LongConsumer added) throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                .purgeAllOnStart(false)
                // one segment: a term is looked up once per segment, and a rebuilt index is otherwise left in many
                .mergeSegmentsOnFinish(true)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(BATCH)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        added.accept(increment);
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                })
                .startAndWait();
    }

    /**
     * The backend's own way, chosen from the backend setting as the application starts; the cluster's is only made,
     * and its classes only loaded, on a cluster's node.
     */
    @Configuration(proxyBeanMethods = false)
    class Choice {

        @Bean
        IndexRebuild indexRebuild(@Value("${" + ClusterStack.BACKEND_TYPE + ":lucene}") String backend,
                EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
            return ClusterStack.asked(backend) ? new ClusterIndexRebuild(entityManagerFactory)
                    : new EmbeddedIndexRebuild(entityManagerFactory, jdbc);
        }
    }
}
