package io.github.sakip.cli;

import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.Figure;
import io.github.sakip.Ikm;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Severity;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The auditor's working paper (kertas kerja) of one report, as a workbook: a summary; each table of the report
 * with its printed figures beside the recomputed ones, the working of each figure in a column of its own, the
 * cells the audit found wrong filled in the colour of the finding's severity and the row's findings beside them;
 * and a sheet of every finding.
 * <p>
 * The texts for people in it (the summary, the workings, the findings, the reasons, the legend) are in the language
 * of {@code --lang}; the sheets' names and the tables' headers are the report's own Indonesian terms in every
 * language, as the template has them, so that a tool reading the working paper finds the same layout.
 * <p>
 * A finding is placed on the cell it is about by its check (which column) and the row its location names; a
 * finding of a check this class does not place (one a later version of the audit adds) is on the sheet of
 * findings only.
 */
final class WorkingPaper {

    /** The fill of a cell by the severity of its finding: Excel's own "bad", "neutral" and a light blue. */
    static final Map<Severity, String> FILL = new EnumMap<>(Map.of(Severity.ERROR, "FFC7CE", Severity.WARNING,
            "FFEB9C", Severity.NOTE, "DDEBF7"));

    private static final String HEADER_FILL = "D9E1F2";

    /** A cell: its value (String, BigDecimal, Integer, or null) and the finding that marks it, if any. */
    private static final class Cell {
        final Object value;
        String format;
        Severity mark;

        Cell(Object value) {
            this.value = value;
        }
    }

    /** A sheet being built: headers, rows of cells, and each row's labels that a finding's location may name. */
    private static final class Sheet {
        final String name;
        final List<String> headers;
        final List<List<Cell>> rows = new ArrayList<>();
        final List<List<String>> labels = new ArrayList<>();
        final List<List<Finding>> findings = new ArrayList<>();

        Sheet(String name, String... headers) {
            this.name = name;
            this.headers = List.of(headers);
        }

        List<Cell> row(List<String> rowLabels, Object... values) {
            List<Cell> cells = new ArrayList<>();
            for (Object value : values) {
                cells.add(new Cell(value));
            }
            rows.add(cells);
            labels.add(rowLabels);
            findings.add(new ArrayList<>());
            return cells;
        }

        int column(String header) {
            return headers.indexOf(header);
        }

        /** Places a finding on the row a label names, in a column; false when no row has that label. */
        boolean place(Finding finding, String header) {
            boolean placed = false;
            for (int r = 0; r < rows.size(); r++) {
                if (labels.get(r).contains(finding.location().row())) {
                    int c = column(header);
                    if (c < 0) {
                        return false;
                    }
                    Cell cell = rows.get(r).get(c);
                    if (cell.mark == null || finding.severity().compareTo(cell.mark) < 0) {
                        cell.mark = finding.severity();
                    }
                    findings.get(r).add(finding);
                    placed = true;
                }
            }
            return placed;
        }
    }

    private final Recomputed recomputed;
    private final String source;
    private final Texts texts;

    WorkingPaper(Recomputed recomputed, String source, Texts texts) {
        this.recomputed = recomputed;
        this.source = source;
        this.texts = texts;
    }

    private Object rounded(Figure figure) {
        return figure.isComputable() ? figure.rounded() : texts.get("notComputable");
    }

    /** The working of a figure, in the language of the texts. */
    private String working(Figure figure) {
        return figure.explain(recomputed.language());
    }

