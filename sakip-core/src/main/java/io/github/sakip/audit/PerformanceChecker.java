package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.Permendagri86;
import io.github.sakip.internal.Text;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The Perjanjian Kinerja (or IKU) table: the printed capaian of each row against its target and realisation, and
 * the printed category against the category of that capaian.
 */
final class PerformanceChecker implements TableChecker {

    static final String TABLE = "Perjanjian Kinerja";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        findings.eachRow(TABLE, Check.CAPAIAN, report.performance(), PerformanceChecker::label,
                row -> row(row, options, findings));
    }

    /** A row's place in a location: its number and indicator, such as {@code "1 Tingkat Partisipasi ..."}. */
    static String label(PerformanceRow row) {
        return row.number() + " " + row.indicator().name();
    }

    private static void row(PerformanceRow row, Audit.Options options, Findings findings) {
        if (rightWithoutDividing(row, options)) {
            return;
        }
        String where = label(row);
        Achievement a = options.capaian().of(row.indicator().polarity(), row.target(), row.realization());
        row.printedCapaian().ifPresent(printed -> findings.add(Findings.percent(Check.CAPAIAN,
                new Location(TABLE, where, "Capaian"), printed, a).given(new OtherNegativeFormula.Clue(
                        options.capaian(), row.indicator().polarity(), row.target(), row.realization()))));
        row.printedCategory().ifPresent(printed -> {
            Optional<Category> right = a.category(options.categories());
            if (right.isEmpty() || right.get() != printed) {
                findings.add(findings.finding(Severity.ERROR, Check.CATEGORY, new Location(TABLE, where,
                        "Kategori"), printed.label(), right.map(c -> Text.literal(c.label()))
                        .orElseGet(() -> Text.of("audit.notComputable")), right.isPresent()
                                ? Text.of("audit.category", Findings.explanation(a), right.get().label(),
                                        scaleName(options.categories()))
                                : Findings.explanation(a)));
            }
        });
    }

    /**
     * Tells, without computing the capaian, that a row's printed figures are right: its printed capaian is the
     * capaian rounded half-up to two decimals ({@link Figures#rightWithoutDividing}), and its printed category,
     * if any, is that figure's under Permendagri 86/2017, which categorizes the capaian so rounded. For the default
     * policies, the strict reading at two decimals ({@link Precision#TWO_DECIMALS}) and a single positive target
     * only; false sends the row to the full check, which makes the findings.
     */
    private static boolean rightWithoutDividing(PerformanceRow row, Audit.Options options) {
        Optional<BigDecimal> printed = row.printedCapaian();
        // Only when read strictly at two decimals: at an inferred precision every figure votes for its column's.
        if (printed.isEmpty() || options.precision() != Precision.TWO_DECIMALS || row.target().isRange()
                || !options.capaian().equals(Capaian.Policy.DEFAULT)
                || !(row.realization() instanceof Realization.Measured measured)) {
            return false;
        }
        BigDecimal t = row.target().lower();
        BigDecimal r = measured.value();
        // POSITIVE: R / T × 100; NEGATIVE, the default formula: (2T − R) / T × 100, floored at 0.
        BigDecimal numerator = row.indicator().polarity() == Polarity.POSITIVE ? r : t.add(t).subtract(r);
        if (!Figures.rightWithoutDividing(printed.get(), numerator, t)) {
            return false;
        }
        return row.printedCategory().isEmpty() || options.categories().equals(Permendagri86.SCALE)
                && Permendagri86.SCALE.categorize(printed.get()) == row.printedCategory().get();
    }

    private static String scaleName(CategoryScale scale) {
        return scale.equals(Permendagri86.SCALE) ? "Permendagri 86/2017" : scale.toString();
    }
}
