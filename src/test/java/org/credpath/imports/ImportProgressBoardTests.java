package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.credpath.web.BadRequestException;
import org.junit.jupiter.api.Test;

class ImportProgressBoardTests {

    private static final String ID = "0123456789abcdef";

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final ImportProgressBoard board = new ImportProgressBoard(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void anImportIsWaitingThenAtItsLatestStepThenFinished() {
        var progress = board.start(ID, "esco");
        assertThat(board.status(ID)).get().satisfies(s -> {
            assertThat(s.state()).isEqualTo("waiting");
            assertThat(s.percent()).isNull();
        });
        now = now.plus(Duration.ofSeconds(3));
        progress.step("reading skills", 250, 1000);
        assertThat(board.status(ID)).get().satisfies(s -> {
            assertThat(s.state()).isEqualTo("running");
            assertThat(s.step()).isEqualTo("reading skills");
            assertThat(s.percent()).isEqualTo(25);
            assertThat(s.seconds()).isEqualTo(3);
        });
        progress.step("writing", 7, -1);
        assertThat(board.status(ID).orElseThrow().percent()).as("an unknown total has no percentage").isNull();
        board.finish(ID, true);
        now = now.plus(Duration.ofSeconds(60));
        assertThat(board.status(ID)).get().satisfies(s -> {
            assertThat(s.state()).isEqualTo("finished");
            assertThat(s.seconds()).as("the clock stops at the end").isEqualTo(3);
        });
    }

    @Test
    void aFailedImportSaysSo() {
        board.start(ID, "utdallas");
        board.finish(ID, false);
        assertThat(board.status(ID).orElseThrow().state()).isEqualTo("failed");
    }

    @Test
    void idsAreCheckedAndNeverReused() {
        assertThatThrownBy(() -> board.start("../etc", "esco")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> board.start("short", "esco")).isInstanceOf(BadRequestException.class);
        board.start(ID, "esco");
        assertThatThrownBy(() -> board.start(ID, "esco")).isInstanceOf(BadRequestException.class).hasMessageContaining("in use");
        assertThat(board.status("ffffffffffffffff")).isEmpty();
    }

    @Test
    void onlyTheLatestImportsAreKept() {
        for (int i = 0; i < ImportProgressBoard.KEPT + 5; i++) {
            board.start("import-%08d".formatted(i), "esco");
        }
        assertThat(board.status("import-00000000")).isEmpty();
        assertThat(board.status("import-%08d".formatted(ImportProgressBoard.KEPT + 4))).isPresent();
    }
}
