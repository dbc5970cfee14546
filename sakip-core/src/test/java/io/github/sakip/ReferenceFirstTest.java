package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for every public method: the reference (target, end target, standard, pagu, the earlier year) comes
 * before the realisation. Every public method or constructor that takes two or more decimals, targets or
 * realisations is listed here, either with a check that a reference of 4 and a realisation of 3 give 75 % (a swap
 * would give 133,33 %), or with why its values are not a reference and a realisation. A new such method fails the
 * first test until it is listed.
 */
class ReferenceFirstTest {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal SEVENTY_FIVE = BigDecimal.valueOf(75);
    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    /** A check that the reference is taken first: it returns what should be 75. */
    @FunctionalInterface
    interface Check {
        BigDecimal seventyFive();
    }

    private static final Map<String, Check> REFERENCE_FIRST = new LinkedHashMap<>();
    private static final Map<String, String> NOT_A_PAIR = new LinkedHashMap<>();

    static {
        Target four = Target.of(FOUR);
        Realization three = Realization.of(THREE);
        REFERENCE_FIRST.put("Capaian.of(Polarity,BigDecimal,BigDecimal)",
                () -> Capaian.of(Polarity.POSITIVE, FOUR, THREE).percent());
        REFERENCE_FIRST.put("Capaian.of(Polarity,Target,Realization)",
                () -> Capaian.of(Polarity.POSITIVE, four, three).percent());
        REFERENCE_FIRST.put("Capaian.of(Indicator,Target,Realization)", () -> Capaian.of(TPAK, four, three).percent());
        REFERENCE_FIRST.put("Capaian$Policy.of(Polarity,BigDecimal,BigDecimal)",
                () -> Capaian.Policy.DEFAULT.of(Polarity.POSITIVE, FOUR, THREE).percent());
        REFERENCE_FIRST.put("Capaian$Policy.of(Polarity,Target,Realization)",
                () -> Capaian.Policy.DEFAULT.of(Polarity.POSITIVE, four, three).percent());
        REFERENCE_FIRST.put("Capaian$Policy.of(Indicator,Target,Realization)",
                () -> Capaian.Policy.DEFAULT.of(TPAK, four, three).percent());
        REFERENCE_FIRST.put("RenstraProgress.of(Polarity,BigDecimal,BigDecimal)",
                () -> RenstraProgress.of(Polarity.POSITIVE, FOUR, THREE).percent());
        REFERENCE_FIRST.put("StandardComparison.of(Polarity,BigDecimal,BigDecimal)",
                () -> StandardComparison.of(Polarity.POSITIVE, FOUR, THREE).percent());
        REFERENCE_FIRST.put("StandardComparison.of(Polarity,BigDecimal,BigDecimal,String)",
                () -> StandardComparison.of(Polarity.POSITIVE, FOUR, THREE, "nasional").percent());
        REFERENCE_FIRST.put("StandardComparison.of(Capaian$Policy,Polarity,Target,Realization,String)",
                () -> StandardComparison.of(Capaian.Policy.DEFAULT, Polarity.POSITIVE, four, three, "n").percent());
        REFERENCE_FIRST.put("BudgetLine(String,String,BigDecimal,BigDecimal)",
                () -> new BudgetLine("2.07.01", "P", FOUR, THREE).absorption());
        REFERENCE_FIRST.put("BudgetLine(BudgetCode,String,BigDecimal,BigDecimal)",
                () -> new BudgetLine(BudgetCode.parse("2.07.01"), "P", FOUR, THREE).absorption());
        REFERENCE_FIRST.put("BudgetLine.absorptionOf(BigDecimal,BigDecimal)",
                () -> BudgetLine.absorptionOf(FOUR, THREE).percent());
        REFERENCE_FIRST.put("Pmk214$Output(BigDecimal,BigDecimal,BigDecimal)",
                () -> Pmk214.absorption(List.of(new Pmk214.Output(FOUR, THREE, BigDecimal.TEN))));
        REFERENCE_FIRST.put("EfficiencyMeasures.unspentShare(BigDecimal,BigDecimal)",
                () -> BigDecimal.valueOf(100).subtract(EfficiencyMeasures.unspentShare(FOUR, THREE).value()));
        REFERENCE_FIRST.put("YearOverYear.of(int,Realization,int,Realization)",
                () -> YearOverYear.of(2023, Realization.of(FOUR), 2024, three).percent().value().add(
                        BigDecimal.valueOf(100)));
        REFERENCE_FIRST.put("YearOverYear$Change(int,Realization,int,Realization)",
                () -> new YearOverYear.Change(2023, Realization.of(FOUR), 2024, three).percent().value().add(
                        BigDecimal.valueOf(100)));
        REFERENCE_FIRST.put("RenstraPlan$TargetComparison(int,Target,Target)",
                () -> new RenstraPlan.TargetComparison(2024, four, Target.of(THREE)).differencePercent().value()
                        .add(BigDecimal.valueOf(100)));
        REFERENCE_FIRST.put("report.PerformanceRow.of(String,String,Indicator,Target,Realization)",
                () -> Capaian.of(TPAK, PerformanceRow.of("1", "s", TPAK, four, three).target(),
                        PerformanceRow.of("1", "s", TPAK, four, three).realization()).percent());
        REFERENCE_FIRST.put("report.BudgetRow.of(String,String,BigDecimal,BigDecimal)", () -> {
            BudgetRow row = BudgetRow.of("2.07.01", "P", FOUR, THREE);
            return BudgetLine.absorptionOf(row.pagu(), row.realisasi()).percent();
        });
        REFERENCE_FIRST.put("report.EfficiencyRow.of(String,Polarity,Target,Realization,BigDecimal,BigDecimal)",
                () -> {
                    EfficiencyRow row = EfficiencyRow.of("s", Polarity.POSITIVE, four, three, FOUR, THREE);
                    BigDecimal capaian = Capaian.of(Polarity.POSITIVE, row.target(), row.realization()).percent();
                    BigDecimal absorption = BudgetLine.absorptionOf(row.pagu(), row.realisasiAnggaran()).percent();
                    assertThat(absorption).isEqualByComparingTo(SEVENTY_FIVE);
                    return capaian;
                });
        REFERENCE_FIRST.put("report.StandardRow.of(Indicator,BigDecimal,Realization,String)", () -> {
            StandardRow row = StandardRow.of(TPAK, FOUR, three, "n");
            return StandardComparison.of(Polarity.POSITIVE, row.standard(), row.realization().valueIfPresent()
                    .orElseThrow()).percent();
        });

        REFERENCE_FIRST.put("report.SasaranIndicator.of(Indicator,Target,Realization)", () -> {
            SasaranIndicator indicator = SasaranIndicator.of(TPAK, four, three);
            return Capaian.of(TPAK, indicator.target().orElseThrow(), indicator.realization().orElseThrow())
                    .percent();
        });
        REFERENCE_FIRST.put("report.ProgramRow.of(String,String,Indicator,Target,Realization)", () -> {
            ProgramRow row = ProgramRow.of("2.07.03", "P", TPAK, four, three);
            return Capaian.of(TPAK, row.target().orElseThrow(), row.realization().orElseThrow()).percent();
        });
        REFERENCE_FIRST.put("report.BudgetLink$Amounts(BigDecimal,BigDecimal)", () -> {
            BudgetLink.Amounts amounts = new BudgetLink.Amounts(FOUR, THREE);
            return BudgetLine.absorptionOf(amounts.pagu(), amounts.realisasi()).percent();
        });
        REFERENCE_FIRST.put("report.BudgetLink.withAmounts(BigDecimal,BigDecimal)", () -> {
            BudgetLink.Amounts amounts = (BudgetLink.Amounts) BudgetLink.of("2.07.03").withAmounts(FOUR, THREE)
                    .split();
            return BudgetLine.absorptionOf(amounts.pagu(), amounts.realisasi()).percent();
        });
        // E = (4 × 100% − 3) / (4 × 100%) = 25 %: what is left of 100 when the realisation is 3 of a pagu of 4.
        REFERENCE_FIRST.put("Pmk214.efficiencyFigure(BigDecimal,BigDecimal,Achievement,Pmk214$OutputCap)",
                () -> BigDecimal.valueOf(100).subtract(Pmk214.efficiencyFigure(FOUR, THREE,
                        Achievement.ofPercent(BigDecimal.valueOf(100)), Pmk214.OutputCap.NONE).value()));
        REFERENCE_FIRST.put("report.CentralBudgetRow.of(String,String,BigDecimal,BigDecimal)", () -> {
            CentralBudgetRow row = CentralBudgetRow.of("3165.QAH.001", "RO", FOUR, THREE);
            return BudgetLine.absorptionOf(row.pagu(), row.realisasi()).percent();
        });
        REFERENCE_FIRST.put("report.CentralBudgetRow.withOutput(BigDecimal,BigDecimal)", () -> {
            CentralBudgetRow row = CentralBudgetRow.of("3165.QAH.001", "RO", FOUR, THREE).withOutput(FOUR, THREE);
            return Capaian.of(Polarity.POSITIVE, row.outputTarget().orElseThrow(), row.outputRealization()
                    .orElseThrow()).percent();
        });

        NOT_A_PAIR.put("Target(BigDecimal,BigDecimal)", "the bounds of a range, lower then upper");
        NOT_A_PAIR.put("Target.range(BigDecimal,BigDecimal)", "the bounds of a range, lower then upper");
        NOT_A_PAIR.put("CategoryScale$Band(Category,BigDecimal,BigDecimal)", "the ends of a band, lowest first");
        NOT_A_PAIR.put("CategoryScale$Band.between(Category,BigDecimal,BigDecimal)",
                "the ends of a band, lowest first");
        NOT_A_PAIR.put("AkipEvaluation.of(BigDecimal,BigDecimal,BigDecimal,BigDecimal)",
                "the four component scores, in the order of PermenPAN-RB 88/2021");
        NOT_A_PAIR.put("Pmk214.implementationAspect(BigDecimal,BigDecimal,BigDecimal,BigDecimal)",
                "four parts of PMK 22/2021's weighted sum, in the order of its formula");
        NOT_A_PAIR.put("Pmk214.implementationAspectFigure(BigDecimal,BigDecimal,BigDecimal,BigDecimal)",
                "four parts of PMK 22/2021's weighted sum, in the order of its formula");
        NOT_A_PAIR.put("report.BudgetPerformanceRow.of(int,BigDecimal,BigDecimal,BigDecimal)",
                "three components of PMK 22/2021's weighted sum, in the order of its formula");
        NOT_A_PAIR.put("EfficiencyMeasures.efficiencyIndex(BigDecimal,BigDecimal)",
                "two achievements, capaian / absorption, in the order of the formula");
        NOT_A_PAIR.put("EfficiencyMeasures.efficiencyLevel(BigDecimal,BigDecimal)",
                "two achievements, capaian / absorption − 1, in the order of the formula");
        NOT_A_PAIR.put("EfficiencyMeasures.capaianMinusAbsorption(BigDecimal,BigDecimal)",
                "two achievements, capaian − absorption, in the order of the formula");
        String formColumns = "the columns of the Permendagri 86/2017 form in their printed order: each reference"
                + " (column 6, column 8) before the realisation it is compared with (column 7, columns 9-12)";
        NOT_A_PAIR.put("evaluation.IndicatorRow.of(Indicator,Target,Realization,Target,Quarters)", formColumns);
        NOT_A_PAIR.put("evaluation.RowBudget.of(BigDecimal,BigDecimal,BigDecimal,Quarters)", formColumns);
        NOT_A_PAIR.put("evaluation.RowBudget(BigDecimal,BigDecimal,BigDecimal,Quarters)", formColumns);
        NOT_A_PAIR.put("evaluation.Quarters.of(Realization,Realization,Realization,Realization)",
                "the realisations of triwulan I to IV, in order");
        NOT_A_PAIR.put("evaluation.Quarters(Realization,Realization,Realization,Realization)",
                "the realisations of triwulan I to IV, in order");
        NOT_A_PAIR.put("evaluation.CashPlan.of(BigDecimal,BigDecimal,BigDecimal,BigDecimal)",
                "the cash plan (anggaran kas) of triwulan I to IV, in order");
        NOT_A_PAIR.put("evaluation.CashPlan.ofCumulative(BigDecimal,BigDecimal,BigDecimal,BigDecimal)",
                "the cash plan (anggaran kas) up to triwulan I to IV, in order");
        NOT_A_PAIR.put("evaluation.CashPlan(BigDecimal,BigDecimal,BigDecimal,BigDecimal)",
                "the cash plan (anggaran kas) of triwulan I to IV, in order");
        NOT_A_PAIR.put("BudgetTree$Discrepancy$TotalMismatch(BudgetCode,BudgetTree$Column,BigDecimal,BigDecimal,"
                + "BigDecimal)", "a discrepancy found by the tree, not an input: printed, then computed");
        NOT_A_PAIR.put("BudgetTree$Discrepancy$GrandTotalMismatch(BudgetTree$Column,BigDecimal,BigDecimal,"
                + "BigDecimal)", "a discrepancy found by the tree, not an input: printed, then computed");
        NOT_A_PAIR.put("report.CascadeBudget$Discrepancy$OverSplit(BudgetCode,BudgetTree$Column,BigDecimal,"
                + "BigDecimal)", "a discrepancy found by the cascade's budget, not an input: the parts, then the whole");
    }

