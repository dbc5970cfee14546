package io.github.sakip.audit;

import static io.github.sakip.report.FormFixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Accumulation;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormFixture;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit of a filled Renja evaluation form, on {@link FormFixture}'s form, whose figures were worked out by hand:
 * every derived cell of every kind of row, both polarities and both accumulations, a quarter not reported, zero and
 * blank targets, and the predicate at every boundary under each reading.
 */
class EvaluationFormAuditTest {

    private static final String TABLE = "Evaluasi terhadap Hasil Renja Perangkat Daerah";

    private static final EvaluationForm COMPUTED = FormFixture.form().withComputedFigures(Capaian.Policy.DEFAULT);

    /** The findings in English, which most tests here pin; {@link #indonesian} pins the default language. */
    private static List<Finding> audit(EvaluationForm form) {
        return Audit.of(FormFixture.report(form), Audit.Options.DEFAULT.withLanguage(java.util.Locale.ENGLISH))
                .findings();
    }

    private static List<Finding> indonesian(EvaluationForm form) {
        return Audit.of(FormFixture.report(form)).findings();
    }

    private static FormEntry sasaran(EvaluationForm form) {
        return form.entries().get(0);
    }

    private static FormEntry program(EvaluationForm form) {
        return sasaran(form).children().get(0);
    }

    private static FormEntry kegiatan(EvaluationForm form) {
        return program(form).children().get(0);
    }

    @Test
    void theRecomputedFormHasTheHandCheckedFigures() {
        FormEntry a = kegiatan(COMPUTED).children().get(0);
        assertThat(a.indicators().get(0).printedFigures()).containsExactly(
                entry(FormColumn.K13, "4"), entry(FormColumn.K14, "9"), entry(FormColumn.K15, "60.00"),
                entry(FormColumn.K_YEAR, "80.00"));
        assertThat(a.indicators().get(0).printedPredicate()).contains(Category.RENDAH);
        assertThat(a.printedFigures()).containsExactly(entry(FormColumn.K15, "60.00"),
                entry(FormColumn.K_YEAR, "80.00"), entry(FormColumn.RP13, "422289600"),
                entry(FormColumn.RP14, "422289600"), entry(FormColumn.RP15, "6.93"),
                entry(FormColumn.RP_YEAR, "70.33"));
        FormEntry b = kegiatan(COMPUTED).children().get(1);
        assertThat(b.indicators().get(0).printedFigures()).containsExactly(
                entry(FormColumn.K13, "2.4"), entry(FormColumn.K14, "2.4"), entry(FormColumn.K15, "80.00"),
                entry(FormColumn.K_YEAR, "104.00"));
        assertThat(b.printed(FormColumn.RP_YEAR)).contains(d("89.50"));
        FormEntry kegiatan = kegiatan(COMPUTED);
        assertThat(kegiatan.indicators().get(0).printedFigures()).containsExactly(
                entry(FormColumn.K13, "93.5"), entry(FormColumn.K14, "93.5"), entry(FormColumn.K15, "98.42"),
                entry(FormColumn.K_YEAR, "100.54"));
        assertThat(kegiatan.printedFigures()).containsExactly(entry(FormColumn.K15, "70.00"),
                entry(FormColumn.K_YEAR, "92.00"), entry(FormColumn.RP6, "8843199996"), entry(FormColumn.RP7, "0"),
                entry(FormColumn.RP8, "1182109989"), entry(FormColumn.RP9, "200000000"),
                entry(FormColumn.RP10, "350000000"), entry(FormColumn.RP11, "292886054"),
                entry(FormColumn.RP12, "100000000"), entry(FormColumn.RP13, "942886054"),
                entry(FormColumn.RP14, "942886054"), entry(FormColumn.RP15, "10.66"),
                entry(FormColumn.RP_YEAR, "79.76"));
        FormEntry program = program(COMPUTED);
        assertThat(program.printed(FormColumn.K15)).contains(d("71.54"));
        assertThat(program.printed(FormColumn.K_YEAR)).contains(d("96.00"));
        assertThat(program.printed(FormColumn.RP9)).contains(d("202000000"));
        assertThat(program.printed(FormColumn.RP_YEAR)).contains(d("79.93"));
        assertThat(program.printedPredicate(Half.K)).contains(Category.SEDANG);
        assertThat(program.printedPredicate(Half.RP)).contains(Category.SANGAT_RENDAH);
        assertThat(sasaran(COMPUTED).printedFigures()).isEqualTo(program.printedFigures());
        assertThat(COMPUTED.printed(FormColumn.K15)).contains(d("77.87"));
        assertThat(COMPUTED.printed(FormColumn.K_YEAR)).contains(d("96.13"));
        assertThat(COMPUTED.printed(FormColumn.RP6)).contains(d("8939541646"));
        assertThat(COMPUTED.printed(FormColumn.RP13)).contains(d("952804054"));
        assertThat(COMPUTED.printedPredicate(Half.K)).contains(Category.TINGGI);
        assertThat(COMPUTED.printedPredicate(Half.RP)).contains(Category.SANGAT_RENDAH);
    }

