package org.nashir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Delivery features (site, admin, api, feed, seo) sit on top; domain features and shared never reach up to them. */
class ModularityTests {

    private static final String[] DELIVERY = {"org.nashir.site..", "org.nashir.admin..", "org.nashir.api..",
            "org.nashir.feed..", "org.nashir.seo..", "org.nashir.cache.."};
    private static final String[] DOMAIN = {"org.nashir.article..", "org.nashir.section..", "org.nashir.author..",
            "org.nashir.tag..", "org.nashir.media..", "org.nashir.settings..", "org.nashir.search..",
            "org.nashir.webhook..", "org.nashir.importer..", "org.nashir.security..",
            "org.nashir.demo..", "org.nashir.shared.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nashir");

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
