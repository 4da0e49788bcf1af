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

    @Test
    void aMissingThingTellsPeopleSoAndKeepsWhatWasLookedForToTheLog() {
        NotFoundException missing = new NotFoundException("article 42");
        ProblemDetail problem = missing.toProblemDetail();
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("غير موجود");
        assertThat(problem.getDetail()).doesNotContain("article", "42");
        assertThat(missing.getMessage()).isEqualTo("article 42");
    }

    @Test
    void aProgramReadsTheFieldAtFaultTheVersionToReadAgainAndEachBlocksProblem() {
        assertThat(new InvalidInputException("cursor", "المؤشر غير صالح").toProblemDetail().getProperties())
                .containsEntry("field", "cursor");
        assertThat(new StaleEditException(7, 12).toProblemDetail().getProperties()).containsEntry("current_version", 12L);
        ProblemDetail body = new InvalidBodyException(List.of(new BodyProblem(2, "heading", "text", "مطلوب"))).toProblemDetail();
        assertThat(body.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(body.getProperties()).containsOnlyKeys("field", "errors").containsEntry("field", "body");
        assertThat(body.getProperties().keySet()).as("in the order they are written").containsExactly("field", "errors");
    }
}
