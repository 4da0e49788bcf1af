package org.nashir.search.arabic;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites each word by the newsroom's variant list; the list is read afresh for every text. */
final class VariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Supplier<VariantRules> source;
    private VariantRules rules = VariantRules.NONE;

    VariantFilter(TokenStream input, Supplier<VariantRules> source) {
        super(input);
        this.source = source;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        rules = source.get();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!rules.isEmpty()) {
            String rewritten = rules.rewrite(term.toString());
            if (rewritten != null) {
                term.setEmpty().append(rewritten);
            }
        }
        return true;
    }
}
