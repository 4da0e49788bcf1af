package org.nashir.article;

public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED
}
