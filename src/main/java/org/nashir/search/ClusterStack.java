package org.nashir.search;

import org.springframework.util.ClassUtils;

/**
 * The libraries only a cluster's node has: the launcher adds them for the opensearch profile, the jar leaves them out.
 * Here too the setting that puts the index on the cluster, which the opensearch profile makes.
 */
public final class ClusterStack {

    /** A class of the cluster stack: present exactly when the stack is. */
    static final String BACKEND = "org.hibernate.search.backend.elasticsearch.ElasticsearchBackend";
    static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";

    private ClusterStack() {
    }

    public static boolean onClasspathOf(ClassLoader classes) {
        return ClassUtils.isPresent(BACKEND, classes);
    }

    /** Whether the {@link #BACKEND_TYPE} setting asks for the cluster's backend. */
    static boolean asked(String backendType) {
        return "elasticsearch".equals(backendType);
    }
}
