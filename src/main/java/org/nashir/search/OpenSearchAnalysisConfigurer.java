package org.nashir.search;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.VariantRules.Rule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.stereotype.Component;

/**
 * The Arabic chain as an OpenSearch custom analyzer, from the common analysis module alone, under the names
 * the mapping uses. Each step of {@link ArabicAnalysis} has its nearest counterpart: our letter map and
 * NFKC's Arabic foldings as a mapping char filter, our stop list, lowercase and decimal digits,
 * arabic_normalization, the newsroom's whole-word and phrase variants as synonyms and word-beginning ones, joined
 * names and digits joined to letters as pattern_replace char filters, the protected names and the forms our stemmer turns into them as a
 * stemmer override and keyword markers, and arabic_stem. Lucene's Arabic stemmer is not our light stemmer; what that costs is measured
 * in docs/operators/scale-out.md. The variants are read when the application starts: a list changed later
 * reaches OpenSearch at the next start, which rebuilds the index.
 */
// the cluster libraries are only on the classpath of a cluster's node (the launcher adds them for the profile)
@Component("openSearchAnalysisConfigurer")
@ConditionalOnClass(name = ClusterStack.BACKEND)
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer, ClusterAnalysis {

    private static final String WORD_START = "(?<![\\p{L}\\p{M}])";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    /** A variant may be several words (كانون الثاني), which the synonym filter matches as a phrase. */
    private static final Pattern WORDS = Pattern.compile(WORD.pattern() + "(?: " + WORD.pattern() + ")*");
    private static final String ALEF = "[اأإآ]";
    /** The clitics a word-beginning variant may follow, as VariantRules allows them. */
    private static final String CLITIC = "(?:[وفبك]?ال|لل|[وبلفك])?";

    private final NewsroomVariants variants;
    private volatile String configuredWith;

    OpenSearchAnalysisConfigurer(NewsroomVariants variants) {
        this.variants = variants;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("nashir_letters").type("mapping")
                .param("mappings", letterMappings().toArray(String[]::new));
        context.tokenFilter("nashir_stop").type("stop")
                .param("stopwords", ArabicAnalysis.stopWords().toArray(String[]::new));
        // the names as written; with the article or a clitic, or as an adjective, the override below writes them so
        context.tokenFilter("nashir_names").type("keyword_marker")
                .param("keywords", ArabicAnalysis.protectedNames().toArray(String[]::new));
        // بسوريا, التركية: a clitic before a name, an adjective of it, written as the name (and kept from arabic_stem)
        context.tokenFilter("nashir_name_forms").type("stemmer_override").param("rules",
                ArabicAnalysis.protectedNameForms().entrySet().stream()
                        .map(form -> form.getKey() + "=>" + form.getValue()).toArray(String[]::new));
        List<Rule> all = variants.list();
        configuredWith = NewsroomVariants.fingerprint(all);
        // a comma or a symbol in a rule would break the synonym or pattern syntax, and the whole index with it
        List<Rule> rules = all.stream().filter(rule -> WORDS.matcher(rule.variant()).matches()
                && WORD.matcher(rule.canonical()).matches()).toList();
        // 2024م: the year apart from its letter, as DigitSuffixFilter does
        context.charFilter("nashir_digits").type("pattern_replace")
                .param("pattern", "(\\p{Nd})(?=[ء-ي])").param("replacement", "$1 ");
        // عبدالله, أبوظبي: two words, as JoinedNameFilter makes them
        context.charFilter("nashir_joined").type("pattern_replace")
                .param("pattern", WORD_START + "(عبد(?=ال\\p{L}{2})|" + ALEF + "بو(?=\\p{L}{3})(?!" + ALEF + "ب))")
                .param("replacement", "$1 ");
        List<String> charFilters = new ArrayList<>(List.of("nashir_letters", "nashir_digits", "nashir_joined"));
        List<Rule> beginnings = rules.stream().filter(Rule::beginning).toList();
        for (int i = 0; i < beginnings.size(); i++) {
            Rule rule = beginnings.get(i);
            context.charFilter("nashir_beginning_" + i).type("pattern_replace")
                    .param("pattern", WORD_START + "(" + CLITIC + ")" + lettersAnySeat(rule.variant()))
                    .param("replacement", "$1" + Matcher.quoteReplacement(rule.canonical()));
            charFilters.add("nashir_beginning_" + i);
        }
        List<String> synonyms = synonyms(rules);
        String[] folding = {"nashir_stop", "lowercase", "decimal_digit", "arabic_normalization"};
        context.analyzer(ArabicAnalysisConfigurer.EXACT).custom().tokenizer("standard")
                .charFilters("nashir_letters", "nashir_digits").tokenFilters(folding);
        List<String> stemming = new ArrayList<>(List.of(folding));
        if (!synonyms.isEmpty()) {
            context.tokenFilter("nashir_variants").type("synonym")
                    .param("synonyms", synonyms.toArray(String[]::new));
            stemming.add("nashir_variants");
        }
        stemming.add("nashir_name_forms");
        stemming.add("nashir_names");
        stemming.add("arabic_stem");
        context.analyzer(ArabicAnalysisConfigurer.STEMMED).custom().tokenizer("standard")
                .charFilters(charFilters.toArray(String[]::new)).tokenFilters(stemming.toArray(String[]::new));
    }

    /** A word's beginning whatever seat its hamza, alef maqsura or ta marbuta was typed with. */
    static String lettersAnySeat(String word) {
        StringBuilder pattern = new StringBuilder();
        for (char c : word.toCharArray()) {
            pattern.append(switch (c) {
                case 'ا', 'أ', 'إ', 'آ' -> ALEF;
                case 'ي', 'ى' -> "[يى]";
                case 'ه', 'ة' -> "[هة]";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return pattern.toString();
    }

    /**
     * Our letter map, then what NFKC folding does that the cluster cannot without the ICU plugin, as plain
     * character mappings: presentation forms and ligatures (text copied from PDFs) to letters, an alef with
     * a combining hamza or madda to the composed letter, invisible joiners and direction marks to nothing.
     */
    static List<String> letterMappings() {
        Map<String, String> map = new LinkedHashMap<>(ArabicAnalysis.LETTERS);
        map.put("ا\u0653", "آ");
        map.put("ا\u0654", "أ");
        map.put("ا\u0655", "إ");
        for (char invisible : new char[] {'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u2066',
                '\u2067', '\u2068', '\u2069', '\uFEFF'}) {
            map.put(String.valueOf(invisible), "");
        }
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (int[] range : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFE}}) {
            for (int c = range[0]; c <= range[1]; c++) {
                String form = Character.toString(c);
                String letters = nfkc.normalize(form);
                if (Character.isDefined(c) && !letters.equals(form) && !letters.isBlank()) {
                    map.putIfAbsent(form, letters);
                }
            }
        }
        List<String> mappings = new ArrayList<>();
        map.forEach((from, to) -> mappings.add(from + "=>" + to));
        return mappings;
    }

    /**
     * The variant list the analysis was configured with, as {@link NewsroomVariants#fingerprint()} names it; null
     * on the embedded index, whose backend never calls this configurer.
     */
    @Override
    public String configuredWith() {
        return configuredWith;
    }

    /** Whole-word rules only: a synonym filter matches tokens, not their beginnings. */
    static List<String> synonyms(List<Rule> rules) {
        return rules.stream().filter(rule -> !rule.beginning())
                .map(rule -> rule.variant() + " => " + rule.canonical()).toList();
    }
}
