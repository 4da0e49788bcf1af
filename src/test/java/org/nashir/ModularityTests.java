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
            "org.nashir.demo..", "org.nashir.redirect..", "org.nashir.front..", "org.nashir.reads..", "org.nashir.shared.."};
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

    /**
     * docs/modules.md draws which feature uses which, from the classes themselves; it is written again with
     * {@code -Dmodules.write=true} when the code changes.
     */
    @Test
    void theModuleDiagramInTheDocsIsCurrent() throws java.io.IOException {
        java.util.SortedMap<String, java.util.SortedSet<String>> uses = new java.util.TreeMap<>();
        for (com.tngtech.archunit.core.domain.JavaClass type : classes) {
            String from = feature(type.getPackageName());
            for (com.tngtech.archunit.core.domain.Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    uses.computeIfAbsent(from, k -> new java.util.TreeSet<>()).add(to);
                }
            }
        }
        StringBuilder diagram = new StringBuilder("""
                # Modules · الوحدات

                Which feature (a package under `org.nashir`) uses which, drawn from the compiled classes by
                `ModularityTests`; `shared` is left out, since every feature uses it. The rules between them (delivery,
                domain, operations; no cycles) are in CONTRIBUTING.md.

                ```mermaid
                flowchart TD
                """);
        uses.forEach((from, targets) -> targets.stream().filter(to -> !to.equals("shared"))
                .forEach(to -> diagram.append("  ").append(from).append(" --> ").append(to).append('\n')));
        diagram.append("```\n");
        java.nio.file.Path file = java.nio.file.Path.of("docs/modules.md");
        if (Boolean.getBoolean("modules.write")) {
            java.nio.file.Files.writeString(file, diagram);
        }
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(file))
                .as("docs/modules.md, written again with -Dmodules.write=true").isEqualTo(diagram.toString());
    }

    /**
     * Where a feature's repository is still used from outside it. The list only shrinks: another feature reads
     * through the owner's services ({@code PublishedStories}, {@code Stories}, {@code MediaLibrary}, the desks),
     * never its tables. Only the demo newsroom is left: it asks whether the site is empty, and brings bylines with
     * their photos, which no form makes.
     */
    private static final java.util.Map<String, java.util.Set<String>> REPOSITORIES_STILL_SHARED = java.util.Map.of(
            "ArticleRepository", java.util.Set.of("demo"),
            "SectionRepository", java.util.Set.of("demo"),
            "AuthorRepository", java.util.Set.of("demo"));

    @Test
    void aFeaturesRepositoryIsUsedOnlyInsideItExceptWhereItStillIs() {
        java.util.List<String> strays = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass repository : classes) {
            if (!repository.isInterface() || !repository.getSimpleName().endsWith("Repository")) {
                continue;
            }
            String owner = feature(repository.getPackageName());
            java.util.Set<String> allowed = REPOSITORIES_STILL_SHARED.getOrDefault(repository.getSimpleName(), java.util.Set.of());
            repository.getDirectDependenciesToSelf().stream().map(d -> feature(d.getOriginClass().getPackageName()))
                    .filter(user -> user != null && !user.equals(owner) && !allowed.contains(user)).distinct()
                    .forEach(user -> strays.add(repository.getSimpleName() + " used from " + user));
        }
        org.assertj.core.api.Assertions.assertThat(strays).as("repositories read from outside their feature").isEmpty();
    }

    /**
     * A feature's sub-packages that other features may use: its named interfaces. The rest is the feature's own
     * (the Arabic analysis of {@code search.arabic} is reached through search's own classes).
     */
    private static final java.util.Map<String, String> NAMED_INTERFACES = java.util.Map.of(
            "org.nashir.article.body", "the block model: the body of a story, its blocks and their validation");

    @Test
    void anotherFeatureUsesOnlyAFeaturesTopPackageAndItsNamedInterfaces() {
        java.util.Set<String> strays = new java.util.TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass target : classes) {
            String owner = feature(target.getPackageName());
            if (owner == null || target.getPackageName().equals("org.nashir." + owner)
                    || NAMED_INTERFACES.containsKey(target.getPackageName())) {
                continue;
            }
            target.getDirectDependenciesToSelf().stream()
                    .map(d -> d.getOriginClass().getPackageName())
                    .filter(user -> feature(user) != null && !owner.equals(feature(user)))
                    .forEach(user -> strays.add(target.getPackageName() + " used from " + user));
        }
        org.assertj.core.api.Assertions.assertThat(strays).as("internal packages used from another feature").isEmpty();
    }

    /** The feature a package belongs to: its first segment under org.nashir. */
    private static String feature(String packageName) {
        if (!packageName.startsWith("org.nashir.")) {
            return null;
        }
        return packageName.substring("org.nashir.".length()).split("\\.")[0];
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
