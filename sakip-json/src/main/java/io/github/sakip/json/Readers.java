package io.github.sakip.json;

import static io.github.sakip.json.Field.nested;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Category;
import io.github.sakip.Figure;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.audit.Severity;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Years;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.Tujuan;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * How every type the module binds is read. Numbers are read as {@link BigDecimal} from the parser's text or from a
 * JSON string, never through {@code double}, and checked by the core's size limits before anything else is done
 * with them; a nested value of a bound type is read with {@code ctxt.readValue}, so the mapper's deserializer for
 * that type reads it.
 */
final class Readers {

    private Readers() {
    }

    // ---- scalars ----------------------------------------------------------------------------------------------

    static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Json.wrongToken(p, String.class, "a string");
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
                        + Json.abbreviate(p.getText()) + " (" + e.getMessage() + ")", p.getText(), BigDecimal.class)
                        .initCause(e);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            // The same limit as for a JSON number, so a string cannot smuggle in what a number may not.
            p.streamReadConstraints().validateFPLength(text.length());
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw InvalidFormatException.from(p, "Not a decimal number: \"" + Json.abbreviate(text)
                        + "\" (write it as a JSON number or a string such as \"70.20\")", text, BigDecimal.class);
            }
        } else {
            throw Json.wrongToken(p, BigDecimal.class, "a number");
        }
        try {
            // The core's size check: refuses 1e1000000000 and 1e-1000000000 at once, before any arithmetic.
            Decimals.checked(value, "value");
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
            throw Json.wrongToken(p, Integer.class, "an integer");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw InvalidFormatException.from(p, "Integer " + Json.abbreviate(p.getText())
                    + " is out of range", p.getText(), Integer.class);
        }
        return p.getIntValue();
    }

    /** Reads a year, from 1900 to 2999. */
    static int year(JsonParser p, DeserializationContext ctxt) throws IOException {
        int year = integer(p, ctxt);
        try {
            return Years.checked(year, "year");
        } catch (IllegalArgumentException e) {
            throw (InvalidFormatException) InvalidFormatException.from(p, e.getMessage(), year, Integer.class)
                    .initCause(e);
        }
    }

    static int parseYear(String key) {
        if (key.isEmpty() || key.length() > 4 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a year is four digits");
        }
        return Years.checked(Integer.parseInt(key), "year");
    }

    /** Reads a value of a closed set from a string, with the parsing function's message on failure. */
    static <T> Deser.Body<T> named(Class<T> type, Parse<T> parse, String expected) {
        return (p, ctxt, deser) -> {
            String text = string(p, ctxt);
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw (InvalidFormatException) InvalidFormatException.from(p, "\"" + Json.abbreviate(text)
                        + "\" is not a " + Json.describe(type) + "; expected " + expected, text, type)
                        .initCause(e);
            }
        };
    }

    /** Parses a text into a value, throwing a runtime exception with a message if it is not one. */
    @FunctionalInterface
    interface Parse<T> extends Serializable {
        T apply(String text);
    }

    /** Reads an enum from the exact name of one of its constants. */
    static <E extends Enum<E>> Deser.Body<E> byName(Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return named(type, text -> Enum.valueOf(type, text), "one of " + names);
    }

    static final String COMPONENT_LABELS = Arrays.stream(AkipEvaluation.Component.values())
            .map(AkipEvaluation.Component::label).collect(Collectors.joining(", "));

    /** A component from its exact label, as the module writes it. */
    static AkipEvaluation.Component component(String label) {
        AkipEvaluation.Component component = AkipEvaluation.Component.parse(label);
        if (!component.label().equals(label)) {
            throw new IllegalArgumentException("no such component: " + label);
        }
        return component;
    }

    static final Deser.Body<Category> CATEGORY = named(Category.class, Category::parse,
            "a label of Permendagri 86/2017: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah");
    static final Deser.Body<AkipEvaluation.Component> COMPONENT = named(AkipEvaluation.Component.class,
            Readers::component, "a label of PermenPAN-RB 88/2021: " + COMPONENT_LABELS);
    static final Deser.Body<BudgetCode> BUDGET_CODE = named(BudgetCode.class, BudgetCode::parse,
            "a regional, K/L or free-form budget code such as \"2.07.01.2.01.02\", \"063.01.WA.3165.QAH.001\" or"
            + " \"\"");

    static final Deser.Body<BudgetCode.Regional> REGIONAL_CODE = named(BudgetCode.Regional.class,
            text -> codeOf(BudgetCode.Regional.class, text), "a regional code of Kepmendagri 050-5889/2021 such as"
            + " \"2.07.01\" or \"X.XX.01\"");
    static final Deser.Body<BudgetCode.Central> CENTRAL_CODE = named(BudgetCode.Central.class,
            text -> codeOf(BudgetCode.Central.class, text), "a K/L code of RKA-K/L such as \"063.01.WA\" or"
            + " \"3165.QAH.001\"");
    static final Deser.Body<BudgetCode.FreeForm> FREE_FORM_CODE = named(BudgetCode.FreeForm.class,
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

    // ---- collections ------------------------------------------------------------------------------------------

    /** Reads a JSON array of a bound type into an immutable list; nulls are refused. */
    static <T> Reader<List<T>> list(Class<T> type) {
        return (p, ctxt, nested) -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Json.wrongToken(p, List.class, "an array");
            }
            List<T> out = new ArrayList<>();
            for (JsonToken t = next(p, ctxt, 0); t != JsonToken.END_ARRAY; t = next(p, ctxt, out.size())) {
                int index = out.size();
                if (t == JsonToken.VALUE_NULL) {
                    MismatchedInputException e = MismatchedInputException.from(p, List.class,
                            "Element " + index + " must not be null");
                    e.prependPath(List.class, index);
                    throw e;
                }
                out.add(Json.read(p, ctxt, Reader.nested(type), nested,
                        new JsonMappingException.Reference(List.class, index)));
            }
            return List.copyOf(out);
        };
    }

    private static JsonToken next(JsonParser p, DeserializationContext ctxt, int index) throws IOException {
        return Json.read(p, ctxt, NEXT, Nested.ONE_OFF, new JsonMappingException.Reference(List.class, index));
    }

    private static final Reader<JsonToken> NEXT = (p, ctxt, nested) -> p.nextToken();

    /**
     * Reads a JSON object whose keys are data (years, component labels) into an insertion-ordered map; duplicate
     * keys and nulls are refused.
     */
    static <K, V> Reader<Map<K, V>> map(String what, Parse<K> key, Reader<V> value) {
        return (p, ctxt, nested) -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Json.wrongToken(p, Map.class, "an object of " + what);
            }
            Map<K, V> out = new LinkedHashMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonMappingException.Reference at = new JsonMappingException.Reference(Map.class, name);
                JsonToken t = Json.read(p, ctxt, NEXT, nested, at);
                K k;
                try {
                    k = key.apply(name);
                } catch (RuntimeException e) {
                    MismatchedInputException x = MismatchedInputException.from(p, Map.class, "Key \""
                            + Json.abbreviate(name) + "\" is not " + what + ": " + e.getMessage());
                    x.initCause(e);
                    x.prependPath(at);
                    throw x;
                }
                if (out.containsKey(k)) {
                    MismatchedInputException e = MismatchedInputException.from(p, Map.class, "Duplicate key \""
                            + name + "\": a key may appear only once");
                    e.prependPath(at);
                    throw e;
                }
                if (t == JsonToken.VALUE_NULL) {
                    MismatchedInputException e = MismatchedInputException.from(p, Map.class,
                            "Value of \"" + name + "\" must not be null");
                    e.prependPath(at);
                    throw e;
                }
                out.put(k, Json.read(p, ctxt, value, nested, at));
            }
            return out;
        };
    }

    // ---- values of the core -----------------------------------------------------------------------------------

    private static boolean isScalar(JsonParser p) {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING;
    }

    static final Field<BigDecimal> FROM = Field.of("from", Readers::decimal);
    static final Field<BigDecimal> TO = Field.of("to", Readers::decimal);
    static final Fields TARGET = Fields.of(Target.class, FROM, TO);

    /** A single value as a number, or a range as {@code {"from": 80, "to": 90}}. */
    static Target target(JsonParser p, DeserializationContext ctxt, Deser<Target> deser) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return deser.values(p, ctxt).build(v -> Target.range(v.required(FROM), v.required(TO)));
        }
        if (isScalar(p)) {
            BigDecimal value = decimal(p, ctxt);
            return Json.build(p, ctxt, Target.class, () -> Target.of(value));
        }
        throw Json.wrongToken(p, Target.class, "a number or a range {\"from\": …, \"to\": …}");
    }

    static final Field<String> ABSENT = Field.of("absent", Readers::string);
    static final Fields REALIZATION = Fields.of(Realization.class, ABSENT);

    /** A measured value as a number, or an absence as {@code {"absent": "indikator baru"}}. */
    static Realization realization(JsonParser p, DeserializationContext ctxt, Deser<? extends Realization> deser)
            throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return deser.values(p, ctxt).build(v -> Realization.absent(v.required(ABSENT)));
        }
        if (isScalar(p)) {
            BigDecimal value = decimal(p, ctxt);
            return Json.build(p, ctxt, Realization.class, () -> Realization.of(value));
        }
        throw Json.wrongToken(p, Realization.class, "a number or an absence {\"absent\": reason}");
    }

    static Realization.Measured measured(JsonParser p, DeserializationContext ctxt,
            Deser<Realization.Measured> deser) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            throw Json.wrongToken(p, Realization.Measured.class, "a number");
        }
        return (Realization.Measured) realization(p, ctxt, deser);
    }

    static Realization.Absent absent(JsonParser p, DeserializationContext ctxt, Deser<Realization.Absent> deser)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Json.wrongToken(p, Realization.Absent.class, "an absence {\"absent\": reason}");
        }
        return (Realization.Absent) realization(p, ctxt, deser);
    }

    static final Field<String> NAME = Field.of("name", Readers::string);
    static final Field<String> UNIT = Field.of("unit", Readers::string);
    static final Field<Polarity> POLARITY = nested("polarity", Polarity.class);
    static final Field<Accumulation> ACCUMULATION = nested("accumulation", Accumulation.class);
    static final Fields INDICATOR = Fields.of(Indicator.class, NAME, UNIT, POLARITY, ACCUMULATION);
    static final Deser.Build<Indicator> INDICATOR_BUILD = v -> new Indicator(v.required(NAME), v.required(UNIT),
            v.required(POLARITY), v.required(ACCUMULATION));

    static final Field<BudgetCode> CODE = nested("code", BudgetCode.class);
    static final Field<BigDecimal> PAGU = Field.of("pagu", Readers::amount);
    static final Field<BigDecimal> REALISASI = Field.of("realisasi", Readers::amount);
    static final Field<BudgetCode> PARENT = nested("parent", BudgetCode.class);
    static final Fields BUDGET_LINE = Fields.of(BudgetLine.class, CODE, NAME, PAGU, REALISASI, PARENT);
    static final Deser.Build<BudgetLine> BUDGET_LINE_BUILD = v -> {
        BudgetLine line = new BudgetLine(v.required(CODE), v.required(NAME), v.required(PAGU), v.required(REALISASI));
        Optional<BudgetCode> parent = v.optional(PARENT);
        return parent.isPresent() ? line.withParent(parent.get()) : line;
    };

    static final Field<Integer> YEAR = Field.of("year", Readers::year);
    static final Field<BigDecimal> VALUE = Field.of("value", Readers::decimal);
    static final Fields BASELINE = Fields.of(RenstraPlan.Baseline.class, YEAR, VALUE);
    static final Deser.Build<RenstraPlan.Baseline> BASELINE_BUILD = v -> new RenstraPlan.Baseline(v.required(YEAR),
            v.required(VALUE));

    static final Field<Target> TARGET_FIELD = nested("target", Target.class);
    static final Fields YEAR_TARGET = Fields.of(RenstraPlan.YearTarget.class, YEAR, TARGET_FIELD);
    static final Deser.Build<RenstraPlan.YearTarget> YEAR_TARGET_BUILD = v -> new RenstraPlan.YearTarget(
            v.required(YEAR), v.required(TARGET_FIELD));

    static final Field<Indicator> INDICATOR_FIELD = nested("indicator", Indicator.class);
    static final Field<Integer> FIRST_YEAR = Field.of("firstYear", Readers::year);
    static final Field<Integer> LAST_YEAR = Field.of("lastYear", Readers::year);
    static final Field<RenstraPlan.Baseline> BASELINE_FIELD = nested("baseline", RenstraPlan.Baseline.class);
    static final Field<Map<Integer, Target>> TARGETS = Field.of("targets", map("targets by year", Readers::parseYear,
            Reader.nested(Target.class)));
    static final Fields RENSTRA_PLAN = Fields.of(RenstraPlan.class, INDICATOR_FIELD, FIRST_YEAR, LAST_YEAR,
            BASELINE_FIELD, TARGETS);
    static final Deser.Build<RenstraPlan> RENSTRA_PLAN_BUILD = v -> printed(RenstraPlan.of(v.required(INDICATOR_FIELD),
            v.required(FIRST_YEAR), v.required(LAST_YEAR), v.optional(TARGETS, Map.of())), v.optional(BASELINE_FIELD),
            RenstraPlan::withBaseline);

    private static final Reader<Map<AkipEvaluation.Component, BigDecimal>> BY_COMPONENT = map(
            "components of PermenPAN-RB 88/2021 (" + COMPONENT_LABELS + ")", Readers::component,
            Reader.scalar(Readers::decimal));
    static final Field<Map<AkipEvaluation.Component, BigDecimal>> SCORES = Field.of("scores", BY_COMPONENT);
    static final Field<Map<AkipEvaluation.Component, BigDecimal>> WEIGHTS = Field.of("weights", BY_COMPONENT);
    static final Fields AKIP_EVALUATION = Fields.of(AkipEvaluation.class, SCORES, WEIGHTS);
    static final Deser.Build<AkipEvaluation> AKIP_EVALUATION_BUILD = v -> new AkipEvaluation(
            new EnumMap<>(v.optional(WEIGHTS, AkipEvaluation.DEFAULT_WEIGHTS)), new EnumMap<>(v.required(SCORES)));

    // ---- figures and findings ---------------------------------------------------------------------------------

    static final Field<BigDecimal> PERCENT = Field.of("percent", Readers::decimal);
    static final Field<BigDecimal> ROUNDED = Field.of("rounded", Readers::decimal);
    static final Field<Category> CATEGORY_FIELD = nested("category", Category.class);
    static final Field<String> EXPLAIN = Field.of("explain", Readers::string);
    static final Field<String> NOT_COMPUTABLE = Field.of("notComputable", Readers::string);
    static final Fields ACHIEVEMENT = Fields.of(Achievement.class, PERCENT, ROUNDED, CATEGORY_FIELD, EXPLAIN,
            NOT_COMPUTABLE);

    /**
     * Builds a computable achievement ({@code percent}, and optionally {@code explain}, {@code rounded} and
     * {@code category}, which must agree with it) or one from {@code {"notComputable": reason}}.
     */
    static Achievement achievement(Values v) throws IOException {
        if (v.has(NOT_COMPUTABLE)) {
            if (v.has(PERCENT) || v.has(ROUNDED) || v.has(CATEGORY_FIELD) || v.has(EXPLAIN)) {
                throw v.mismatch("either {\"notComputable\": reason} or a percent, not both");
            }
            return Achievement.notComputable(v.required(NOT_COMPUTABLE));
        }
        BigDecimal percent = v.required(PERCENT);
        Optional<String> explain = v.optional(EXPLAIN);
        Achievement achievement = explain.isPresent() ? Achievement.of(percent, explain.get())
                : Achievement.ofPercent(percent);
        Optional<BigDecimal> rounded = v.optional(ROUNDED);
        if (rounded.isPresent() && rounded.get().compareTo(achievement.rounded()) != 0) {
            throw v.refuse("rounded " + rounded.get().toPlainString() + " does not agree with percent "
                    + achievement.percent().toPlainString());
        }
        Optional<Category> category = v.optional(CATEGORY_FIELD);
        if (category.isPresent() && !category.equals(achievement.category())) {
            throw v.refuse("category " + category.get().label() + " does not agree with percent "
                    + achievement.percent().toPlainString());
        }
        return achievement;
    }

    static final Field<BigDecimal> QUANTITY_VALUE = Field.of("value", Readers::decimal);
    static final Field<Figure.Unit> UNIT_FIELD = nested("unit", Figure.Unit.class);
    static final Fields QUANTITY = Fields.of(Quantity.class, QUANTITY_VALUE, UNIT_FIELD, ROUNDED, EXPLAIN,
            NOT_COMPUTABLE);

    /**
     * Builds a computable quantity ({@code value}, {@code unit} and {@code explain}, and optionally
     * {@code rounded}, which must agree) or one from {@code {"unit": …, "notComputable": reason}}.
     */
    static Quantity quantity(Values v) throws IOException {
        Figure.Unit unit = v.required(UNIT_FIELD);
        if (v.has(NOT_COMPUTABLE)) {
            if (v.has(QUANTITY_VALUE) || v.has(ROUNDED) || v.has(EXPLAIN)) {
                throw v.mismatch("either {\"notComputable\": reason} or a value, not both");
            }
            return Quantity.notComputable(unit, v.required(NOT_COMPUTABLE));
        }
        Quantity quantity = Quantity.of(v.required(QUANTITY_VALUE), unit, v.required(EXPLAIN));
        Optional<BigDecimal> rounded = v.optional(ROUNDED);
        if (rounded.isPresent() && rounded.get().compareTo(quantity.rounded()) != 0) {
            throw v.refuse("rounded " + rounded.get().toPlainString() + " does not agree with value "
                    + quantity.value().toPlainString());
        }
        return quantity;
    }

    static final Field<String> TABLE = Field.of("table", Readers::string);
    static final Field<String> ROW = Field.of("row", Readers::string);
    static final Field<String> COLUMN = Field.of("column", Readers::string);
    static final Fields LOCATION = Fields.of(Location.class, TABLE, ROW, COLUMN);
    static final Deser.Build<Location> LOCATION_BUILD = v -> new Location(v.required(TABLE), v.required(ROW),
            v.required(COLUMN));

    static final Field<Severity> SEVERITY = nested("severity", Severity.class);
    static final Field<Check> CHECK = nested("check", Check.class);
    static final Field<Location> LOCATION_FIELD = nested("location", Location.class);
    static final Field<String> PRINTED_TEXT = Field.of("printed", Readers::string);
    static final Field<String> EXPECTED = Field.of("expected", Readers::string);
    static final Field<String> WORKING = Field.of("working", Readers::string);
    static final Field<List<Location>> RELATED = Field.of("related", list(Location.class));
    static final Field<String> LANGUAGE = Field.of("language", Readers::string);
    static final Fields FINDING = Fields.of(Finding.class, SEVERITY, CHECK, LOCATION_FIELD, PRINTED_TEXT, EXPECTED,
            WORKING, RELATED, LANGUAGE);
    /** A finding; its language is Bahasa Indonesia unless the document names another. */
    static final Deser.Build<Finding> FINDING_BUILD = v -> new Finding(v.required(SEVERITY), v.required(CHECK),
            v.required(LOCATION_FIELD), v.required(PRINTED_TEXT), v.required(EXPECTED), v.required(WORKING),
            v.optional(RELATED, List.of()), v.optional(LANGUAGE).map(Locale::forLanguageTag)
                    .orElse(Languages.INDONESIAN));

    // ---- the report document ----------------------------------------------------------------------------------

    /** Applies a printed figure to a row, if the document has it. */
    private static <R, V> R printed(R row, Optional<V> figure, BiFunction<R, V, R> with) {
        return figure.map(value -> with.apply(row, value)).orElse(row);
    }

    static final Field<String> NUMBER = Field.of("number", Readers::string);
    static final Field<String> SASARAN = Field.of("sasaran", Readers::string);
    static final Field<Realization> REALIZATION_FIELD = nested("realization", Realization.class);
    static final Field<BigDecimal> PRINTED_CAPAIAN = Field.of("capaian", Readers::decimal);
    static final Field<Values> PERFORMANCE_PRINTED = Field.object("printed",
            Fields.of(PerformanceRow.class, PRINTED_CAPAIAN, CATEGORY_FIELD));
    static final Fields PERFORMANCE_ROW = Fields.of(PerformanceRow.class, NUMBER, SASARAN, INDICATOR_FIELD,
            TARGET_FIELD, REALIZATION_FIELD, PERFORMANCE_PRINTED);
    static final Deser.Build<PerformanceRow> PERFORMANCE_ROW_BUILD = v -> printed(printed(PerformanceRow.of(
            v.required(NUMBER), v.required(SASARAN), v.required(INDICATOR_FIELD), v.required(TARGET_FIELD),
            v.required(REALIZATION_FIELD)), v.optional(PERFORMANCE_PRINTED, PRINTED_CAPAIAN),
            PerformanceRow::withPrintedCapaian), v.optional(PERFORMANCE_PRINTED, CATEGORY_FIELD),
            PerformanceRow::withPrintedCategory);

    static final Field<String> CODE_TEXT = Field.of("code", Readers::string);
    static final Field<BigDecimal> PRINTED_PERCENT = Field.of("percent", Readers::decimal);
    static final Field<Values> BUDGET_PRINTED = Field.object("printed", Fields.of(BudgetRow.class, PRINTED_PERCENT));
    static final Fields BUDGET_ROW = Fields.of(BudgetRow.class, CODE_TEXT, NAME, PAGU, REALISASI, BUDGET_PRINTED);
    static final Deser.Build<BudgetRow> BUDGET_ROW_BUILD = v -> printed(BudgetRow.of(v.required(CODE_TEXT),
            v.required(NAME), v.required(PAGU), v.required(REALISASI)), v.optional(BUDGET_PRINTED, PRINTED_PERCENT),
            BudgetRow::withPrintedPercent);

    static final Field<List<BudgetRow>> LINES = Field.of("lines", list(BudgetRow.class));
    static final Field<BigDecimal> TOTAL_PAGU = Field.of("totalPagu", Readers::decimal);
    static final Field<BigDecimal> TOTAL_REALISASI = Field.of("totalRealisasi", Readers::decimal);
    static final Field<Values> TABLE_PRINTED = Field.object("printed", Fields.of(BudgetTable.class, TOTAL_PAGU,
            TOTAL_REALISASI));
    static final Fields BUDGET_TABLE = Fields.of(BudgetTable.class, LINES, TABLE_PRINTED);
    static final Deser.Build<BudgetTable> BUDGET_TABLE_BUILD = v -> printed(printed(BudgetTable.of(
            v.optional(LINES, List.of())), v.optional(TABLE_PRINTED, TOTAL_PAGU), BudgetTable::withPrintedTotalPagu),
            v.optional(TABLE_PRINTED, TOTAL_REALISASI), BudgetTable::withPrintedTotalRealisasi);

    static final Field<RenstraPlan> PLAN = nested("plan", RenstraPlan.class);
    static final Field<Map<Integer, Realization>> REALIZATIONS = Field.of("realizations", map("realizations by year",
            Readers::parseYear, Reader.nested(Realization.class)));
    static final Field<BigDecimal> END_TARGET = Field.of("endTarget", Readers::decimal);
    static final Field<BigDecimal> PROGRESS = Field.of("progress", Readers::decimal);
    static final Field<Values> RENSTRA_PRINTED = Field.object("printed", Fields.of(RenstraRow.class, END_TARGET,
            PROGRESS, PRINTED_CAPAIAN));
    static final Fields RENSTRA_ROW = Fields.of(RenstraRow.class, PLAN, REALIZATIONS, RENSTRA_PRINTED);
    static final Deser.Build<RenstraRow> RENSTRA_ROW_BUILD = v -> printed(printed(printed(RenstraRow.of(
            v.required(PLAN), v.optional(REALIZATIONS, Map.of())), v.optional(RENSTRA_PRINTED, END_TARGET),
            RenstraRow::withPrintedEndTarget), v.optional(RENSTRA_PRINTED, PROGRESS), RenstraRow::withPrintedProgress),
            v.optional(RENSTRA_PRINTED, PRINTED_CAPAIAN), RenstraRow::withPrintedCapaian);

    static final Field<BigDecimal> REALISASI_ANGGARAN = Field.of("realisasiAnggaran", Readers::amount);
    static final Field<BigDecimal> PRINTED_ABSORPTION = Field.of("absorption", Readers::decimal);
    static final Field<BigDecimal> PRINTED_EFFICIENCY = Field.of("efficiency", Readers::decimal);
    static final Field<Values> EFFICIENCY_PRINTED = Field.object("printed", Fields.of(EfficiencyRow.class,
            PRINTED_CAPAIAN, PRINTED_ABSORPTION, PRINTED_EFFICIENCY));
    static final Fields EFFICIENCY_ROW = Fields.of(EfficiencyRow.class, SASARAN, POLARITY, TARGET_FIELD,
            REALIZATION_FIELD, PAGU, REALISASI_ANGGARAN, EFFICIENCY_PRINTED);

    static EfficiencyRow efficiencyRow(Values v) throws IOException {
        EfficiencyRow row = EfficiencyRow.of(v.required(SASARAN), v.required(POLARITY), v.required(TARGET_FIELD),
                v.required(REALIZATION_FIELD), v.required(PAGU), v.required(REALISASI_ANGGARAN));
        row = printed(row, v.optional(EFFICIENCY_PRINTED, PRINTED_CAPAIAN), EfficiencyRow::withPrintedCapaian);
        row = printed(row, v.optional(EFFICIENCY_PRINTED, PRINTED_ABSORPTION), EfficiencyRow::withPrintedAbsorption);
        return printed(row, v.optional(EFFICIENCY_PRINTED, PRINTED_EFFICIENCY), EfficiencyRow::withPrintedEfficiency);
    }

    static final Field<BigDecimal> STANDARD = Field.of("standard", Readers::decimal);
    static final Field<String> STANDARD_NAME = Field.of("standardName", Readers::string);
    static final Field<Values> STANDARD_PRINTED = Field.object("printed", Fields.of(StandardRow.class,
            PRINTED_PERCENT));
    static final Fields STANDARD_ROW = Fields.of(StandardRow.class, INDICATOR_FIELD, REALIZATION_FIELD, STANDARD,
            STANDARD_NAME, STANDARD_PRINTED);
    static final Deser.Build<StandardRow> STANDARD_ROW_BUILD = v -> printed(StandardRow.of(
            v.required(INDICATOR_FIELD), v.required(STANDARD), v.required(REALIZATION_FIELD),
            v.required(STANDARD_NAME)), v.optional(STANDARD_PRINTED, PRINTED_PERCENT), StandardRow::withPrintedPercent);

    static final Field<AkipEvaluation> EVALUATION = nested("evaluation", AkipEvaluation.class);
    static final Field<BigDecimal> PRINTED_TOTAL = Field.of("total", Readers::decimal);
    static final Field<AkipPredicate> PRINTED_PREDICATE = nested("predicate", AkipPredicate.class);
    static final Field<Values> AKIP_PRINTED = Field.object("printed", Fields.of(AkipRow.class, PRINTED_TOTAL,
            PRINTED_PREDICATE));
    static final Fields AKIP_ROW = Fields.of(AkipRow.class, YEAR, EVALUATION, AKIP_PRINTED);
    static final Deser.Build<AkipRow> AKIP_ROW_BUILD = v -> printed(printed(AkipRow.of(v.required(YEAR),
            v.required(EVALUATION)), v.optional(AKIP_PRINTED, PRINTED_TOTAL), AkipRow::withPrintedTotal),
            v.optional(AKIP_PRINTED, PRINTED_PREDICATE), AkipRow::withPrintedPredicate);

    static final Field<String> PARENT_TEXT = Field.of("parent", Readers::string);
    static final Field<BigDecimal> OUTPUT_TARGET = Field.of("target", Readers::decimal);
    static final Field<BigDecimal> OUTPUT_REALIZATION = Field.of("realization", Readers::decimal);
    static final Field<Values> OUTPUT = Field.object("output", Fields.of(CentralBudgetRow.class, OUTPUT_TARGET,
            OUTPUT_REALIZATION));
    static final Field<BigDecimal> PRINTED_OUTPUT_ACHIEVEMENT = Field.of("outputAchievement", Readers::decimal);
    static final Field<BigDecimal> PRINTED_EFFICIENCY_SCORE = Field.of("efficiencyScore", Readers::decimal);
    static final Field<Values> CENTRAL_PRINTED = Field.object("printed", Fields.of(CentralBudgetRow.class,
            PRINTED_ABSORPTION, PRINTED_OUTPUT_ACHIEVEMENT, PRINTED_EFFICIENCY, PRINTED_EFFICIENCY_SCORE));
    static final Fields CENTRAL_BUDGET_ROW = Fields.of(CentralBudgetRow.class, CODE_TEXT, NAME, PAGU, REALISASI,
            PARENT_TEXT, OUTPUT, CENTRAL_PRINTED);

    /**
     * Builds a line of a K/L budget table; {@code "output"} has both its {@code "target"} and its
     * {@code "realization"} or is left out.
     */
    static CentralBudgetRow centralBudgetRow(Values v) throws IOException {
        CentralBudgetRow row = printed(CentralBudgetRow.of(v.required(CODE_TEXT), v.required(NAME), v.required(PAGU),
                v.required(REALISASI)), v.optional(PARENT_TEXT), CentralBudgetRow::withParent);
        if (v.has(OUTPUT)) {
            Optional<BigDecimal> target = v.optional(OUTPUT, OUTPUT_TARGET);
            Optional<BigDecimal> realization = v.optional(OUTPUT, OUTPUT_REALIZATION);
            if (target.isEmpty() || realization.isEmpty()) {
                throw v.refuse("\"output\" needs both its \"target\" and its \"realization\"");
            }
            row = row.withOutput(target.get(), realization.get());
        }
        row = printed(row, v.optional(CENTRAL_PRINTED, PRINTED_ABSORPTION), CentralBudgetRow::withPrintedAbsorption);
        row = printed(row, v.optional(CENTRAL_PRINTED, PRINTED_OUTPUT_ACHIEVEMENT),
                CentralBudgetRow::withPrintedOutputAchievement);
        row = printed(row, v.optional(CENTRAL_PRINTED, PRINTED_EFFICIENCY), CentralBudgetRow::withPrintedEfficiency);
        return printed(row, v.optional(CENTRAL_PRINTED, PRINTED_EFFICIENCY_SCORE),
                CentralBudgetRow::withPrintedEfficiencyScore);
    }

    static final Field<List<CentralBudgetRow>> CENTRAL_LINES = Field.of("lines", list(CentralBudgetRow.class));
    static final Field<Values> CENTRAL_TABLE_PRINTED = Field.object("printed", Fields.of(CentralBudgetTable.class,
            TOTAL_PAGU, TOTAL_REALISASI));
    static final Fields CENTRAL_BUDGET_TABLE = Fields.of(CentralBudgetTable.class, CENTRAL_LINES,
            CENTRAL_TABLE_PRINTED);
    static final Deser.Build<CentralBudgetTable> CENTRAL_BUDGET_TABLE_BUILD = v -> printed(printed(
            CentralBudgetTable.of(v.optional(CENTRAL_LINES, List.of())), v.optional(CENTRAL_TABLE_PRINTED, TOTAL_PAGU),
            CentralBudgetTable::withPrintedTotalPagu), v.optional(CENTRAL_TABLE_PRINTED, TOTAL_REALISASI),
            CentralBudgetTable::withPrintedTotalRealisasi);

    static final Field<BigDecimal> ABSORPTION = Field.of("absorption", Readers::decimal);
    static final Field<BigDecimal> CONSISTENCY = Field.of("consistency", Readers::decimal);
    static final Field<BigDecimal> OUTPUT_ACHIEVEMENT = Field.of("outputAchievement", Readers::decimal);
    static final Field<BigDecimal> EFFICIENCY_FIGURE = Field.of("efficiency", Readers::decimal);
    static final Field<BigDecimal> PRINTED_VALUE = Field.of("value", Readers::decimal);
    static final Field<Values> BUDGET_PERFORMANCE_PRINTED = Field.object("printed", Fields.of(
            BudgetPerformanceRow.class, PRINTED_EFFICIENCY_SCORE, PRINTED_VALUE));
    static final Fields BUDGET_PERFORMANCE_ROW = Fields.of(BudgetPerformanceRow.class, YEAR, ABSORPTION, CONSISTENCY,
            OUTPUT_ACHIEVEMENT, EFFICIENCY_FIGURE, BUDGET_PERFORMANCE_PRINTED);
    static final Deser.Build<BudgetPerformanceRow> BUDGET_PERFORMANCE_ROW_BUILD = v -> printed(printed(printed(
            BudgetPerformanceRow.of(v.required(YEAR), v.required(ABSORPTION), v.required(CONSISTENCY),
            v.required(OUTPUT_ACHIEVEMENT)), v.optional(EFFICIENCY_FIGURE), BudgetPerformanceRow::withEfficiency),
            v.optional(BUDGET_PERFORMANCE_PRINTED, PRINTED_EFFICIENCY_SCORE),
            BudgetPerformanceRow::withPrintedEfficiencyScore), v.optional(BUDGET_PERFORMANCE_PRINTED, PRINTED_VALUE),
            BudgetPerformanceRow::withPrintedValue);

    // ---- the cascade (pohon kinerja) ------------------------------------------------------------------------

    static final Field<BigDecimal> SHARE = Field.of("share", Readers::decimal);
    static final Fields BUDGET_LINK = Fields.of(BudgetLink.class, CODE_TEXT, SHARE, PAGU, REALISASI);

    /** A code and either nothing, a {@code share}, or both {@code pagu} and {@code realisasi}. */
    static BudgetLink budgetLink(Values v) throws IOException {
        boolean amounts = v.has(PAGU) || v.has(REALISASI);
        if (v.has(SHARE) && amounts) {
            throw v.mismatch("either a \"share\" or the amounts \"pagu\" and \"realisasi\", not both");
        }
        BudgetLink link = BudgetLink.of(v.required(CODE_TEXT));
        if (v.has(SHARE)) {
            return link.withShare(v.required(SHARE));
        }
        return amounts ? link.withAmounts(v.required(PAGU), v.required(REALISASI)) : link;
    }

    /** Whether an object gives a target and a realisation; refuses one without the other: they go together. */
    private static boolean measured(Values v) throws IOException {
        if (v.has(TARGET_FIELD) != v.has(REALIZATION_FIELD)) {
            throw v.mismatch("\"target\" and \"realization\" together, or neither");
        }
        return v.has(TARGET_FIELD);
    }

    static final Field<Values> CAPAIAN_PRINTED = Field.object("printed", Fields.of(SasaranIndicator.class,
            PRINTED_CAPAIAN));
    static final Fields SASARAN_INDICATOR = Fields.of(SasaranIndicator.class, INDICATOR_FIELD, TARGET_FIELD,
            REALIZATION_FIELD, CAPAIAN_PRINTED);

    static SasaranIndicator sasaranIndicator(Values v) throws IOException {
        SasaranIndicator indicator = measured(v) ? SasaranIndicator.of(v.required(INDICATOR_FIELD),
                v.required(TARGET_FIELD), v.required(REALIZATION_FIELD)) : SasaranIndicator.of(
                v.required(INDICATOR_FIELD));
        return printed(indicator, v.optional(CAPAIAN_PRINTED, PRINTED_CAPAIAN), SasaranIndicator::withPrintedCapaian);
    }

    static final Field<String> SUPPORT = Field.of("support", Readers::string);
    static final Field<String> ANALYSIS = Field.of("analysis", Readers::string);
    static final Field<Values> PROGRAM_PRINTED = Field.object("printed", Fields.of(ProgramRow.class,
            PRINTED_CAPAIAN));
    static final Fields PROGRAM_ROW = Fields.of(ProgramRow.class, CODE_TEXT, NAME, INDICATOR_FIELD, TARGET_FIELD,
            REALIZATION_FIELD, PROGRAM_PRINTED, SUPPORT, ANALYSIS);

    static ProgramRow programRow(Values v) throws IOException {
        ProgramRow row = measured(v) ? ProgramRow.of(v.required(CODE_TEXT), v.required(NAME),
                v.required(INDICATOR_FIELD), v.required(TARGET_FIELD), v.required(REALIZATION_FIELD))
                : ProgramRow.of(v.required(CODE_TEXT), v.required(NAME), v.required(INDICATOR_FIELD));
        row = printed(row, v.optional(PROGRAM_PRINTED, PRINTED_CAPAIAN), ProgramRow::withPrintedCapaian);
        row = printed(row, v.optional(SUPPORT), ProgramRow::withSupport);
        return printed(row, v.optional(ANALYSIS), ProgramRow::withAnalysis);
    }

    static final Field<List<SasaranIndicator>> INDICATORS = Field.of("indicators", list(SasaranIndicator.class));
    static final Field<List<BudgetLink>> LINKS = Field.of("budget", list(BudgetLink.class));
    static final Field<List<ProgramRow>> PROGRAMS = Field.of("programs", list(ProgramRow.class));
    static final Fields SASARAN_FIELDS = Fields.of(Sasaran.class, NAME, INDICATORS, LINKS, PROGRAMS);
    static final Deser.Build<Sasaran> SASARAN_BUILD = v -> new Sasaran(v.required(NAME),
            v.optional(INDICATORS, List.of()), v.optional(LINKS, List.of()), v.optional(PROGRAMS, List.of()));

    static final Field<List<Sasaran>> SASARAN_LIST = Field.of("sasaran", list(Sasaran.class));
    static final Fields TUJUAN = Fields.of(Tujuan.class, NAME, SASARAN_LIST);
    static final Deser.Build<Tujuan> TUJUAN_BUILD = v -> Tujuan.of(v.required(NAME),
            v.optional(SASARAN_LIST, List.of()));

    static final Field<String> AGENCY = Field.of("agency", Readers::string);
    static final Field<List<PerformanceRow>> PERFORMANCE = Field.of("performance", list(PerformanceRow.class));
    static final Field<BudgetTable> BUDGET = nested("budget", BudgetTable.class);
    static final Field<List<RenstraRow>> RENSTRA = Field.of("renstra", list(RenstraRow.class));
    static final Field<List<EfficiencyRow>> EFFICIENCY = Field.of("efficiency", list(EfficiencyRow.class));
    static final Field<List<StandardRow>> STANDARDS = Field.of("standards", list(StandardRow.class));
    static final Field<List<AkipRow>> AKIP = Field.of("akip", list(AkipRow.class));
    static final Field<CentralBudgetTable> CENTRAL_BUDGET = nested("centralBudget", CentralBudgetTable.class);
    static final Field<List<BudgetPerformanceRow>> BUDGET_PERFORMANCE = Field.of("budgetPerformance",
            list(BudgetPerformanceRow.class));
    static final Field<List<IkmTable>> IKM = Field.of("ikm", list(IkmTable.class));
    static final Field<List<Tujuan>> CASCADE = Field.of("cascade", list(Tujuan.class));
    static final Fields REPORT = Fields.of(PerformanceReport.class, AGENCY, YEAR, PERFORMANCE, BUDGET, RENSTRA,
            EFFICIENCY, STANDARDS, AKIP, CENTRAL_BUDGET, BUDGET_PERFORMANCE, IKM, CASCADE,
            FormReaders.EVALUATION_FORMS, PrecisionJson.PRECISIONS);
    static final Deser.Build<PerformanceReport> REPORT_BUILD = v -> new PerformanceReport(v.required(AGENCY),
            v.required(YEAR), v.optional(PERFORMANCE, List.of()), v.optional(BUDGET, BudgetTable.EMPTY),
            v.optional(RENSTRA, List.of()), v.optional(EFFICIENCY, List.of()), v.optional(STANDARDS, List.of()),
            v.optional(AKIP, List.of()), v.optional(CENTRAL_BUDGET, CentralBudgetTable.EMPTY),
            v.optional(BUDGET_PERFORMANCE, List.of()), v.optional(IKM, List.of()),
            v.optional(CASCADE, List.of()), v.optional(FormReaders.EVALUATION_FORMS, List.of()),
            v.optional(PrecisionJson.PRECISIONS, List.of()));
}
