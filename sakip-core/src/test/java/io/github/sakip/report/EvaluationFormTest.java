package io.github.sakip.report;

import static io.github.sakip.report.FormFixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.evaluation.EvaluationPolicy;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.FormColumn.Half;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document of a filled evaluation form: what each row prints, the readings, the copies and the refusals. */
class EvaluationFormTest {

    @Test
    void eachRowPrintsItsOwnDerivedColumns() {
        assertThat(FormIndicatorRow.PRINTED_COLUMNS).containsExactly(FormColumn.K13, FormColumn.K14, FormColumn.K15,
                FormColumn.K_YEAR);
        assertThat(FormEntry.PRINTED_COLUMNS).containsExactly(FormColumn.K15, FormColumn.K_YEAR, FormColumn.RP13,
                FormColumn.RP14, FormColumn.RP15, FormColumn.RP_YEAR);
        assertThat(FormEntry.PARENT_PRINTED_COLUMNS).doesNotContain(FormColumn.K13, FormColumn.K14)
                .hasSize(FormColumn.values().length - 2);
        assertThat(EvaluationForm.PRINTED_COLUMNS).isEqualTo(FormEntry.PARENT_PRINTED_COLUMNS);
        assertThatThrownBy(() -> FormIndicatorRow.of(FormFixture.packagesRow()).withPrinted(FormColumn.RP13, d("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column 13 Rp is not a derived figure of an"
                        + " indicator row; it prints 13 K, 14 K, 15 K, 13/8 K");
        assertThatThrownBy(() -> FormFixture.subA().withPrinted(FormColumn.RP6, d("1")))
                .hasMessage("column 6 Rp is not a derived figure of the row of a lowest entry (its columns 6 to 12 Rp"
                        + " are its data); it prints 15 K, 13/8 K, 13 Rp, 14 Rp, 15 Rp, 13/8 Rp");
        assertThatThrownBy(() -> FormFixture.form().withPrinted(FormColumn.K13, d("1")))
                .hasMessage("column 13 K is not a derived figure of the bottom rows; it prints 15 K, 13/8 K, 6 Rp,"
                        + " 7 Rp, 8 Rp, 9 Rp, 10 Rp, 11 Rp, 12 Rp, 13 Rp, 14 Rp, 15 Rp, 13/8 Rp");
        FormEntry kegiatan = FormFixture.kegiatan(FormFixture.subA(), FormFixture.subB());
        assertThatThrownBy(() -> kegiatan.withPrinted(FormColumn.K14, d("1")))
                .hasMessageStartingWith("column 14 K is not a derived figure of the row of an entry; it prints 15 K,");
        assertThat(kegiatan.withPrinted(FormColumn.RP6, d("1.50")).printed(FormColumn.RP6)).hasValueSatisfying(
                figure -> assertThat(figure).hasToString("1.50"));
    }

    @Test
    void printedFiguresKeepTheirScaleAndEqualityComparesIt() {
        FormIndicatorRow row = FormIndicatorRow.of(FormFixture.packagesRow());
        assertThat(row.withPrinted(FormColumn.K15, d("60.00"))).isNotEqualTo(row.withPrinted(FormColumn.K15,
                d("60"))).isEqualTo(row.withPrinted(FormColumn.K15, d("60.00")))
                .hasSameHashCodeAs(row.withPrinted(FormColumn.K15, d("60.00")));
        assertThat(row.withPrinted(FormColumn.K15, d("1E+2")).printed(FormColumn.K15)).hasValueSatisfying(
                figure -> assertThat(figure).hasToString("100"));
        assertThat(row.withPrinted(FormColumn.K15, d("1")).withPrinted(FormColumn.K15, d("2")).printedFigures())
                .containsExactly(java.util.Map.entry(FormColumn.K15, d("2")));
        assertThat(row.printedFigures()).isEmpty();
        assertThatThrownBy(() -> row.printedFigures().put(FormColumn.K13, d("1")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.withPrinted(FormColumn.K15, d("1E+31")))
                .hasMessageContaining("figure is too large or too precise to be a figure of a report");
        assertThatThrownBy(() -> row.withPrinted(null, d("1"))).isInstanceOf(NullPointerException.class)
                .hasMessage("column must not be null");
        assertThatThrownBy(() -> row.withPrinted(FormColumn.K13, null)).hasMessage("figure must not be null");
        assertThatThrownBy(() -> row.withPrintedPredicate(null)).hasMessage("predicate must not be null");
        assertThatThrownBy(() -> row.printed(null)).hasMessage("column must not be null");
        assertThatThrownBy(() -> row.withResponsible(" ")).hasMessage("unit must not be blank, but was ' '");
        assertThatThrownBy(() -> FormIndicatorRow.of(null)).hasMessage("row must not be null");
    }

    @Test
    void aRowAnEntryAndAFormReadWell() {
        FormIndicatorRow row = FormIndicatorRow.of(FormFixture.packagesRow()).withResponsible("Seksi Pelatihan")
                .withPrinted(FormColumn.K15, d("60.00")).withPrintedPredicate(Category.RENDAH);
        assertThat(row).hasToString("FormIndicatorRow[Jumlah paket pelatihan, Quarters[1, 1, 2, -], Seksi Pelatihan,"
                + " printed 15 K 60.00, predicate K Rendah]");
        assertThat(row.responsible()).contains("Seksi Pelatihan");
        assertThat(row.printedPredicate()).contains(Category.RENDAH);
        assertThat(FormIndicatorRow.of(FormFixture.packagesRow())).hasToString(
                "FormIndicatorRow[Jumlah paket pelatihan, Quarters[1, 1, 2, -]]");
        assertThat(FormFixture.subA().withPrinted(FormColumn.RP15, d("6.93"))).hasToString("FormEntry[sub kegiatan"
                + " 2.07.03.2.01.01 Proses Pelaksanaan Pelatihan, 1 indicator, 0 entries below, printed 15 Rp 6.93]");
        FormEntry sasaran = FormFixture.form().entries().get(0);
        assertThat(sasaran).hasToString("FormEntry[sasaran Meningkatnya Kualitas Ketenagakerjaan Daerah, 0"
                + " indicators, 1 entry below]");
        assertThat(sasaran.code()).isEmpty();
        assertThat(sasaran.level()).isEqualTo(Level.SASARAN);
        assertThat(sasaran.budget()).isEmpty();
        assertThat(FormFixture.subA().budget()).isPresent();
        assertThat(FormFixture.form().withPrinted(FormColumn.K15, d("77.87"))).hasToString("EvaluationForm[Evaluasi"
                + " terhadap Hasil Renja Perangkat Daerah, 1 entry, printed 15 K 77.87]");
        assertThat(EvaluationForm.of(EvaluationForm.Kind.RKPD, List.of())).hasToString(
                "EvaluationForm[Evaluasi terhadap Hasil RKPD, 0 entries]");
    }

    @Test
    void theFormStatesItsReadingsAndTheDefaultsAreTheLibrarys() {
        EvaluationForm form = FormFixture.form();
        assertThat(form.renstraToDate()).isEqualTo(RenstraToDate.BY_ACCUMULATION);
        assertThat(form.predicateReading()).isEqualTo(PredicateReading.PRINTED_LOWER_BAND);
        assertThat(form.measure()).isEqualTo(Measure.RENSTRA_TO_DATE);
        assertThat(form.policy(Capaian.Policy.DEFAULT)).isEqualTo(EvaluationPolicy.DEFAULT);
        EvaluationForm monev = form.withRenstraToDate(RenstraToDate.PRINTED_SUM)
                .withPredicateReading(PredicateReading.GREATER_THAN).withMeasure(Measure.YEAR);
        Capaian.Policy inverse = Capaian.Policy.DEFAULT.withNegativeFormula(Capaian.NegativeFormula.INVERSE);
        assertThat(monev.policy(inverse)).isEqualTo(EvaluationPolicy.DEFAULT.withCapaian(inverse)
                .withRenstraToDate(RenstraToDate.PRINTED_SUM).withPredicate(PredicateReading.GREATER_THAN));
        assertThat(monev.measure()).isEqualTo(Measure.YEAR);
        assertThat(monev).isNotEqualTo(form);
        assertThat(form.withMeasure(Measure.YEAR).withMeasure(Measure.RENSTRA_TO_DATE)).isEqualTo(form)
                .hasSameHashCodeAs(form);
        assertThatThrownBy(() -> form.withMeasure(null)).hasMessage("measure must not be null");
        assertThatThrownBy(() -> form.withRenstraToDate(null)).hasMessage("renstraToDate must not be null");
        assertThatThrownBy(() -> form.withPredicateReading(null)).hasMessage("predicateReading must not be null");
        assertThatThrownBy(() -> form.policy(null)).hasMessage("capaian must not be null");
    }

    @Test
    void theKindsAndTheRowsOfTextAreAsPrinted() {
        assertThat(EvaluationForm.Kind.RENJA.title()).isEqualTo("Evaluasi terhadap Hasil Renja Perangkat Daerah");
        assertThat(EvaluationForm.Kind.RKPD.title()).isEqualTo("Evaluasi terhadap Hasil RKPD");
        assertThat(EvaluationForm.Kind.RENJA.plan()).isEqualTo("Renstra");
        assertThat(EvaluationForm.Kind.RKPD.plan()).isEqualTo("RPJMD");
        assertThat(EvaluationForm.Kind.RENJA.yearPlan()).isEqualTo("Renja");
        assertThat(EvaluationForm.Kind.RKPD.yearPlan()).isEqualTo("RKPD");
        assertThat(EvaluationForm.Text.FOLLOW_UP_NEXT_PLAN.heading(EvaluationForm.Kind.RENJA))
                .isEqualTo("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya");
        assertThat(EvaluationForm.Text.FOLLOW_UP_NEXT_PLAN.heading(EvaluationForm.Kind.RKPD))
                .isEqualTo("Tindak lanjut yang diperlukan dalam RKPD berikutnya");
        assertThat(EvaluationForm.Text.DRIVING_FACTORS.heading(EvaluationForm.Kind.RKPD))
                .isEqualTo("Faktor pendorong keberhasilan kinerja");
        assertThat(EvaluationForm.Text.HINDERING_FACTORS.heading(EvaluationForm.Kind.RENJA))
                .isEqualTo("Faktor penghambat pencapaian kinerja");
        assertThat(EvaluationForm.Text.FOLLOW_UP_NEXT_QUARTER.heading(EvaluationForm.Kind.RENJA))
                .isEqualTo("Tindak lanjut yang diperlukan dalam triwulan berikutnya");
        assertThatThrownBy(() -> EvaluationForm.Text.DRIVING_FACTORS.heading(null)).hasMessage("kind must not be null");
        EvaluationForm form = FormFixture.form().withText(EvaluationForm.Text.HINDERING_FACTORS, " Cuaca ")
                .withText(EvaluationForm.Text.DRIVING_FACTORS, "Anggaran");
        assertThat(form.texts()).containsExactly(java.util.Map.entry(EvaluationForm.Text.DRIVING_FACTORS, "Anggaran"),
                java.util.Map.entry(EvaluationForm.Text.HINDERING_FACTORS, "Cuaca"));
        assertThat(form.text(EvaluationForm.Text.FOLLOW_UP_NEXT_PLAN)).isEmpty();
        assertThat(form.text(EvaluationForm.Text.DRIVING_FACTORS)).contains("Anggaran");
        assertThatThrownBy(() -> form.withText(null, "x")).hasMessage("row must not be null");
        assertThatThrownBy(() -> form.withText(EvaluationForm.Text.DRIVING_FACTORS, "")).hasMessage(
                "text must not be blank, but was ''");
        assertThatThrownBy(() -> form.text(null)).hasMessage("row must not be null");
        assertThat(form.source()).isEmpty();
        EvaluationForm sourced = form.withSource(" Lampiran 3 LKjIP 2024 ");
        assertThat(sourced.source()).contains("Lampiran 3 LKjIP 2024");
        assertThat(sourced).isNotEqualTo(form).isEqualTo(form.withSource("Lampiran 3 LKjIP 2024"))
                .hasSameHashCodeAs(form.withSource("Lampiran 3 LKjIP 2024"));
        assertThat(sourced.withMeasure(Measure.YEAR).withComputedFigures(Capaian.Policy.DEFAULT).source())
                .contains("Lampiran 3 LKjIP 2024");
        assertThatThrownBy(() -> form.withSource(" ")).hasMessage("text must not be blank, but was ' '");
    }

    @ParameterizedTest
    @CsvSource({"K, 15, K15", "K, 13/8, K_YEAR", "RP, 6, RP6", "RP, 12, RP12", "RP, 13/8, RP_YEAR"})
    void aColumnIsFoundByItsHalfAndNumber(Half half, String number, FormColumn column) {
        assertThat(FormColumn.of(half, number)).isEqualTo(column);
        assertThat(column.label()).isEqualTo(number + " " + half.label());
        assertThat(column.half()).isEqualTo(half);
        assertThat(column.number()).isEqualTo(number);
    }

    @Test
    void theColumnsAreTheFormsAndOnlyTheAchievementsArePercentages() {
        assertThat(FormColumn.values()).extracting(FormColumn::label).containsExactly("13 K", "14 K", "15 K",
                "13/8 K", "6 Rp", "7 Rp", "8 Rp", "9 Rp", "10 Rp", "11 Rp", "12 Rp", "13 Rp", "14 Rp", "15 Rp",
                "13/8 Rp");
        assertThat(FormColumn.values()).filteredOn(FormColumn::isPercent).containsExactly(FormColumn.K15,
                FormColumn.K_YEAR, FormColumn.RP15, FormColumn.RP_YEAR);
        assertThatThrownBy(() -> FormColumn.of(Half.K, "6")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the K half has no column '6' that a row can print (K: 13, 14, 15, 13/8; Rp: 6 to 15,"
                        + " 13/8)");
        assertThatThrownBy(() -> FormColumn.of(null, "6")).hasMessage("half must not be null");
        assertThatThrownBy(() -> FormColumn.of(Half.RP, null)).hasMessage("number must not be null");
    }

    @Test
    void anEntryKeepsTheRulesOfTheFormsTree() {
        FormEntry sub = FormFixture.subA();
        assertThatThrownBy(() -> FormEntry.parent(Level.SUB_KEGIATAN, "2.07.03.2.01.09", "Sub", List.of(),
                List.of(sub))).isInstanceOf(IllegalArgumentException.class).hasMessage("sub kegiatan 'Sub' cannot"
                        + " hold the sub kegiatan 'Proses Pelaksanaan Pelatihan': a child must be of a lower level");
        assertThatThrownBy(() -> FormEntry.leaf(Level.KEGIATAN, "", " ", List.of(), sub.budget().orElseThrow()))
                .hasMessage("name must not be blank, but was ' '");
        assertThatThrownBy(() -> FormEntry.leaf(Level.KEGIATAN, "", "K", List.of(), null))
                .hasMessage("budget must not be null");
        List<FormEntry> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> FormEntry.parent(Level.PROGRAM, "", "P", List.of(), withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("children element 0 must not be null");
        assertThatThrownBy(() -> EvaluationForm.of(EvaluationForm.Kind.RENJA, withNull))
                .hasMessage("entries element 0 must not be null");
        assertThatThrownBy(() -> EvaluationForm.of(null, List.of())).hasMessage("kind must not be null");
        // The lists are copied.
        List<FormEntry> entries = new ArrayList<>(List.of(sub));
        FormEntry program = FormEntry.parent(Level.PROGRAM, "2.07.03", "Program", List.of(), entries);
        entries.clear();
        assertThat(program.children()).hasSize(1);
        assertThatThrownBy(() -> program.children().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(program.node().children()).hasSize(1);
    }

    @Test
    void budgetsThatCannotBeAddedUpAreRefusedWhereTheyAreGiven() {
        BigDecimal large = d("900000000000000000000000000000");
        FormEntry first = FormEntry.leaf(Level.KEGIATAN, "2.07.03.2.01", "Satu", List.of(), RowBudget.of(large,
                d("0"), d("1"), Quarters.none()));
        FormEntry second = FormEntry.leaf(Level.KEGIATAN, "2.07.03.2.02", "Dua", List.of(), RowBudget.of(large,
                d("0"), d("1"), Quarters.none()));
        assertThatThrownBy(() -> FormEntry.parent(Level.PROGRAM, "2.07.03", "Program", List.of(), List.of(first,
                second))).isInstanceOf(IllegalArgumentException.class).hasMessage("the budgets below program"
                        + " 'Program' cannot be added up: renstraPagu is too large or too precise to be a figure of a"
                        + " report: 1800000000000000000000000000000 (at most 30 digits before the decimal point and"
                        + " 130 digits in all)");
        assertThatThrownBy(() -> EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(first, second)))
                .hasMessageStartingWith("the budgets of the form cannot be added up: renstraPagu is too large");
    }

    @Test
    void theReportHoldsItsFormsAndMayHoldOnlyThem() {
        EvaluationForm form = FormFixture.form();
        PerformanceReport report = FormFixture.report(form);
        assertThat(report.evaluationForms()).containsExactly(form);
        assertThat(report.performance()).isEmpty();
        assertThat(report).hasToString("LKjIP Dinas Contoh 2024 (0 indicators, 0 budget lines, 0 Renstra indicators,"
                + " 0 efficiency rows, 0 standards, 0 AKIP evaluations, 1 evaluation form)");
        assertThat(report.withPerformance(List.of()).evaluationForms()).containsExactly(form);
        assertThat(report.withAkip(List.of()).withBudget(BudgetTable.EMPTY).withRenstra(List.of())
                .withEfficiency(List.of()).withStandards(List.of()).evaluationForms()).containsExactly(form);
        assertThatThrownBy(() -> report.withEvaluationForms(null)).hasMessage("evaluationForms must not be null");
    }

    @Test
    void theRecomputedFormLeavesBlankWhatCannotBeComputedAndDropsWhatWasPrintedThere() {
        FormIndicatorRow notReported = FormIndicatorRow.of(new io.github.sakip.evaluation.IndicatorRow(
                FormFixture.PACKAGES, java.util.Optional.empty(), io.github.sakip.Realization.absent("baru"),
                java.util.Optional.of(io.github.sakip.Target.of(d("0"))), Quarters.none()))
                .withPrinted(FormColumn.K13, d("0")).withPrintedPredicate(Category.SANGAT_RENDAH);
        FormEntry entry = FormEntry.parent(Level.KEGIATAN, "2.07.03.2.03", "Perizinan", List.of(notReported),
                List.of()).withPrinted(FormColumn.RP13, d("0"));
        EvaluationForm recomputed = EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(entry))
                .withPrinted(FormColumn.RP6, d("0")).withPrintedPredicate(Half.RP, Category.SEDANG)
                .withComputedFigures(Capaian.Policy.DEFAULT);
        assertThat(recomputed.printedFigures()).isEmpty();
        assertThat(recomputed.printedPredicate(Half.K)).isEmpty();
        assertThat(recomputed.printedPredicate(Half.RP)).isEmpty();
        assertThat(recomputed.entries().get(0).printedFigures()).isEmpty();
        assertThat(recomputed.entries().get(0).indicators().get(0).printedFigures()).isEmpty();
        assertThat(recomputed.entries().get(0).indicators().get(0).printedPredicate()).isEmpty();
        assertThatThrownBy(() -> recomputed.withComputedFigures(null)).hasMessage("capaian must not be null");
    }
}
