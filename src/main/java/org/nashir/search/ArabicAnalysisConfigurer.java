package org.nashir.search;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.nashir.search.arabic.ArabicAnalysis;
import org.springframework.stereotype.Component;

/**
 * The two analyzers of the Arabic chain, one instance each, for Hibernate Search's index and for the
 * queries, snippets and related stories built beside it; the stemmed one reads the newsroom's variants.
 */
@Component("arabicAnalysisConfigurer")
public class ArabicAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String STEMMED = "arabic";
    static final String EXACT = "arabic_exact";

    private final Analyzer stemmed;
    private final Analyzer exact = ArabicAnalysis.exact();

    ArabicAnalysisConfigurer(NewsroomVariants variants) {
        this.stemmed = ArabicAnalysis.stemmed(variants);
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(STEMMED).instance(stemmed);
        context.analyzer(EXACT).instance(exact);
    }

    Analyzer stemmed() {
        return stemmed;
    }

    Analyzer exact() {
        return exact;
    }
}
