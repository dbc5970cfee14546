package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;

import io.github.sakip.internal.Decimals;
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

    private static final String AGAINST_END_TARGET = "progress against Renstra end target";

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
        return relabel(Capaian.of(polarity, Target.of(Decimals.checked(endTarget, "endTarget")),
                Realization.of(Decimals.checked(realizationToDate, "realizationToDate"))), AGAINST_END_TARGET + ": ");
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
        String prefix = AGAINST_END_TARGET + " (" + plan.lastYear() + ") with realisation to " + upToYear
                + describe(plan, toDate, upToYear) + ": ";
        Optional<Target> endTarget = plan.endTarget();
        if (endTarget.isEmpty()) {
            return Achievement.notComputable(prefix + "the plan sets no target for its last year "
                    + plan.lastYear());
        }
        return relabel(policy.of(indicator.polarity(), endTarget.get(), toDate), prefix);
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

    private static String describe(RenstraPlan plan, Realization toDate, int upToYear) {
        if (!(toDate instanceof Realization.Measured measured)) {
            return "";
        }
        String years = plan.firstYear() == upToYear ? Integer.toString(upToYear)
                : plan.firstYear() + "–" + upToYear;
        String how = plan.indicator().accumulation() == Accumulation.STOCK ? "latest value" : "sum";
        return " (" + how + " of " + years + ": " + formatOperand(measured.value()) + ")";
    }

    private static Achievement relabel(Achievement achievement, String prefix) {
        if (achievement.isComputable()) {
            return Achievement.of(achievement.percent(), () -> prefix + achievement.explain());
        }
        return Achievement.notComputable(prefix + achievement.reason().orElseThrow());
    }
}
