package org.nashir.search;

/**
 * The analysis of a search cluster, which is part of the index's settings and fixed when the application starts.
 * Its implementation needs the cluster libraries; this is what the rest of the search feature may know of it.
 */
interface ClusterAnalysis {

    /** The fingerprint of the variant list the analysis was configured with; null before the backend asked. */
    String configuredWith();
}
