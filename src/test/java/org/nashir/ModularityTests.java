package org.nashir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Delivery features (site, admin, api, feed, seo, cache) sit on top; domain features and shared never reach up to
 * them; operations (the command line, backups) use the domain and nothing uses them. Every package is in one of
 * these lists, and no package, at any depth, takes part in a cycle.
 */
class ModularityTests {

    private static final String[] DELIVERY = {"org.nashir.site..", "org.nashir.admin..", "org.nashir.api..",
            "org.nashir.feed..", "org.nashir.seo..", "org.nashir.cache.."};
    private static final String[] DOMAIN = {"org.nashir.article..", "org.nashir.section..", "org.nashir.author..",
            "org.nashir.tag..", "org.nashir.media..", "org.nashir.settings..", "org.nashir.search..",
            "org.nashir.webhook..", "org.nashir.importer..", "org.nashir.security..",
            "org.nashir.demo..", "org.nashir.redirect..", "org.nashir.shared.."};
    private static final String[] OPERATIONS = {"org.nashir.cli..", "org.nashir.backup.."};

    /** Imported once for all the rules: each import reads every class file. */
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nashir");

    @Test
    void everyFeatureIsDeliveryDomainOrOperations() {
        java.util.Set<String> listed = java.util.stream.Stream.of(DELIVERY, DOMAIN, OPERATIONS).flatMap(java.util.Arrays::stream)
                .map(p -> p.substring("org.nashir.".length(), p.length() - 2)).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> features = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("org.nashir."))
                .map(p -> p.substring("org.nashir.".length()).split("\\.")[0]).collect(java.util.stream.Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(listed).as("features named in this test").containsAll(features);
    }

    @Test
    void operationsAreUsedByNoFeature() {
        noClasses().that().resideInAnyPackage(java.util.stream.Stream.concat(java.util.Arrays.stream(DELIVERY),
                java.util.Arrays.stream(DOMAIN)).toArray(String[]::new)).should().dependOnClassesThat()
                .resideInAnyPackage(OPERATIONS).check(classes);
        noClasses().that().resideInAnyPackage(OPERATIONS).should().dependOnClassesThat().resideInAnyPackage(DELIVERY)
                .check(classes);
    }

    @Test
    void noPackageTakesPartInACycle() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("org.nashir.(**)")
                .should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainFeaturesDoNotDependOnDeliveryFeatures() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(DELIVERY)
                .check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.nashir.shared..").should().dependOnClassesThat()
                .resideInAnyPackage(java.util.Arrays.copyOf(DOMAIN, DOMAIN.length - 1))
                .check(classes);
    }

    @Test
    void deliveryFeaturesDoNotDependOnEachOther() {
        for (String delivery : DELIVERY) {
            String[] others = java.util.Arrays.stream(DELIVERY).filter(d -> !d.equals(delivery)).toArray(String[]::new);
            noClasses().that().resideInAPackage(delivery).should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }
}
