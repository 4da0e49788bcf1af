package org.nashir;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Where the fuzz tests start from: the hostile corpus, which in a plain test run is also what they replay. */
public final class FuzzSeeds {

    private FuzzSeeds() {
    }

    public static Stream<String> hostile() {
        return HostileStrings.ALL.stream();
    }

    public static Stream<Arguments> hostilePairs() {
        return HostileStrings.ALL.stream().map(s -> Arguments.of(s, "<b>" + s + "</b> <a href=\"" + s + "\">" + s + "</a>"));
    }
}
