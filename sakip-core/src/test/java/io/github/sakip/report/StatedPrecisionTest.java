package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The precision a report states for a table or a column of percentages: its validation and its lookup. */
class StatedPrecisionTest {

    static Stream<Arguments> outOfRange() {
        return Stream.of(Arguments.of(-1, "decimals must be from 0 to 10, but was -1"),
                Arguments.of(11, "decimals must be from 0 to 10, but was 11"),
                Arguments.of(Integer.MIN_VALUE, "decimals must be from 0 to 10, but was -2147483648"),
                Arguments.of(Integer.MAX_VALUE, "decimals must be from 0 to 10, but was 2147483647"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void decimalsOutOfRangeAreRefusedQuotingThem(int decimals, String message) {
        assertThatThrownBy(() -> StatedPrecision.of(PercentColumn.CAPAIAN, decimals))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> StatedPrecision.of(PercentTable.PERFORMANCE, decimals))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void theBoundsAreAccepted() {
        assertThat(StatedPrecision.of(PercentColumn.CAPAIAN, 0).decimals()).isZero();
        assertThat(StatedPrecision.of(PercentColumn.CAPAIAN, StatedPrecision.MAX_DECIMALS).decimals()).isEqualTo(10);
    }

    @Test
    void nullsAreRefusedNamingTheArgument() {
        assertThatThrownBy(() -> StatedPrecision.of((PercentColumn) null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("column must not be null");
        assertThatThrownBy(() -> StatedPrecision.of((PercentTable) null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("table must not be null");
        assertThatThrownBy(() -> PerformanceReport.of("Dinas", 2024).withPrecisions(null))
                .isInstanceOf(NullPointerException.class).hasMessage("precisions must not be null");
        assertThatThrownBy(() -> PerformanceReport.of("Dinas", 2024).statedPrecision(null))
                .isInstanceOf(NullPointerException.class).hasMessage("column must not be null");
    }

    @Test
    void aColumnNamesItsTableAndATableItsColumns() {
        StatedPrecision column = StatedPrecision.of(PercentColumn.EFFICIENCY, 1);
        assertThat(column.table()).isEqualTo(PercentTable.EFFICIENCY);
        assertThat(column.column()).contains(PercentColumn.EFFICIENCY);
        assertThat(column).hasToString("StatedPrecision[Efisiensi Anggaran / Efisiensi, 1 decimal]");
        StatedPrecision table = StatedPrecision.of(PercentTable.EFFICIENCY, 0);
        assertThat(table.column()).isEmpty();
        assertThat(table).hasToString("StatedPrecision[Efisiensi Anggaran, 0 decimals]");
        assertThat(table.appliesTo(PercentColumn.EFFICIENCY_CAPAIAN)).isTrue();
        assertThat(table.appliesTo(PercentColumn.CAPAIAN)).isFalse();
        assertThat(column.appliesTo(PercentColumn.EFFICIENCY_CAPAIAN)).isFalse();
        assertThat(PercentTable.EFFICIENCY.columns()).containsExactly(PercentColumn.EFFICIENCY_CAPAIAN,
                PercentColumn.EFFICIENCY);
        assertThat(StatedPrecision.of(PercentColumn.CAPAIAN, 2)).isEqualTo(StatedPrecision.of(PercentColumn.CAPAIAN,
                2)).isNotEqualTo(StatedPrecision.of(PercentTable.PERFORMANCE, 2))
                .isNotEqualTo(StatedPrecision.of(PercentColumn.CAPAIAN, 1));
    }

    @Test
    void everyTableHasAColumnAndTheNamesAreTheFindings() {
        for (PercentTable table : PercentTable.values()) {
            assertThat(table.columns()).as(table.name()).isNotEmpty();
            for (PercentColumn column : table.columns()) {
                assertThat(table.column(column.label())).isSameAs(column);
                assertThat(column.toString()).isEqualTo(table.label() + " / " + column.label());
            }
        }
        assertThat(PercentColumn.parse("perjanjian kinerja /  capaian")).isEqualTo(PercentColumn.CAPAIAN);
        assertThat(PercentTable.parse("Perbandingan dengan Standar")).isEqualTo(PercentTable.STANDARDS);
    }

    @Test
    void anUnknownNameIsRefusedListingTheNames() {
        assertThatThrownBy(() -> PercentTable.EFFICIENCY.column("Capaian"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("label 'Capaian' is not a column of"
                        + " percentages of table Efisiensi Anggaran; expected one of Capaian Kinerja, Efisiensi");
        assertThatThrownBy(() -> PercentTable.parse("Tabel 3.2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label 'Tabel 3.2' is not a table of percentages of a report; expected one of"
                        + " Perjanjian Kinerja, Capaian Anggaran, Efisiensi Anggaran, Kemajuan Renstra,"
                        + " Perbandingan dengan Standar, Nilai Kinerja Anggaran");
        assertThatThrownBy(() -> PercentColumn.parse("Persentase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("label 'Persentase' is not a column of percentages of a report; expected one"
                        + " of Perjanjian Kinerja / Capaian, Capaian Anggaran / Persentase,");
    }

    @Test
    void aReportFindsTheColumnsStatementBeforeItsTables() {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024).withPrecisions(List.of(
                StatedPrecision.of(PercentTable.EFFICIENCY, 0), StatedPrecision.of(PercentColumn.EFFICIENCY, 1),
                StatedPrecision.of(PercentColumn.CAPAIAN, 3)));
        assertThat(report.statedPrecision(PercentColumn.EFFICIENCY)).isEqualTo(OptionalInt.of(1));
        assertThat(report.statedPrecision(PercentColumn.EFFICIENCY_CAPAIAN)).isEqualTo(OptionalInt.of(0));
        assertThat(report.statedPrecision(PercentColumn.CAPAIAN)).isEqualTo(OptionalInt.of(3));
        assertThat(report.statedPrecision(PercentColumn.ABSORPTION)).isEmpty();
        assertThat(report).hasToString("LKjIP Dinas 2024 (0 indicators, 0 budget lines, 0 Renstra indicators,"
                + " 0 efficiency rows, 0 standards, 0 AKIP evaluations, 3 stated precisions)");
    }

    @Test
    void aReportWithoutStatedPrecisionIsAsBefore() {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024);
        assertThat(report.precisions()).isEmpty();
        assertThat(report.withPrecisions(List.of())).isEqualTo(report);
        assertThat(new PerformanceReport("Dinas", 2024, List.of(), BudgetTable.EMPTY, List.of(), List.of(),
                List.of(), List.of(), CentralBudgetTable.EMPTY, List.of(), List.of(), List.of(), List.of()))
                .isEqualTo(report);
        assertThat(report).hasToString("LKjIP Dinas 2024 (0 indicators, 0 budget lines, 0 Renstra indicators,"
                + " 0 efficiency rows, 0 standards, 0 AKIP evaluations)");
    }

    static Stream<Arguments> twice() {
        return Stream.of(
                Arguments.of(StatedPrecision.of(PercentColumn.CAPAIAN, 1), StatedPrecision.of(PercentColumn.CAPAIAN,
                        2), "precisions must state each table or column once, but Perjanjian Kinerja / Capaian is"
                        + " stated twice: [StatedPrecision[Perjanjian Kinerja / Capaian, 1 decimal],"
                        + " StatedPrecision[Perjanjian Kinerja / Capaian, 2 decimals]]"),
                Arguments.of(StatedPrecision.of(PercentTable.RENSTRA, 0), StatedPrecision.of(PercentTable.RENSTRA,
                        0), "precisions must state each table or column once, but Kemajuan Renstra is stated twice:"
                        + " [StatedPrecision[Kemajuan Renstra, 0 decimals], StatedPrecision[Kemajuan Renstra,"
                        + " 0 decimals]]"));
    }

    @ParameterizedTest
    @MethodSource("twice")
    void aTableOrColumnStatedTwiceIsRefusedQuotingThem(StatedPrecision first, StatedPrecision second,
            String message) {
        assertThatThrownBy(() -> PerformanceReport.of("Dinas", 2024).withPrecisions(List.of(first, second)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aTableAndOneOfItsColumnsMayBothBeStated() {
        assertThat(PerformanceReport.of("Dinas", 2024).withPrecisions(List.of(StatedPrecision.of(
                PercentTable.PERFORMANCE, 2), StatedPrecision.of(PercentColumn.CAPAIAN, 1))).precisions()).hasSize(2);
    }
}