    void write(OutputStream out) throws IOException {
        PerformanceReport report = recomputed.report();
        List<Finding> all = recomputed.audit().findings();

        Sheet pk = new Sheet("Perjanjian Kinerja", "No", "Indikator", "Satuan", "Target", "Realisasi",
                "Capaian (dicetak)", "Capaian (dihitung)", "Kategori (dicetak)", "Kategori (dihitung)",
                "Perhitungan", "Temuan");
        for (Recomputed.PkLine line : recomputed.performance()) {
            PerformanceRow row = line.row();
            pk.row(List.of(row.number() + " " + row.indicator().name()), row.number(), row.indicator().name(),
                    row.indicator().unit(), row.target().format(), row.realization().valueIfPresent()
                            .map(v -> (Object) v).orElse("-"),
                    row.printedCapaian().orElse(null), rounded(line.capaian()),
                    row.printedCategory().map(c -> c.label()).orElse(null),
                    line.capaian().category().map(c -> c.label()).orElse("-"), working(line.capaian()), null);
        }

        Sheet budget = new Sheet("Anggaran", "Kode", "Uraian", "Anggaran (dicetak)", "Anggaran (dihitung)",
                "Realisasi (dicetak)", "Realisasi (dihitung)", "Persentase (dicetak)", "Persentase (dihitung)",
                "Perhitungan", "Temuan");
        BudgetTree tree = tree(report);
        for (BudgetRow row : report.budget().lines()) {
            Optional<BudgetTree.Node> node = tree == null ? Optional.empty() : node(tree, row.code());
            Figure absorption = BudgetLine.absorptionOf(row.pagu(), row.realisasi());
            budget.row(List.of(row.code(), row.code() + " " + row.name()), row.code(), row.name(), row.pagu(),
                    node.map(n -> (Object) n.computedPagu()).orElse(null), row.realisasi(),
                    node.map(n -> (Object) n.computedRealisasi()).orElse(null),
                    row.printedPercent().orElse(null), rounded(absorption),
                    node.filter(n -> !n.isLeaf()).map(n -> texts.get("paper.sumBelow", working(absorption)))
                            .orElse(working(absorption)), null);
        }
        if (!report.budget().lines().isEmpty()) {
            budget.row(List.of("Jumlah"), null, "Jumlah", report.budget().printedTotalPagu().orElse(null),
                    tree == null ? null : tree.grandTotalPagu(), report.budget().printedTotalRealisasi().orElse(null),
                    tree == null ? null : tree.grandTotalRealisasi(), null,
                    tree == null ? null : rounded(tree.grandTotalAbsorption()),
                    tree == null ? null : working(tree.grandTotalAbsorption()), null);
        }

        Sheet efficiency = new Sheet("Efisiensi", "Sasaran", "Capaian (dicetak)", "Capaian (dihitung)",
                "Penyerapan (dicetak)", "Penyerapan (dihitung)", "Efisiensi (dicetak)", "Efisiensi (dihitung)",
                "Perhitungan", "Temuan");
        for (Recomputed.EfficiencyLine line : recomputed.efficiency()) {
            efficiency.row(List.of(line.row().sasaran()), line.row().sasaran(),
                    line.row().printedCapaian().orElse(null), rounded(line.capaian()),
                    line.row().printedAbsorption().orElse(null), rounded(line.absorption()),
                    line.row().printedEfficiency().orElse(null), rounded(line.efficiency()),
                    working(line.capaian()) + "; " + working(line.absorption()) + "; " + working(line.efficiency()),
                    null);
        }

        Sheet renstra = new Sheet("Renstra", "Indikator", "Realisasi s.d. " + report.year(),
                "Target Akhir (dicetak)", "Target Akhir (dihitung)", "Kemajuan (dicetak)", "Kemajuan (dihitung)",
                "Perhitungan", "Temuan");
        for (Recomputed.RenstraLine line : recomputed.renstra()) {
            renstra.row(List.of(line.row().plan().indicator().name()), line.row().plan().indicator().name(),
                    line.toDate().valueIfPresent().map(v -> (Object) v).orElse("-"),
                    line.row().printedEndTarget().orElse(null),
                    line.row().plan().endTarget().map(t -> (Object) t.upper()).orElse("-"),
                    line.row().printedProgress().orElse(null), rounded(line.progress()), working(line.progress()),
                    null);
        }

        Sheet standards = new Sheet("Standar", "Indikator", "Realisasi", "Standar", "Nama Standar",
                "Capaian (dicetak)", "Capaian (dihitung)", "Perhitungan", "Temuan");
        for (Recomputed.StandardLine line : recomputed.standards()) {
            standards.row(List.of(line.row().indicator().name()), line.row().indicator().name(),
                    line.row().realization().valueIfPresent().map(v -> (Object) v).orElse("-"),
                    line.row().standard(), line.row().standardName(), line.row().printedPercent().orElse(null),
                    rounded(line.capaian()), working(line.capaian()), null);
        }

        Sheet akip = new Sheet("Evaluasi AKIP", "Tahun", "Nilai (dicetak)", "Nilai (dihitung)",
                "Predikat (dicetak)", "Predikat (dihitung)", "Perhitungan", "Temuan");
        for (AkipRow row : report.akip()) {
            akip.row(List.of(Integer.toString(row.year())), row.year(), row.printedTotal().orElse(null),
                    row.evaluation().total().setScale(2, RoundingMode.HALF_UP),
                    row.printedPredicate().map(Enum::name).orElse(null), row.evaluation().predicate().name(),
                    row.evaluation().explain(recomputed.language()), null);
        }

        Sheet ikm = ikm(report);
        Sheet forms = forms(report);

        for (Finding finding : all) {
            place(finding, pk, budget, efficiency, renstra, standards, akip, report);
            placeIkm(finding, ikm);
            if (finding.check().name().startsWith("FORM_")) {
                forms.place(finding, finding.location().column() + " (dicetak)");
            }
        }
        for (Sheet sheet : List.of(pk, budget, efficiency, renstra, standards, akip, ikm, forms)) {
            int c = sheet.column("Temuan");
            for (int r = 0; r < sheet.rows.size(); r++) {
                List<String> lines = new ArrayList<>();
                for (Finding f : sheet.findings.get(r)) {
                    lines.add(f.severity().label(recomputed.language()) + " " + f.location().column() + ": "
                            + f.printed() + " → " + f.expected());
                }
                if (!lines.isEmpty()) {
                    List<Cell> cells = sheet.rows.get(r);
                    Cell old = cells.get(c);
                    Cell cell = new Cell(String.join("; ", lines));
                    cell.mark = old.mark;
                    cells.set(c, cell);
                }
            }
        }

        Workbook workbook = new Workbook(out, "sakip", null);
        summary(workbook.newWorksheet("Ringkasan"), report, all);
        for (Sheet sheet : List.of(pk, budget, efficiency, renstra, standards, akip, ikm, forms)) {
            if (!sheet.rows.isEmpty()) {
                write(workbook.newWorksheet(sheet.name), sheet);
            }
        }
        findings(workbook.newWorksheet("Temuan"), all);
        workbook.finish();
    }