    private static java.util.Map.Entry<FormColumn, BigDecimal> entry(FormColumn column, String figure) {
        return java.util.Map.entry(column, d(figure));
    }

    @Test
    void aFormWhosePrintedFiguresTheLibraryComputedHasNoFinding() {
        assertThat(audit(COMPUTED)).isEmpty();
        assertThat(Audit.of(FormFixture.report(FormFixture.form())).findings()).isEmpty();
    }

    static Stream<Arguments> wrongCells() {
        String a = "2.07.03.2.01.01 Jumlah paket pelatihan";
        String b = "2.07.03.2.01.03 Persentase kecelakaan kerja di LPK";
        String own = "2.07.03.2.01 Persentase angkatan kerja terlatih yang berkualitas";
        return Stream.of(
                Arguments.of("a quarter not reported read as a fourth quarter of 1", indicator(0,
                        FormColumn.K13, "5"), "ERROR " + TABLE + ", row " + a + ", column 13 K: printed 5, should be 4"
                        + " (sum of triwulan I, II, III: 1 + 1 + 2 = 4; triwulan IV not reported; no known mistake"
                        + " reproduces it)"),
                Arguments.of("two levels added", indicator(1, FormColumn.K14, "5.4"), "ERROR " + TABLE + ", row "
                        + b + ", column 14 K: printed 5,4, should be 2,40 (latest level, column 13: 2,40 (a level is"
                        + " not added to column 7's 3); no known mistake reproduces it)"),
                Arguments.of("R / T for a negative indicator", indicator(1, FormColumn.K15, "120.00"), "ERROR "
                        + TABLE + ", row " + b + ", column 15 K: printed 120,00, should be 80,00 ((2 × 2 − 2,40) /"
                        + " 2 × 100% = 80,00%; likely cause: the formula of a positive indicator for a negative one, R /"
                        + " T × 100 instead of (2T − R) / T × 100: 2,40 / 2 × 100% = 120,00%)"),
                Arguments.of("truncated", ownIndicator(FormColumn.K_YEAR, "100.53"), "WARNING " + TABLE + ", row "
                        + own + ", column 13/8 K: printed 100,53, should be 100,54 (93,50 / 93 × 100% = 100,54%;"
                        + " likely cause: truncated instead of rounded half-up (100,53763… cut to 100,53))"),
                Arguments.of("a roll-up that averages every row", programFigure(FormColumn.K15,
                        "77.87"), "ERROR " + TABLE + ", row 2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA"
                        + " KERJA, column 15 K: printed 77,87, should be 71,54 (mean of 2 entries below program"
                        + " 2.07.03: (70,00% + 73,08%) / 2 = 71,54%; no known mistake reproduces"
                        + " it)"),
                Arguments.of("a kegiatan left out of a program's quarter", programFigure(
                        FormColumn.RP9, "200000000"), "ERROR " + TABLE + ", row 2.07.03 PROGRAM PELATIHAN KERJA DAN"
                        + " PRODUKTIVITAS TENAGA KERJA, column 9 Rp: printed 200.000.000, should be 202.000.000 (sum"
                        + " of column 9 Rp of the entries below 2.07.03: 200.000.000 + 2.000.000 = 202.000.000;"
                        + " difference -2.000.000; likely cause: the line 2.07.03.2.02 (2.000.000) left out of the"
                        + " sum)"),
                Arguments.of("a quarter not reported read as spent", subEntry(0, FormColumn.RP13, "522289600"),
                        "ERROR " + TABLE + ", row 2.07.03.2.01.01 Proses Pelaksanaan Pelatihan, column 13 Rp: printed"
                        + " 522.289.600, should be 422.289.600 (sum of triwulan I, II, III: 100.000.000 + 150.000.000"
                        + " + 172.289.600 = 422.289.600; triwulan IV not reported; difference 100.000.000; no known"
                        + " mistake reproduces it)"),
                Arguments.of("the bottom row rounded the wrong way", (UnaryOperator<EvaluationForm>) form -> form
                        .withPrinted(FormColumn.K15, d("77.88")), "WARNING " + TABLE + ", row Rata-rata capaian"
                        + " kinerja, column 15 K: printed 77,88, should be 77,87 (mean of 4 indicator rows of the form:"
                        + " (98,42% + 60,00% + 80,00% + 73,08%) / 4 = 77,87%; likely cause: rounded up"
                        + " instead of half-up (77,87449… to 77,88))"),
                Arguments.of("a total a Rupiah off", (UnaryOperator<EvaluationForm>) form -> form
                        .withPrinted(FormColumn.RP6, d("8939541645")), "ERROR " + TABLE + ", row Jumlah, column 6 Rp:"
                        + " printed 8.939.541.645, should be 8.939.541.646 (sum of column 6 Rp of the form's entries:"
                        + " 8.939.541.646 = 8.939.541.646; difference -1; no known mistake reproduces it)"),
                Arguments.of("the predicate of the average", (UnaryOperator<EvaluationForm>) form -> form
                        .withPrintedPredicate(Half.K, Category.SANGAT_TINGGI), "ERROR " + TABLE + ", row Predikat"
                        + " kinerja, column Predikat K: printed Sangat Tinggi, should be Tinggi (mean of 4 indicator"
                        + " rows of the form: (98,42% + 60,00% + 80,00% + 73,08%) / 4 = 77,87% is Tinggi under the"
                        + " bands of Permendagri 86/2017 as printed (a gap falls to the lower band))"),
                Arguments.of("the predicate of a budget", programPredicate(Half.RP, Category.RENDAH),
                        "ERROR " + TABLE + ", row 2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA,"
                        + " column Predikat Rp: printed Rendah, should be Sangat Rendah (952.804.054 / 8.939.541.646 ×"
                        + " 100% = 10,66% is Sangat Rendah under the bands of Permendagri 86/2017 as printed (a gap"
                        + " falls to the lower band))"));
    }

