package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.article.StaleEditException;
import org.nashir.article.body.BodyProblem;
import org.nashir.article.body.InvalidBodyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** One model of refusal for every audience: what a program reads of each, and what stays in the log. */
class ProblemTests {

    private static final ArabicDates DATES = ArabicDates.of(java.time.ZoneId.of("Asia/Riyadh"), MonthStyle.EGYPTIAN, Digits.WESTERN);

    @Test
    void aMissingThingTellsPeopleSoAndKeepsWhatWasLookedForToTheLog() {
        NotFoundException missing = new NotFoundException("article 42");
        ProblemDetail problem = missing.toProblemDetail(DATES);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("غير موجود");
        assertThat(problem.getDetail()).doesNotContain("article", "42");
        assertThat(missing.getMessage()).isEqualTo("article 42");
    }

    @Test
    void aProgramReadsTheFieldAtFaultTheVersionToReadAgainAndEachBlocksProblem() {
        assertThat(new InvalidInputException("cursor", "api.cursor.invalid").toProblemDetail(DATES).getProperties())
                .containsEntry("field", "cursor");
        assertThat(new StaleEditException(7, 12).toProblemDetail(DATES).getProperties()).containsEntry("current_version", 12L);
        ProblemDetail body = new InvalidBodyException(List.of(new BodyProblem(2, "heading", "text", "مطلوب"))).toProblemDetail(DATES);
        assertThat(body.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(body.getProperties()).containsOnlyKeys("code", "field", "errors").containsEntry("field", "body");
        assertThat(body.getProperties().keySet()).as("in the order they are written").containsExactly("code", "field", "errors");
    }

    @Test
    void aProgramActsOnTheMessagesKeyWhilePeopleReadItsWords() {
        ProblemDetail problem = new InvalidInputException("cursor", "api.cursor.invalid").toProblemDetail(DATES);
        assertThat(problem.getProperties()).containsEntry("code", "api.cursor.invalid");
        assertThat(problem.getDetail()).isEqualTo("المؤشر غير صالح؛ استعمل قيمة next_cursor كما وردت");
    }
}