    /**
     * The community satisfaction surveys: per survey, a row of the survey (the index, the IKM and its grade) and a
     * row per element (its mean, converted mean, weighted mean and grade), printed beside computed under the
     * survey's policy. The rows are labelled as the audit locates its findings: the unit, and the unit with the
     * element ({@code "Layanan Perizinan: U2 Sistem, Mekanisme, dan Prosedur"}).
     */
    private Sheet ikm(PerformanceReport report) {
        Sheet sheet = new Sheet("IKM", "Unit Layanan", "Unsur", "Jumlah Responden", "Jumlah Nilai", "NRR (dicetak)",
                "NRR (dihitung)", "Nilai Konversi (dicetak)", "Nilai Konversi (dihitung)", "NRR Tertimbang (dicetak)",
                "NRR Tertimbang (dihitung)", "Nilai Indeks (dicetak)", "Nilai Indeks (dihitung)", "IKM (dicetak)",
                "IKM (dihitung)", "Mutu (dicetak)", "Mutu (dihitung)", "Perhitungan", "Temuan");
        Locale language = recomputed.language();
        for (IkmTable table : report.ikm()) {
            Ikm survey = table.ikm();
            boolean computable = survey.isComputable();
            Optional<BigDecimal> index = table.printedIndex();
            Optional<BigDecimal> value = table.printedIkm();
            sheet.row(List.of(table.unit()), table.unit(), null, table.respondents(), null, null, null, null, null,
                    null, null, index.orElse(null),
                    computable ? scaled(survey.index(), index, 2) : texts.get("notComputable"), value.orElse(null),
                    computable ? scaled(survey.value(), value, 2) : texts.get("notComputable"),
                    table.printedMutu().map(Enum::name).orElse(null),
                    computable ? survey.mutu().name() : texts.get("notComputable"), survey.explain(language), null);
            for (int i = 0; i < survey.unsur().size(); i++) {
                Ikm.Unsur unsur = survey.unsur().get(i);
                int at = i;
                String label = "U" + unsur.number();
                String where = table.unit() + ": " + (unsur.name().equals(label) ? label : label + " " + unsur.name());
                boolean answered = unsur.isComputable();
                Optional<BigDecimal> nrr = element(table.printedNrr(), i);
                Optional<BigDecimal> converted = element(table.printedConverted(), i);
                Optional<BigDecimal> weighted = element(table.printedWeightedNrr(), i);
                String none = texts.get("notComputable");
                sheet.row(List.of(where), table.unit(), label + " " + unsur.name(), null, unsur.total(),
                        nrr.orElse(null), answered ? scaled(unsur.nrr(), nrr, 2) : none, converted.orElse(null),
                        answered ? scaled(unsur.converted(), converted, 2) : none, weighted.orElse(null),
                        answered ? scaled(unsur.weightedNrr(), weighted, 3) : none, null, null, null, null,
                        table.printedUnsurMutu().map(g -> g.get(at).name()).orElse(null),
                        answered ? unsur.mutu().name() : none, unsur.explain(language), null);
            }
        }
        return sheet;
    }

