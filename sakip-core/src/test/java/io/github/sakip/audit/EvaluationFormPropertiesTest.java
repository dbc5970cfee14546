package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.Accumulation;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Laws of the evaluation forms over generated forms (fixed seed, bounded examples): the budget of an entry is the
 * sum of its children's, column by column; a form whose printed cells the library computed has no finding; and one
 * printed cell changed by one unit in its last place gives exactly one finding, at that cell.
 */
class EvaluationFormPropertiesTest {

    private static QuickTheory qt200() {
        return qt().withFixedSeed(8617L).withExamples(200);
    }

    /** A form generated from a seed: every level, both polarities and accumulations, zeros, blanks, gaps. */
    static EvaluationForm generated(long seed) {
        Random random = new Random(seed);
        List<FormEntry> sasaran = new ArrayList<>();
        for (int s = 1, n = 1 + random.nextInt(2); s <= n; s++) {
            List<FormEntry> programs = new ArrayList<>();
            for (int p = 1, np = 1 + random.nextInt(2); p <= np; p++) {
                String program = "2.07.0" + p;
                List<FormEntry> kegiatan = new ArrayList<>();
                for (int k = 1, nk = 1 + random.nextInt(3); k <= nk; k++) {
                    String code = program + ".2.0" + k;
                    int subs = random.nextInt(3);
                    if (subs == 0) {
                        kegiatan.add(FormEntry.leaf(Level.KEGIATAN, code, "Kegiatan " + code, rows(random, 2),
                                budget(random)));
                        continue;
                    }
                    List<FormEntry> below = new ArrayList<>();
                    for (int b = 1; b <= subs; b++) {
                        below.add(FormEntry.leaf(Level.SUB_KEGIATAN, code + ".0" + b, "Sub kegiatan " + b,
                                rows(random, 2), budget(random)));
                    }
                    kegiatan.add(FormEntry.parent(Level.KEGIATAN, code, "Kegiatan " + code, rows(random, 1), below));
                }
                programs.add(FormEntry.parent(Level.PROGRAM, program, "Program " + p, rows(random, 1), kegiatan));
            }
            sasaran.add(FormEntry.parent(Level.SASARAN, "", "Sasaran " + s, List.of(), programs));
        }
        return EvaluationForm.of(EvaluationForm.Kind.values()[random.nextInt(2)], sasaran)
                .withRenstraToDate(RenstraToDate.values()[random.nextInt(2)])
                .withPredicateReading(PredicateReading.values()[random.nextInt(3)])
                .withMeasure(Measure.values()[random.nextInt(2)]);
    }

    private static List<FormIndicatorRow> rows(Random random, int most) {
        List<FormIndicatorRow> rows = new ArrayList<>();
        for (int i = 0, n = random.nextInt(most + 1); i < n; i++) {
            Indicator indicator = Indicator.of("Indikator " + i, "Unit", random.nextBoolean() ? Polarity.POSITIVE
                    : Polarity.NEGATIVE, random.nextBoolean() ? Accumulation.FLOW : Accumulation.STOCK);
            Realization toLastYear = random.nextInt(3) == 0 ? Realization.absent("tahun pertama")
                    : Realization.of(value(random));
            Realization[] quarters = new Realization[4];
            for (int q = 0; q < 4; q++) {
                quarters[q] = random.nextInt(4) == 0 ? Realization.absent("belum dilaporkan")
                        : Realization.of(value(random));
            }
            rows.add(FormIndicatorRow.of(new IndicatorRow(indicator, target(random), toLastYear, target(random),
                    Quarters.of(quarters[0], quarters[1], quarters[2], quarters[3]))));
        }
        return rows;
    }

