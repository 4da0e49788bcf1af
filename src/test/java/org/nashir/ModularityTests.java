package org.nashir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Delivery features (site, admin, api) sit on top; domain features and shared never reach up to them. */
class ModularityTests {

    private static final String[] DELIVERY = {"org.nashir.site..", "org.nashir.admin..", "org.nashir.api.."};
    private static final String[] DOMAIN = {"org.nashir.article..", "org.nashir.section..", "org.nashir.author..",
            "org.nashir.tag..", "org.nashir.media..", "org.nashir.settings..", "org.nashir.search..",
            "org.nashir.feed..", "org.nashir.seo..", "org.nashir.importer..", "org.nashir.security..",
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
                .resideInAnyPackage(DOMAIN[0], DOMAIN[1], DOMAIN[2], DOMAIN[3], DOMAIN[4], DOMAIN[5], DOMAIN[6],
                        DOMAIN[7], DOMAIN[8], DOMAIN[9], DOMAIN[10], DOMAIN[11])
                .check(classes);
    }

    @Test
    void deliveryFeaturesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.nashir.site..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nashir.admin..", "org.nashir.api..").check(classes);
    }
}
