package org.nashir.settings;

import org.nashir.shared.Messages;

/** Networks a site links to from its footer, with the Arabic names readers see. */
public enum SocialNetwork {
    FACEBOOK("social.facebook"),
    X("social.x"),
    INSTAGRAM("social.instagram"),
    YOUTUBE("social.youtube"),
    TELEGRAM("social.telegram"),
    WHATSAPP("social.whatsapp"),
    TIKTOK("social.tiktok"),
    LINKEDIN("social.linkedin");

    private final String nameKey;

    SocialNetwork(String nameKey) {
        this.nameKey = nameKey;
    }

    public String arabicName() {
        return Messages.text(nameKey);
    }
}
