package org.nashir;

import java.security.CodeSource;
import org.nashir.search.ClusterStack;
import org.springframework.aot.AotDetector;
import org.springframework.util.ClassUtils;

/**
 * Whether a start serves with the beans Spring worked out when the jar was built (Spring AOT: no conditions
 * evaluated, no repository queries parsed at start). They hold only for what they were worked out for: the site
 * served from the built jar, on the embedded search. Not for a command (no web server), nor from compiled classes
 * ({@code spring-boot:run}, tests: the generated ones may be older than the rest), nor with the cluster stack on
 * the classpath (a cluster's node decides its search beans as it starts). An explicit {@code spring.aot.enabled}
 * wins.
 */
final class BuildTimeBeans {

    private static final String INITIALIZER = NashirApplication.class.getName() + "__ApplicationContextInitializer";

    private BuildTimeBeans() {
    }

    /** Turns them on for this start when they apply. */
    static void useWhereTheyHold() {
        ClassLoader classes = NashirApplication.class.getClassLoader();
        CodeSource source = NashirApplication.class.getProtectionDomain().getCodeSource();
        String location = source == null ? null : String.valueOf(source.getLocation());
        boolean generated = ClassUtils.isPresent(INITIALIZER, classes);
        if (System.getProperty(AotDetector.AOT_ENABLED) == null
                && hold(location, generated, ClusterStack.onClasspathOf(classes))) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    static boolean hold(String classesFrom, boolean generated, boolean clusterStack) {
        return generated && !clusterStack && classesFrom != null && fromJar(classesFrom);
    }

    /** The fat jar's nested classes ({@code jar:nested:…/nashir.jar/!BOOT-INF/classes/!/}) or the extracted jar. */
    private static boolean fromJar(String location) {
        return location.startsWith("jar:") || location.endsWith(".jar");
    }
}
