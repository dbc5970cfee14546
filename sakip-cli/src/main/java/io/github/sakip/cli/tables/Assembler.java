package io.github.sakip.cli.tables;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.Category;
import io.github.sakip.Ikm;
import io.github.sakip.Indicator;
import io.github.sakip.Mutu;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.cli.tables.Column.Kind;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Makes a report of the tables read from a workbook or CSV files: each cell read as its column's kind, each row
 * built by the core, and the first cell or row that cannot be one a {@link TableFormatException} that names it.
 */
final class Assembler {

    /** A number in a CSV table: as in JSON, without exponent. */
    private static final Pattern CSV_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Map<Sheet, Table> tables;
    private final String source;

    private Assembler(Map<Sheet, Table> tables, String source) {
        this.tables = tables;
        this.source = source;
    }

    /**
     * Makes the report.
     *
     * @param tables the tables read
     * @param source the workbook, or the directory of the CSV files, for an error about a table that is missing
     * @return the report
     * @throws TableFormatException naming the first cell or row that is wrong
     */
    static PerformanceReport report(Map<Sheet, Table> tables, String source) throws TableFormatException {
        return new Assembler(tables, source).report();
    }

    private PerformanceReport report() throws TableFormatException {
        Table laporan = tables.get(Sheet.LAPORAN);
        if (laporan == null) {
            throw new TableFormatException(source, null, 0, null, null, null, Reason.of("noLaporan",
                    Sheet.LAPORAN.title(), Sheet.LAPORAN.fileName()));
        }
        if (laporan.rows().size() != 1) {
            throw new TableFormatException(laporan.source(), sheetName(laporan), laporan.headerRow(), null, null,
                    null, Reason.of("laporanRows", Sheet.LAPORAN.title(),
                            Integer.toString(laporan.rows().size())));
        }
        Reader r = new Reader(laporan, laporan.rows().get(0));
        String agency = r.text("Instansi");
        int year = r.year("Tahun");
        Optional<BigDecimal> totalPagu = r.optional("Jumlah Anggaran (dicetak)");
        Optional<BigDecimal> totalRealisasi = r.optional("Jumlah Realisasi (dicetak)");
        Optional<BigDecimal> centralPagu = r.optional("Jumlah Anggaran K/L (dicetak)");
        Optional<BigDecimal> centralRealisasi = r.optional("Jumlah Realisasi K/L (dicetak)");
        PerformanceReport report = r.build(() -> PerformanceReport.of(agency, year));
        List<PerformanceRow> performance = performance();
        List<BudgetRow> lines = budget();
        BudgetTable budget = r.build(() -> {
            BudgetTable table = BudgetTable.of(lines);
            table = totalPagu.map(table::withPrintedTotalPagu).orElse(table);
            return totalRealisasi.map(table::withPrintedTotalRealisasi).orElse(table);
        });
        return report.withPerformance(performance).withBudget(budget).withRenstra(renstra())
                .withEfficiency(efficiency()).withStandards(standards()).withAkip(akip()).withIkm(ikm())
                .withCentralBudget(centralBudget(r, centralPagu, centralRealisasi))
                .withBudgetPerformance(budgetPerformance()).withEvaluationForms(forms());
    }

    /** A form as its row of the sheet Formulir Evaluasi gives it, with its top entries. */
    private static final class Form {
        final Reader row;
        final List<Entry> entries = new ArrayList<>();

        Form(Reader row) {
            this.row = row;
        }
    }

    /** An entry of a form as its row gives it, with its indicator rows and the entries below it. */
    private static final class Entry {
        final Reader row;
        final FormNode.Level level;
        final String code;
        final String name;
        final List<FormIndicatorRow> indicators = new ArrayList<>();
        final List<Entry> children = new ArrayList<>();

        Entry(Reader row, FormNode.Level level, String code, String name) {
            this.row = row;
            this.level = level;
            this.code = code;
            this.name = name;
        }
    }

    /** The K columns an indicator row prints, the Rp columns an entry's row prints, by header. */
    private static final Map<String, FormColumn> ROW_PRINTED = new LinkedHashMap<>();
    /** The bottom rows' printed columns on the sheet Formulir Evaluasi, by header. */
    private static final Map<String, FormColumn> FORM_PRINTED = new LinkedHashMap<>();

    static {
        ROW_PRINTED.put("13 K (dicetak)", FormColumn.K13);
        ROW_PRINTED.put("14 K (dicetak)", FormColumn.K14);
        ROW_PRINTED.put("15 K (dicetak)", FormColumn.K15);
        ROW_PRINTED.put("13/8 K (dicetak)", FormColumn.K_YEAR);
        ROW_PRINTED.put("13 Rp (dicetak)", FormColumn.RP13);
        ROW_PRINTED.put("14 Rp (dicetak)", FormColumn.RP14);
        ROW_PRINTED.put("15 Rp (dicetak)", FormColumn.RP15);
        ROW_PRINTED.put("13/8 Rp (dicetak)", FormColumn.RP_YEAR);
        FORM_PRINTED.put("15 K Rata-rata (dicetak)", FormColumn.K15);
        FORM_PRINTED.put("13/8 K Rata-rata (dicetak)", FormColumn.K_YEAR);
        for (int c = 6; c <= 14; c++) {
            FORM_PRINTED.put(c + " Rp Jumlah (dicetak)", FormColumn.of(Half.RP, Integer.toString(c)));
        }
        FORM_PRINTED.put("15 Rp (dicetak)", FormColumn.RP15);
        FORM_PRINTED.put("13/8 Rp (dicetak)", FormColumn.RP_YEAR);
    }