    /** A target: blank one time in eight, zero one time in eight, otherwise up to 1.000 with up to two decimals. */
    private static Optional<Target> target(Random random) {
        int kind = random.nextInt(8);
        return kind == 0 ? Optional.empty() : Optional.of(Target.of(kind == 1 ? BigDecimal.ZERO
                : BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3))));
    }

    private static BigDecimal value(Random random) {
        return BigDecimal.valueOf(random.nextInt(150_000), random.nextInt(3));
    }

    private static BigDecimal rupiah(Random random) {
        return BigDecimal.valueOf(random.nextLong() & 0xFFFFFFFFFFL, random.nextInt(4) == 0 ? 2 : 0);
    }

    private static RowBudget budget(Random random) {
        Realization[] quarters = new Realization[4];
        for (int q = 0; q < 4; q++) {
            quarters[q] = random.nextInt(5) == 0 ? Realization.absent("belum dilaporkan")
                    : Realization.of(rupiah(random));
        }
        return RowBudget.of(random.nextInt(10) == 0 ? BigDecimal.ZERO : rupiah(random), rupiah(random),
                random.nextInt(10) == 0 ? BigDecimal.ZERO : rupiah(random),
                Quarters.of(quarters[0], quarters[1], quarters[2], quarters[3]));
    }

    private static List<Finding> audit(EvaluationForm form) {
        return Audit.of(PerformanceReport.of("Dinas Contoh", 2024).withEvaluationForms(List.of(form))).findings();
    }

    @Test
    void theBudgetOfAnEntryIsTheSumOfItsChildrensColumnByColumn() {
        qt200().forAll(longs().all()).checkAssert(seed -> {
            for (FormEntry sasaran : generated(seed).entries()) {
                assertSums(sasaran.node());
            }
        });
    }

    private static void assertSums(FormNode node) {
        if (node.isLeaf()) {
            assertThat(node.totalBudget()).isEqualTo(node.budget());
            return;
        }
        RowBudget total = node.totalBudget().orElseThrow();
        BigDecimal renstraPagu = BigDecimal.ZERO;
        BigDecimal toLastYear = BigDecimal.ZERO;
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal[] quarters = new BigDecimal[4];
        for (FormNode child : node.children()) {
            RowBudget budget = child.totalBudget().orElseThrow();
            renstraPagu = renstraPagu.add(budget.renstraPagu());
            toLastYear = toLastYear.add(budget.renstraRealisasiToLastYear());
            pagu = pagu.add(budget.pagu());
            for (int q = 1; q <= 4; q++) {
                Optional<BigDecimal> value = budget.realisasi().get(q).valueIfPresent();
                if (value.isPresent()) {
                    quarters[q - 1] = quarters[q - 1] == null ? value.get() : quarters[q - 1].add(value.get());
                }
            }
            assertSums(child);
        }
        assertThat(total.renstraPagu()).isEqualByComparingTo(renstraPagu);
        assertThat(total.renstraRealisasiToLastYear()).isEqualByComparingTo(toLastYear);
        assertThat(total.pagu()).isEqualByComparingTo(pagu);
        for (int q = 1; q <= 4; q++) {
            BigDecimal expected = quarters[q - 1];
            Optional<BigDecimal> sum = total.realisasi().get(q).valueIfPresent();
            assertThat(sum.isPresent()).as("triwulan %d reported by a child", q).isEqualTo(expected != null);
            sum.ifPresent(value -> assertThat(value).isEqualByComparingTo(expected));
        }
    }

    @Test
    void aFormWhosePrintedCellsTheLibraryComputedHasNoFinding() {
        qt200().forAll(longs().all()).checkAssert(seed -> assertThat(audit(generated(seed)
                .withComputedFigures(Capaian.Policy.DEFAULT))).isEmpty());
    }

    /** A printed cell of a form: where it stands, and how to print another figure there. */
    private record Cell(Location location, BigDecimal printed, Function<BigDecimal, EvaluationForm> printing) {
    }

    /** Every printed figure of a form, with the form that prints another figure in its place. */
    private static List<Cell> cells(EvaluationForm form) {
        String table = form.kind().title();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<FormColumn, BigDecimal> cell : form.printedFigures().entrySet()) {
            String row = cell.getKey().isPercent() || cell.getKey().half() == Half.K ? "Rata-rata capaian kinerja"
                    : "Jumlah";
            cells.add(new Cell(new Location(table, row, cell.getKey().label()), cell.getValue(),
                    figure -> form.withPrinted(cell.getKey(), figure)));
        }
        for (int i = 0; i < form.entries().size(); i++) {
            int at = i;
            collect(form.entries().get(i), table, cells, entry -> {
                List<FormEntry> entries = new ArrayList<>(form.entries());
                entries.set(at, entry);
                return copyOf(form, entries);
            });
        }
        return cells;
    }

    private static void collect(FormEntry entry, String table, List<Cell> cells,
            Function<FormEntry, EvaluationForm> replacing) {
        String label = entry.code().isEmpty() ? entry.name() : entry.code() + " " + entry.name();
        for (Map.Entry<FormColumn, BigDecimal> cell : entry.printedFigures().entrySet()) {
            cells.add(new Cell(new Location(table, label, cell.getKey().label()), cell.getValue(),
                    figure -> replacing.apply(entry.withPrinted(cell.getKey(), figure))));
        }
        for (int i = 0; i < entry.indicators().size(); i++) {
            int at = i;
            FormIndicatorRow row = entry.indicators().get(i);
            String where = (entry.code().isEmpty() ? entry.name() + ":" : entry.code()) + " "
                    + row.row().indicator().name();
            for (Map.Entry<FormColumn, BigDecimal> cell : row.printedFigures().entrySet()) {
                cells.add(new Cell(new Location(table, where, cell.getKey().label()), cell.getValue(),
                        figure -> {
                            List<FormIndicatorRow> rows = new ArrayList<>(entry.indicators());
                            rows.set(at, row.withPrinted(cell.getKey(), figure));
                            return replacing.apply(rebuilt(entry, rows, entry.children()));
                        }));
            }
        }
        for (int i = 0; i < entry.children().size(); i++) {
            int at = i;
            collect(entry.children().get(i), table, cells, child -> {
                List<FormEntry> children = new ArrayList<>(entry.children());
                children.set(at, child);
                return replacing.apply(rebuilt(entry, entry.indicators(), children));
            });
        }
    }

    /** The entry with other rows or children and the same printed figures. */
    private static FormEntry rebuilt(FormEntry entry, List<FormIndicatorRow> rows, List<FormEntry> children) {
        FormEntry copy = entry.budget().isPresent()
                ? FormEntry.leaf(entry.level(), entry.code(), entry.name(), rows, entry.budget().get())
                : FormEntry.parent(entry.level(), entry.code(), entry.name(), rows, children);
        return EvaluationFormAuditTest.copyPrinted(entry, copy);
    }

    private static EvaluationForm copyOf(EvaluationForm form, List<FormEntry> entries) {
        EvaluationForm copy = EvaluationForm.of(form.kind(), entries).withRenstraToDate(form.renstraToDate())
                .withPredicateReading(form.predicateReading()).withMeasure(form.measure());
        for (Map.Entry<FormColumn, BigDecimal> cell : form.printedFigures().entrySet()) {
            copy = copy.withPrinted(cell.getKey(), cell.getValue());
        }
        for (Half half : Half.values()) {
            Optional<Category> predicate = form.printedPredicate(half);
            if (predicate.isPresent()) {
                copy = copy.withPrintedPredicate(half, predicate.get());
            }
        }
        return copy;
    }

    @Test
    void onePrintedCellOffByOneUnitInItsLastPlaceGivesExactlyOneFindingThere() {
        qt200().forAll(longs().all(), integers().between(0, 10_000), integers().between(0, 1))
                .checkAssert((seed, pick, sign) -> {
                    EvaluationForm form = generated(seed).withComputedFigures(Capaian.Policy.DEFAULT);
                    List<Cell> cells = cells(form);
                    Cell cell = cells.get(pick % cells.size());
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(cell.printed().scale(), 0));
                    BigDecimal changed = sign == 0 ? cell.printed().add(unit) : cell.printed().subtract(unit);
                    List<Finding> findings = audit(cell.printing().apply(changed));
                    assertThat(findings).as("%s printed %s instead of %s", cell.location(), changed, cell.printed())
                            .hasSize(1);
                    assertThat(findings.get(0).location()).isEqualTo(cell.location());
                });
    }

    @Test
    void theGeneratedFormsHaveEveryKindOfCell() {
        List<Cell> cells = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            cells.addAll(cells(generated(seed).withComputedFigures(Capaian.Policy.DEFAULT)));
        }
        assertThat(cells).extracting(c -> c.location().column()).contains("13 K", "14 K", "15 K", "13/8 K", "6 Rp",
                "9 Rp", "12 Rp", "13 Rp", "14 Rp", "15 Rp", "13/8 Rp");
        assertThat(cells).extracting(c -> c.location().row()).contains("Jumlah", "Rata-rata capaian kinerja");
    }
}
