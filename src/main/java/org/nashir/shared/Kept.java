package org.nashir.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read on every page and loaded again after a short while or when told that it changed. Two
 * loads at once are harmless: both read the same committed state.
 */
public final class Kept<T> {

    private record Loaded<T>(T value, long at) {
    }

    private final Duration lifetime;
    private final Supplier<T> load;
    private volatile Loaded<T> loaded;

    public Kept(Duration lifetime, Supplier<T> load) {
        this.lifetime = lifetime;
        this.load = load;
    }

    public T get() {
        Loaded<T> current = loaded;
        if (current == null || System.nanoTime() - current.at() > lifetime.toNanos()) {
            current = new Loaded<>(load.get(), System.nanoTime());
            loaded = current;
        }
        return current.value();
    }

    /** Call after the change is committed, so that the next load sees it. */
    public void forget() {
        loaded = null;
    }
}