    /** The public methods and constructors of the API that take two or more decimals, targets or realisations. */
    static List<String> scanned() throws Exception {
        Path root = Path.of(Capaian.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains(".internal.") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ReferenceFirstTest.class.getClassLoader());
                if (!isApi(type)) {
                    continue;
                }
                List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
                executables.addAll(List.of(type.getDeclaredConstructors()));
                for (Executable executable : executables) {
                    long figures = Stream.of(executable.getParameterTypes()).filter(ReferenceFirstTest::isFigure)
                            .count();
                    if (Modifier.isPublic(executable.getModifiers()) && !executable.isSynthetic() && figures >= 2) {
                        found.add(describe(type, executable));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFigure(Class<?> type) {
        return type == BigDecimal.class || type == Target.class || type == Realization.class;
    }

    private static String describe(Class<?> type, Executable executable) {
        String owner = type.getName().replace("io.github.sakip.", "");
        String name = executable instanceof java.lang.reflect.Constructor ? owner : owner + "." + executable.getName();
        return name + "(" + String.join(",", Stream.of(executable.getParameterTypes())
                .map(p -> p.getName().replaceAll(".*\\.", "")).toList()) + ")";
    }

    @Test
    void everyMethodThatTakesTwoFiguresIsListed() throws Exception {
        List<String> listed = new ArrayList<>(REFERENCE_FIRST.keySet());
        listed.addAll(NOT_A_PAIR.keySet());
        assertThat(scanned()).containsExactlyInAnyOrderElementsOf(listed);
    }

    static Stream<Arguments> referenceFirst() {
        return REFERENCE_FIRST.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceFirst")
    void aReferenceOfFourAndARealisationOfThreeGive75(String method, Check check) {
        assertThat(check.seventyFive()).isEqualByComparingTo(SEVENTY_FIVE);
    }
}
