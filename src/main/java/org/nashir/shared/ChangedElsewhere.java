package org.nashir.shared;

import java.util.Set;

/**
 * Another app node committed a change that empties the pages named by these surrogate keys
 * ({@link SurrogateKeys#SITE} for all of them): what this node keeps in memory about them is out of date.
 */
public record ChangedElsewhere(Set<String> surrogateKeys) {

    public boolean siteWide() {
        return surrogateKeys.contains(SurrogateKeys.SITE);
    }
}
