package org.nashir.article;

public enum ArticleStatus {
    DRAFT("مسودة"),
    IN_REVIEW("بانتظار المراجعة"),
    SCHEDULED("مجدول"),
    PUBLISHED("منشور"),
    UNPUBLISHED("ملغى نشره");

    private final String arabicName;

    ArticleStatus(String arabicName) {
        this.arabicName = arabicName;
    }

    public String arabicName() {
        return arabicName;
    }
}
