package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import java.util.List;

/**
 * The table comparing performance and budget: each row's capaian, absorption, and efficiency under PMK
 * 214/PMK.02/2017 with the row taken as a single output. A wrong efficiency is tried against the ratio taken from
 * 100 ({@link RatioFromHundred}) and the capaian as printed ({@link PrintedInputs}).
 */
final class EfficiencyChecker implements TableChecker {

    static final String TABLE = "Efisiensi Anggaran";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        findings.eachRow(TABLE, Check.EFFICIENCY, report.efficiency(), EfficiencyRow::sasaran,
                row -> row(row, options, findings));
    }

    private static void row(EfficiencyRow row, Audit.Options options, Findings findings) {
        Achievement a = options.capaian().of(row.polarity(), row.target(), row.realization());
        row.printedCapaian().ifPresent(printed -> findings.add(Findings.percent(Check.CAPAIAN,
                new Location(TABLE, row.sasaran(), "Capaian Kinerja"), printed, a)
                .given(new OtherNegativeFormula.Clue(options.capaian(), row.polarity(), row.target(),
                        row.realization()))));
        Achievement absorption = BudgetLine.absorptionOf(row.pagu(), row.realisasiAnggaran());
        row.printedAbsorption().ifPresent(printed -> findings.add(findings.percent(Check.ABSORPTION,
                new Location(TABLE, row.sasaran(), "Persentase Anggaran"), printed, absorption)));
        row.printedEfficiency().ifPresent(printed -> {
            Judgement judgement = Findings.percent(Check.EFFICIENCY, new Location(TABLE, row.sasaran(), "Efisiensi"),
                    printed, efficiency(row, a, options));
            if (a.isComputable() && row.pagu().signum() > 0 && a.percent().signum() > 0) {
                // Some reports print 100 − ΣRAK / Σ(PAK × CK), or compute E from the capaian as printed.
                judgement.given(new RatioFromHundred.Clue("ΣRAK / Σ(PAK × CK)",
                        row.realisasiAnggaran().multiply(Decimals.HUNDRED), row.pagu().multiply(a.percent())));
                row.printedCapaian().ifPresent(capaian -> judgement.given(new PrintedInputs.Clue(Text.literal("capaian kinerja"),
                        a.percent(), capaian, ck -> Pmk214.efficiencyFigure(List.of(new Pmk214.Output(row.pagu(),
                                row.realisasiAnggaran(), ck)), options.outputCap()))));
            }
            findings.add(judgement);
        });
    }

    /**
     * PMK 214's E of the row as one output, whose achievement (CK) is the row's capaian; not computable when the
     * capaian is not, or is negative (a realisation below zero), since CK is an achievement of 0 or more.
     */
    private static Quantity efficiency(EfficiencyRow row, Achievement capaian, Audit.Options options) {
        return Pmk214.efficiencyFigure(row.pagu(), row.realisasiAnggaran(), capaian, options.outputCap());
    }
}