    /** The cells of the evaluation forms that the audit checks: every derived column, then the predicates. */
    private static final List<String> FORM_CELLS = formCells();

    private static List<String> formCells() {
        List<String> cells = new ArrayList<>();
        for (FormColumn column : FormColumn.values()) {
            cells.add(column.label());
        }
        cells.add("Predikat K");
        cells.add("Predikat Rp");
        return cells;
    }

    /**
     * The evaluation forms of Permendagri 86/2017: per form, a row per entry and per indicator row, in the form's
     * order, then its bottom rows; every cell the form may print, printed beside computed (the form recomputed by
     * its own statement, {@link EvaluationForm#withComputedFigures}). Rows are labelled as the audit locates its
     * findings: the entry's code and name, or its code and the indicator; the bottom rows' three labels.
     */
    private Sheet forms(PerformanceReport report) {
        List<String> headers = new ArrayList<>(List.of("Formulir", "Baris"));
        for (String cell : FORM_CELLS) {
            headers.add(cell + " (dicetak)");
            headers.add(cell + " (dihitung)");
        }
        headers.add("Temuan");
        Sheet sheet = new Sheet("Formulir Evaluasi", headers.toArray(String[]::new));
        for (int i = 0; i < report.evaluationForms().size(); i++) {
            EvaluationForm form = report.evaluationForms().get(i);
            EvaluationForm computed = form.withComputedFigures(Capaian.Policy.DEFAULT);
            String number = Integer.toString(i + 1);
            for (int e = 0; e < form.entries().size(); e++) {
                formRows(sheet, number, form.entries().get(e), computed.entries().get(e));
            }
            List<Object> values = new ArrayList<>(List.of(number, "Rata-rata capaian kinerja / Jumlah / Predikat"
                    + " kinerja"));
            for (FormColumn column : FormColumn.values()) {
                values.add(form.printed(column).orElse(null));
                values.add(computed.printed(column).orElse(null));
            }
            for (Half half : Half.values()) {
                values.add(form.printedPredicate(half).map(Category::label).orElse(null));
                values.add(computed.printedPredicate(half).map(Category::label).orElse(null));
            }
            values.add(null);
            sheet.row(List.of("Rata-rata capaian kinerja", "Jumlah", "Predikat kinerja"), values.toArray());
        }
        return sheet;
    }

    private static void formRows(Sheet sheet, String number, FormEntry printed, FormEntry computed) {
        String label = printed.code().isEmpty() ? printed.name() : printed.code() + " " + printed.name();
        List<Object> values = new ArrayList<>(List.of(number, label));
        for (FormColumn column : FormColumn.values()) {
            values.add(printed.printed(column).orElse(null));
            values.add(computed.printed(column).orElse(null));
        }
        for (Half half : Half.values()) {
            values.add(printed.printedPredicate(half).map(Category::label).orElse(null));
            values.add(computed.printedPredicate(half).map(Category::label).orElse(null));
        }
        values.add(null);
        sheet.row(List.of(label), values.toArray());
        String where = printed.code().isEmpty() ? printed.name() + ":" : printed.code();
        for (int r = 0; r < printed.indicators().size(); r++) {
            FormIndicatorRow row = printed.indicators().get(r);
            FormIndicatorRow twin = computed.indicators().get(r);
            String indicator = where + " " + row.row().indicator().name();
            List<Object> cells = new ArrayList<>(List.of(number, indicator));
            for (FormColumn column : FormColumn.values()) {
                cells.add(row.printed(column).orElse(null));
                cells.add(twin.printed(column).orElse(null));
            }
            cells.add(row.printedPredicate().map(Category::label).orElse(null));
            cells.add(twin.printedPredicate().map(Category::label).orElse(null));
            cells.add(null);
            cells.add(null);
            cells.add(null);
            sheet.row(List.of(indicator), cells.toArray());
        }
        for (int c = 0; c < printed.children().size(); c++) {
            formRows(sheet, number, printed.children().get(c), computed.children().get(c));
        }
    }

