package org.nashir.settings;

/** Networks a site links to from its footer, with the Arabic names readers see. */
public enum SocialNetwork {
    FACEBOOK("فيسبوك"),
    X("إكس"),
    INSTAGRAM("إنستغرام"),
    YOUTUBE("يوتيوب"),
    TELEGRAM("تيليغرام"),
    WHATSAPP("واتساب"),
    TIKTOK("تيك توك"),
    LINKEDIN("لينكدإن");

    private final String arabicName;

    SocialNetwork(String arabicName) {
        this.arabicName = arabicName;
    }

    public String arabicName() {
        return arabicName;
    }
}