    @Test
    void theFormsFindingsAreInBahasaIndonesiaByDefault() {
        assertThat(indonesian(programFigure(FormColumn.RP9, "200000000").apply(COMPUTED))).singleElement()
                .extracting(Finding::working).isEqualTo("jumlah kolom 9 Rp dari entri di bawah 2.07.03: 200.000.000"
                        + " + 2.000.000 = 202.000.000; selisih -2.000.000; kemungkinan penyebab: baris 2.07.03.2.02"
                        + " (2.000.000) tidak ikut dijumlahkan");
        assertThat(indonesian(programPredicate(Half.RP, Category.RENDAH).apply(COMPUTED))).singleElement()
                .extracting(Finding::working).isEqualTo("952.804.054 / 8.939.541.646 × 100% = 10,66% berpredikat"
                        + " Sangat Rendah menurut rentang Permendagri 86/2017 sebagaimana tercetak (celah jatuh ke"
                        + " rentang bawah)");
    }

    @Test
    void anAchievementFromTheRealisationAsPrintedIsNamedInBothLanguages() {
        // The negative indicator of the second sub kegiatan: 13 K is 2,4 and 8 K 2,5, so 13/8 K = (2 × 2,5 − 2,4) /
        // 2,5 = 104. A form that prints 13 K as 2 and computes 13/8 K from it prints (5 − 2) / 2,5 = 120.
        UnaryOperator<EvaluationForm> rounded = indicator(1, FormColumn.K13, "2");
        EvaluationForm form = indicator(1, FormColumn.K_YEAR, "120.00").apply(rounded.apply(COMPUTED));
        assertThat(audit(form)).filteredOn(f -> f.location().column().equals("13/8 K")).singleElement()
                .satisfies(f -> assertThat(f.working()).endsWith("; likely cause: computed from the printed column"
                        + " 13 K (2) instead of its exact value (2,4): (2 × 2,50 − 2) / 2,50 × 100% = 120,00%"));
        assertThat(indonesian(form)).filteredOn(f -> f.location().column().equals("13/8 K")).singleElement()
                .satisfies(f -> assertThat(f.working()).endsWith("; kemungkinan penyebab: dihitung dari kolom 13 K"
                        + " yang tercetak (2), bukan dari nilai tepatnya (2,4): (2 × 2,50 − 2) / 2,50 × 100% ="
                        + " 120,00%"));
    }

