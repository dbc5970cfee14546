package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import io.github.sakip.format.Languages;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A capaian printed for the same indicator in several tables: the Perjanjian Kinerja (Tabel 3.2), the comparison of
 * years (Tabel 3.3), the comparison of performance and budget (Tabel 3.7) and the cascade (Tabel 3.8). Two printed
 * figures of one indicator must agree; where they do not, the finding stands at the one that is not right and names
 * the other. And a capaian of the cascade's table of programs that no data can judge, but that is its program's
 * budget absorption, is noted as such.
 * <p>
 * <b>The same indicator.</b> An indicator is the same in two tables when its name is, ignoring case
 * ({@link String#equalsIgnoreCase(String)}), as the Renstra check finds the Perjanjian Kinerja's rows. Tabel 3.7
 * prints a capaian per sasaran: its row is the indicator of the sasaran of the same name (ignoring case) when that
 * sasaran has exactly one indicator, in the cascade if the report has one there, otherwise among the rows of the
 * Perjanjian Kinerja. A sasaran of several indicators has no one indicator, and its row in Tabel 3.7 is not
 * compared.
 * <p>
 * <b>Which figure is right.</b> Of the figures printed for one indicator, the first whose own row gives data (target
 * and realisation) from which it is right is the one the others are held against; if there is none, the first
 * printed. Two figures agree when they are equal, or one is the other rounded half-up to fewer decimals ({@code 93,4}
 * and {@code 93,38}). A figure that disagrees is a finding, except where its own row's data show it wrong: its own
 * table's check says so already, and one mistake is one finding. The figure it should be is the capaian of the data
 * of the figure held against, or of the first row of the indicator that gives data; where no table gives data,
 * the figure held against.
 * <p>
 * Figures are grouped once by a key of their names that names equal ignoring case share ({@link NameIndex#key}),
 * so the check takes time linear in the number of figures.
 */
final class ConsistencyChecker implements TableChecker {

    /** The comparison of years, Tabel 3.3, where the Renstra rows' printed capaian stand. */
    static final String COMPARISON_TABLE = "Perbandingan Capaian Kinerja";

    /**
     * A capaian printed in one place, with the capaian of its own row's data if the row gives them. That capaian is
     * computed when first asked for: most indicators are printed in one table only, and a figure with no other to
     * agree with needs none here (its own table's check computes it).
     */
    private static final class Occurrence {

        private final String name;
        private final BigDecimal printed;
        private final Location location;
        private final Supplier<Achievement> data;
        private final String code;
        private Achievement own;

        /** {@code data} is null where the row gives no data (target and realisation). */
        Occurrence(String name, BigDecimal printed, Location location, Supplier<Achievement> data, String code) {
            this.name = name;
            this.printed = printed;
            this.location = location;
            this.data = data;
            this.code = code;
        }

        String name() {
            return name;
        }

        BigDecimal printed() {
            return printed;
        }

        Location location() {
            return location;
        }

        String code() {
            return code;
        }

        /** Whether the row gives data, a capaian to compute (which may still be not computable). */
        boolean givesData() {
            return data != null;
        }

        /** The capaian of the row's own data, or null if the row gives none. */
        Achievement own() {
            if (own == null && data != null) {
                own = data.get();
            }
            return own;
        }

        boolean hasOwn() {
            return own() != null && own().isComputable();
        }

        /** Whether the row's own data show the printed figure right. */
        boolean isRight() {
            return hasOwn() && Figures.percent(Languages.INDONESIAN, Check.CROSS_TABLE_CAPAIAN, location, printed,
                    own().percent(), () -> Text.literal("-")).isEmpty();
        }
    }

    private long comparisons;

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        List<Occurrence> all = new ArrayList<>();
        findings.whole(Check.CROSS_TABLE_CAPAIAN, new Location(CascadeChecker.TABLE, "Capaian", findings.wholeRow()),
                () -> collect(report, options, all));
        List<List<Occurrence>> groups = group(all);
        Map<Occurrence, Finding> made = new IdentityHashMap<>();
        Map<BudgetCode, BudgetRow> lines = new HashMap<>();
        boolean programs = all.stream().anyMatch(p -> p.code() != null);
        if (programs) {
            findings.whole(Check.BUDGET_AS_CAPAIAN, new Location(BudgetChecker.TABLE, "Jumlah", findings.wholeRow()),
                    () -> index(report, lines));
        }
        findings.eachRow(CascadeChecker.TABLE, Check.CROSS_TABLE_CAPAIAN, groups, group -> group.get(0).name(),
                group -> compare(group, lines, made, findings));
        for (Occurrence occurrence : all) {
            Finding finding = made.get(occurrence);
            if (finding != null) {
                findings.add(finding);
            }
        }
    }

    /**
     * Returns how many names this checker has compared, for tests that pin the work the check does.
     *
     * @return the number of name comparisons so far
     */
    long comparisons() {
        return comparisons;
    }

    /** Every printed capaian of the report, in the order of its tables. */
    private static void collect(PerformanceReport report, Audit.Options options, List<Occurrence> all) {
        for (PerformanceRow row : report.performance()) {
            row.printedCapaian().ifPresent(printed -> all.add(new Occurrence(row.indicator().name(), printed,
                    new Location(PerformanceChecker.TABLE, PerformanceChecker.label(row), "Capaian"),
                    () -> options.capaian().of(row.indicator().polarity(), row.target(), row.realization()), null)));
        }
        for (RenstraRow row : report.renstra()) {
            String name = row.plan().indicator().name();
            row.printedCapaian().ifPresent(printed -> all.add(new Occurrence(name, printed,
                    new Location(COMPARISON_TABLE, name, "Capaian"), null, null)));
        }
        List<Sasaran> cascade = new ArrayList<>();
        for (Tujuan tujuan : report.cascade()) {
            cascade.addAll(tujuan.sasaran());
        }
        NameIndex<Sasaran> sasaran = new NameIndex<>(cascade, Sasaran::name);
        NameIndex<PerformanceRow> agreements = new NameIndex<>(report.performance(), PerformanceRow::sasaran);
        for (EfficiencyRow row : report.efficiency()) {
            Optional<String> name = indicatorOf(row.sasaran(), sasaran, agreements);
            if (name.isPresent() && row.printedCapaian().isPresent()) {
                all.add(new Occurrence(name.get(), row.printedCapaian().get(), new Location(EfficiencyChecker.TABLE,
                        row.sasaran(), "Capaian Kinerja"), () -> options.capaian().of(row.polarity(), row.target(),
                        row.realization()), null));
            }
        }
        for (Sasaran one : cascade) {
            for (SasaranIndicator indicator : one.indicators()) {
                String name = indicator.indicator().name();
                indicator.printedCapaian().ifPresent(printed -> all.add(new Occurrence(name, printed,
                        new Location(CascadeChecker.TABLE, name, "Capaian"), indicator.target().<Supplier<Achievement>>map(
                        target -> () -> options.capaian().of(indicator.indicator().polarity(), target,
                                indicator.realization().orElseThrow())).orElse(null), null)));
            }
            for (ProgramRow row : one.programs()) {
                row.printedCapaian().ifPresent(printed -> all.add(new Occurrence(row.indicator().name(), printed,
                        new Location(CascadeChecker.TABLE, CascadeChecker.label(row), "Capaian"), row.target()
                        .<Supplier<Achievement>>map(target -> () -> options.capaian().of(row.indicator().polarity(),
                                target, row.realization().orElseThrow())).orElse(null), row.code())));
            }
        }
    }

    /**
     * The one indicator of a sasaran: in the cascade if it has the sasaran, otherwise among the Perjanjian
     * Kinerja's rows of that sasaran; empty if the sasaran has none or several.
     */
    private static Optional<String> indicatorOf(String sasaran, NameIndex<Sasaran> cascade,
            NameIndex<PerformanceRow> agreements) {
        List<Sasaran> inCascade = cascade.matching(sasaran);
        if (!inCascade.isEmpty()) {
            List<SasaranIndicator> indicators = inCascade.get(0).indicators();
            return indicators.size() == 1 ? Optional.of(indicators.get(0).indicator().name()) : Optional.empty();
        }
        String name = null;
        for (PerformanceRow row : agreements.matching(sasaran)) {
            String other = row.indicator().name();
            if (name == null) {
                name = other;
            } else if (!name.equalsIgnoreCase(other)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(name);
    }

    /** Groups the figures of the same indicator, each group in the order of the tables. */
    private List<List<Occurrence>> group(List<Occurrence> all) {
        Map<String, List<List<Occurrence>>> byKey = new HashMap<>();
        List<List<Occurrence>> groups = new ArrayList<>();
        for (Occurrence printed : all) {
            List<List<Occurrence>> candidates = byKey.computeIfAbsent(NameIndex.key(printed.name()),
                    k -> new ArrayList<>(1));
            List<Occurrence> same = null;
            for (List<Occurrence> candidate : candidates) {
                comparisons++;
                if (candidate.get(0).name().equalsIgnoreCase(printed.name())) {
                    same = candidate;
                    break;
                }
            }
            if (same == null) {
                same = new ArrayList<>();
                candidates.add(same);
                groups.add(same);
            }
            same.add(printed);
        }
        return groups;
    }

    /** The budget lines by code, the first of a code, for the capaian of the cascade's programs. */
    private static void index(PerformanceReport report, Map<BudgetCode, BudgetRow> lines) {
        for (BudgetRow row : report.budget().lines()) {
            try {
                lines.putIfAbsent(BudgetCode.parse(row.code()), row);
            } catch (IllegalArgumentException e) {
                // A malformed code is no line of the table: the budget check reports it.
                continue;
            }
        }
    }

    /** Holds the figures of one indicator against each other, and a program's figure against its absorption. */
    private static void compare(List<Occurrence> group, Map<BudgetCode, BudgetRow> lines, Map<Occurrence, Finding> made,
            Findings findings) {
        if (group.size() == 1 && group.get(0).givesData()) {
            return; // nothing to agree with, and no absorption to note for a row that gives data
        }
        Occurrence anchor = group.stream().filter(Occurrence::isRight).findFirst().orElse(group.get(0));
        Occurrence data = anchor.hasOwn() ? anchor : group.stream().filter(Occurrence::hasOwn).findFirst().orElse(null);
        for (Occurrence printed : group) {
            if (printed == anchor || agree(printed.printed(), anchor.printed())
                    || printed.hasOwn() && !printed.isRight()) {
                continue;
            }
            if (data != null && Figures.percent(Languages.INDONESIAN, Check.CROSS_TABLE_CAPAIAN, printed.location(),
                    printed.printed(), data.own().percent(), () -> Text.literal("-")).isEmpty()) {
                continue;
            }
            made.put(printed, disagreement(printed, anchor, data, lines, findings));
        }
        if (data == null) {
            for (Occurrence printed : group) {
                if (printed.code() != null && !made.containsKey(printed)) {
                    absorption(printed, lines, findings).ifPresent(note -> made.put(printed, note));
                }
            }
        }
    }

    /** Two printed figures agree when equal, or when one is the other rounded half-up to its fewer decimals. */
    static boolean agree(BigDecimal one, BigDecimal other) {
        if (one.compareTo(other) == 0) {
            return true;
        }
        int a = Math.max(one.scale(), 0);
        int b = Math.max(other.scale(), 0);
        return a < b ? other.setScale(a, RoundingMode.HALF_UP).compareTo(one) == 0
                : b < a && one.setScale(b, RoundingMode.HALF_UP).compareTo(other) == 0;
    }

    /** Whether a printed figure is an exact one, or that rounded half-up to the decimals printed. */
    private static boolean isRounded(BigDecimal printed, BigDecimal exact) {
        return printed.compareTo(exact) == 0
                || exact.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    private static Finding disagreement(Occurrence printed, Occurrence anchor, Occurrence data,
            Map<BudgetCode, BudgetRow> lines, Findings findings) {
        Locale language = findings.language();
        List<Location> related = new ArrayList<>(List.of(anchor.location()));
        Text same = Text.of("consistency.printsSame", anchor.location().describe(language),
                IndonesianNumbers.format(anchor.printed()));
        Finding finding;
        if (data == null) {
            finding = findings.finding(Severity.ERROR, Check.CROSS_TABLE_CAPAIAN, printed.location(),
                    IndonesianNumbers.format(printed.printed()), Text.literal(IndonesianNumbers.format(
                            anchor.printed())), Text.of("consistency.noData", same));
        } else {
            Text working;
            if (data != anchor) {
                related.add(data.location());
                working = Text.of("consistency.dataOf", same, data.location().describe(language),
                        data.own().explain(language));
            } else {
                working = Text.of("consistency.itsData", same, data.own().explain(language));
            }
            Text all = printed.hasOwn() ? Text.of("consistency.thisRow", working, printed.own().explain(language))
                    : working;
            finding = findings.percent(Check.CROSS_TABLE_CAPAIAN, printed.location(), printed.printed(),
                    data.own().percent(), () -> all).orElseThrow();
        }
        Optional<Finding> absorption = absorption(printed, lines, findings);
        String also = absorption.map(note -> "; " + note.working()).orElse("");
        absorption.ifPresent(note -> related.addAll(note.related()));
        return new Finding(finding.severity(), finding.check(), finding.location(), finding.printed(),
                finding.expected(), finding.working() + also, related, language);
    }

    /**
     * Notes a capaian of the cascade's table of programs that is the absorption of the program's own line of the
     * budget table, at the decimals printed.
     */
    private static Optional<Finding> absorption(Occurrence printed, Map<BudgetCode, BudgetRow> lines,
            Findings findings) {
        if (printed.code() == null || printed.givesData()) {
            return Optional.empty();
        }
        BudgetRow line;
        try {
            line = lines.get(BudgetCode.parse(printed.code()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (line == null) {
            return Optional.empty();
        }
        Achievement absorption = BudgetLine.absorptionOf(line.pagu(), line.realisasi());
        if (!absorption.isComputable() || !isRounded(printed.printed(), absorption.percent())) {
            return Optional.empty();
        }
        String shown = IndonesianNumbers.format(printed.printed());
        int decimals = Math.max(printed.printed().scale(), 0);
        Text working = Text.of("consistency.absorption", shown, line.code(),
                absorption.explain(findings.language()));
        if (decimals < 2 && printed.printed().compareTo(absorption.percent()) != 0) {
            working = Text.of(decimals == 1 ? "consistency.absorption.roundedOne" : "consistency.absorption.rounded",
                    shown, line.code(), absorption.explain(findings.language()), decimals);
        }
        return Optional.of(findings.finding(Severity.NOTE, Check.BUDGET_AS_CAPAIAN, printed.location(), shown,
                Text.of("consistency.absorption.expected"), working, List.of(new Location(BudgetChecker.TABLE,
                        line.code() + " " + line.name(), "Persentase"))));
    }
}
