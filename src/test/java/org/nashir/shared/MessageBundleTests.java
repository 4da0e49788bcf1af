package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundle and the code agree: every key the code names is in {@code messages/ar.properties}, every key
 * there is named somewhere, every pattern is valid ICU, and no text a person reads is left in a Java string. The
 * code is read as text, string literals only (comments do not count), so a key built by concatenation is not seen:
 * keys are always written whole.
 */
class MessageBundleTests {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern KEY = Pattern.compile("[a-z]+(?:\\.[a-z0-9-]+)+");
    /** A file's name looks like a key ({@code media.jsonl}) and is not one. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?:jsonl?|xml|txt|svg|png|jpe?g|webp|gif|html|css|js|yml|sql)");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");
    /**
     * Where Arabic in code is language, not a message: the analysis and stemmer's letters and affixes, the
     * spelling variants a new site starts with (frozen in a migration), the words that introduce a photo credit,
     * and the demo newsroom's stories.
     */
    private static final Set<String> LANGUAGE_DATA = Set.of(
            "org/nashir/search/arabic/", "org/nashir/search/V5__SeedSearchVariants.java",
            "org/nashir/search/V26__SeedRegionalNames.java", "org/nashir/search/Clitics.java",
            "org/nashir/search/OpenSearchAnalysisConfigurer.java",
            "org/nashir/shared/CreditLine.java", "org/nashir/shared/ArabicLetters.java", "org/nashir/importer/Credits.java", "org/nashir/demo/");

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Set<String> namespaces = Messages.keys().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String literal : literals()) {
            if (KEY.matcher(literal).matches() && !FILE_NAME.matcher(literal).matches() && namespaces.contains(literal.substring(0, literal.indexOf('.')))
                    && !Messages.keys().contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys named in code but missing from " + Messages.BUNDLE).isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsNamedByTheCode() throws IOException {
        Set<String> named = new TreeSet<>(literals());
        Set<String> unused = new TreeSet<>(Messages.keys());
        unused.removeAll(named);
        assertThat(unused).as("keys in " + Messages.BUNDLE + " that no code names").isEmpty();
    }

    @Test
    void everyPatternIsValidIcuAndEveryPluralHasArabicsSixForms() {
        for (String key : Messages.keys()) {
            String pattern = Messages.pattern(key);
            new MessageFormat(pattern, ULocale.forLanguageTag("ar"));
            if (pattern.contains("plural")) {
                assertThat(pattern).as(key).contains("zero {", "one {", "two {", "few {", "many {", "other {");
            }
        }
    }

    @Test
    void aCountTakesItsArabicPluralFormFromTheBundle() {
        assertThat(Stream.of(0, 1, 2, 3, 11, 100).map(n -> Messages.text("count.stories", n, String.valueOf(n))))
                .containsExactly("لا أخبار", "خبر واحد", "خبران", "3 أخبار", "11 خبراً", "100 خبر");
    }

    @Test
    void aMomentInAMessageIsWrittenByTheSitesDateRules() {
        var until = java.time.Instant.parse("2024-08-19T08:25:00Z");
        var dates = ArabicDates.of(java.time.ZoneId.of("Asia/Riyadh"), MonthStyle.EGYPTIAN, Digits.WESTERN);
        assertThat(Messages.text(dates, "story.embargoed", until)).contains("19 أغسطس 2024، 11:25 ص");
        assertThat(Messages.text("story.embargoed", until)).contains("2024-08-19T08:25:00Z");
    }

    @Test
    void noTextAPersonReadsIsLeftInJavaCode() throws IOException {
        List<String> left = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = JAVA.relativize(file).toString().replace('\\', '/');
                if (LANGUAGE_DATA.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                for (String literal : JavaLiterals.of(Files.readString(file))) {
                    if (ARABIC_LETTER.matcher(literal).find()) {
                        left.add(name + ": «" + literal + "»");
                    }
                }
            }
        }
        assertThat(left).as("Arabic text in Java strings; put it in " + Messages.BUNDLE).isEmpty();
    }

    private static List<String> literals() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(JAVA), Files.walk(TEMPLATES))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte")).toList()) {
                literals.addAll(JavaLiterals.of(Files.readString(file)));
            }
        }
        return literals;
    }

    /** The string literals of Java source (templates embed Java, so theirs too), comments skipped. */
    static final class JavaLiterals {

        private static final Pattern TOKEN = Pattern.compile(
                "//[^\\n]*|/\\*.*?\\*/|\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\\\n]|\\\\.)*'", Pattern.DOTALL);

        static List<String> of(String source) {
            List<String> literals = new ArrayList<>();
            Matcher token = TOKEN.matcher(source);
            while (token.find()) {
                String text = token.group(1) != null ? token.group(1) : token.group(2);
                if (text != null) {
                    literals.add(text);
                }
            }
            return literals;
        }
    }
}