    /** The texts of a form's sheet, by header. */
    static final Map<String, EvaluationForm.Text> FORM_TEXTS = new LinkedHashMap<>();

    static {
        FORM_TEXTS.put("Faktor Pendorong", EvaluationForm.Text.DRIVING_FACTORS);
        FORM_TEXTS.put("Faktor Penghambat", EvaluationForm.Text.HINDERING_FACTORS);
        FORM_TEXTS.put("Tindak Lanjut Triwulan Berikutnya", EvaluationForm.Text.FOLLOW_UP_NEXT_QUARTER);
        FORM_TEXTS.put("Tindak Lanjut Renja/RKPD Berikutnya", EvaluationForm.Text.FOLLOW_UP_NEXT_PLAN);
    }

    /**
     * The evaluation forms: a row of Formulir Evaluasi each, with the rows of Formulir Evaluasi Baris of the same
     * Formulir in their order. An entry goes under the last entry above it of a higher level; an indicator row
     * belongs to the entry above it.
     */
    private List<EvaluationForm> forms() throws TableFormatException {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Reader r : rows(Sheet.FORMULIR_EVALUASI)) {
            Form earlier = forms.putIfAbsent(Column.key(r.text("Formulir")), new Form(r));
            if (earlier != null) {
                throw r.error("Formulir", Reason.of("formTwice", Integer.toString(earlier.row.row.number())));
            }
        }
        Map<Form, List<Entry>> open = new LinkedHashMap<>();
        for (Reader r : rows(Sheet.FORMULIR_EVALUASI_BARIS)) {
            Form form = forms.get(Column.key(r.text("Formulir")));
            if (form == null) {
                throw r.error("Formulir", noSuchForm());
            }
            List<Entry> stack = open.computeIfAbsent(form, f -> new ArrayList<>());
            String level = Column.key(r.text("Tingkat"));
            if (level.equals("indikator")) {
                if (stack.isEmpty()) {
                    throw r.error("Tingkat", Reason.of("indicatorWithoutEntry"));
                }
                stack.get(stack.size() - 1).indicators.add(formIndicator(r));
                continue;
            }
            FormNode.Level found = null;
            for (FormNode.Level l : FormNode.Level.values()) {
                if (l.label().equals(level)) {
                    found = l;
                }
            }
            if (found == null) {
                throw r.error("Tingkat", Reason.of("formLevel"));
            }
            Entry entry = new Entry(r, found, r.code("Kode"), r.text("Uraian"));
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level.ordinal() >= found.ordinal()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? form.entries : stack.get(stack.size() - 1).children).add(entry);
            stack.add(entry);
        }
        List<EvaluationForm> result = new ArrayList<>();
        for (Form form : forms.values()) {
            Reader r = form.row;
            EvaluationForm.Kind kind = formChoice(r, "Jenis", Map.of("renja", EvaluationForm.Kind.RENJA, "rkpd",
                    EvaluationForm.Kind.RKPD), "formKind").orElseThrow(() -> r.missing("Jenis"));
            Optional<RenstraToDate> column14 = formChoice(r, "Kolom 14", Map.of("akumulasi",
                    RenstraToDate.BY_ACCUMULATION, "7+13", RenstraToDate.PRINTED_SUM), "renstraToDate");
            Optional<PredicateReading> reading = formChoice(r, "Pembacaan Predikat", Map.of("batas bawah",
                    PredicateReading.PRINTED_LOWER_BAND, "persen bulat", PredicateReading.PRINTED_WHOLE_PERCENT,
                    "lebih dari", PredicateReading.GREATER_THAN), "predicateReading");
            Optional<Measure> measure = formChoice(r, "Kolom Predikat", Map.of("15", Measure.RENSTRA_TO_DATE,
                    "13/8", Measure.YEAR), "measure");
            List<FormEntry> entries = new ArrayList<>();
            for (Entry entry : form.entries) {
                entries.add(formEntry(entry));
            }
            Map<FormColumn, BigDecimal> printed = new LinkedHashMap<>();
            for (Map.Entry<String, FormColumn> column : FORM_PRINTED.entrySet()) {
                r.optional(column.getKey()).ifPresent(value -> printed.put(column.getValue(), value));
            }
            Optional<Category> predicateK = r.category("Predikat K (dicetak)");
            Optional<Category> predicateRp = r.category("Predikat Rp (dicetak)");
            Map<EvaluationForm.Text, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, EvaluationForm.Text> text : FORM_TEXTS.entrySet()) {
                if (r.has(text.getKey())) {
                    texts.put(text.getValue(), r.text(text.getKey()));
                }
            }
            Optional<String> source = r.has("Sumber") ? Optional.of(r.text("Sumber")) : Optional.empty();
            result.add(r.build(() -> {
                EvaluationForm form1 = EvaluationForm.of(kind, entries);
                form1 = column14.map(form1::withRenstraToDate).orElse(form1);
                form1 = reading.map(form1::withPredicateReading).orElse(form1);
                form1 = measure.map(form1::withMeasure).orElse(form1);
                for (Map.Entry<FormColumn, BigDecimal> cell : printed.entrySet()) {
                    form1 = form1.withPrinted(cell.getKey(), cell.getValue());
                }
                form1 = predicateK.isPresent() ? form1.withPrintedPredicate(Half.K, predicateK.get()) : form1;
                form1 = predicateRp.isPresent() ? form1.withPrintedPredicate(Half.RP, predicateRp.get()) : form1;
                for (Map.Entry<EvaluationForm.Text, String> text : texts.entrySet()) {
                    form1 = form1.withText(text.getKey(), text.getValue());
                }
                return source.isPresent() ? form1.withSource(source.get()) : form1;
            }));
        }
        return result;
    }

    /** One of a few words in a cell of a form's row, spaces and case aside; empty when the cell is blank. */
    private static <T> Optional<T> formChoice(Reader r, String header, Map<String, T> choices, String reason)
            throws TableFormatException {
        if (!r.has(header)) {
            return Optional.empty();
        }
        String key = Column.key(r.text(header));
        T value = choices.get(key);
        if (value == null) {
            value = choices.get(key.replace(" ", ""));
        }
        if (value == null) {
            throw r.error(header, Reason.of(reason));
        }
        return Optional.of(value);
    }

    /** An entry, with the entries below it, as the core builds it; what the core refuses names the entry's row. */
    private FormEntry formEntry(Entry entry) throws TableFormatException {
        List<FormEntry> children = new ArrayList<>();
        for (Entry child : entry.children) {
            children.add(formEntry(child));
        }
        Reader r = entry.row;
        List<String> budgetHeaders = List.of("6 Rp", "7 Rp", "8 Rp", "9 Rp", "10 Rp", "11 Rp", "12 Rp");
        Map<FormColumn, BigDecimal> printed = new LinkedHashMap<>();
        if (r.has("13 K (dicetak)") || r.has("14 K (dicetak)")) {
            throw r.error(r.has("13 K (dicetak)") ? "13 K (dicetak)" : "14 K (dicetak)",
                    Reason.of("indicatorColumn"));
        }
        for (Map.Entry<String, FormColumn> column : ROW_PRINTED.entrySet()) {
            r.optional(column.getKey()).ifPresent(value -> printed.put(column.getValue(), value));
        }
        Optional<RowBudget> budget = Optional.empty();
        if (children.isEmpty()) {
            if (budgetHeaders.stream().anyMatch(r::has)) {
                BigDecimal[] given = new BigDecimal[3];
                for (int i = 0; i < 3; i++) {
                    String header = budgetHeaders.get(i);
                    given[i] = r.optional(header).orElseThrow(() -> r.error(header, Reason.of("formBudget")));
                }
                List<Realization> quarters = new ArrayList<>(Quarters.none().asList());
                for (int q = 0; q < 4; q++) {
                    Optional<BigDecimal> value = r.optional(budgetHeaders.get(3 + q));
                    if (value.isPresent()) {
                        quarters.set(q, Realization.of(value.get()));
                    }
                }
                budget = Optional.of(r.build(() -> RowBudget.of(given[0], given[1], given[2],
                        Quarters.of(quarters.get(0), quarters.get(1), quarters.get(2), quarters.get(3)))));
            }
        } else {
            for (int c = 6; c <= 12; c++) {
                FormColumn column = FormColumn.of(Half.RP, Integer.toString(c));
                r.optional(c + " Rp").ifPresent(value -> printed.put(column, value));
            }
        }
        Optional<Category> predicateK = r.category("Predikat K (dicetak)");
        Optional<Category> predicateRp = r.category("Predikat Rp (dicetak)");
        Optional<RowBudget> own = budget;
        return r.build(() -> {
            FormEntry made = own.isPresent()
                    ? FormEntry.leaf(entry.level, entry.code, entry.name, entry.indicators, own.get())
                    : FormEntry.parent(entry.level, entry.code, entry.name, entry.indicators, children);
            for (Map.Entry<FormColumn, BigDecimal> cell : printed.entrySet()) {
                made = made.withPrinted(cell.getKey(), cell.getValue());
            }
            made = predicateK.isPresent() ? made.withPrintedPredicate(Half.K, predicateK.get()) : made;
            return predicateRp.isPresent() ? made.withPrintedPredicate(Half.RP, predicateRp.get()) : made;
        });
    }

    /** An indicator row of a form. */
    private static FormIndicatorRow formIndicator(Reader r) throws TableFormatException {
        Indicator indicator = r.indicator();
        Optional<Target> renstraTarget = r.optionalTarget("6 K");
        Realization lastYear = r.realization("7 K").orElseThrow(() -> r.error("7 K",
                Reason.of("realizationRequired", "7 K")));
        Optional<Target> yearTarget = r.optionalTarget("8 K");
        List<Realization> quarters = new ArrayList<>(Quarters.none().asList());
        for (int q = 0; q < 4; q++) {
            Optional<Realization> value = r.realization((9 + q) + " K");
            if (value.isPresent()) {
                quarters.set(q, value.get());
            }
        }
        Map<FormColumn, BigDecimal> printed = new LinkedHashMap<>();
        for (Map.Entry<String, FormColumn> column : ROW_PRINTED.entrySet()) {
            if (column.getValue().half() == Half.RP) {
                if (r.has(column.getKey())) {
                    throw r.error(column.getKey(), Reason.of("entryColumn"));
                }
            } else {
                r.optional(column.getKey()).ifPresent(value -> printed.put(column.getValue(), value));
            }
        }
        for (String header : List.of("6 Rp", "7 Rp", "8 Rp", "9 Rp", "10 Rp", "11 Rp", "12 Rp",
                "Predikat Rp (dicetak)", "Kode", "Uraian")) {
            if (r.has(header)) {
                throw r.error(header, Reason.of("entryColumn"));
            }
        }
        Optional<Category> predicate = r.category("Predikat K (dicetak)");
        Optional<String> unit = r.has("16 Unit Penanggung Jawab") ? Optional.of(r.text("16 Unit Penanggung Jawab"))
                : Optional.empty();
        return r.build(() -> {
            FormIndicatorRow row = FormIndicatorRow.of(new IndicatorRow(indicator, renstraTarget, lastYear,
                    yearTarget, Quarters.of(quarters.get(0), quarters.get(1), quarters.get(2), quarters.get(3))));
            row = unit.isPresent() ? row.withResponsible(unit.get()) : row;
            for (Map.Entry<FormColumn, BigDecimal> cell : printed.entrySet()) {
                row = row.withPrinted(cell.getKey(), cell.getValue());
            }
            return predicate.isPresent() ? row.withPrintedPredicate(predicate.get()) : row;
        });
    }

    private Reason noSuchForm() {
        Table table = tables.get(Sheet.FORMULIR_EVALUASI);
        return table != null && table.csv() ? Reason.of("noSuchForm", Sheet.FORMULIR_EVALUASI.fileName())
                : Reason.of("noSuchFormInSheet", Sheet.FORMULIR_EVALUASI.title());
    }

    /** The K/L budget table, with the grand totals printed on the sheet Laporan. */
    private CentralBudgetTable centralBudget(Reader laporan, Optional<BigDecimal> totalPagu,
            Optional<BigDecimal> totalRealisasi) throws TableFormatException {
        List<CentralBudgetRow> lines = new ArrayList<>();
        for (Reader r : rows(Sheet.ANGGARAN_KL)) {
            String code = r.code("Kode");
            String name = r.text("Uraian");
            String parent = r.code("Induk");
            BigDecimal pagu = r.number("Anggaran");
            BigDecimal realisasi = r.number("Realisasi");
            Optional<BigDecimal> target = r.optional("Target Keluaran");
            Optional<BigDecimal> output = r.optional("Realisasi Keluaran");
            if (target.isPresent() != output.isPresent()) {
                String empty = target.isPresent() ? "Realisasi Keluaran" : "Target Keluaran";
                throw r.error(empty, Reason.of("outputPair"));
            }
            Optional<BigDecimal> absorption = r.optional("Penyerapan (dicetak)");
            Optional<BigDecimal> achievement = r.optional("Capaian Keluaran (dicetak)");
            Optional<BigDecimal> efficiency = r.optional("Efisiensi (dicetak)");
            Optional<BigDecimal> score = r.optional("Nilai Efisiensi (dicetak)");
            lines.add(r.build(() -> {
                CentralBudgetRow row = CentralBudgetRow.of(code, name, pagu, realisasi);
                row = parent.isBlank() ? row : row.withParent(parent);
                row = target.isPresent() ? row.withOutput(target.get(), output.get()) : row;
                row = absorption.map(row::withPrintedAbsorption).orElse(row);
                row = achievement.map(row::withPrintedOutputAchievement).orElse(row);
                row = efficiency.map(row::withPrintedEfficiency).orElse(row);
                return score.map(row::withPrintedEfficiencyScore).orElse(row);
            }));
        }
        return laporan.build(() -> {
            CentralBudgetTable table = CentralBudgetTable.of(lines);
            table = totalPagu.map(table::withPrintedTotalPagu).orElse(table);
            return totalRealisasi.map(table::withPrintedTotalRealisasi).orElse(table);
        });
    }

    private List<BudgetPerformanceRow> budgetPerformance() throws TableFormatException {
        List<BudgetPerformanceRow> rows = new ArrayList<>();
        for (Reader r : rows(Sheet.NILAI_KINERJA_ANGGARAN)) {
            int year = r.year("Tahun");
            BigDecimal absorption = r.number("Penyerapan Anggaran");
            BigDecimal consistency = r.number("Konsistensi");
            BigDecimal achievement = r.number("Capaian Keluaran");
            Optional<BigDecimal> efficiency = r.optional("Efisiensi");
            Optional<BigDecimal> score = r.optional("Nilai Efisiensi (dicetak)");
            Optional<BigDecimal> value = r.optional("Nilai Kinerja Anggaran (dicetak)");
            rows.add(r.build(() -> {
                BudgetPerformanceRow row = BudgetPerformanceRow.of(year, absorption, consistency, achievement);
                row = efficiency.map(row::withEfficiency).orElse(row);
                row = score.map(row::withPrintedEfficiencyScore).orElse(row);
                return value.map(row::withPrintedValue).orElse(row);
            }));
        }
        return rows;
    }

    /** A survey as its row of the sheet IKM gives it, with the rows of its elements. */
    private static final class Survey {
        final Reader row;
        final List<Reader> unsur = new ArrayList<>();

        Survey(Reader row) {
            this.row = row;
        }
    }

    /**
     * The surveys: a row of IKM each, with its elements' rows of IKM Unsur in their order. A printed column of
     * the elements is filled on every row of a survey or on none; the first row that breaks this is the error.
     */
    private List<IkmTable> ikm() throws TableFormatException {
        Map<String, Survey> surveys = new LinkedHashMap<>();
        for (Reader r : rows(Sheet.IKM)) {
            String unit = r.text("Unit Layanan");
            Survey earlier = surveys.putIfAbsent(Column.key(unit), new Survey(r));
            if (earlier != null) {
                throw r.error("Unit Layanan", Reason.of("unitTwice", Integer.toString(earlier.row.row.number())));
            }
        }
        for (Reader r : rows(Sheet.IKM_UNSUR)) {
            Survey survey = surveys.get(Column.key(r.text("Unit Layanan")));
            if (survey == null) {
                throw r.error("Unit Layanan", noSuchUnit());
            }
            survey.unsur.add(r);
        }
        List<IkmTable> tables = new ArrayList<>();
        for (Survey survey : surveys.values()) {
            Reader r = survey.row;
            String unit = r.text("Unit Layanan");
            int respondents = r.count("Jumlah Responden");
            if (survey.unsur.isEmpty()) {
                throw r.error("Unit Layanan", Reason.of("noUnsur", Sheet.IKM_UNSUR.title()));
            }
            List<String> names = new ArrayList<>();
            List<BigDecimal> totals = new ArrayList<>();
            for (Reader u : survey.unsur) {
                names.add(u.text("Unsur"));
                totals.add(u.number("Jumlah Nilai"));
            }
            Optional<List<BigDecimal>> nrr = allOrNone(survey, "NRR (dicetak)");
            Optional<List<BigDecimal>> converted = allOrNone(survey, "Nilai Konversi (dicetak)");
            Optional<List<BigDecimal>> weighted = allOrNone(survey, "NRR Tertimbang (dicetak)");
            Optional<List<Mutu>> unsurMutu = Optional.empty();
            if (survey.unsur.stream().anyMatch(u -> u.has("Mutu Unsur (dicetak)"))) {
                List<Mutu> grades = new ArrayList<>();
                for (Reader u : survey.unsur) {
                    grades.add(u.mutu("Mutu Unsur (dicetak)").orElseThrow(() -> u.error("Mutu Unsur (dicetak)",
                            Reason.of("allOrNone", "Mutu Unsur (dicetak)", unit))));
                }
                unsurMutu = Optional.of(grades);
            }
            Optional<Ikm.Weight> weight = r.weight("Bobot");
            Optional<Integer> population = r.optionalCount("Populasi");
            Optional<BigDecimal> index = r.optional("Nilai Indeks (dicetak)");
            Optional<BigDecimal> ikm = r.optional("IKM (dicetak)");
            Optional<Mutu> mutu = r.mutu("Mutu (dicetak)");
            Optional<Integer> sample = r.optionalCount("Sampel (dicetak)");
            Optional<List<Mutu>> grades = unsurMutu;
            tables.add(r.build(() -> {
                IkmTable table = IkmTable.ofTotals(unit, names, respondents, totals);
                table = weight.map(table::withStatedWeight).orElse(table);
                if (population.isPresent()) {
                    table = table.withPopulation(population.get());
                }
                table = nrr.map(table::withPrintedNrr).orElse(table);
                table = converted.map(table::withPrintedConverted).orElse(table);
                table = weighted.map(table::withPrintedWeightedNrr).orElse(table);
                table = grades.map(table::withPrintedUnsurMutu).orElse(table);
                table = index.map(table::withPrintedIndex).orElse(table);
                table = ikm.map(table::withPrintedIkm).orElse(table);
                table = mutu.map(table::withPrintedMutu).orElse(table);
                return sample.isPresent() ? table.withPrintedSampleSize(sample.get()) : table;
            }));
        }
        return tables;
    }

    /** A printed column of a survey's elements: on every row, or on none. */
    private static Optional<List<BigDecimal>> allOrNone(Survey survey, String header) throws TableFormatException {
        if (survey.unsur.stream().noneMatch(u -> u.has(header))) {
            return Optional.empty();
        }
        List<BigDecimal> values = new ArrayList<>();
        for (Reader u : survey.unsur) {
            if (!u.has(header)) {
                throw u.error(header, Reason.of("allOrNone", header, u.text("Unit Layanan")));
            }
            values.add(u.number(header));
        }
        return Optional.of(values);
    }

    private Reason noSuchUnit() {
        Table table = tables.get(Sheet.IKM);
        return table != null && table.csv() ? Reason.of("noSuchUnit", Sheet.IKM.fileName())
                : Reason.of("noSuchUnitInSheet", Sheet.IKM.title());
    }

    private List<PerformanceRow> performance() throws TableFormatException {
        List<PerformanceRow> rows = new ArrayList<>();
        for (Reader r : rows(Sheet.PERJANJIAN_KINERJA)) {
            Indicator indicator = r.indicator();
            String number = r.text("No");
            String sasaran = r.text("Sasaran");
            Target target = r.target();
            Realization realization = r.realization("Realisasi").orElseThrow();
            Optional<BigDecimal> capaian = r.optional("Capaian (dicetak)");
            Optional<Category> category = r.category("Kategori (dicetak)");
            rows.add(r.build(() -> {
                PerformanceRow row = PerformanceRow.of(number, sasaran, indicator, target, realization);
                row = capaian.map(row::withPrintedCapaian).orElse(row);
                return category.map(row::withPrintedCategory).orElse(row);
            }));
        }
        return rows;
    }

    private List<BudgetRow> budget() throws TableFormatException {
        List<BudgetRow> rows = new ArrayList<>();
        for (Reader r : rows(Sheet.ANGGARAN)) {
            String code = r.code("Kode");
            String name = r.text("Uraian");
            BigDecimal pagu = r.number("Anggaran");
            BigDecimal realisasi = r.number("Realisasi");
            Optional<BigDecimal> percent = r.optional("Persentase (dicetak)");
            rows.add(r.build(() -> {
                BudgetRow row = BudgetRow.of(code, name, pagu, realisasi);
                return percent.map(row::withPrintedPercent).orElse(row);
            }));
        }
        return rows;
    }

    /** A Renstra indicator as its row gives it, with the targets and realisations of its years. */
    private static final class Plan {
        final Reader row;
        final Indicator indicator;
        final int first;
        final int last;
        final Map<Integer, Target> targets = new TreeMap<>();
        final Map<Integer, Realization> realizations = new TreeMap<>();

        Plan(Reader row, Indicator indicator, int first, int last) {
            this.row = row;
            this.indicator = indicator;
            this.first = first;
            this.last = last;
        }
    }

    private List<RenstraRow> renstra() throws TableFormatException {
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (Reader r : rows(Sheet.RENSTRA)) {
            Indicator indicator = r.indicator();
            String key = Column.key(indicator.name());
            if (plans.containsKey(key)) {
                throw r.error("Indikator", Reason.of("indicatorTwice",
                        Integer.toString(plans.get(key).row.row.number())));
            }
            plans.put(key, new Plan(r, indicator, r.year("Tahun Awal"), r.year("Tahun Akhir")));
        }
        for (Reader r : rows(Sheet.RENSTRA_TAHUNAN)) {
            Plan plan = plans.get(Column.key(r.text("Indikator")));
            if (plan == null) {
                throw r.error("Indikator", noSuchIndicator(Sheet.RENSTRA));
            }
            int year = r.year("Tahun");
            Optional<Target> target = r.has("Target") ? Optional.of(r.target()) : Optional.empty();
            if (target.isEmpty() && r.has("Target Batas Atas")) {
                throw r.error("Target Batas Atas", Reason.of("upperWithoutTarget"));
            }
            Optional<Realization> realization = r.realization("Realisasi");
            if (plan.targets.containsKey(year) || plan.realizations.containsKey(year)) {
                throw r.error("Tahun", Reason.of("yearTwice", Integer.toString(year)));
            }
            target.ifPresent(t -> plan.targets.put(year, t));
            realization.ifPresent(value -> plan.realizations.put(year, value));
        }
        List<RenstraRow> rows = new ArrayList<>();
        for (Plan plan : plans.values()) {
            Reader r = plan.row;
            Optional<Integer> baseYear = r.optionalYear("Tahun Dasar");
            Optional<BigDecimal> baseValue = r.optionalNumber("Nilai Dasar");
            if (baseYear.isPresent() != baseValue.isPresent()) {
                throw r.error(baseYear.isPresent() ? "Nilai Dasar" : "Tahun Dasar",
                        Reason.of("baseline"));
            }
            Optional<BigDecimal> endTarget = r.optional("Target Akhir (dicetak)");
            Optional<BigDecimal> progress = r.optional("Kemajuan (dicetak)");
            rows.add(r.build(() -> {
                RenstraPlan renstra = RenstraPlan.of(plan.indicator, plan.first, plan.last, plan.targets);
                if (baseYear.isPresent()) {
                    renstra = renstra.withBaseline(baseYear.get(), baseValue.orElseThrow());
                }
                RenstraRow row = RenstraRow.of(renstra, plan.realizations);
                row = endTarget.map(row::withPrintedEndTarget).orElse(row);
                return progress.map(row::withPrintedProgress).orElse(row);
            }));
        }
        return rows;
    }

    private List<EfficiencyRow> efficiency() throws TableFormatException {
        List<EfficiencyRow> rows = new ArrayList<>();
        for (Reader r : rows(Sheet.EFISIENSI)) {
            String sasaran = r.text("Sasaran");
            Polarity polarity = r.polarity("Polaritas");
            Target target = r.target();
            Realization realization = r.realization("Realisasi").orElseThrow();
            BigDecimal pagu = r.number("Anggaran");
            BigDecimal realisasi = r.number("Realisasi Anggaran");
            Optional<BigDecimal> capaian = r.optional("Capaian (dicetak)");
            Optional<BigDecimal> absorption = r.optional("Penyerapan (dicetak)");
            Optional<BigDecimal> efficiency = r.optional("Efisiensi (dicetak)");
            rows.add(r.build(() -> {
                EfficiencyRow row = EfficiencyRow.of(sasaran, polarity, target, realization, pagu, realisasi);
                row = capaian.map(row::withPrintedCapaian).orElse(row);
                row = absorption.map(row::withPrintedAbsorption).orElse(row);
                return efficiency.map(row::withPrintedEfficiency).orElse(row);
            }));
        }
        return rows;
    }

    private List<StandardRow> standards() throws TableFormatException {
        List<StandardRow> rows = new ArrayList<>();
        for (Reader r : rows(Sheet.STANDAR)) {
            Indicator indicator = r.indicator();
            Realization realization = r.realization("Realisasi").orElseThrow();
            BigDecimal standard = r.number("Standar");
            String name = r.text("Nama Standar");
            Optional<BigDecimal> percent = r.optional("Capaian (dicetak)");
            rows.add(r.build(() -> {
                StandardRow row = StandardRow.of(indicator, standard, realization, name);
                return percent.map(row::withPrintedPercent).orElse(row);
            }));
        }
        return rows;
    }

    private List<AkipRow> akip() throws TableFormatException {
        List<AkipRow> rows = new ArrayList<>();
        for (Reader r : rows(Sheet.EVALUASI_AKIP)) {
            int year = r.year("Tahun");
            BigDecimal perencanaan = r.number("Perencanaan Kinerja");
            BigDecimal pengukuran = r.number("Pengukuran Kinerja");
            BigDecimal pelaporan = r.number("Pelaporan Kinerja");
            BigDecimal evaluasi = r.number("Evaluasi Akuntabilitas Kinerja Internal");
            Optional<BigDecimal> total = r.optional("Nilai (dicetak)");
            Optional<AkipPredicate> predicate = r.predicate("Predikat (dicetak)");
            rows.add(r.build(() -> {
                AkipRow row = AkipRow.of(year, AkipEvaluation.of(perencanaan, pengukuran, pelaporan, evaluasi));
                row = total.map(row::withPrintedTotal).orElse(row);
                return predicate.map(row::withPrintedPredicate).orElse(row);
            }));
        }
        return rows;
    }

    private List<Reader> rows(Sheet sheet) {
        Table table = tables.get(sheet);
        List<Reader> readers = new ArrayList<>();
        if (table != null) {
            for (Table.Row row : table.rows()) {
                readers.add(new Reader(table, row));
            }
        }
        return readers;
    }

    /** No such indicator in a table: its CSV file, or its sheet. */
    private Reason noSuchIndicator(Sheet sheet) {
        Table table = tables.get(sheet);
        return table != null && table.csv() ? Reason.of("noSuchIndicator", sheet.fileName())
                : Reason.of("noSuchIndicatorInSheet", sheet.title());
    }

    private static String sheetName(Table table) {
        return table.csv() ? null : table.sheet().title();
    }

    /** A step that the core may refuse with an IllegalArgumentException. */
    private interface Step<T> {
        T make();
    }

    /** Reads the cells of one row, each as its column's kind. */
    private static final class Reader {

        private final Table table;
        private final Table.Row row;

        Reader(Table table, Table.Row row) {
            this.table = table;
            this.row = row;
        }

        /** Builds with the core; what the core refuses is an error of the row. */
        <T> T build(Step<T> step) throws TableFormatException {
            try {
                return step.make();
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new TableFormatException(table.source(), sheetName(table), row.number(), null, null, null,
                        Reason.refused(e));
            }
        }

        TableFormatException error(String header, Reason reason) {
            Column column = table.sheet().column(header);
            Table.Cell cell = row.cells().get(column);
            String ref = cell != null ? cell.ref() : table.ref(column, row.number());
            return new TableFormatException(table.source(), sheetName(table), row.number(), ref, header,
                    cell == null ? null : cell.shown(), reason);
        }

        /** Makes a value of one cell with the core; what the core refuses is an error of that cell. */
        <T> T cellValue(String header, Step<T> step) throws TableFormatException {
            try {
                return step.make();
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw error(header, Reason.refused(e));
            }
        }

        boolean has(String header) {
            return row.cells().containsKey(table.sheet().column(header));
        }

        private Table.Cell cell(String header) throws TableFormatException {
            Table.Cell cell = row.cells().get(table.sheet().column(header));
            if (cell == null) {
                throw missing(header);
            }
            if (cell.problem() != null) {
                throw error(header, Reason.of("notNumberNorText"));
            }
            return cell;
        }

        String text(String header) throws TableFormatException {
            Table.Cell cell = cell(header);
            return cell.text() != null ? cell.text() : cell.number().toPlainString();
        }

        String code(String header) throws TableFormatException {
            Table.Cell cell = row.cells().get(table.sheet().column(header));
            if (cell == null) {
                return "";
            }
            if (cell.problem() != null) {
                throw error(header, Reason.of("notNumberNorText"));
            }
            if (cell.text() == null) {
                throw error(header, Reason.of("codeAsNumber"));
            }
            return cell.text();
        }

        int year(String header) throws TableFormatException {
            return optionalYear(header).orElseThrow(() -> missing(header));
        }

        /** A target that may be left blank: empty then. */
        Optional<Target> optionalTarget(String header) throws TableFormatException {
            Optional<BigDecimal> value = optionalNumber(header);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(cellValue(header, () -> Target.of(value.get())));
        }

        TableFormatException missing(String header) {
            return error(header, Reason.of("required", header));
        }

        Optional<Integer> optionalYear(String header) throws TableFormatException {
            Optional<BigDecimal> value = optionalNumber(header);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal year = value.get();
            if (year.scale() > 0 && year.stripTrailingZeros().scale() > 0 || year.signum() <= 0
                    || year.compareTo(BigDecimal.valueOf(9999)) > 0) {
                throw error(header, Reason.of("notYear"));
            }
            return Optional.of(year.intValue());
        }

        BigDecimal number(String header) throws TableFormatException {
            return optionalNumber(header).orElseThrow(() -> missing(header));
        }

        /** A number of the column's kind: plain, amount or percentage; empty when the cell is blank. */
        Optional<BigDecimal> optionalNumber(String header) throws TableFormatException {
            Column column = table.sheet().column(header);
            Table.Cell cell = row.cells().get(column);
            if (cell == null) {
                return Optional.empty();
            }
            if (cell.problem() != null) {
                throw error(header, Reason.of("notNumber"));
            }
            if (cell.number() != null) {
                return Optional.of(cell.number());
            }
            String text = cell.text();
            if (table.csv()) {
                if (!CSV_NUMBER.matcher(text).matches() || text.length() > 200) {
                    throw error(header, Reason.of("notCsvNumber"));
                }
                return Optional.of(new BigDecimal(text));
            }
            try {
                return Optional.of(indonesian(text, column.kind()));
            } catch (IllegalArgumentException e) {
                throw error(header, Reason.refused(e));
            }
        }

        /** A printed figure: its scale as printed. */
        Optional<BigDecimal> optional(String header) throws TableFormatException {
            return optionalNumber(header);
        }

        Target target() throws TableFormatException {
            BigDecimal lower = number("Target");
            Optional<BigDecimal> upper = optionalNumber("Target Batas Atas");
            if (upper.isEmpty()) {
                return cellValue("Target", () -> Target.of(lower));
            }
            return cellValue("Target Batas Atas", () -> Target.range(lower, upper.get()));
        }

        Optional<Realization> realization(String header) throws TableFormatException {
            Column column = table.sheet().column(header);
            Table.Cell cell = row.cells().get(column);
            if (cell == null) {
                if (column.required()) {
                    throw error(header, Reason.of("realizationRequired", header));
                }
                return Optional.empty();
            }
            if (cell.text() != null && Character.isLetter(cell.text().codePointAt(0))) {
                return Optional.of(cellValue(header, () -> Realization.absent(cell.text())));
            }
            BigDecimal value = optionalNumber(header).orElseThrow();
            return Optional.of(cellValue(header, () -> Realization.of(value)));
        }

        Polarity polarity(String header) throws TableFormatException {
            String text = text(header).toLowerCase(Locale.ROOT);
            switch (text) {
                case "positif":
                    return Polarity.POSITIVE;
                case "negatif":
                    return Polarity.NEGATIVE;
                default:
                    throw error(header, Reason.of("polarity"));
            }
        }

        Accumulation accumulation(String header) throws TableFormatException {
            String text = Column.key(text(header));
            if (text.equals("kumulatif")) {
                return Accumulation.FLOW;
            }
            if (text.equals("non-kumulatif") || text.equals("non kumulatif")) {
                return Accumulation.STOCK;
            }
            throw error(header, Reason.of("cumulative"));
        }

        Indicator indicator() throws TableFormatException {
            String name = text("Indikator");
            String unit = text("Satuan");
            Polarity polarity = polarity("Polaritas");
            Accumulation accumulation = accumulation("Akumulasi");
            return build(() -> Indicator.of(name, unit, polarity, accumulation));
        }

        Optional<Category> category(String header) throws TableFormatException {
            if (!has(header)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Category.parse(text(header)));
            } catch (IllegalArgumentException e) {
                throw error(header, Reason.refused(e));
            }
        }

        /** A whole number of people, from 0; what the core refuses beyond that is the row's error. */
        int count(String header) throws TableFormatException {
            return optionalCount(header).orElseThrow(() -> missing(header));
        }

        Optional<Integer> optionalCount(String header) throws TableFormatException {
            Optional<BigDecimal> value = optionalNumber(header);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal count = value.get();
            if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0
                    || count.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw error(header, Reason.of("notCount"));
            }
            return Optional.of(count.intValueExact());
        }

        Optional<Mutu> mutu(String header) throws TableFormatException {
            if (!has(header)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Mutu.parse(text(header)));
            } catch (IllegalArgumentException e) {
                throw error(header, Reason.refused(e));
            }
        }

        /** The weight a report states: 1/n, 0,111 or 0,11, typed as text or as a number. */
        Optional<Ikm.Weight> weight(String header) throws TableFormatException {
            if (!has(header)) {
                return Optional.empty();
            }
            Table.Cell cell = cell(header);
            String text = cell.number() != null ? cell.number().stripTrailingZeros().toPlainString()
                    : cell.text().strip().replace(',', '.');
            switch (text) {
                case "1/n":
                    return Optional.of(Ikm.Weight.EXACT);
                case "0.111":
                    return Optional.of(Ikm.Weight.PRINTED);
                case "0.11":
                    return Optional.of(Ikm.Weight.PRINTED_TWO_DECIMALS);
                default:
                    throw error(header, Reason.of("weight"));
            }
        }

        Optional<AkipPredicate> predicate(String header) throws TableFormatException {
            if (!has(header)) {
                return Optional.empty();
            }
            try {
                return Optional.of(AkipPredicate.parse(text(header)));
            } catch (IllegalArgumentException e) {
                throw error(header, Reason.refused(e));
            }
        }
    }

    /**
     * Reads a number typed as text in a workbook, with the core's strict Indonesian parsing, keeping the decimals it
     * was written with: a percentage may end with {@code %}; an amount may start with {@code Rp} or end with
     * {@code ,-} (no sen).
     */
    static BigDecimal indonesian(String text, Kind kind) {
        BigDecimal value;
        String number = text.strip();
        if (kind == Kind.PERCENT && number.endsWith("%")) {
            value = IndonesianNumbers.parsePercent(number);
            number = number.substring(0, number.length() - 1).strip();
        } else if (kind == Kind.AMOUNT && (number.startsWith("Rp") || number.startsWith("-Rp"))) {
            return IndonesianNumbers.parseRupiah(number);
        } else if (kind == Kind.AMOUNT && number.endsWith(",-")) {
            String whole = number.substring(0, number.length() - 2);
            if (whole.contains(",")) {
                throw new IllegalArgumentException("not an Indonesian number: '" + text + "': \",-\" follows an"
                        + " amount without decimals");
            }
            return IndonesianNumbers.parse(whole);
        } else {
            value = IndonesianNumbers.parse(number);
        }
        int comma = number.indexOf(',');
        if (comma < 0) {
            return value;
        }
        int decimals = number.substring(comma + 1).strip().length();
        return value.scale() < decimals ? value.setScale(decimals) : value;
    }
}
