package io.github.sakip.examples.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national run's commands on a small dataset of the same shape: what docs/benchmarks.md measures with them. */
class NationalAuditTest {

    private static final NationalDataset SMALL = new NationalDataset(3, 4, 6, 2, 20_261_129L);

    @Test
    void phasesReadsBindsAndAuditsEveryReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.json");
        NationalAudit.generate(SMALL, file);

        NationalAudit.Phases phases = NationalAudit.phases(file);

        assertThat(phases.reports()).isEqualTo(12);
        assertThat(phases.bindNanos()).isPositive();
        assertThat(phases.auditNanos()).isPositive();
        assertThat(NationalAudit.scan(file)).isPositive();
        assertThat(NationalAudit.audit(file, 2).reports()).isEqualTo(12);
    }

    @Test
    void phasesRefusesAFileThatIsNotAnArray(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"), "{\"agency\": \"x\"}");
        assertThatThrownBy(() -> NationalAudit.phases(file)).isInstanceOf(IOException.class)
                .hasMessage(file + " is not a JSON array of reports");
    }

    @Test
    void secondsAreWrittenWithTwoDecimalsRoundedHalfUp() {
        assertThat(NationalAudit.seconds(1_234_999_999L)).isEqualTo("1.23 s");
        assertThat(NationalAudit.seconds(1_235_000_000L)).isEqualTo("1.24 s");
        assertThat(NationalAudit.seconds(0)).isEqualTo("0.00 s");
    }
}
