package org.nashir.search;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start with the opensearch profile from the jar alone, which leaves the cluster stack out: whatever failed first,
 * the missing libraries are the reason, and the launcher is the way.
 */
class ClusterStackMissing implements FailureAnalyzer {

    private final Environment environment;

    ClusterStackMissing(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return analyze(failure, environment, getClass().getClassLoader());
    }

    static FailureAnalysis analyze(Throwable failure, Environment environment, ClassLoader classLoader) {
        if (!ClusterStack.asked(environment.getProperty(ClusterStack.BACKEND_TYPE))
                || ClusterStack.onClasspathOf(classLoader)) {
            return null;
        }
        return new FailureAnalysis("The opensearch profile needs the cluster libraries (the OpenSearch client and the"
                + " outbox coordination), which the jar leaves out.",
                "Start Nashir with target/nashir/bin/nashir, which adds target/nashir/lib/cluster for this profile"
                        + " (docs/operators/scale-out.md).", failure);
    }
}
