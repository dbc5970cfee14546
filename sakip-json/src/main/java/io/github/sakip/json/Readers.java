package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Period;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.audit.Severity;
import io.github.sakip.json.Fields.Reader;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The readers of every type the module binds. Numbers are read as {@link BigDecimal} from the parser's text or
 * from a JSON string, never through {@code double}, and are checked by the core's size limits before anything else
 * is done with them.
 */
final class Readers implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean ignoreUnknown;

    Readers(boolean ignoreUnknown) {
        this.ignoreUnknown = ignoreUnknown;
    }

    // ---- scalars ----------------------------------------------------------------------------------------------

    static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Fields.wrongToken(p, ctxt, String.class, "a string");
        }
        return p.getText();
    }

    /**
     * Reads an exact decimal from a JSON number or a JSON string such as {@code "70.20"}, keeping its scale, and
     * checks its size with the core's limits before returning it.
     */
    static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value;
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                value = p.getDecimalValue();
            } catch (NumberFormatException e) {
                // An exponent beyond an int (1e99999999999): BigDecimal cannot hold it at all.
                throw (InvalidFormatException) InvalidFormatException.from(p, "Not a decimal number: "
                        + Fields.abbreviate(p.getText()) + " (" + e.getMessage() + ")", p.getText(), BigDecimal.class)
                        .initCause(e);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            // The same limit as for a JSON number, so a string cannot smuggle in what a number may not.
            p.streamReadConstraints().validateFPLength(text.length());
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw InvalidFormatException.from(p, "Not a decimal number: \"" + Fields.abbreviate(text)
                        + "\" (write it as a JSON number or a string such as \"70.20\")", text, BigDecimal.class);
            }
        } else {
            throw Fields.wrongToken(p, ctxt, BigDecimal.class, "a number");
        }
        try {
            // The core's size check: refuses 1e1000000000 and 1e-1000000000 at once, before any arithmetic.
            Realization.of(value);
        } catch (IllegalArgumentException e) {
            throw (InvalidFormatException) InvalidFormatException.from(p, e.getMessage(), value, BigDecimal.class)
                    .initCause(e);
        }
        return value;
    }

    /** Reads a decimal that must not be negative: an amount of Rupiah. */
    static BigDecimal amount(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value = decimal(p, ctxt);
        if (value.signum() < 0) {
            throw InvalidFormatException.from(p, "An amount must not be negative, but was "
                    + value.toPlainString(), value, BigDecimal.class);
        }
        return value;
    }

    static int integer(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw Fields.wrongToken(p, ctxt, Integer.class, "an integer");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw InvalidFormatException.from(p, "Integer " + Fields.abbreviate(p.getText())
                    + " is out of range", p.getText(), Integer.class);
        }
        return p.getIntValue();
    }

    /** Reads a year, from 1900 to 2999. */
    static int year(JsonParser p, DeserializationContext ctxt) throws IOException {
        int year = integer(p, ctxt);
        try {
            Period.ofYear(year);
        } catch (IllegalArgumentException e) {
            throw (InvalidFormatException) InvalidFormatException.from(p, e.getMessage(), year, Integer.class)
                    .initCause(e);
        }
        return year;
    }

    static int parseYear(String key) {
        if (key.isEmpty() || key.length() > 4 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a year is four digits");
        }
        return Period.ofYear(Integer.parseInt(key)).year();
    }

    /** Reads a value of a closed set from a string, with the parsing function's message on failure. */
    static <T> Reader<T> named(Class<T> type, Function<String, T> parse, String expected) {
        return (p, ctxt) -> {
            String text = string(p, ctxt);
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw (InvalidFormatException) InvalidFormatException.from(p, "\"" + Fields.abbreviate(text)
                        + "\" is not a " + Fields.describe(type) + "; expected " + expected, text, type)
                        .initCause(e);
            }
        };
    }

    static <E extends Enum<E>> Reader<E> enumByName(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name());
        }
        return named(type, text -> Enum.valueOf(type, text), "one of " + names);
    }

    static final Reader<Polarity> POLARITY = enumByName(Polarity.class);
    static final Reader<Accumulation> ACCUMULATION = enumByName(Accumulation.class);
    static final Reader<Severity> SEVERITY = enumByName(Severity.class);
    static final Reader<Check> CHECK = enumByName(Check.class);
    static final Reader<AkipPredicate> PREDICATE = enumByName(AkipPredicate.class);
    static final Reader<Category> CATEGORY = named(Category.class, Category::ofLabel,
            "a label of Permendagri 86/2017: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah");
    static final Reader<AkipEvaluation.Component> COMPONENT = named(AkipEvaluation.Component.class,
            Readers::component, "a label of PermenPAN-RB 88/2021: " + Writers.COMPONENT_LABELS);
    static final Reader<BudgetCode> BUDGET_CODE = named(BudgetCode.class, BudgetCode::parse,
            "a regional, K/L or free-form budget code such as \"2.07.01.2.01.02\", \"063.01.WA.3165.QAH.001\" or"
            + " \"\"");

    static final Reader<BudgetCode.Regional> REGIONAL_CODE = named(BudgetCode.Regional.class,
            text -> codeOf(BudgetCode.Regional.class, text), "a regional code of Kepmendagri 050-5889/2021 such as"
            + " \"2.07.01\" or \"X.XX.01\"");
    static final Reader<BudgetCode.Central> CENTRAL_CODE = named(BudgetCode.Central.class,
            text -> codeOf(BudgetCode.Central.class, text), "a K/L code of RKA-K/L such as \"063.01.WA\" or"
            + " \"3165.QAH.001\"");
    static final Reader<BudgetCode.FreeForm> FREE_FORM_CODE = named(BudgetCode.FreeForm.class,
            text -> codeOf(BudgetCode.FreeForm.class, text), "a code of no known nomenclature such as"
            + " \"BLUD-01\", or \"\"");

    /** Reads a code of one kind, refusing a code of another kind with the kind it is. */
    static <T extends BudgetCode> T codeOf(Class<T> kind, String text) {
        BudgetCode code = BudgetCode.parse(text);
        if (!kind.isInstance(code)) {
            throw new IllegalArgumentException("'" + text + "' is a " + code.nomenclature().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " code");
        }
        return kind.cast(code);
    }

    static AkipEvaluation.Component component(String label) {
        for (AkipEvaluation.Component c : AkipEvaluation.Component.values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no such component: " + label);
    }

    // ---- objects ----------------------------------------------------------------------------------------------

    private static Map<String, Reader<?>> spec(Object... nameThenReader) {
        Map<String, Reader<?>> spec = new LinkedHashMap<>();
        for (int i = 0; i < nameThenReader.length; i += 2) {
            spec.put((String) nameThenReader[i], (Reader<?>) nameThenReader[i + 1]);
        }
        return spec;
    }

    private Fields fields(JsonParser p, DeserializationContext ctxt, Class<?> type, Map<String, Reader<?>> spec)
            throws IOException {
        return Fields.read(p, ctxt, type, ignoreUnknown, spec);
    }

    private final Map<String, Reader<?>> targetSpec = spec(
            "from", (Reader<BigDecimal>) Readers::decimal,
            "to", (Reader<BigDecimal>) Readers::decimal);

    /** A single value as a number, or a range as {@code {"from": 80, "to": 90}}. */
    Target target(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            Fields f = fields(p, ctxt, Target.class, targetSpec);
            BigDecimal from = f.required("from");
            BigDecimal to = f.required("to");
            return f.build(() -> Target.range(from, to));
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                || p.currentToken() == JsonToken.VALUE_STRING) {
            BigDecimal value = decimal(p, ctxt);
            return Fields.build(p, ctxt, Target.class, () -> Target.of(value));
        }
        throw Fields.wrongToken(p, ctxt, Target.class, "a number or a range {\"from\": …, \"to\": …}");
    }

    private final Map<String, Reader<?>> realizationSpec = spec("absent", (Reader<String>) Readers::string);

    /** A measured value as a number, or an absence as {@code {"absent": "indikator baru"}}. */
    Realization realization(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            Fields f = fields(p, ctxt, Realization.class, realizationSpec);
            String reason = f.required("absent");
            return f.build(() -> Realization.absent(reason));
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                || p.currentToken() == JsonToken.VALUE_STRING) {
            BigDecimal value = decimal(p, ctxt);
            return Fields.build(p, ctxt, Realization.class, () -> Realization.of(value));
        }
        throw Fields.wrongToken(p, ctxt, Realization.class, "a number or an absence {\"absent\": reason}");
    }

    Realization.Measured measured(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            throw Fields.wrongToken(p, ctxt, Realization.Measured.class, "a number");
        }
        return (Realization.Measured) realization(p, ctxt);
    }

    Realization.Absent absent(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Fields.wrongToken(p, ctxt, Realization.Absent.class, "an absence {\"absent\": reason}");
        }
        return (Realization.Absent) realization(p, ctxt);
    }

    private final Map<String, Reader<?>> indicatorSpec = spec(
            "name", (Reader<String>) Readers::string,
            "unit", (Reader<String>) Readers::string,
            "polarity", POLARITY,
            "accumulation", ACCUMULATION);

    Indicator indicator(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, Indicator.class, indicatorSpec);
        String name = f.required("name");
        String unit = f.required("unit");
        Polarity polarity = f.required("polarity");
        Accumulation accumulation = f.required("accumulation");
        return f.build(() -> new Indicator(name, unit, polarity, accumulation));
    }

    private final Map<String, Reader<?>> periodSpec = spec(
            "year", (Reader<Integer>) Readers::integer,
            "quarter", (Reader<Integer>) Readers::integer);

    Period period(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, Period.class, periodSpec);
        int year = f.<Integer>required("year");
        int quarter = f.optional("quarter", 0);
        if (f.has("quarter") && quarter == 0) {
            return f.build(() -> Period.ofQuarter(year, 0));
        }
        return f.build(() -> new Period(year, quarter));
    }

    private final Map<String, Reader<?>> budgetLineSpec = spec(
            "code", BUDGET_CODE,
            "name", (Reader<String>) Readers::string,
            "pagu", (Reader<BigDecimal>) Readers::amount,
            "realisasi", (Reader<BigDecimal>) Readers::amount,
            "parent", BUDGET_CODE);

    BudgetLine budgetLine(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, BudgetLine.class, budgetLineSpec);
        BudgetCode code = f.required("code");
        String name = f.required("name");
        BigDecimal pagu = f.required("pagu");
        BigDecimal realisasi = f.required("realisasi");
        Optional<BudgetCode> parent = f.optional("parent");
        return f.build(() -> new BudgetLine(code, name, pagu, realisasi, parent));
    }

    private final Map<String, Reader<?>> renstraPlanBaselineSpec = spec(
            "year", (Reader<Integer>) Readers::year,
            "value", (Reader<BigDecimal>) Readers::decimal);

    RenstraPlan.Baseline baseline(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, RenstraPlan.Baseline.class, renstraPlanBaselineSpec);
        int year = f.<Integer>required("year");
        BigDecimal value = f.required("value");
        return f.build(() -> new RenstraPlan.Baseline(year, value));
    }

    private final Map<String, Reader<?>> renstraPlanYearTargetSpec = spec(
            "year", (Reader<Integer>) Readers::year,
            "target", (Reader<Target>) this::target);

    RenstraPlan.YearTarget yearTarget(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, RenstraPlan.YearTarget.class, renstraPlanYearTargetSpec);
        int year = f.<Integer>required("year");
        Target target = f.required("target");
        return f.build(() -> new RenstraPlan.YearTarget(year, target));
    }

    private final Map<String, Reader<?>> renstraPlanSpec = spec(
            "indicator", (Reader<Indicator>) this::indicator,
            "firstYear", (Reader<Integer>) Readers::year,
            "lastYear", (Reader<Integer>) Readers::year,
            "baseline", (Reader<RenstraPlan.Baseline>) this::baseline,
            "targets", Fields.map("targets by year", Readers::parseYear, (Reader<Target>) this::target));

    RenstraPlan renstraPlan(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, RenstraPlan.class, renstraPlanSpec);
        Indicator indicator = f.required("indicator");
        int firstYear = f.<Integer>required("firstYear");
        int lastYear = f.<Integer>required("lastYear");
        Optional<RenstraPlan.Baseline> baseline = f.optional("baseline");
        Map<Integer, Target> targets = f.optional("targets", Map.of());
        return f.build(() -> new RenstraPlan(indicator, firstYear, lastYear, baseline, new TreeMap<>(targets)));
    }

    private static final Reader<Map<AkipEvaluation.Component, BigDecimal>> BY_COMPONENT = Fields.map(
            "components of PermenPAN-RB 88/2021 (" + Writers.COMPONENT_LABELS + ")", Readers::component,
            (Reader<BigDecimal>) Readers::decimal);

    private final Map<String, Reader<?>> akipEvaluationSpec = spec("scores", BY_COMPONENT, "weights", BY_COMPONENT);

    AkipEvaluation akipEvaluation(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, AkipEvaluation.class, akipEvaluationSpec);
        Map<AkipEvaluation.Component, BigDecimal> scores = f.required("scores");
        Map<AkipEvaluation.Component, BigDecimal> weights = f.optional("weights", AkipEvaluation.DEFAULT_WEIGHTS);
        return f.build(() -> new AkipEvaluation(new EnumMap<>(weights), new EnumMap<>(scores)));
    }

    private final Map<String, Reader<?>> achievementSpec = spec(
            "percent", (Reader<BigDecimal>) Readers::decimal,
            "rounded", (Reader<BigDecimal>) Readers::decimal,
            "category", CATEGORY,
            "explain", (Reader<String>) Readers::string,
            "notComputable", (Reader<String>) Readers::string);

    /**
     * Reads a computable achievement ({@code percent}, and optionally {@code explain}, {@code rounded} and
     * {@code category}, which must agree with it) or {@code {"notComputable": reason}}.
     */
    Achievement achievement(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, Achievement.class, achievementSpec);
        if (f.has("notComputable")) {
            if (f.has("percent") || f.has("rounded") || f.has("category") || f.has("explain")) {
                throw Fields.wrongToken(p, ctxt, Achievement.class,
                        "either {\"notComputable\": reason} or a percent, not both");
            }
            String reason = f.required("notComputable");
            return f.build(() -> Achievement.notComputable(reason));
        }
        BigDecimal percent = f.required("percent");
        Optional<String> explain = f.optional("explain");
        Achievement achievement = f.build(() -> explain.isPresent() ? Achievement.of(percent, explain.get())
                : Achievement.ofPercent(percent));
        Optional<BigDecimal> rounded = f.optional("rounded");
        if (rounded.isPresent() && rounded.get().compareTo(achievement.rounded()) != 0) {
            throw f.refuse("rounded " + rounded.get().toPlainString() + " does not agree with percent "
                    + achievement.percent().toPlainString());
        }
        Optional<Category> category = f.optional("category");
        if (category.isPresent() && !category.equals(achievement.category())) {
            throw f.refuse("category " + category.get().label() + " does not agree with percent "
                    + achievement.percent().toPlainString());
        }
        return achievement;
    }

    private final Map<String, Reader<?>> locationSpec = spec(
            "table", (Reader<String>) Readers::string,
            "row", (Reader<String>) Readers::string,
            "column", (Reader<String>) Readers::string);

    Location location(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, Location.class, locationSpec);
        String table = f.required("table");
        String row = f.required("row");
        String column = f.required("column");
        return f.build(() -> new Location(table, row, column));
    }

    private final Map<String, Reader<?>> findingSpec = spec(
            "severity", SEVERITY,
            "check", CHECK,
            "location", (Reader<Location>) this::location,
            "printed", (Reader<String>) Readers::string,
            "expected", (Reader<String>) Readers::string,
            "working", (Reader<String>) Readers::string);

    Finding finding(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, Finding.class, findingSpec);
        Severity severity = f.required("severity");
        Check check = f.required("check");
        Location location = f.required("location");
        String printed = f.required("printed");
        String expected = f.required("expected");
        String working = f.required("working");
        return f.build(() -> new Finding(severity, check, location, printed, expected, working));
    }

    // ---- the report document ----------------------------------------------------------------------------------

    private static final Reader<BigDecimal> PRINTED = Readers::decimal;

    private Reader<Fields> printedOf(Class<?> row, Object... nameThenReader) {
        Map<String, Reader<?>> spec = spec(nameThenReader);
        return (p, ctxt) -> fields(p, ctxt, row, spec);
    }

    private static Optional<BigDecimal> figure(Optional<Fields> printed, String name) {
        return printed.flatMap(f -> f.<BigDecimal>optional(name));
    }

    private final Map<String, Reader<?>> performanceRowSpec = spec(
            "number", (Reader<String>) Readers::string,
            "sasaran", (Reader<String>) Readers::string,
            "indicator", (Reader<Indicator>) this::indicator,
            "target", (Reader<Target>) this::target,
            "realization", (Reader<Realization>) this::realization,
            "printed", printedOf(PerformanceRow.class, "capaian", PRINTED, "category", CATEGORY));

    PerformanceRow performanceRow(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, PerformanceRow.class, performanceRowSpec);
        String number = f.required("number");
        String sasaran = f.required("sasaran");
        Indicator indicator = f.required("indicator");
        Target target = f.required("target");
        Realization realization = f.required("realization");
        Optional<Fields> printed = f.optional("printed");
        Optional<Category> category = printed.flatMap(x -> x.<Category>optional("category"));
        return f.build(() -> new PerformanceRow(number, sasaran, indicator, target, realization,
                figure(printed, "capaian"), category));
    }

    private final Map<String, Reader<?>> budgetRowSpec = spec(
            "code", (Reader<String>) Readers::string,
            "name", (Reader<String>) Readers::string,
            "pagu", (Reader<BigDecimal>) Readers::amount,
            "realisasi", (Reader<BigDecimal>) Readers::amount,
            "printed", printedOf(BudgetRow.class, "percent", PRINTED));

    BudgetRow budgetRow(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, BudgetRow.class, budgetRowSpec);
        String code = f.required("code");
        String name = f.required("name");
        BigDecimal pagu = f.required("pagu");
        BigDecimal realisasi = f.required("realisasi");
        Optional<Fields> printed = f.optional("printed");
        return f.build(() -> new BudgetRow(code, name, pagu, realisasi, figure(printed, "percent")));
    }

    private final Map<String, Reader<?>> budgetTableSpec = spec(
            "lines", Fields.list(this::budgetRow),
            "printed", printedOf(BudgetTable.class, "totalPagu", PRINTED, "totalRealisasi", PRINTED));

    BudgetTable budgetTable(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, BudgetTable.class, budgetTableSpec);
        List<BudgetRow> lines = f.optional("lines", List.of());
        Optional<Fields> printed = f.optional("printed");
        return f.build(() -> new BudgetTable(lines, figure(printed, "totalPagu"), figure(printed, "totalRealisasi")));
    }

    private final Map<String, Reader<?>> renstraRowSpec = spec(
            "plan", (Reader<RenstraPlan>) this::renstraPlan,
            "realisations", Fields.map("realisations by year", Readers::parseYear,
                    (Reader<Realization>) this::realization),
            "printed", printedOf(RenstraRow.class, "endTarget", PRINTED, "progress", PRINTED));

    RenstraRow renstraRow(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, RenstraRow.class, renstraRowSpec);
        RenstraPlan plan = f.required("plan");
        Map<Integer, Realization> realisations = f.optional("realisations", Map.of());
        Optional<Fields> printed = f.optional("printed");
        return f.build(() -> new RenstraRow(plan, new TreeMap<>(realisations), figure(printed, "endTarget"),
                figure(printed, "progress")));
    }

    private final Map<String, Reader<?>> efficiencyRowSpec = spec(
            "sasaran", (Reader<String>) Readers::string,
            "polarity", POLARITY,
            "target", (Reader<Target>) this::target,
            "realization", (Reader<Realization>) this::realization,
            "pagu", (Reader<BigDecimal>) Readers::amount,
            "realisasiAnggaran", (Reader<BigDecimal>) Readers::amount,
            "printed", printedOf(EfficiencyRow.class, "capaian", PRINTED, "absorption", PRINTED,
                    "efficiency", PRINTED));

    EfficiencyRow efficiencyRow(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, EfficiencyRow.class, efficiencyRowSpec);
        String sasaran = f.required("sasaran");
        Polarity polarity = f.required("polarity");
        Target target = f.required("target");
        Realization realization = f.required("realization");
        BigDecimal pagu = f.required("pagu");
        BigDecimal realisasiAnggaran = f.required("realisasiAnggaran");
        Optional<Fields> printed = f.optional("printed");
        return f.build(() -> new EfficiencyRow(sasaran, polarity, target, realization, figure(printed, "capaian"),
                pagu, realisasiAnggaran, figure(printed, "absorption"), figure(printed, "efficiency")));
    }

    private final Map<String, Reader<?>> standardRowSpec = spec(
            "indicator", (Reader<Indicator>) this::indicator,
            "realization", (Reader<Realization>) this::realization,
            "standard", (Reader<BigDecimal>) Readers::decimal,
            "standardName", (Reader<String>) Readers::string,
            "printed", printedOf(StandardRow.class, "percent", PRINTED));

    StandardRow standardRow(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, StandardRow.class, standardRowSpec);
        Indicator indicator = f.required("indicator");
        Realization realization = f.required("realization");
        BigDecimal standard = f.required("standard");
        String standardName = f.required("standardName");
        Optional<Fields> printed = f.optional("printed");
        return f.build(() -> new StandardRow(indicator, realization, standard, standardName,
                figure(printed, "percent")));
    }

    private final Map<String, Reader<?>> akipRowSpec = spec(
            "year", (Reader<Integer>) Readers::year,
            "evaluation", (Reader<AkipEvaluation>) this::akipEvaluation,
            "printed", printedOf(AkipRow.class, "total", PRINTED, "predicate", PREDICATE));

    AkipRow akipRow(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, AkipRow.class, akipRowSpec);
        int year = f.<Integer>required("year");
        AkipEvaluation evaluation = f.required("evaluation");
        Optional<Fields> printed = f.optional("printed");
        Optional<AkipPredicate> predicate = printed.flatMap(x -> x.<AkipPredicate>optional("predicate"));
        return f.build(() -> new AkipRow(year, evaluation, figure(printed, "total"), predicate));
    }

    private final Map<String, Reader<?>> performanceReportSpec = spec(
            "agency", (Reader<String>) Readers::string,
            "year", (Reader<Integer>) Readers::year,
            "performance", Fields.list(this::performanceRow),
            "budget", (Reader<BudgetTable>) this::budgetTable,
            "renstra", Fields.list(this::renstraRow),
            "efficiency", Fields.list(this::efficiencyRow),
            "standards", Fields.list(this::standardRow),
            "akip", Fields.list(this::akipRow));

    PerformanceReport report(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields f = fields(p, ctxt, PerformanceReport.class, performanceReportSpec);
        String agency = f.required("agency");
        int year = f.<Integer>required("year");
        List<PerformanceRow> performance = f.optional("performance", List.of());
        BudgetTable budget = f.optional("budget", BudgetTable.EMPTY);
        List<RenstraRow> renstra = f.optional("renstra", List.of());
        List<EfficiencyRow> efficiency = f.optional("efficiency", List.of());
        List<StandardRow> standards = f.optional("standards", List.of());
        List<AkipRow> akip = f.optional("akip", List.of());
        return f.build(() -> new PerformanceReport(agency, year, performance, budget, renstra, efficiency,
                standards, akip));
    }
}
