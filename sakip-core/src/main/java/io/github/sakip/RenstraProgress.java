package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the progress (tingkat kemajuan) of an indicator towards the end of its strategic plan (Renstra): the
 * realisation to date against the Renstra's end target (target akhir Renstra), the target of the last year of
 * the period, in percent.
 * <p>
 * The formula is that of the achievement ({@link Capaian}), polarity-aware, with the end target in place of the
 * year's target: {@code R / T × 100} for positive indicators, by default {@code (2T − R) / T × 100} floored at 0
 * for negative ones. The same conditions are not computable: an end target of zero or below, or no realisation
 * to date. The working says that the figure is progress against the Renstra end target.
 * <p>
 * The realisation to date follows the indicator's {@link Accumulation} ({@link Accumulations#years}): for a stock
 * or rate it is the latest realised value of the period up to the year of the report, for a flow the sum of the
 * realised values over those years. Realisations of years outside the period (the baseline year) are not used.
 * <p>
 * Dividing by the target of the report's year, or by the Perjanjian Kinerja target, gives the year's capaian,
 * not the progress: the reference report's Tabel 3.4 does so (68,12 / 70,95 for TPAK, the 2024 Renstra target,
 * instead of 68,12 / 71,11, the 2026 one).
 * <p>
 * This class is thread-safe.
 */
public final class RenstraProgress {

    private RenstraProgress() {
    }

    /**
     * Computes progress from plain numbers with the default policy. The reference comes first, then the
     * realisation, as in {@link Capaian#of(Polarity, BigDecimal, BigDecimal)}: the contract's example
     * {@code RenstraProgress.of(Polarity.POSITIVE, new BigDecimal("71.11"), new BigDecimal("68.12"))} is 95,80 %.
     *
     * @param polarity whether higher or lower is better
     * @param endTarget the end target of the Renstra, the target of its last year
     * @param realizationToDate the realisation to date (the latest value of a stock, the sum of a flow)
     * @return the progress as an achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting a value that is absurdly large or precise
     */
    public static Achievement of(Polarity polarity, BigDecimal endTarget, BigDecimal realizationToDate) {
        Decimals.notNull(polarity, "polarity");
        Decimals.notNull(endTarget, "endTarget");
        Decimals.notNull(realizationToDate, "realizationToDate");
        Achievement progress = Capaian.of(polarity, Target.of(Decimals.checked(endTarget, "endTarget")),
                Realization.of(Decimals.checked(realizationToDate, "realizationToDate")));
        return progress.isComputable()
                ? Achievement.of(progress.percent(), () -> Text.of("renstra.progress", progress.explanation()))
                : Achievement.notComputable(Text.of("renstra.progress", Achievement.reasonOf(progress)));
    }

    /**
     * Computes the progress of a plan up to a year with the default policy.
     *
     * @param plan the plan, whose indicator gives polarity and accumulation
     * @param realizations the realisation of each year; a missing year has no value; years outside the period are
     *        not used
     * @param upToYear the year of the report, inside the plan's period
     * @return the progress as an achievement, not computable if the plan has no end target or nothing is
     *         realised from the first year of the period to {@code upToYear}
     * @throws NullPointerException naming the argument, or the year whose realisation, is null
     * @throws IllegalArgumentException naming the year if {@code upToYear} is outside the plan's period, or
     *         quoting the sum if the realisations of a flow add up to more than 30 digits before the decimal point
     *         (a {@link io.github.sakip.report.RenstraRow} refuses such realisations)
     */
    public static Achievement of(RenstraPlan plan, Map<Integer, ? extends Realization> realizations, int upToYear) {
        return of(plan, realizations, upToYear, Capaian.Policy.DEFAULT);
    }

    /**
     * Computes the progress of a plan up to a year under a policy.
     *
     * @param plan the plan, whose indicator gives polarity and accumulation
     * @param realizations the realisation of each year; a missing year has no value; years outside the period are
     *        not used
     * @param upToYear the year of the report, inside the plan's period
     * @param policy the choices for negative indicators and zero targets
     * @return the progress as an achievement, possibly not computable
     * @throws NullPointerException naming the argument, or the year whose realisation, is null
     * @throws IllegalArgumentException naming the year if {@code upToYear} is outside the plan's period, or
     *         quoting the sum if the realisations of a flow add up to more than 30 digits before the decimal point
     *         (a {@link io.github.sakip.report.RenstraRow} refuses such realisations)
     */
    public static Achievement of(RenstraPlan plan, Map<Integer, ? extends Realization> realizations, int upToYear,
            Capaian.Policy policy) {
        Decimals.notNull(policy, "policy");
        Realization toDate = toDate(plan, realizations, upToYear);
        Indicator indicator = plan.indicator();
        Optional<Target> endTarget = plan.endTarget();
        if (endTarget.isEmpty()) {
            return Achievement.notComputable(prefix(plan, toDate, upToYear,
                    Text.of("renstra.progress.noEndTarget", plan.lastYear())));
        }
        Achievement progress = policy.of(indicator.polarity(), endTarget.get(), toDate);
        return progress.isComputable()
                ? Achievement.of(progress.percent(), () -> prefix(plan, toDate, upToYear, progress.explanation()))
                : Achievement.notComputable(prefix(plan, toDate, upToYear, Achievement.reasonOf(progress)));
    }

    /**
     * Returns the realisation to date of a plan: its years' realisations from the first year of the period up to
     * {@code upToYear}, accumulated by the indicator's {@link Accumulation}.
     *
     * @param plan the plan
     * @param realizations the realisation of each year; a missing year has no value
     * @param upToYear the year of the report, inside the plan's period
     * @return the latest value (stock) or the sum (flow), or absent if nothing is realised
     * @throws NullPointerException naming the argument, or the year whose realisation, is null
     * @throws IllegalArgumentException naming the year if {@code upToYear} is outside the plan's period, or
     *         quoting the sum if the realisations of a flow add up to more than 30 digits before the decimal point
     *         (a {@link io.github.sakip.report.RenstraRow} refuses such realisations)
     */
    public static Realization toDate(RenstraPlan plan, Map<Integer, ? extends Realization> realizations,
            int upToYear) {
        Decimals.notNull(plan, "plan");
        Decimals.notNull(realizations, "realizations");
        plan.checkInPeriod(upToYear, "upToYear");
        return Accumulations.years(plan.indicator().accumulation(), realizations, plan.firstYear(), upToYear);
    }

    /**
     * The working or reason of a plan's progress, after what it is against: the end target of the plan's last year,
     * and the realisation to date, with how it was accumulated when there is one.
     */
    private static Text prefix(RenstraPlan plan, Realization toDate, int upToYear, Text then) {
        if (!(toDate instanceof Realization.Measured measured)) {
            return Text.of("renstra.progress.ofPlan", plan.lastYear(), upToYear, then);
        }
        String years = plan.firstYear() == upToYear ? Integer.toString(upToYear)
                : plan.firstYear() + "–" + upToYear;
        return Text.of(plan.indicator().accumulation() == Accumulation.STOCK ? "renstra.progress.ofPlan.latest"
                : "renstra.progress.ofPlan.sum", plan.lastYear(), upToYear, years, formatOperand(measured.value()),
                then);
    }
}