    @Test
    void theOtherFormulaForANegativeIndicatorIsNamedOnAForm() {
        // 15 K of the negative indicator: (2 × 2 − 2,4) / 2 = 80; T / R = 2 / 2,4 = 83,33.
        assertThat(audit(indicator(1, FormColumn.K15, "83.33").apply(COMPUTED))).singleElement()
                .satisfies(f -> assertThat(f.working()).contains("; likely cause: the other formula for a negative"
                        + " indicator, T / R × 100 instead of (2T − R) / T × 100: "));
        assertThat(indonesian(indicator(1, FormColumn.K15, "83.33").apply(COMPUTED))).singleElement()
                .satisfies(f -> assertThat(f.working()).contains("; kemungkinan penyebab: rumus lain untuk indikator"
                        + " negatif, T / R × 100 dan bukan (2T − R) / T × 100: "));
    }

    /** Changes one printed figure of an indicator row of a sub kegiatan of the first kegiatan. */
    private static UnaryOperator<EvaluationForm> indicator(int sub, FormColumn column, String figure) {
        return form -> replaceSub(form, sub, leaf -> rebuildLeaf(leaf, leaf.indicators().get(0)
                .withPrinted(column, d(figure))));
    }

    private static UnaryOperator<EvaluationForm> subEntry(int sub, FormColumn column, String figure) {
        return form -> replaceSub(form, sub, entry -> entry.withPrinted(column, d(figure)));
    }

    private static UnaryOperator<EvaluationForm> ownIndicator(FormColumn column, String figure) {
        return form -> {
            FormEntry kegiatan = kegiatan(form);
            FormEntry changed = FormEntry.parent(kegiatan.level(), kegiatan.code(), kegiatan.name(),
                    List.of(kegiatan.indicators().get(0).withPrinted(column, d(figure))), kegiatan.children());
            return withKegiatan(form, copyPrinted(kegiatan, changed));
        };
    }

    private static UnaryOperator<EvaluationForm> programFigure(FormColumn column, String figure) {
        return form -> withProgram(form, program(form).withPrinted(column, d(figure)));
    }

    private static UnaryOperator<EvaluationForm> programPredicate(Half half, Category predicate) {
        return form -> withProgram(form, program(form).withPrintedPredicate(half, predicate));
    }

    private static FormEntry rebuildLeaf(FormEntry leaf, FormIndicatorRow row) {
        return copyPrinted(leaf, FormEntry.leaf(leaf.level(), leaf.code(), leaf.name(), List.of(row),
                leaf.budget().orElseThrow()));
    }

    /** The entry {@code to} with the printed figures of {@code from}. */
    static FormEntry copyPrinted(FormEntry from, FormEntry to) {
        FormEntry result = to;
        for (var cell : from.printedFigures().entrySet()) {
            result = result.withPrinted(cell.getKey(), cell.getValue());
        }
        for (Half half : Half.values()) {
            Optional<Category> predicate = from.printedPredicate(half);
            if (predicate.isPresent()) {
                result = result.withPrintedPredicate(half, predicate.get());
            }
        }
        return result;
    }

    private static EvaluationForm replaceSub(EvaluationForm form, int sub, UnaryOperator<FormEntry> change) {
        FormEntry kegiatan = kegiatan(form);
        List<FormEntry> subs = new java.util.ArrayList<>(kegiatan.children());
        subs.set(sub, change.apply(subs.get(sub)));
        return withKegiatan(form, copyPrinted(kegiatan, FormEntry.parent(kegiatan.level(), kegiatan.code(),
                kegiatan.name(), kegiatan.indicators(), subs)));
    }

    private static EvaluationForm withKegiatan(EvaluationForm form, FormEntry kegiatan) {
        FormEntry program = program(form);
        return withProgram(form, copyPrinted(program, FormEntry.parent(program.level(), program.code(),
                program.name(), program.indicators(), List.of(kegiatan, program.children().get(1)))));
    }

    private static EvaluationForm withProgram(EvaluationForm form, FormEntry program) {
        FormEntry sasaran = sasaran(form);
        return copyBottom(form, EvaluationForm.of(form.kind(), List.of(copyPrinted(sasaran, FormEntry.parent(
                sasaran.level(), sasaran.code(), sasaran.name(), sasaran.indicators(), List.of(program))))));
    }

