package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.VariantRules.Rule;

/** The parts of the OpenSearch analyzer that are built from our own tables and rules. */
class OpenSearchAnalysisConfigurerTests {

    @Test
    void foldsPresentationFormsLigaturesAndInvisibleMarksAsTheEmbeddedChainDoes() {
        List<String> mappings = OpenSearchAnalysisConfigurer.letterMappings();
        assertThat(mappings).contains("ﻻ=>لا", "ﺓ=>ة", "\u200C=>", "ا\u0654=>أ", "ؤ=>ء", "ڤ=>ف");
        assertThat(mappings).allSatisfy(mapping -> assertThat(mapping.split("=>", -1)[0]).isNotEmpty());
    }

    @Test
    void aWordBeginningVariantMatchesWhateverSeatTheHamzaWasTypedWith() {
        Pattern beginning = Pattern.compile(OpenSearchAnalysisConfigurer.lettersAnySeat("أميرك"));
        assertThat(beginning.matcher("الأميركية").find()).isTrue();
        assertThat(beginning.matcher("اميركا").find()).isTrue();
        assertThat(beginning.matcher("الأمريكية").find()).isFalse();
    }

    @Test
    void everyProtectedNameWithTheArticleIsWrittenAsTheNameBeforeTheClusterStems() {
        // so the keyword marker needs the names only as written
        assertThat(ArabicAnalysis.protectedNames()).allSatisfy(name ->
                assertThat(ArabicAnalysis.protectedNameForms()).containsEntry("ال" + name, name));
    }

    @Test
    void onlyWholeWordVariantsBecomeSynonyms() {
        assertThat(OpenSearchAnalysisConfigurer.synonyms(List.of(new Rule("ترمب", "ترامب", false),
                new Rule("أميرك", "أمريك", true)))).containsExactly("ترمب => ترامب");
    }
}
