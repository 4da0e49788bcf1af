package org.nashir.security;

import org.nashir.shared.Coded;

/**
 * What an API token may be used for. A scope never widens a role: a reporter's token with
 * {@code stories:publish} still cannot publish, exactly as in the back office.
 */
public enum ApiScope implements Coded {
    STORIES_WRITE("stories:write", "إنشاء الأخبار وتعديلها وقراءة المسودات"),
    STORIES_PUBLISH("stories:publish", "نشر الأخبار وإلغاء نشرها"),
    MEDIA_WRITE("media:write", "رفع الصور");

    private final String code;
    private final String arabicName;

    ApiScope(String code, String arabicName) {
        this.code = code;
        this.arabicName = arabicName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String arabicName() {
        return arabicName;
    }
}
