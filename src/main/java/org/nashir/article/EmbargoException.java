package org.nashir.article;

import java.time.Instant;

/** Publishing before a story's embargo lifts; pages say when it lifts in the site's time zone and Arabic words. */
public class EmbargoException extends WorkflowException {

    private final transient Instant until;

    EmbargoException(Instant until) {
        super("story.embargoed", until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
