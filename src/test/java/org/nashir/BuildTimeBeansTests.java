package org.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildTimeBeansTests {

    private static final String FAT_JAR = "jar:nested:/srv/nashir/nashir.jar/!BOOT-INF/classes/!/";
    private static final String EXTRACTED = "file:/srv/nashir/lib/nashir.jar";
    private static final String COMPILED = "file:/work/nashir/target/classes/";

    @Test
    void theBuiltJarServesWithTheBeansWorkedOutForIt() {
        assertThat(BuildTimeBeans.hold(FAT_JAR, true, false)).isTrue();
        assertThat(BuildTimeBeans.hold(EXTRACTED, true, false)).isTrue();
    }

    @Test
    void compiledClassesAClusterNodeOrAJarWithoutThemDecideAsTheyStart() {
        assertThat(BuildTimeBeans.hold(COMPILED, true, false)).as("spring-boot:run, tests").isFalse();
        assertThat(BuildTimeBeans.hold(EXTRACTED, true, true)).as("the cluster stack on the classpath").isFalse();
        assertThat(BuildTimeBeans.hold(FAT_JAR, false, false)).as("no generated beans").isFalse();
        assertThat(BuildTimeBeans.hold(null, true, false)).as("no code source").isFalse();
    }
}
