package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding about two places names both: its location and the related ones, in its one line too; a finding made as
 * before, about one place, has none.
 */
class FindingTest {

    private static final Location HERE = new Location("Pohon Kinerja", "2.07.03 Persentase", "Capaian");
    private static final Location THERE = new Location("Perjanjian Kinerja", "29 Persentase", "Capaian");
    private static final Location BUDGET = new Location("Capaian Anggaran", "2.07.03", "Persentase");

    @Test
    void aFindingAboutTwoPlacesNamesBoth() {
        Finding finding = new Finding(Severity.ERROR, Check.CROSS_TABLE_CAPAIAN, HERE, "94,10", "100,03", "w",
                List.of(THERE, BUDGET));
        assertThat(finding.related()).containsExactly(THERE, BUDGET);
        assertThat(finding).hasToString("ERROR Pohon Kinerja, row 2.07.03 Persentase, column Capaian [and Perjanjian"
                + " Kinerja, row 29 Persentase, column Capaian; Capaian Anggaran, row 2.07.03, column Persentase]:"
                + " printed 94,10, should be 100,03 (w)");
        assertThat(finding).isNotEqualTo(new Finding(Severity.ERROR, Check.CROSS_TABLE_CAPAIAN, HERE, "94,10",
                "100,03", "w"));
    }

    @Test
    void aFindingAboutOnePlaceHasNoRelatedLocation() {
        Finding finding = new Finding(Severity.NOTE, Check.CAPAIAN, HERE, "96", "95,80", "w");
        assertThat(finding.related()).isEmpty();
        assertThat(finding).isEqualTo(new Finding(Severity.NOTE, Check.CAPAIAN, HERE, "96", "95,80", "w", List.of()))
                .hasToString("NOTE Pohon Kinerja, row 2.07.03 Persentase, column Capaian: printed 96, should be 95,80"
                        + " (w)");
    }

    @Test
    void relatedLocationsAreCopiedAndNeverNull() {
        List<Location> related = new java.util.ArrayList<>(List.of(THERE));
        Finding finding = new Finding(Severity.NOTE, Check.CAPAIAN, HERE, "1", "2", "w", related);
        related.add(BUDGET);
        assertThat(finding.related()).containsExactly(THERE);
        assertThatThrownBy(() -> new Finding(Severity.NOTE, Check.CAPAIAN, HERE, "1", "2", "w", null))
                .isInstanceOf(NullPointerException.class).hasMessage("related must not be null");
        assertThatThrownBy(() -> new Finding(Severity.NOTE, Check.CAPAIAN, HERE, "1", "2", "w",
                Arrays.asList(THERE, null))).isInstanceOf(NullPointerException.class)
                .hasMessage("related element 1 must not be null");
    }
}
