package org.nashir.search;

import org.springframework.util.ClassUtils;

/**
 * The libraries only a cluster's node has: the launcher adds them for the opensearch profile, the jar leaves them out.
 */
public final class ClusterStack {

    private static final String BACKEND = "org.hibernate.search.backend.elasticsearch.ElasticsearchBackend";

    private ClusterStack() {
    }

    public static boolean onClasspathOf(ClassLoader classes) {
        return ClassUtils.isPresent(BACKEND, classes);
    }
}
