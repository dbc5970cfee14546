package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Budget performance under PMK 214/PMK.02/2017 (Pengukuran dan Evaluasi Kinerja Anggaran atas Pelaksanaan
 * Rencana Kerja dan Anggaran Kementerian Negara/Lembaga), whose efficiency measure PMK 22/PMK.02/2021 carries
 * on.
 * <p>
 * <b>Efficiency (efisiensi, E)</b>, {@link #efficiency(List)}:
 * {@code E = (Σ(PAKᵢ × CKᵢ) − Σ RAKᵢ) / Σ(PAKᵢ × CKᵢ) × 100}, where PAK is the pagu of output i, RAK its
 * realisasi and CK its output achievement (capaian keluaran) as a ratio (the percentage / 100). The sums are
 * taken before dividing. CK is not capped by default: the regulation's own worked example uses CK of 1,22 and
 * 1,42; {@link OutputCap#AT_100_PERCENT} caps it at 1, as some agencies do.
 * <p>
 * <b>Efficiency score (nilai efisiensi, NE)</b>, {@link #efficiencyScore(BigDecimal)}:
 * {@code NE = 50 + (E / 20) × 50}, in percent, with E clamped to [−20, 20] first so that NE stays in [0, 100]
 * ({@link ScoreClamp#CLAMPED}, the default; {@link ScoreClamp#UNCLAMPED} leaves E as it is).
 * <p>
 * Σ(PAK × CK) of 0 (no outputs, pagu 0 or nothing achieved) makes E not computable. That is a data condition:
 * {@link #efficiencyFigure(List)} returns it as a {@link Quantity} with its reason; {@link #efficiency(List)}, which
 * must return a number, throws {@link IllegalStateException} saying why.
 * <p>
 * Not confirmed against the text of the regulations, and stated here so that nobody relies on it unawares: the
 * clamp of E to ±20 % is how the score is read in practice (the regulation states the score's range as 0–100);
 * the weights of {@link #implementationAspect(BigDecimal, BigDecimal, BigDecimal, BigDecimal)} reproduce the figures
 * of a published report applying PMK 22/PMK.02/2021 exactly, but were not read from the regulation itself.
 * <p>
 * A warning from the reference report: LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 names PMK 214 and prints
 * 99,03 / 99,01 / 99,22 % as efficiency, which is {@code 100 − Σ RAK / Σ(PAK × CK)}: the ratio subtracted from
 * 100 instead of from 1. The formula above gives 2,86 / 1,30 / 21,76 %, computed, as the audit computes it, from
 * the exact capaian of each sasaran (97,037… % for the first); from the capaian as printed (97,03 %, truncated) the
 * first would be 2,85 %.
 * <p>
 * This class is thread-safe. Every division is carried out to 34 significant digits.
 */
public final class Pmk214 {

    /** The weight of absorption (penyerapan anggaran) in the implementation aspect: 9,7 %, as a ratio. */
    public static final BigDecimal WEIGHT_ABSORPTION = new BigDecimal("0.097");

    /** The weight of consistency (konsistensi penyerapan terhadap perencanaan): 18,2 %, as a ratio. */
    public static final BigDecimal WEIGHT_CONSISTENCY = new BigDecimal("0.182");

    /** The weight of output achievement (capaian keluaran): 43,5 %, as a ratio. */
    public static final BigDecimal WEIGHT_OUTPUT_ACHIEVEMENT = new BigDecimal("0.435");

    /** The weight of the efficiency score (nilai efisiensi): 28,6 %, as a ratio. */
    public static final BigDecimal WEIGHT_EFFICIENCY_SCORE = new BigDecimal("0.286");

    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private Pmk214() {
    }

    /**
     * Whether the output achievement (CK) is capped before it weighs the pagu.
     */
    public enum OutputCap {

        /** CK is used as it is, also above 1 (the regulation's worked example uses 1,22 and 1,42). The default. */
        NONE,

        /** CK is capped at 1 (100 %), so that over-achievement does not count as saving. */
        AT_100_PERCENT
    }

    /**
     * Whether the efficiency is clamped to [−20, 20] before it is scored.
     */
    public enum ScoreClamp {

        /** E is clamped to [−20, 20], so NE is in [0, 100]. The default. */
        CLAMPED,

        /** E is used as it is: NE is below 0 for E below −20 and above 100 for E above 20. */
        UNCLAMPED
    }

    /**
     * One output (keluaran) of a budget: its pagu (PAK), its realisasi (RAK) and its achievement (CK) in percent.
     * <p>
     * Amounts are not negative Rupiah with at most two decimals; the achievement is not negative. All are
     * normalised, so {@code equals} agrees with numeric equality. This class is immutable, thread-safe and
     * serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param pagu the pagu of the output (PAK), in Rupiah
     * @param realisasi its realisasi (RAK), in Rupiah
     * @param outputAchievementPercent its achievement (capaian keluaran, CK) in percent, such as {@code 122}
     */
    public record Output(BigDecimal pagu, BigDecimal realisasi, BigDecimal outputAchievementPercent)
            implements Serializable {

        /**
         * Creates an output.
         *
         * @param pagu the pagu of the output (PAK), in Rupiah
         * @param realisasi its realisasi (RAK), in Rupiah
         * @param outputAchievementPercent its achievement (capaian keluaran, CK) in percent, such as {@code 122}
         * @throws NullPointerException naming the component that is null
         * @throws IllegalArgumentException naming the component and quoting the value if it is negative, an
         *         amount has more than two decimals, or a value is absurdly large
         */
        public Output {
            pagu = Decimals.checkedRupiah(pagu, "pagu");
            realisasi = Decimals.checkedRupiah(realisasi, "realisasi");
            outputAchievementPercent = Decimals.checkedNonNegative(outputAchievementPercent,
                    "outputAchievementPercent");
        }
    }

    /**
     * Computes the efficiency E in percent with CK not capped; see the class description.
     *
     * @param outputs the outputs
     * @return E in percent at full precision, such as {@code 2.856...}
     * @throws NullPointerException if the list or an output is null
     * @throws IllegalStateException saying why, if Σ(PAK × CK) is 0 and E is not computable; use
     *         {@link #efficiencyFigure(List)} where it may be
     */
    public static BigDecimal efficiency(List<Output> outputs) {
        return efficiency(outputs, OutputCap.NONE);
    }

    /**
     * Computes the efficiency E in percent; see the class description.
     *
     * @param outputs the outputs
     * @param cap whether CK is capped at 1
     * @return E in percent at full precision
     * @throws NullPointerException naming the argument that is null, or if an output is null
     * @throws IllegalStateException saying why, if Σ(PAK × CK) is 0 and E is not computable; use
     *         {@link #efficiencyFigure(List, OutputCap)} where it may be
     */
    public static BigDecimal efficiency(List<Output> outputs, OutputCap cap) {
        Quantity e = efficiencyFigure(outputs, cap);
        if (!e.isComputable()) {
            throw new IllegalStateException("PMK 214 efficiency is not computable: " + e.reason().orElseThrow());
        }
        return e.value();
    }

    /**
     * Computes the efficiency E as a figure that explains itself, with CK not capped; not computable, with the
     * reason, when Σ(PAK × CK) is 0.
     *
     * @param outputs the outputs
     * @return E in percent with its working, or not computable
     * @throws NullPointerException if the list or an output is null
     */
    public static Quantity efficiencyFigure(List<Output> outputs) {
        return efficiencyFigure(outputs, OutputCap.NONE);
    }

    /**
     * Computes the efficiency E as a figure that explains itself; not computable, with the reason, when
     * Σ(PAK × CK) is 0.
     *
     * @param outputs the outputs
     * @param cap whether CK is capped at 1
     * @return E in percent with its working, such as
     *         {@code "(5.413.445.366,28 − 5.258.800.637) / 5.413.445.366,28 × 100% = 2,86%"}, or not
     *         computable
     * @throws NullPointerException naming the argument that is null, or if an output is null
     */
    public static Quantity efficiencyFigure(List<Output> outputs, OutputCap cap) {
        Decimals.notNull(outputs, "outputs");
        Decimals.notNull(cap, "cap");
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (Output output : outputs) {
            Decimals.notNull(output, "outputs element");
            BigDecimal ck = output.outputAchievementPercent();
            if (cap == OutputCap.AT_100_PERCENT && ck.compareTo(Decimals.HUNDRED) > 0) {
                ck = Decimals.HUNDRED;
            }
            weighted = weighted.add(output.pagu().multiply(ck));
            spent = spent.add(output.realisasi());
        }
        if (outputs.isEmpty()) {
            return Quantity.notComputable(Figure.Unit.PERCENT, "no outputs: Σ(PAK × CK) is 0");
        }
        if (weighted.signum() == 0) {
            return Quantity.notComputable(Figure.Unit.PERCENT,
                    "Σ(PAK × CK) is 0 (pagu 0 or output achievement 0): division by zero");
        }
        // weighted holds Σ(PAK × CK%) = 100 × Σ(PAK × CK); E = (weighted − 100 × spent) / weighted × 100.
        BigDecimal paguTimesCk = Decimals.normalize(weighted.movePointLeft(2));
        BigDecimal percent = Decimals.divide(weighted.subtract(spent.multiply(Decimals.HUNDRED))
                .multiply(Decimals.HUNDRED), weighted);
        // The working shows Σ(PAK × CK) to two decimals; E is computed from the exact sum.
        BigDecimal spentTotal = spent;
        return Quantity.of(percent, Figure.Unit.PERCENT, () -> {
            String shown = paguTimesCk.scale() > 2
                    ? IndonesianNumbers.format(paguTimesCk, 2, RoundingMode.HALF_UP) : formatOperand(paguTimesCk);
            return "(" + shown + " − " + formatOperand(spentTotal) + ") / "
                + shown + " × 100% = " + formatPercent(percent)
                + (cap == OutputCap.AT_100_PERCENT ? " (CK capped at 100%)" : "");
        });
    }

    /**
     * Computes the efficiency E of a budget whose outputs share one achievement: a sasaran's budget against the
     * sasaran's capaian, as a report's comparison of performance and budget per sasaran (Tabel 3.7 of an LKjIP)
     * takes it. With one CK for every output, {@code Σ(PAKᵢ × CK) − Σ RAKᵢ = Σ PAKᵢ × CK − Σ RAKᵢ}: E is that of a
     * single output of the total pagu and realisasi.
     * <p>
     * Not computable, with the reason, when the capaian is not computable, when it is negative (a realisation below
     * zero: CK is an achievement of 0 or more), or when Σ(PAK × CK) is 0.
     *
     * @param pagu the total pagu (PAK) of the budget, in Rupiah
     * @param realisasi its total realisasi (RAK), in Rupiah
     * @param capaian the achievement every output shares (CK), such as a sasaran's capaian
     * @param cap whether CK is capped at 1
     * @return E in percent with its working, or not computable
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the amount and quoting it if it is negative, has more than two
     *         decimals, or is absurdly large
     */
    public static Quantity efficiencyFigure(BigDecimal pagu, BigDecimal realisasi, Achievement capaian,
            OutputCap cap) {
        BigDecimal pak = Decimals.checkedRupiah(pagu, "pagu");
        BigDecimal rak = Decimals.checkedRupiah(realisasi, "realisasi");
        Decimals.notNull(capaian, "capaian");
        Decimals.notNull(cap, "cap");
        if (!capaian.isComputable()) {
            return Quantity.notComputable(Figure.Unit.PERCENT, "the capaian is not computable: "
                    + capaian.reason().orElseThrow());
        }
        if (capaian.percent().signum() < 0) {
            return Quantity.notComputable(Figure.Unit.PERCENT, "the capaian kinerja is negative ("
                    + formatPercent(capaian.percent()) + "): PMK 214 takes an output achievement (CK) of 0 or more");
        }
        return efficiencyFigure(List.of(new Output(pak, rak, capaian.percent())), cap);
    }

    /**
     * Computes the efficiency score NE in percent, with E clamped to [−20, 20]:
     * {@code NE = 50 + (E / 20) × 50}, in [0, 100].
     *
     * @param efficiencyPercent E in percent, such as {@code 2.856…}
     * @return NE in percent, such as {@code 57.141…}
     * @throws NullPointerException if {@code efficiencyPercent} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static BigDecimal efficiencyScore(BigDecimal efficiencyPercent) {
        return efficiencyScore(efficiencyPercent, ScoreClamp.CLAMPED);
    }

    /**
     * Computes the efficiency score NE in percent: {@code NE = 50 + (E / 20) × 50}, E clamped to [−20, 20] or not.
     *
     * @param efficiencyPercent E in percent
     * @param clamp whether E is clamped first
     * @return NE in percent
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static BigDecimal efficiencyScore(BigDecimal efficiencyPercent, ScoreClamp clamp) {
        BigDecimal e = Decimals.checked(efficiencyPercent, "efficiencyPercent");
        Decimals.notNull(clamp, "clamp");
        if (clamp == ScoreClamp.CLAMPED) {
            e = e.max(TWENTY.negate()).min(TWENTY);
        }
        return Decimals.normalize(FIFTY.add(Decimals.divide(e.multiply(FIFTY), TWENTY)));
    }

    /**
     * Computes the absorption (penyerapan) of the outputs together: {@code Σ RAK / Σ PAK × 100}.
     *
     * @param outputs the outputs
     * @return the absorption in percent at full precision
     * @throws NullPointerException if the list or an output is null
     * @throws IllegalStateException saying why, if Σ PAK is 0; use {@link #absorptionFigure(List)} where it may be
     */
    public static BigDecimal absorption(List<Output> outputs) {
        Achievement a = absorptionFigure(outputs);
        if (!a.isComputable()) {
            throw new IllegalStateException("absorption is not computable: " + a.reason().orElseThrow());
        }
        return a.percent();
    }

    /**
     * Computes the absorption (penyerapan) of the outputs together as a figure that explains itself; not
     * computable when Σ PAK is 0.
     *
     * @param outputs the outputs
     * @return the absorption, such as {@code "5.258.800.637 / 5.578.741.408 × 100% = 94,27%"}, or not computable
     * @throws NullPointerException if the list or an output is null
     */
    public static Achievement absorptionFigure(List<Output> outputs) {
        Decimals.notNull(outputs, "outputs");
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal realisasi = BigDecimal.ZERO;
        for (Output output : outputs) {
            Decimals.notNull(output, "outputs element");
            pagu = pagu.add(output.pagu());
            realisasi = realisasi.add(output.realisasi());
        }
        if (pagu.signum() == 0) {
            return Achievement.notComputable("Σ pagu is 0: absorption is a division by zero");
        }
        return BudgetLine.absorptionOf(pagu, realisasi);
    }

    /**
     * Computes the implementation aspect (aspek implementasi) of the budget performance value (Nilai Kinerja
     * Anggaran) of PMK 22/PMK.02/2021 as the weighted sum
     * {@code 9,7% × penyerapan + 18,2% × konsistensi + 43,5% × capaian keluaran + 28,6% × NE}.
     * <p>
     * The four components are the regulation's (PMK 22/PMK.02/2021, evaluation of the implementation aspect:
     * capaian output, penyerapan anggaran, efisiensi, konsistensi penyerapan anggaran terhadap perencanaan). The
     * weights ({@link #WEIGHT_ABSORPTION}, {@link #WEIGHT_CONSISTENCY}, {@link #WEIGHT_OUTPUT_ACHIEVEMENT},
     * {@link #WEIGHT_EFFICIENCY_SCORE}) are the ones published reports apply: LAKIP Pusat Pelatihan dan Pengembangan
     * dan Kajian Manajemen Pemerintahan (Puslatbang KMP) LAN 2021, Tabel 3.68, prints penyerapan 95,53, konsistensi
     * 99,61, capaian RO 99,72 and NE 59,98 and the value 87,93, which these weights give exactly (87,92791). The text
     * of the regulation's Lampiran that states them could not be read (only its opening pages are reachable), so
     * they are not confirmed against the regulation itself. The inputs are used as given: none is capped at 100
     * here, because whether the regulation caps them could not be confirmed either; cap them first if your practice
     * does.
     *
     * @param absorption the absorption (penyerapan) in percent
     * @param consistency the consistency of absorption with the plan (konsistensi) in percent
     * @param outputAchievement the output achievement (capaian keluaran) in percent
     * @param efficiencyScore the efficiency score NE (nilai efisiensi) in percent
     *        ({@link #efficiencyScore(BigDecimal)})
     * @return the weighted sum in percent, exact
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static BigDecimal implementationAspect(BigDecimal absorption, BigDecimal consistency,
            BigDecimal outputAchievement, BigDecimal efficiencyScore) {
        BigDecimal p = Decimals.checkedNonNegative(absorption, "absorption");
        BigDecimal k = Decimals.checkedNonNegative(consistency, "consistency");
        BigDecimal c = Decimals.checkedNonNegative(outputAchievement, "outputAchievement");
        BigDecimal e = Decimals.checkedNonNegative(efficiencyScore, "efficiencyScore");
        return Decimals.normalize(WEIGHT_ABSORPTION.multiply(p).add(WEIGHT_CONSISTENCY.multiply(k))
                .add(WEIGHT_OUTPUT_ACHIEVEMENT.multiply(c)).add(WEIGHT_EFFICIENCY_SCORE.multiply(e)));
    }

    /**
     * Computes the implementation aspect of the budget performance value, as
     * {@link #implementationAspect(BigDecimal, BigDecimal, BigDecimal, BigDecimal)} does, as a figure that explains
     * itself.
     *
     * @param absorption the absorption (penyerapan) in percent
     * @param consistency the consistency (konsistensi) in percent
     * @param outputAchievement the output achievement (capaian keluaran) in percent
     * @param efficiencyScore the efficiency score NE in percent
     * @return the weighted sum in percent with its working, such as
     *         {@code "9,7% × 95,53 + 18,2% × 99,61 + 43,5% × 99,72 + 28,6% × 59,98 = 87,93"}
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static Quantity implementationAspectFigure(BigDecimal absorption, BigDecimal consistency,
            BigDecimal outputAchievement, BigDecimal efficiencyScore) {
        BigDecimal value = implementationAspect(absorption, consistency, outputAchievement, efficiencyScore);
        return Quantity.of(value, Figure.Unit.PERCENT, () -> "9,7% × " + formatOperand(absorption) + " + 18,2% × "
                + formatOperand(consistency) + " + 43,5% × " + formatOperand(outputAchievement) + " + 28,6% × "
                + formatOperand(efficiencyScore) + " = " + IndonesianNumbers.format(value, 2, RoundingMode.HALF_UP));
    }

    /**
     * Computes the efficiency E of a whole K/L budget from its rincian output (RO) lines; see
     * {@link #efficiencyFigure(BudgetTree, BudgetCode, Map)}.
     *
     * @param tree the budget tree of a K/L, or of a satker
     * @param capaianRo the output achievement (capaian RO) in percent of every RO line, by its code as in the tree
     * @return E in percent with its working; not computable, with the reason, when the tree has no RO, an RO has no
     *         capaian, or Σ(PAK × CK) is 0
     * @throws NullPointerException naming the argument that is null (a capaian that is null is missing)
     */
    public static Quantity efficiencyFigure(BudgetTree tree, Map<BudgetCode, BigDecimal> capaianRo) {
        Decimals.notNull(tree, "tree");
        return efficiencyOfRos(tree.roots(), "the tree", capaianRo);
    }

    /**
     * Computes the efficiency E of a kegiatan, a program or any line of a K/L budget tree from the rincian output
     * (RO) lines below it, as PMK 214/PMK.02/2017 measures outputs: each RO is an output whose pagu (PAK) and
     * realisasi (RAK) are its totals computed from the lines below it (its printed figures when it has none) and
     * whose CK is its capaian RO. Lines that are not below an RO (a free-form line directly under a kegiatan) are
     * not outputs and are not counted; komponen below an RO are part of it.
     *
     * @param tree the budget tree of a K/L, or of a satker
     * @param under the code of the line whose E is wanted, such as {@code 063.01.WA} or {@code 3165}; an RO gives
     *        its own E
     * @param capaianRo the output achievement (capaian RO) in percent of every RO line below it, by its code as in
     *        the tree ({@code 3165.QAH.001} and {@code 063.01.WA.3165.QAH.001} are different codes)
     * @return E in percent with its working; not computable, with the reason, when no RO lies below the line, an RO
     *         has no capaian, or Σ(PAK × CK) is 0
     * @throws NullPointerException naming the argument that is null (a capaian that is null is missing)
     * @throws IllegalArgumentException quoting the code if no line of the tree has it, or naming the RO and quoting
     *         its capaian if it is negative or absurdly large
     */
    public static Quantity efficiencyFigure(BudgetTree tree, BudgetCode under,
            Map<BudgetCode, BigDecimal> capaianRo) {
        Decimals.notNull(tree, "tree");
        Decimals.notNull(under, "under");
        BudgetTree.Node node = tree.node(under).orElseThrow(() -> new IllegalArgumentException("no line of the"
                + " tree has the code " + (under.isBlank() ? "''" : under)));
        return efficiencyOfRos(List.of(node), under.toString(), capaianRo);
    }

    private static Quantity efficiencyOfRos(List<BudgetTree.Node> scope, String where,
            Map<BudgetCode, BigDecimal> capaianRo) {
        Decimals.notNull(capaianRo, "capaianRo");
        List<Output> outputs = new ArrayList<>();
        Deque<BudgetTree.Node> stack = new ArrayDeque<>(scope);
        while (!stack.isEmpty()) {
            BudgetTree.Node node = stack.pop();
            if (node.code().level() != BudgetLevel.RO) {
                node.children().forEach(stack::push);
                continue;
            }
            BigDecimal ck = capaianRo.get(node.code());
            if (ck == null) {
                return Quantity.notComputable(Figure.Unit.PERCENT, "no capaian RO for " + node.code() + ": PMK 214 weighs each output"
                        + " by its achievement");
            }
            outputs.add(new Output(node.computedPagu(), node.computedRealisasi(),
                    Decimals.checkedNonNegative(ck, "capaian RO of " + node.code())));
        }
        if (outputs.isEmpty()) {
            return Quantity.notComputable(Figure.Unit.PERCENT, "no rincian output (RO) under " + where + ": PMK 214 measures"
                    + " outputs");
        }
        return efficiencyFigure(outputs);
    }
}
