package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.Permendagri86;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
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
        String where = label(row);
        Achievement a = options.capaian().of(row.indicator().polarity(), row.target(), row.realization());
        row.printedCapaian().ifPresent(printed -> findings.add(Findings.percent(Check.CAPAIAN,
                new Location(TABLE, where, "Capaian"), printed, a).given(new OtherNegativeFormula.Clue(
                        options.capaian(), row.indicator().polarity(), row.target(), row.realization()))));
        row.printedCategory().ifPresent(printed -> {
            Optional<Category> right = a.category(options.categories());
            if (right.isEmpty() || right.get() != printed) {
                findings.add(new Finding(Severity.ERROR, Check.CATEGORY, new Location(TABLE, where, "Kategori"),
                        printed.label(), right.map(Category::label).orElse("not computable"),
                        right.isPresent() ? a.explain() + " is " + right.get().label() + " under "
                                + scaleName(options.categories()) : a.explain()));
            }
        });
    }

    private static String scaleName(CategoryScale scale) {
        return scale.equals(Permendagri86.SCALE) ? "Permendagri 86/2017" : scale.toString();
    }
}