    private static Optional<BigDecimal> element(Optional<List<BigDecimal>> column, int i) {
        return column.map(values -> values.get(i));
    }

    /** A computed figure at the printed figure's decimals (at least two), or at {@code decimals} when none. */
    private static BigDecimal scaled(BigDecimal value, Optional<BigDecimal> printed, int decimals) {
        int scale = printed.map(p -> Math.max(2, p.scale())).orElse(decimals);
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Places a finding about a survey on its cell of the sheet IKM, by the column its location names. */
    private static void placeIkm(Finding finding, Sheet ikm) {
        String column = finding.location().column();
        switch (finding.check()) {
            case IKM:
            case IKM_UNSUR:
                ikm.place(finding, column + " (dicetak)");
                break;
            case IKM_MUTU:
                ikm.place(finding, "Mutu (dicetak)");
                break;
            case IKM_SAMPLE:
                ikm.place(finding, "Jumlah Responden");
                break;
            default:
                break;
        }
    }

    private static BudgetTree tree(PerformanceReport report) {
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetRow row : report.budget().lines()) {
            try {
                lines.add(new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi()));
            } catch (IllegalArgumentException e) {
                // a code the audit reports as such; the line has no computed totals
            }
        }
        try {
            return lines.isEmpty() ? null : BudgetTree.of(lines);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<BudgetTree.Node> node(BudgetTree tree, String code) {
        try {
            return tree.node(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Places a finding on its cell: the sheet and column by its check, the row by its location. */
    private static void place(Finding finding, Sheet pk, Sheet budget, Sheet efficiency, Sheet renstra,
            Sheet standards, Sheet akip, PerformanceReport report) {
        Check check = finding.check();
        switch (check) {
            case CAPAIAN:
                if (!pk.place(finding, "Capaian (dicetak)")) {
                    efficiency.place(finding, "Capaian (dicetak)");
                }
                break;
            case CATEGORY:
                pk.place(finding, "Kategori (dicetak)");
                break;
            case RENSTRA_TARGET:
                pk.place(finding, "Target");
                break;
            case ABSORPTION:
                if (!budget.place(finding, "Persentase (dicetak)")) {
                    efficiency.place(finding, "Penyerapan (dicetak)");
                }
                break;
            case PARENT_TOTAL:
            case GRAND_TOTAL: {
                boolean pagu = isPagu(finding, report);
                budget.place(finding, pagu ? "Anggaran (dicetak)" : "Realisasi (dicetak)");
                break;
            }
            case BUDGET_STRUCTURE:
            case DUPLICATE_CODE:
                budget.place(finding, "Kode");
                break;
            case EFFICIENCY:
                efficiency.place(finding, "Efisiensi (dicetak)");
                break;
            case RENSTRA_PROGRESS:
                renstra.place(finding, "Kemajuan (dicetak)");
                break;
            case RENSTRA_END_TARGET:
                renstra.place(finding, "Target Akhir (dicetak)");
                break;
            case STANDARD:
                standards.place(finding, "Capaian (dicetak)");
                break;
            case AKIP_TOTAL:
                akip.place(finding, "Nilai (dicetak)");
                break;
            case AKIP_PREDICATE:
                akip.place(finding, "Predikat (dicetak)");
                break;
            default:
                break;
        }
    }

    /** Whether a total's finding is about the budget (pagu) column: its printed figure is the row's pagu. */
    private static boolean isPagu(Finding finding, PerformanceReport report) {
        String row = finding.location().row();
        if (row.equals("Jumlah")) {
            return report.budget().printedTotalPagu().map(IndonesianNumbers::format)
                    .filter(finding.printed()::equals).isPresent();
        }
        for (BudgetRow line : report.budget().lines()) {
            if (line.code().equals(row)) {
                return IndonesianNumbers.format(line.pagu()).equals(finding.printed());
            }
        }
        return false;
    }

    private void summary(Worksheet ws, PerformanceReport report, List<Finding> findings) {
        Counts counts = Counts.of(findings);
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put(texts.get("paper.report"), "LKjIP " + report.agency() + " " + report.year());
        lines.put(texts.get("paper.source"), source);
        lines.put(texts.get("paper.findings"), texts.counts(counts));
        lines.put(texts.get("paper.errors"), counts.errors());
        lines.put(texts.get("paper.warnings"), counts.warnings());
        lines.put(texts.get("paper.notes"), counts.notes());
        lines.put(texts.get("paper.policy"), texts.get("paper.policy.default"));
        int r = 0;
        ws.value(r, 0, texts.get("paper.title"));
        ws.style(r, 0).bold().fontSize(14).set();
        r += 2;
        for (Map.Entry<String, Object> line : lines.entrySet()) {
            ws.value(r, 0, line.getKey());
            ws.style(r, 0).bold().set();
            Object value = line.getValue();
            if (value instanceof Long number) {
                ws.value(r, 1, number);
            } else {
                ws.value(r, 1, value.toString());
            }
            r++;
        }
        r++;
        ws.value(r++, 0, texts.get("paper.colours"));
        for (Severity severity : Severity.values()) {
            ws.value(r, 0, severity.name());
            ws.style(r, 0).fillColor(FILL.get(severity)).set();
            ws.value(r, 1, texts.get("paper.legend." + severity.name().toLowerCase(Locale.ROOT)));
            r++;
        }
        ws.width(0, 24);
        ws.width(1, 90);
    }

    private static void write(Worksheet ws, Sheet sheet) throws IOException {
        for (int c = 0; c < sheet.headers.size(); c++) {
            ws.value(0, c, sheet.headers.get(c));
            String header = sheet.headers.get(c);
            ws.width(c, header.equals("Perhitungan") || header.equals("Temuan") ? 60
                    : header.equals("Indikator") || header.equals("Uraian") || header.equals("Sasaran")
                            || header.equals("Unit Layanan") || header.equals("Unsur") ? 45 : 16);
        }
        ws.range(0, 0, 0, sheet.headers.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
        ws.freezePane(0, 1);
        for (int r = 0; r < sheet.rows.size(); r++) {
            List<Cell> cells = sheet.rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                value(ws, r + 1, c, cell.value);
                if (cell.mark != null) {
                    ws.style(r + 1, c).fillColor(FILL.get(cell.mark)).set();
                }
            }
        }
        ws.finish();
    }

    static void value(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            BigDecimal plain = number.scale() < 0 ? number.setScale(0) : number;
            ws.value(r, c, plain);
            if (plain.scale() > 0) {
                ws.style(r, c).format("#,##0." + "0".repeat(Math.min(plain.scale(), 10))).set();
            } else if (plain.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                ws.style(r, c).format("#,##0").set();
            }
        } else if (value instanceof Integer number) {
            ws.value(r, c, number);
        } else if (value instanceof Long number) {
            ws.value(r, c, number);
        } else {
            ws.value(r, c, value.toString());
        }
    }

    private static void findings(Worksheet ws, List<Finding> findings) throws IOException {
        String[] headers = {"No", "Tingkat", "Pemeriksaan", "Tabel", "Baris", "Kolom", "Dicetak", "Seharusnya",
            "Perhitungan"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
        }
        ws.range(0, 0, 0, headers.length - 1).style().bold().fillColor(HEADER_FILL).set();
        ws.freezePane(0, 1);
        int r = 1;
        for (Finding f : findings) {
            ws.value(r, 0, r);
            ws.value(r, 1, f.severity().name());
            ws.style(r, 1).fillColor(FILL.get(f.severity())).set();
            ws.value(r, 2, f.check().name());
            ws.value(r, 3, f.location().table());
            ws.value(r, 4, f.location().row());
            ws.value(r, 5, f.location().column());
            ws.value(r, 6, f.printed());
            ws.value(r, 7, f.expected());
            ws.value(r, 8, f.working());
            r++;
        }
        int[] widths = {6, 10, 18, 24, 45, 20, 16, 16, 90};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.finish();
    }
}