    private static EvaluationForm copyBottom(EvaluationForm from, EvaluationForm to) {
        EvaluationForm result = to.withRenstraToDate(from.renstraToDate()).withPredicateReading(
                from.predicateReading()).withMeasure(from.measure());
        for (var cell : from.printedFigures().entrySet()) {
            result = result.withPrinted(cell.getKey(), cell.getValue());
        }
        for (Half half : Half.values()) {
            Optional<Category> predicate = from.printedPredicate(half);
            if (predicate.isPresent()) {
                result = result.withPrintedPredicate(half, predicate.get());
            }
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongCells")
    void aWrongCellGivesOneFindingThereWithItsWorking(String what, UnaryOperator<EvaluationForm> change,
            String expected) {
        List<Finding> findings = audit(change.apply(COMPUTED));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).hasToString(expected);
    }

    @Test
    void theChecksAreNamedAndTheFindingsInTheFormsOrder() {
        EvaluationForm wrong = indicator(0, FormColumn.K13, "5").apply(COMPUTED)
                .withPrintedPredicate(Half.RP, Category.RENDAH);
        wrong = programFigure(FormColumn.RP9, "1").apply(wrong);
        wrong = ownIndicator(FormColumn.K15, "1").apply(wrong);
        wrong = indicator(1, FormColumn.K_YEAR, "1").apply(wrong);
        assertThat(audit(wrong)).extracting(f -> f.check() + " " + f.location().row() + " " + f.location().column())
                .containsExactly(
                        "FORM_BUDGET 2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA 9 Rp",
                        "FORM_ACHIEVEMENT 2.07.03.2.01 Persentase angkatan kerja terlatih yang berkualitas 15 K",
                        "FORM_REALIZATION 2.07.03.2.01.01 Jumlah paket pelatihan 13 K",
                        "FORM_ACHIEVEMENT 2.07.03.2.01.03 Persentase kecelakaan kerja di LPK 13/8 K",
                        "FORM_PREDICATE Predikat kinerja Predikat Rp");
    }

    @Test
    void columnFourteenFollowsTheFormsStatedReading() {
        EvaluationForm printedSum = COMPUTED.withRenstraToDate(RenstraToDate.PRINTED_SUM);
        // As printed, 14 = 7 + 13 for every indicator: the stocks' 14 K and 15 K differ, and so does what follows.
        List<Finding> findings = audit(printedSum);
        assertThat(findings).extracting(f -> f.location().row() + " " + f.location().column() + ": "
                + f.printed() + " → " + f.expected()).containsExactly(
                        "Meningkatnya Kualitas Ketenagakerjaan Daerah 15 K: 71,54 → 51,54",
                        "Meningkatnya Kualitas Ketenagakerjaan Daerah Predikat K: Sedang → Rendah",
                        "2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA 15 K: 71,54 → 51,54",
                        "2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA Predikat K: Sedang → Rendah",
                        "2.07.03.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi 15 K: 70,00 → 30,00",
                        "2.07.03.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi Predikat K: Sedang → Sangat"
                                + " Rendah",
                        "2.07.03.2.01 Persentase angkatan kerja terlatih yang berkualitas 14 K: 93,5 → 184,50",
                        "2.07.03.2.01 Persentase angkatan kerja terlatih yang berkualitas 15 K: 98,42 → 194,21",
                        "2.07.03.2.01.03 Pengadaan Sarana Pelatihan Kerja 15 K: 80,00 → 0,00",
                        "2.07.03.2.01.03 Pengadaan Sarana Pelatihan Kerja Predikat K: Tinggi → Sangat Rendah",
                        "2.07.03.2.01.03 Persentase kecelakaan kerja di LPK 14 K: 2,4 → 5,40",
                        "2.07.03.2.01.03 Persentase kecelakaan kerja di LPK 15 K: 80,00 → 0,00",
                        "2.07.03.2.01.03 Persentase kecelakaan kerja di LPK Predikat K: Tinggi → Sangat Rendah",
                        // (194,21 + 60 + 0 + 73,08) / 4: still Tinggi, so the bottom predicate stands.
                        "Rata-rata capaian kinerja 15 K: 77,87 → 81,82");
        // The same form recomputed under its reading has no finding, and its 14 K is the printed sum.
        EvaluationForm recomputed = FormFixture.form().withRenstraToDate(RenstraToDate.PRINTED_SUM)
                .withComputedFigures(Capaian.Policy.DEFAULT);
        assertThat(audit(recomputed)).isEmpty();
        assertThat(kegiatan(recomputed).indicators().get(0).printed(FormColumn.K14)).contains(d("184.5"));
    }

    @Test
    void theCapaianPolicyIsTheAuditsOption() {
        Audit.Options inverse = new Audit.Options(Capaian.Policy.DEFAULT.withNegativeFormula(
                Capaian.NegativeFormula.INVERSE), io.github.sakip.Permendagri86.SCALE,
                io.github.sakip.Pmk214.OutputCap.NONE);
        List<Finding> findings = Audit.of(FormFixture.report(COMPUTED), inverse).findings();
        assertThat(findings).filteredOn(f -> f.location().row().startsWith("2.07.03.2.01.03 Persentase"))
                .extracting(f -> f.location().column() + ": " + f.expected())
                .containsExactly("15 K: 83,33", "13/8 K: 104,17");
        assertThat(Audit.of(FormFixture.report(FormFixture.form().withComputedFigures(inverse.capaian())), inverse)
                .findings()).isEmpty();
    }

    @Test
    void aFigureWhereTheDataGiveNoneIsNotComputableWithItsReason() {
        Indicator rate = Indicator.of("Persentase LPK terakreditasi", "Persen", Polarity.POSITIVE,
                Accumulation.STOCK);
        // A realisation of 0 is a value: 13 K and 14 K of 0 are right; the targets of 0 divide by zero.
        FormIndicatorRow zeroTarget = FormIndicatorRow.of(IndicatorRow.of(rate, Target.of(d("0")),
                Realization.absent("tahun pertama Renstra"), Target.of(d("0")), Quarters.reported(d("0"))))
                .withPrinted(FormColumn.K13, d("0")).withPrinted(FormColumn.K14, d("0"))
                .withPrinted(FormColumn.K15, d("0")).withPrinted(FormColumn.K_YEAR, d("0"))
                .withPrintedPredicate(Category.SANGAT_RENDAH);
        // A form filled before any quarter is reported: the applications print 0 there.
        FormIndicatorRow notReported = FormIndicatorRow.of(IndicatorRow.of(rate, Target.of(d("90")),
                Realization.absent("tahun pertama Renstra"), Target.of(d("80")), Quarters.none()))
                .withPrinted(FormColumn.K13, d("0")).withPrinted(FormColumn.K14, d("0"))
                .withPrinted(FormColumn.K15, d("0"));
        FormIndicatorRow blank = FormIndicatorRow.of(new IndicatorRow(rate, Optional.empty(), Realization.of(d("5")),
                Optional.empty(), Quarters.reported(d("7")))).withPrinted(FormColumn.K15, d("0"))
                .withPrinted(FormColumn.K_YEAR, d("0"));
        FormEntry noBudget = FormEntry.parent(Level.KEGIATAN, "2.07.03.2.03", "Perizinan LPK",
                List.of(zeroTarget, notReported, blank), List.of()).withPrinted(FormColumn.RP13, d("0"))
                .withPrinted(FormColumn.RP15, d("0")).withPrintedPredicate(Half.RP, Category.SANGAT_RENDAH)
                .withPrinted(FormColumn.K15, d("0"));
        EvaluationForm form = EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(noBudget))
                .withPrinted(FormColumn.RP15, d("0")).withPrinted(FormColumn.RP9, d("0"));
        assertThat(audit(form)).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("not computable");
        }).extracting(f -> f.location().row() + " " + f.location().column() + ": " + f.working()).containsExactly(
                "2.07.03.2.03 Perizinan LPK 15 K: not computable: mean of none of the 3 indicators of kegiatan"
                        + " 2.07.03.2.03 is computable",
                "2.07.03.2.03 Perizinan LPK 13 Rp: not computable: no budget is given for kegiatan 'Perizinan LPK'"
                        + " or any entry below it",
                "2.07.03.2.03 Perizinan LPK 15 Rp: not computable: no budget is given for kegiatan 'Perizinan LPK'"
                        + " or any entry below it",
                "2.07.03.2.03 Perizinan LPK Predikat Rp: not computable: no budget is given for kegiatan 'Perizinan"
                        + " LPK' or any entry below it",
                "2.07.03.2.03 Persentase LPK terakreditasi 15 K: not computable: target is 0: division by zero",
                "2.07.03.2.03 Persentase LPK terakreditasi 13/8 K: not computable: target is 0: division by zero",
                "2.07.03.2.03 Persentase LPK terakreditasi Predikat K: not computable: target is 0: division by zero",
                "2.07.03.2.03 Persentase LPK terakreditasi 13 K: not computable: no triwulan reported",
                "2.07.03.2.03 Persentase LPK terakreditasi 14 K: not computable: neither column 7 (tahun pertama"
                        + " Renstra) nor column 13 (no triwulan reported) has a value",
                "2.07.03.2.03 Persentase LPK terakreditasi 15 K: not computable: no realisation: neither column 7"
                        + " (tahun pertama Renstra) nor column 13 (no triwulan reported) has a value",
                "2.07.03.2.03 Persentase LPK terakreditasi 15 K: not computable: column 6 (the plan's end target) is"
                        + " blank",
                "2.07.03.2.03 Persentase LPK terakreditasi 13/8 K: not computable: column 8 (this year's target) is"
                        + " blank",
                "Jumlah 9 Rp: not computable: the form has no budget",
                "Rata-rata capaian kinerja 15 Rp: not computable: the form has no budget");
    }

    @Test
    void aRowTheLibraryCannotComputeBecomesAFindingAndTheOthersAreAudited() {
        Indicator flow = Indicator.of("Jumlah pencari kerja", "Orang", Polarity.POSITIVE, Accumulation.FLOW);
        BigDecimal huge = d("9.99E+29");
        FormIndicatorRow overflowing = FormIndicatorRow.of(IndicatorRow.of(flow, Target.of(d("1")),
                Realization.of(d("0")), Target.of(d("1")), Quarters.reported(huge, huge, huge, huge)))
                .withPrinted(FormColumn.K13, d("1"));
        FormEntry entry = FormEntry.leaf(Level.KEGIATAN, "2.07.04.2.01", "Pelayanan Antar Kerja",
                List.of(overflowing, FormIndicatorRow.of(FormFixture.institutionsRow()).withPrinted(FormColumn.K13,
                        d("18"))), RowBudget.of(d("1"), d("0"), d("1"), Quarters.none()));
        List<Finding> findings = audit(EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(entry)));
        String tooLarge = "IllegalArgumentException: the realisations add up to 3996000000000000000000000000000, too"
                + " large to be a figure of a report (at most 30 digits before the decimal point)";
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0)).hasToString("ERROR " + TABLE + ", row 2.07.04.2.01 Jumlah pencari kerja, column"
                + " whole row: printed -, should be not computable (not computable: the audit could not check this"
                + " row (" + tooLarge + "))");
        assertThat(findings.get(1).location()).isEqualTo(new Location(TABLE, "2.07.04.2.01 Jumlah LPK yang dibina",
                "13 K"));
        // The bottom rows average every row, this one too: they are one finding of their own.
        assertThat(findings.get(2)).hasToString("ERROR " + TABLE + ", row Rata-rata capaian kinerja, column whole"
                + " row: printed -, should be not computable (not computable: the audit could not check this part of"
                + " the table (" + tooLarge + "))");
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        "PRINTED_LOWER_BAND, 50.00, Sangat Rendah", "PRINTED_LOWER_BAND, 50.99, Sangat Rendah",
        "PRINTED_LOWER_BAND, 51.00, Rendah", "PRINTED_LOWER_BAND, 65.50, Rendah", "PRINTED_LOWER_BAND, 66.00, Sedang",
        "PRINTED_LOWER_BAND, 75.99, Sedang", "PRINTED_LOWER_BAND, 76.00, Tinggi", "PRINTED_LOWER_BAND, 90.99, Tinggi",
        "PRINTED_LOWER_BAND, 90.994, Tinggi", "PRINTED_LOWER_BAND, 90.995, Sangat Tinggi",
        "PRINTED_LOWER_BAND, 91.00, Sangat Tinggi", "PRINTED_LOWER_BAND, 121.74, Sangat Tinggi",
        "PRINTED_WHOLE_PERCENT, 50.49, Sangat Rendah", "PRINTED_WHOLE_PERCENT, 50.50, Rendah",
        "PRINTED_WHOLE_PERCENT, 65.49, Rendah", "PRINTED_WHOLE_PERCENT, 65.50, Sedang",
        "PRINTED_WHOLE_PERCENT, 75.49, Sedang", "PRINTED_WHOLE_PERCENT, 75.50, Tinggi",
        "PRINTED_WHOLE_PERCENT, 90.49, Tinggi", "PRINTED_WHOLE_PERCENT, 90.50, Sangat Tinggi",
        "GREATER_THAN, 50.00, Sangat Rendah", "GREATER_THAN, 50.01, Rendah", "GREATER_THAN, 65.00, Rendah",
        "GREATER_THAN, 65.01, Sedang", "GREATER_THAN, 75.00, Sedang", "GREATER_THAN, 75.01, Tinggi",
        "GREATER_THAN, 90.00, Tinggi", "GREATER_THAN, 90.004, Tinggi", "GREATER_THAN, 90.005, Sangat Tinggi",
        "GREATER_THAN, 90.01, Sangat Tinggi"
    })
    void thePredicateAtEveryBoundaryFollowsTheFormsReading(PredicateReading reading, BigDecimal percent,
            String label) {
        Category right = Category.parse(label);
        Indicator rate = Indicator.of("Persentase", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
        IndicatorRow row = IndicatorRow.of(rate, Target.of(d("100")), Realization.absent("tahun pertama"),
                Target.of(d("100")), Quarters.reported(percent));
        for (Measure measure : Measure.values()) {
            for (Category printed : Category.values()) {
                FormEntry entry = FormEntry.leaf(Level.SUB_KEGIATAN, "2.07.01.2.01.02", "Koordinasi",
                        List.of(FormIndicatorRow.of(row).withPrintedPredicate(printed)),
                        RowBudget.of(d("100"), d("0"), d("100"), Quarters.reported(percent.setScale(2,
                                java.math.RoundingMode.DOWN)))).withPrintedPredicate(Half.K, printed);
                EvaluationForm form = EvaluationForm.of(EvaluationForm.Kind.RKPD, List.of(entry))
                        .withPredicateReading(reading).withMeasure(measure).withPrintedPredicate(Half.K, printed);
                List<Finding> findings = audit(form);
                if (printed == right) {
                    assertThat(findings).as("%s printed under %s", printed, reading).isEmpty();
                } else {
                    assertThat(findings).as("%s printed under %s", printed, reading).hasSize(3)
                            .allSatisfy(f -> {
                                assertThat(f.check()).isEqualTo(Check.FORM_PREDICATE);
                                assertThat(f.location().table()).isEqualTo("Evaluasi terhadap Hasil RKPD");
                                assertThat(f.expected()).isEqualTo(label);
                                assertThat(f.working()).endsWith(" is " + label + " under " + readingText(reading));
                            });
                }
            }
        }
    }

    private static String readingText(PredicateReading reading) {
        return switch (reading) {
            case PRINTED_LOWER_BAND -> "the bands of Permendagri 86/2017 as printed (a gap falls to the lower band)";
            case PRINTED_WHOLE_PERCENT -> "the bands of Permendagri 86/2017 after rounding to a whole percent";
            case GREATER_THAN -> "the e-Monev reading > 90, > 75, > 65, > 50";
        };
    }

    @Test
    void severalFormsAreTablesOfTheirOwn() {
        EvaluationForm wrong = COMPUTED.withPrinted(FormColumn.K15, d("1"));
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withEvaluationForms(List.of(COMPUTED,
                wrong));
        assertThat(Audit.of(report).findings()).extracting(f -> f.location().table())
                .containsExactly(TABLE + " (2)");
    }

    @Test
    void aQuarterlyFormsPredicatesAreOfTheYearsAchievement() {
        EvaluationForm quarterly = FormFixture.form().withMeasure(Measure.YEAR)
                .withComputedFigures(Capaian.Policy.DEFAULT);
        assertThat(kegiatan(quarterly).children().get(1).indicators().get(0).printedPredicate())
                .contains(Category.SANGAT_TINGGI);
        assertThat(quarterly.printedPredicate(Half.K)).contains(Category.SANGAT_TINGGI);
        assertThat(quarterly.printedPredicate(Half.RP)).contains(Category.TINGGI);
        assertThat(audit(quarterly)).isEmpty();
        assertThat(audit(quarterly.withMeasure(Measure.RENSTRA_TO_DATE))).extracting(Finding::check)
                .containsOnly(Check.FORM_PREDICATE).isNotEmpty();
    }
}
