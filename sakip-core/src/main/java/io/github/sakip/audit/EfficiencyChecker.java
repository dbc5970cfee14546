package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The table comparing performance and budget: each row's capaian, absorption, and efficiency under PMK
 * 214/PMK.02/2017 with the row taken as a single output; an efficiency printed as {@code 100 − ΣRAK / Σ(PAK × CK)}
 * is recognised and named.
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
                new Location(TABLE, row.sasaran(), "Capaian Kinerja"), printed, a)));
        Achievement absorption = BudgetLine.absorptionOf(row.pagu(), row.realisasiAnggaran());
        row.printedAbsorption().ifPresent(printed -> findings.add(Findings.percent(Check.ABSORPTION,
                new Location(TABLE, row.sasaran(), "Persentase Anggaran"), printed, absorption)));
        row.printedEfficiency().ifPresent(printed -> {
            Optional<Finding> finding = Findings.percent(Check.EFFICIENCY,
                    new Location(TABLE, row.sasaran(), "Efisiensi"), printed, efficiency(row, a, options));
            if (a.isComputable() && row.pagu().signum() > 0 && a.percent().signum() > 0) {
                finding = finding.map(f -> explainHundredMinusRatio(f, printed, row, a.percent()));
            }
            findings.add(finding);
        });
    }

    /**
     * PMK 214's E of the row as one output, whose achievement (CK) is the row's capaian; not computable when the
     * capaian is not, or is negative (a realisation below zero), since CK is an achievement of 0 or more.
     */
    private static Quantity efficiency(EfficiencyRow row, Achievement capaian, Audit.Options options) {
        return Pmk214.efficiencyFigure(row.pagu(), row.realisasiAnggaran(), capaian, options.outputCap());
    }

    /**
     * Some reports print {@code 100 − ΣRAK / Σ(PAK × CK)}: the ratio taken from 100 instead of from 1, which is
     * {@code 99 + E / 100}. Where the printed figure is that, the finding says so.
     */
    private static Finding explainHundredMinusRatio(Finding finding, BigDecimal printed, EfficiencyRow row,
            BigDecimal capaian) {
        BigDecimal ratio = Decimals.divide(row.realisasiAnggaran().multiply(Decimals.HUNDRED),
                row.pagu().multiply(capaian));
        BigDecimal misread = Decimals.HUNDRED.subtract(ratio);
        if (misread.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP).compareTo(printed) != 0) {
            return finding;
        }
        return new Finding(finding.severity(), finding.check(), finding.location(), finding.printed(),
                finding.expected(), finding.working() + "; it is 100 − ΣRAK / Σ(PAK × CK) = 100 − "
                        + IndonesianNumbers.format(ratio, 4, RoundingMode.HALF_UP)
                        + ", the ratio taken from 100 instead of from 1");
    }
}
