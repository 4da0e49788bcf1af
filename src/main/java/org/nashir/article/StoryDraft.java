package org.nashir.article;

import java.time.Instant;
import java.util.List;
import org.nashir.article.body.Body;

/** What an editor submits when saving a story: its words and what they point to, by id. */
public record StoryDraft(
        String headline,
        String standfirst,
        String slug,
        Long sectionId,
        List<Long> otherSectionIds,
        List<Long> authorIds,
        List<Long> tagIds,
        Long leadMediaId,
        Body body,
        boolean breaking,
        Instant embargoUntil,
        String seoTitle,
        String seoDescription) {

    public StoryDraft {
        otherSectionIds = otherSectionIds == null ? List.of() : List.copyOf(otherSectionIds);
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        body = body == null ? new Body(List.of()) : body;
    }

    public StoryDraft withBreaking(boolean breaking) {
        return new StoryDraft(headline, standfirst, slug, sectionId, otherSectionIds, authorIds, tagIds, leadMediaId, body,
                breaking, embargoUntil, seoTitle, seoDescription);
    }

    /** The same draft without this image, as lead or in the body. */
    public StoryDraft withoutImage(long mediaId) {
        return new StoryDraft(headline, standfirst, slug, sectionId, otherSectionIds, authorIds, tagIds,
                leadMediaId != null && leadMediaId == mediaId ? null : leadMediaId, body.withoutImage(mediaId), breaking,
                embargoUntil, seoTitle, seoDescription);
    }
}
