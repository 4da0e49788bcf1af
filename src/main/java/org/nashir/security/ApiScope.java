package org.nashir.security;

/**
 * What an API token may be used for. A scope never widens a role: a reporter's token with
 * {@code stories:publish} still cannot publish, exactly as in the back office.
 */
public enum ApiScope {
    STORIES_WRITE("stories:write", "إنشاء الأخبار وتعديلها وقراءة المسودات"),
    STORIES_PUBLISH("stories:publish", "نشر الأخبار وإلغاء نشرها"),
    MEDIA_WRITE("media:write", "رفع الصور");

    private final String code;
    private final String arabicName;

    ApiScope(String code, String arabicName) {
        this.code = code;
        this.arabicName = arabicName;
    }

    public String code() {
        return code;
    }

    public String arabicName() {
        return arabicName;
    }

    public static ApiScope fromCode(String code) {
        for (ApiScope scope : values()) {
            if (scope.code.equals(code)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown API scope " + code);
    }
}
