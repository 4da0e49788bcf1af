package org.nashir.security;

import org.nashir.shared.Coded;
import org.nashir.shared.Messages;

/**
 * What an API token may be used for. A scope never widens a role: a reporter's token with
 * {@code stories:publish} still cannot publish, exactly as in the back office.
 */
public enum ApiScope implements Coded {
    STORIES_WRITE("stories:write", "token.scope.stories-write"),
    STORIES_PUBLISH("stories:publish", "token.scope.stories-publish"),
    MEDIA_WRITE("media:write", "token.scope.media-write");

    private final String code;
    private final String nameKey;

    ApiScope(String code, String nameKey) {
        this.code = code;
        this.nameKey = nameKey;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String arabicName() {
        return Messages.text(nameKey);
    }
}
