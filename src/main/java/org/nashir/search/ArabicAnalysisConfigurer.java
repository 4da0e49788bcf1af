package org.nashir.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.nashir.search.arabic.ArabicAnalysis;
import org.springframework.stereotype.Component;

/** Gives Hibernate Search the two analyzers of the Arabic chain; the stemmed one reads the newsroom's variants. */
@Component("arabicAnalysisConfigurer")
public class ArabicAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String STEMMED = "arabic";
    static final String EXACT = "arabic_exact";

    private final NewsroomVariants variants;

    ArabicAnalysisConfigurer(NewsroomVariants variants) {
        this.variants = variants;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(STEMMED).instance(ArabicAnalysis.stemmed(variants));
        context.analyzer(EXACT).instance(ArabicAnalysis.exact());
    }
}
