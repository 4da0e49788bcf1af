package org.nashir.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.Spelling;

/**
 * Turns what a reader typed into a query. Nothing typed is syntax: every word must appear somewhere in
 * the story (in any form the chain folds together), a word the chain splits (عبدالله) and text between
 * quotes are searched as phrases. Symbols such as {@code *?~:^[]{}} are punctuation to the analyzer.
 * The query is Hibernate Search's own, so the index analyses it, on Lucene and on OpenSearch alike.
 */
final class TextQuery {

    /** Longer text is cut, not refused: a pasted paragraph still searches its first words. */
    static final int MAX_CHARACTERS = 200;
    static final int MAX_UNITS = 12;
    /** Fewer stories than this, and a word may be a typo. */
    private static final int TYPO_BELOW = 50;

    private static final Pattern QUOTED = Pattern.compile("[\"«“]([^\"»”]+)[\"»”]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private final Analyzer stemmed;
    private final Analyzer exact;
    private final Clitics clitics;

    TextQuery(Analyzer stemmed, Analyzer exact) {
        this.stemmed = stemmed;
        this.exact = exact;
        this.clitics = new Clitics(stemmed);
    }

    /** The words of a search: the units to find, and the stemmed terms that snippets mark. */
    record Words(List<Unit> units, Set<String> terms) {
    }

    /** A word or phrase as typed, and the forms of it any of which a story may have (with a clitic, without). */
    record Unit(String typed, List<String> forms) {
    }

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = CONTROL.matcher(typed).replaceAll(" ").strip();
        if (text.length() > MAX_CHARACTERS) {
            int cut = text.lastIndexOf(' ', MAX_CHARACTERS);
            text = text.substring(0, cut > MAX_CHARACTERS / 2 ? cut : MAX_CHARACTERS);
        }
        return text;
    }

