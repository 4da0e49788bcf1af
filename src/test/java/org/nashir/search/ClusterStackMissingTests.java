package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class ClusterStackMissingTests {

    private static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";
    /** Only the JDK's own classes: what a jar without the cluster stack can load of it. */
    private final ClassLoader withoutClusterStack = new URLClassLoader(new URL[0], null);
    private final RuntimeException failure = new IllegalStateException("HSEARCH000578: No beans defined");

    @Test
    void aClusterProfileWithoutTheClusterLibrariesIsToldToUseTheLauncher() {
        MockEnvironment cluster = new MockEnvironment().withProperty(BACKEND_TYPE, "elasticsearch");

        FailureAnalysis analysis = ClusterStackMissing.analyze(failure, cluster, withoutClusterStack);

        assertThat(analysis.getDescription()).contains("cluster libraries");
        assertThat(analysis.getAction()).contains("target/nashir/bin/nashir");
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void otherFailuresAreLeftToTheirOwnAnalysis() {
        MockEnvironment embedded = new MockEnvironment();
        MockEnvironment cluster = new MockEnvironment().withProperty(BACKEND_TYPE, "elasticsearch");

        assertThat(ClusterStackMissing.analyze(failure, embedded, withoutClusterStack)).isNull();
        assertThat(new ClusterStackMissing(cluster).analyze(failure)).isNull();
    }
}
