package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The estimate a running rebuild shows: the time left at the pace kept so far. */
class IndexProgressTests {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void estimatesTheTimeLeftFromThePaceSoFar() {
        IndexMaintenance.Progress quarter = new IndexMaintenance.Progress(IndexMaintenance.State.RUNNING, 250, 1_000,
                START, null, "asked");

        assertThat(quarter.remaining(START.plusSeconds(10))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givesNoEstimateBeforeAPaceOrAfterTheEnd() {
        assertThat(new IndexMaintenance.Progress(IndexMaintenance.State.RUNNING, 0, 1_000, START, null, "asked")
                .remaining(START.plusSeconds(10))).isNull();
        assertThat(new IndexMaintenance.Progress(IndexMaintenance.State.DONE, 1_000, 1_000, START,
                START.plusSeconds(40), "asked").remaining(START.plusSeconds(50))).isNull();
    }
}