    /**
     * The searchable units of what was typed, or null when nothing is (empty, or stop words only). The vocabulary
     * decides what the chain cannot: whether a one-letter clitic is there ({@link Clitics}).
     */
    Words parse(String typed, Vocabulary vocabulary) {
        List<Unit> searchable = new ArrayList<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String unit : joinPhrases(units(clean(typed)))) {
            if (!ArabicAnalysis.terms(stemmed, unit).isEmpty()) {
                List<String> forms = forms(unit, vocabulary);
                searchable.add(new Unit(unit, forms));
                forms.forEach(form -> terms.addAll(ArabicAnalysis.terms(stemmed, form)));
            }
        }
        return searchable.isEmpty() ? null : new Words(searchable, terms);
    }

    /**
     * «هل تقصد»: what was typed, each word replaced by the nearest one the index has ({@link Spelling}) where that
     * is {@link Vocabulary#COMMONER} times as common or the typed one is in no story, as the index folds it; null
     * when no word was replaced.
     */
    String suggestion(String typed, Vocabulary vocabulary) {
        List<String> words = new ArrayList<>();
        boolean replaced = false;
        for (String unit : units(clean(typed))) {
            List<String> folded = ArabicAnalysis.terms(exact, unit);
            long stories = vocabulary.stories(unit);
            // a word in this many stories is no typo, and looking for its neighbours costs more than the search
            String near = folded.size() == 1 && stories < TYPO_BELOW
                    ? Spelling.nearest(folded.get(0), vocabulary.near(folded.get(0))) : null;
            if (near != null && vocabulary.stories(near) < Vocabulary.COMMONER * stories) {
                near = null;
            }
            words.add(near == null ? unit : near);
            replaced |= near != null;
        }
        return replaced ? String.join(" ", words) : null;
    }

    /** The word as written in a story for each folded word of a suggestion, where a marked match shows it. */
    String asWritten(String suggestion, List<Highlighted> marked) {
        List<String> words = new ArrayList<>();
        for (String word : suggestion.split(" ")) {
            String written = word;
            for (Highlighted text : marked) {
                for (Highlighted.Part part : text == null ? List.<Highlighted.Part>of() : text.parts()) {
                    if (part.match() && ArabicAnalysis.terms(exact, part.text()).equals(List.of(word))) {
                        written = part.text();
                    }
                }
            }
            words.add(written);
        }
        return String.join(" ", words);
    }

    private List<String> forms(String unit, Vocabulary vocabulary) {
        List<String> folded = ArabicAnalysis.terms(exact, unit);
        if (folded.size() != 1) {
            return List.of(unit);
        }
        String word = clitics.word(folded.get(0), vocabulary);
        List<String> forms = new ArrayList<>(clitics.forms(word, vocabulary));
        if (word.equals(folded.get(0))) {
            forms.set(0, unit);
        }
        return forms;
    }

    /**
     * Every unit in some stemmed field (required), and the form as typed in an exact field, which only adds
     * to the score: kept out of the required part, which stays small.
     */
    PredicateFinalStep predicate(SearchPredicateFactory f, Words words) {
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        for (Unit unit : words.units()) {
            if (unit.forms().size() == 1) {
                all.must(phrase(f, unit.forms().get(0), false));
            } else {
                BooleanPredicateClausesStep<?, ?> anyForm = f.bool();
                unit.forms().forEach(form -> anyForm.should(phrase(f, form, false)));
                all.must(anyForm);
            }
            if (!ArabicAnalysis.terms(exact, unit.typed()).isEmpty()) {
                all.should(phrase(f, unit.typed(), true));
            }
        }
        return all;
    }

    /** The folded words typed so far, for {@link #suggest}; empty when nothing searchable was typed. */
    List<String> typedSoFar(String typed) {
        return ArabicAnalysis.terms(exact, clean(typed));
    }

    /** Headlines that contain the words typed so far, the last one perhaps unfinished. */
    static PredicateFinalStep suggest(SearchPredicateFactory f, List<String> terms) {
        BooleanPredicateClausesStep<?, ?> headline = f.bool();
        for (int i = 0; i < terms.size() - 1; i++) {
            headline.must(f.match().field(StoryFields.HEADLINE_EXACT).matching(terms.get(i)).skipAnalysis());
        }
        headline.must(f.prefix().field(StoryFields.HEADLINE_EXACT).matching(terms.get(terms.size() - 1)));
        return headline;
    }

    private static PredicateFinalStep phrase(SearchPredicateFactory f, String unit, boolean exactFields) {
        BooleanPredicateClausesStep<?, ?> anyField = f.bool();
        for (Map.Entry<String, Float> field : StoryFields.TEXT_BOOSTS.entrySet()) {
            if (StoryFields.isExact(field.getKey()) == exactFields) {
                anyField.should(f.phrase().field(field.getKey()).matching(unit).boost(field.getValue()));
            }
        }
        return anyField;
    }

    /**
     * Words that the variant list makes one (كانون الثاني → يناير) are one unit: apart, each would be looked for on
     * its own, and neither is in the index. They are the runs whose words, analysed together, lose all but one of
     * their terms to the join: the longest such run from each word.
     */
    private List<String> joinPhrases(List<String> units) {
        int[] counts = units.stream().mapToInt(unit -> ArabicAnalysis.terms(stemmed, unit).size()).toArray();
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int end = i + 1;
            for (int last = Math.min(units.size(), i + NewsroomVariants.MAX_WORDS); last > i + 1; last--) {
                int apart = 0;
                for (int k = i; k < last; k++) {
                    apart += counts[k];
                }
                int together = ArabicAnalysis.terms(stemmed, String.join(" ", units.subList(i, last))).size();
                if (apart - together == last - i - 1) {
                    end = last;
                    break;
                }
            }
            joined.add(String.join(" ", units.subList(i, end)));
            i = end - 1;
        }
        return joined;
    }

    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (quoted.find()) {
            units.add(quoted.group(1));
            quoted.appendReplacement(rest, " ");
        }
        quoted.appendTail(rest);
        for (String word : rest.toString().split("[\\s\"«»“”]+")) {
            if (!word.isEmpty()) {
                units.add(word);
            }
        }
        return units.size() > MAX_UNITS ? units.subList(0, MAX_UNITS) : units;
    }
}
