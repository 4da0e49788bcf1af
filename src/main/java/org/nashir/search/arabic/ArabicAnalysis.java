package org.nashir.search.arabic;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.nashir.shared.ArabicLetters;

/**
 * Builds the two analyzers of the index. {@link #exact()} folds spelling only (hamza seats, letters typed
 * on Persian keyboards, diacritics, digits); {@link #stemmed} also applies the newsroom's variant list,
 * splits joined names and strips clitics and suffixes. Both are used at index and at query time.
 */
public final class ArabicAnalysis {

    /** Hamza seats differ by country (مسؤول, مسئول); letters for foreign sounds; the Arabic decimal signs. */
    public static final Map<String, String> LETTERS = ArabicLetters.MAP;

    private static final NormalizeCharMap CHARACTERS;
    private static final Map<String, String> NAME_FORMS = Collections.unmodifiableMap(LightStemmer.nameForms());

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        LETTERS.forEach(map::add);
        CHARACTERS = map.build();
    }

    /**
     * NFKC with case folding: presentation forms and the lam-alef ligature become letters, invisible marks
     * (ZWNJ, RLM) go, a decomposed hamza is composed again. Lucene's ICUFoldingFilter would do this and
     * more, but its data file is built for ICU 74 and does not load with the ICU the dates use.
     */
    private static final Normalizer2 FOLDING = Normalizer2.getNFKCCasefoldInstance();

    /**
     * Lucene's Arabic list (Savoy) plus the Egyptian spellings of في and الذي. Applied to the token as
     * written, before folding: folded, على would become علي and swallow the name Ali.
     */
    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stops = new CharArraySet(ArabicAnalyzer.getDefaultStopSet(), false);
        stops.add("فى");
        stops.add("الذى");
        STOP_WORDS = CharArraySet.unmodifiableSet(stops);
    }

    private ArabicAnalysis() {
    }

    /** The stop words, as written: applied before folding. */
    public static List<String> stopWords() {
        List<String> words = new ArrayList<>();
        STOP_WORDS.forEach(word -> words.add(new String((char[]) word)));
        return words;
    }

    /** Names whose endings look like suffixes, which stemming leaves whole. */
    public static Set<String> protectedNames() {
        return LightStemmer.GAZETTEER;
    }

    /** The written forms the stemmed chain turns into a protected name, each with its name: بسوريا → سوريا. */
    public static Map<String, String> protectedNameForms() {
        return NAME_FORMS;
    }

    public static Analyzer exact() {
        return new Chain(null);
    }

    public static Analyzer stemmed(Supplier<VariantRules> variants) {
        return new Chain(variants);
    }

    /** The terms an analyzer makes of a text, in order; for rules, tests and diagnostics. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static final class Chain extends Analyzer {

        private final Supplier<VariantRules> variants;

        Chain(Supplier<VariantRules> variants) {
            this.variants = variants;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(CHARACTERS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new DigitSuffixFilter(source);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new ICUNormalizer2Filter(stream, FOLDING);
            stream = new DigitFoldFilter(stream);
            stream = new ArabicNormalizationFilter(stream);
            if (variants != null) {
                stream = new JoinedNameFilter(stream);
                stream = new VariantFilter(stream, variants);
                stream = new LightStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
