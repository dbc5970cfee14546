package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.audit.Severity;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.Tujuan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Value types are serializable as java.time's are: a value read back equals the one written, and a stream that was
 * tampered with is refused by the same validation as a new value.
 */
class SerializationTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    static Stream<Arguments> values() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, Map.of(2024, Target.of(d("70.95")),
                2026, Target.range(d("71"), d("72")))).withBaseline(2021, d("70.31"));
        AkipEvaluation akip = AkipEvaluation.of(d("23.1"), d("21.3"), d("10.8"), d("18"));
        PerformanceRow row = PerformanceRow.of("1", "Kualitas", TPAK, Target.of(d("70.20")), Realization.of(d("68.12")))
                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI);
        BudgetTable table = BudgetTable.of(List.of(BudgetRow.of("2.07.01", "Program", d("1000"), d("900"))
                .withPrintedPercent(d("90.00")))).withPrintedTotalRealisasi(d("900"));
        RenstraRow renstra = RenstraRow.of(plan, Map.of(2024, Realization.of(d("68.12")), 2025,
                Realization.absent("belum diukur"))).withPrintedEndTarget(d("70.95")).withPrintedProgress(d("96"));
        EfficiencyRow efficiency = EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")),
                Realization.of(d("90")), d("1000"), d("900")).withPrintedEfficiency(d("0.00"));
        StandardRow standard = StandardRow.of(TPAK, d("70.63"), Realization.of(d("68.12")), "Nasional")
                .withPrintedPercent(d("96.5"));
        AkipRow akipRow = AkipRow.of(2023, akip).withPrintedTotal(d("73.20")).withPrintedPredicate(AkipPredicate.BB);
        IkmTable ikm = IkmTable.ofTotals("Layanan", List.of("U1", "U2", "U3"), 20,
                List.of(d("74"), d("76"), d("60"))).withScale(Mutu.Scale.KEPMENPAN_25_2004)
                .withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS).withPopulation(25).withPrintedSampleSize(24)
                .withPrintedNrr(List.of(d("3.70"), d("3.80"), d("3.00")))
                .withPrintedConverted(List.of(d("92.50"), d("95.00"), d("75.00")))
                .withPrintedWeightedNrr(List.of(d("1.22"), d("1.25"), d("0.99")))
                .withPrintedUnsurMutu(List.of(Mutu.A, Mutu.A, Mutu.B)).withPrintedIndex(d("3.47"))
                .withPrintedIkm(d("86.63")).withPrintedMutu(Mutu.A);
        IkmTable answers = IkmTable.ofAnswers("Loket", List.of("U1", "U2"),
                List.of(Arrays.asList(4, null), Arrays.asList(3, 2)));
        SasaranIndicator indicator = SasaranIndicator.of(TPAK, Target.of(d("70.20")), Realization.of(d("68.12")))
                .withPrintedCapaian(d("97.03"));
        ProgramRow program = ProgramRow.of("2.07.03", "Program", TPAK).withPrintedCapaian(d("94.10"))
                .withSupport("Menunjang").withAnalysis("Analisis");
        Sasaran sasaran = Sasaran.of("Kualitas").withIndicators(List.of(indicator, SasaranIndicator.of(TPAK)))
                .withBudget(List.of(BudgetLink.of("2.07.03"), BudgetLink.of("2.07.04").withShare(d("40")),
                        BudgetLink.of("2.07.05").withAmounts(d("1000"), d("900.50"))))
                .withPrograms(List.of(program, ProgramRow.of("2.07.04", "P", TPAK, Target.of(d("1")),
                        Realization.absent("belum"))));
        Tujuan tujuan = Tujuan.of("Menurunnya Pengangguran", List.of(sasaran));
        PerformanceReport report = PerformanceReport.of("Dinas", 2024).withPerformance(List.of(row))
                .withBudget(table).withRenstra(List.of(renstra, renstra.withPrintedCapaian(d("97.03"))))
                .withEfficiency(List.of(efficiency)).withStandards(List.of(standard)).withAkip(List.of(akipRow))
                .withIkm(List.of(ikm, answers)).withCascade(List.of(tujuan));
        io.github.sakip.report.EvaluationForm form = io.github.sakip.report.FormFixture.form()
                .withComputedFigures(Capaian.Policy.DEFAULT)
                .withText(io.github.sakip.report.EvaluationForm.Text.DRIVING_FACTORS, "Dukungan anggaran")
                .withMeasure(io.github.sakip.evaluation.Measure.YEAR).withSource("Matriks Renstra");
        return Stream.of(
                Target.of(d("70.20")), Target.range(d("80"), d("90")), Realization.of(d("-1.5")),
                Realization.absent("indikator baru"), TPAK, Capaian.Policy.DEFAULT, Permendagri86.SCALE,
                Capaian.mean(List.of(Capaian.of(Polarity.POSITIVE, d("4"), d("3")), Achievement.notComputable("x"))),
                BudgetCode.parse("2.07.01.2.01.0002"), new BudgetLine("2.07.01", "Program", d("1000.50"), d("900")),
                BudgetCode.parse("063.01.WA.3165.QAH.001"), BudgetCode.parse("BLUD-01"), BudgetCode.FreeForm.BLANK,
                new BudgetLine("3165", "Kegiatan", d("10"), d("9")).withParent("063.01.WA"),
                new Pmk214.Output(d("1000"), d("950"), d("122")),
                YearOverYear.of(2023, Realization.of(d("70.14")), 2024, Realization.of(d("68.12"))),
                plan, new RenstraPlan.Baseline(2021, d("70.31")), RenstraPlan.YearTarget.of(2024, d("70.95")),
                plan.compareWithAgreement(2024, Target.of(d("70.20"))).orElseThrow(), akip,
                akip.withWeights(Map.of(AkipEvaluation.Component.PERENCANAAN_KINERJA, d("34.2"),
                        AkipEvaluation.Component.PENGUKURAN_KINERJA, d("30"),
                        AkipEvaluation.Component.PELAPORAN_KINERJA, d("10.8"),
                        AkipEvaluation.Component.EVALUASI_AKUNTABILITAS_KINERJA_INTERNAL, d("25"))),
                Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12")), Achievement.ofPercent(d("96.5")),
                Achievement.notComputable("target is 0: division by zero"),
                Capaian.of(Polarity.POSITIVE, d("50"), d("60")).cappedAt(d("100")),
                Pmk214.efficiencyFigure(List.of(new Pmk214.Output(d("1000"), d("950"), d("100")))),
                Quantity.notComputable(Figure.Unit.NUMBER, "absorption is 0"),
                Audit.Options.DEFAULT, new Location("Tabel 3.2", "1 TPAK", "Capaian"),
                new Finding(Severity.WARNING, Check.CAPAIAN, new Location("t", "r", "c"), "97,03", "97,04", "w"),
                new Finding(Severity.ERROR, Check.CROSS_TABLE_CAPAIAN, new Location("t", "r", "c"), "94,10",
                        "100,03", "w", List.of(new Location("u", "s", "d"))),
                indicator, program, sasaran, tujuan, BudgetLink.of("2.07.04").withShare(d("40")),
                BudgetLink.Split.WHOLE,
                row, table, renstra, efficiency, standard, akipRow, ikm, answers, report, Category.SANGAT_TINGGI,
                Mutu.A, Mutu.Scale.KEPMENPAN_25_2004, Ikm.Weight.PRINTED,
                CentralBudgetRow.of("3165.QAH.001", "Layanan", d("600000"), d("540000")).withParent("3165")
                        .withOutput(d("12"), d("11")).withPrintedAbsorption(d("90.00"))
                        .withPrintedOutputAchievement(d("91.67")).withPrintedEfficiency(d("-1.20"))
                        .withPrintedEfficiencyScore(d("47.00")),
                CentralBudgetTable.of(List.of(CentralBudgetRow.of("", "Tanpa kode", d("1"), d("1"))))
                        .withPrintedTotalPagu(d("1")).withPrintedTotalRealisasi(d("1.00")),
                BudgetPerformanceRow.of(2021, d("95.53"), d("99.61"), d("99.72")).withEfficiency(d("3.99"))
                        .withPrintedEfficiencyScore(d("59.98")).withPrintedValue(d("87.93")),
                report.withCentralBudget(CentralBudgetTable.of(List.of(CentralBudgetRow.of("063.01.WA", "P", d("1"),
                        d("1"))))).withBudgetPerformance(List.of(BudgetPerformanceRow.of(2024, d("1"), d("2"),
                        d("3")))),
                form, form.entries().get(0), form.entries().get(0).children().get(0).children().get(0)
                        .indicators().get(0).withResponsible("Kepala Bidang"),
                io.github.sakip.report.FormFixture.subB().budget().orElseThrow(),
                io.github.sakip.report.FormFixture.packagesRow().quarters(),
                report.withEvaluationForms(List.of(form)),
                io.github.sakip.report.StatedPrecision.of(io.github.sakip.report.PercentColumn.CAPAIAN, 1),
                io.github.sakip.report.StatedPrecision.of(io.github.sakip.report.PercentTable.EFFICIENCY, 0),
                report.withPrecisions(List.of(io.github.sakip.report.StatedPrecision.of(
                        io.github.sakip.report.PercentTable.EFFICIENCY, 0))))
                .map(value -> Arguments.of(value.getClass().getName(), value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void aValueReadBackEqualsTheOneWritten(String name, Object value) throws Exception {
        assertThat(value).isInstanceOf(Serializable.class);
        Object read = read(write(value));
        assertThat(read).isEqualTo(value).hasSameHashCodeAs(value).hasToString(value.toString());
        if (value instanceof Figure figure) {
            assertThat(((Figure) read).explain()).isEqualTo(figure.explain());
        }
    }

    /** Writes a value, replaces the only occurrence of some bytes in the stream, and reads it back. */
    static Object tampered(Object value, byte[] from, byte[] to) throws Exception {
        byte[] bytes = write(value);
        int at = indexOf(bytes, from, 0);
        assertThat(at).as("the bytes to tamper with are in the stream").isNotNegative();
        assertThat(indexOf(bytes, from, at + 1)).as("the bytes to tamper with are in the stream once").isNegative();
        System.arraycopy(to, 0, bytes, at, to.length);
        return read(bytes);
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Stream<Arguments> tamperedTexts() {
        return Stream.of(
                Arguments.of(Realization.absent("indikator baru"), "indikator baru", "invalid Text in the stream: text must not be blank"),
                Arguments.of(Indicator.of("Tingkat TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK),
                        "Tingkat TPAK", "name must not be blank"),
                Arguments.of(Achievement.of(d("97.04"), "the working"), "the working",
                        "invalid Text in the stream: text must not be blank"),
                Arguments.of(Achievement.notComputable("no target"), "no target",
                        "invalid Text in the stream: text must not be blank"),
                Arguments.of(Quantity.notComputable(Figure.Unit.NUMBER, "no base"), "no base",
                        "invalid Text in the stream: text must not be blank"),
                Arguments.of(Quantity.of(d("1.03"), Figure.Unit.NUMBER, "97 / 94"), "97 / 94",
                        "invalid Text in the stream: text must not be blank"),
                Arguments.of(PerformanceRow.of("X1", "Kualitas", TPAK, Target.of(d("70")), Realization.of(d("68"))),
                        "X1", "invalid PerformanceRow in the stream: number must not be blank"),
                Arguments.of(BudgetRow.of("2.07.01", "Program", d("1"), d("1")), "Program",
                        "invalid BudgetRow in the stream: name must not be blank"),
                Arguments.of(StandardRow.of(TPAK, d("70"), Realization.of(d("68")), "Nasional"), "Nasional",
                        "invalid StandardRow in the stream: standardName must not be blank"),
                Arguments.of(EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("1")),
                        Realization.of(d("1")), d("1"), d("1")), "Kualitas",
                        "invalid EfficiencyRow in the stream: sasaran must not be blank"),
                Arguments.of(IkmTable.ofTotals("Layanan", List.of("U1"), 1, List.of(d("4"))), "Layanan",
                        "invalid IkmTable in the stream: unit must not be blank"),
                Arguments.of(new Location("Tabel", "row", "Capaian"), "Capaian", "column must not be blank"),
                Arguments.of(ProgramRow.of("2.07.03", "Pelatihan", TPAK), "Pelatihan",
                        "invalid ProgramRow in the stream: name must not be blank"),
                Arguments.of(ProgramRow.of("2.07.03", "P", TPAK).withSupport("Menunjang"), "Menunjang",
                        "invalid ProgramRow in the stream: support must not be blank"),
                Arguments.of(Sasaran.of("Kualitas"), "Kualitas", "name must not be blank"),
                Arguments.of(Tujuan.of("Menurunnya", List.of()), "Menurunnya", "name must not be blank"),
                Arguments.of(BudgetLink.of("2.07.03"), "2.07.03", "code must not be blank"),
                Arguments.of(CentralBudgetRow.of("3165", "Kegiatan", d("1"), d("1")), "Kegiatan",
                        "invalid CentralBudgetRow in the stream: name must not be blank"),
                Arguments.of(io.github.sakip.report.FormFixture.subA(), "Proses Pelaksanaan Pelatihan",
                        "invalid FormEntry in the stream: name must not be blank"),
                Arguments.of(io.github.sakip.report.FormFixture.form().withText(
                        io.github.sakip.report.EvaluationForm.Text.HINDERING_FACTORS, "Cuaca buruk"), "Cuaca buruk",
                        "invalid EvaluationForm in the stream: text must not be blank"),
                Arguments.of(io.github.sakip.report.FormIndicatorRow.of(io.github.sakip.report.FormFixture
                        .packagesRow()).withResponsible("Seksi Pelatihan"), "Seksi Pelatihan",
                        "invalid FormIndicatorRow in the stream: unit must not be blank"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("tamperedTexts")
    void aStreamWhoseTextWasBlankedIsRefused(Object value, String text, String message) {
        byte[] from = text.getBytes(StandardCharsets.UTF_8);
        byte[] blanks = " ".repeat(text.length()).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> tampered(value, from, blanks)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining(message).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamWhoseRangeWasTurnedUpsideDownIsRefused() {
        // BigInteger 90 is the magnitude {0x5A}, written as a byte array of length 1: make it 70, below 80.
        assertThatThrownBy(() -> tampered(Target.range(d("80"), d("90")), new byte[] {0, 0, 0, 1, 0x5A},
                new byte[] {0, 0, 0, 1, 0x46})).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("lower must not exceed upper, but the range was 80 to 70");
    }

    @Test
    void aStreamWhosePeriodNoLongerHoldsItsTargetsIsRefused() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, Map.of(2024, Target.of(d("70"))));
        // The first year, 2022 = 0x07E6, as the int it is written as: make it 2025.
        assertThatThrownBy(() -> tampered(plan, new byte[] {0, 0, 0x07, (byte) 0xE6}, new byte[] {0, 0, 0x07,
            (byte) 0xE9})).isInstanceOf(InvalidObjectException.class)
                .hasMessage("invalid RenstraPlan in the stream: target year 2024 is outside the period 2025–2026");
    }

    static Stream<Object> proxied() {
        return values().map(arguments -> arguments.get()[1]).filter(value -> !value.getClass().isRecord()
                && !value.getClass().isEnum() && !(value instanceof Realization));
    }

    @ParameterizedTest
    @MethodSource("proxied")
    void aStreamOfTheFieldsInsteadOfTheProxyIsRefused(Object value) throws Exception {
        Method readObject = value.getClass().getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        assertThatThrownBy(() -> {
            try {
                readObject.invoke(value, (Object) null);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }).isInstanceOf(InvalidObjectException.class)
                .hasMessage("a " + value.getClass().getSimpleName() + " is read through its serialization proxy");
    }
}
