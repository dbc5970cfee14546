package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
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
import io.github.sakip.json.Writers.Writer;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.io.IOException;

/**
 * The Jackson module of sakip: JSON for every value type of the core, the report document
 * ({@link PerformanceReport}) and the results of an audit ({@link Achievement}, {@link Finding}).
 * <p>
 * Register it with {@code new ObjectMapper().registerModule(new SakipModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}. It needs no other
 * configuration of the mapper: numbers are read exactly as {@link java.math.BigDecimal} from a JSON number or a
 * JSON string such as {@code "70.20"}, never through {@code double}, and written as plain numbers with their
 * scale, so that a document is written back as it was read. The format is described in {@code docs/json.md}.
 * <p>
 * Input is refused early and with a Jackson exception whose message names the field and its path (the
 * reference chain, such as {@code PerformanceReport["performance"]->java.util.List[0]->PerformanceRow["target"]}):
 * wrong JSON types, nulls, missing required fields, duplicate keys, unknown fields (unless ignored), numbers too
 * large or too precise for a report (checked by the core's limits before any arithmetic), negative amounts, and
 * values the core refuses, whose {@code IllegalArgumentException} becomes the cause of a
 * {@link com.fasterxml.jackson.databind.exc.ValueInstantiationException}. Numbers of more digits than the
 * parser's {@link com.fasterxml.jackson.core.StreamReadConstraints} allow, and documents nested too deeply, are
 * refused by the parser itself.
 * <p>
 * Unknown fields are refused by default; {@link #withUnknownPropertiesIgnored()} gives a module that skips them,
 * as does disabling {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} on the mapper. A mapper registers a
 * module of this class only once: the first one registered wins.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SakipModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Whether unknown fields are skipped instead of refused. */
    private final boolean unknownPropertiesIgnored;

    /**
     * Creates the module, which refuses unknown fields.
     */
    public SakipModule() {
        this(false);
    }

    private SakipModule(boolean unknownPropertiesIgnored) {
        super("sakip", Version.unknownVersion());
        this.unknownPropertiesIgnored = unknownPropertiesIgnored;
        Readers r = new Readers(unknownPropertiesIgnored);

        bind(Target.class, Writers::target, r::target);
        bind(Realization.class, Writers::realization, r::realization);
        bind(Realization.Measured.class, Writers::realization, r::measured);
        bind(Realization.Absent.class, Writers::realization, r::absent);
        bind(Indicator.class, Writers::indicator, r::indicator);
        bind(Period.class, Writers::period, r::period);
        bind(BudgetLine.class, Writers::budgetLine, r::budgetLine);
        bind(BudgetCode.class, (v, g) -> g.writeString(v.toString()), Readers.BUDGET_CODE);
        bind(BudgetCode.Regional.class, (v, g) -> g.writeString(v.toString()), Readers.REGIONAL_CODE);
        bind(BudgetCode.Central.class, (v, g) -> g.writeString(v.toString()), Readers.CENTRAL_CODE);
        bind(BudgetCode.FreeForm.class, (v, g) -> g.writeString(v.toString()), Readers.FREE_FORM_CODE);
        bind(RenstraPlan.class, Writers::renstraPlan, r::renstraPlan);
        bind(RenstraPlan.Baseline.class, Writers::baseline, r::baseline);
        bind(RenstraPlan.YearTarget.class, Writers::yearTarget, r::yearTarget);
        bind(AkipEvaluation.class, Writers::akipEvaluation, r::akipEvaluation);
        bind(AkipEvaluation.Component.class, (v, g) -> g.writeString(v.label()), Readers.COMPONENT);
        bind(Category.class, (v, g) -> g.writeString(v.label()), Readers.CATEGORY);
        bind(AkipPredicate.class, (v, g) -> g.writeString(v.name()), Readers.PREDICATE);
        bind(Polarity.class, (v, g) -> g.writeString(v.name()), Readers.POLARITY);
        bind(Accumulation.class, (v, g) -> g.writeString(v.name()), Readers.ACCUMULATION);
        bind(Achievement.class, Writers::achievement, r::achievement);
        bind(Severity.class, (v, g) -> g.writeString(v.name()), Readers.SEVERITY);
        bind(Check.class, (v, g) -> g.writeString(v.name()), Readers.CHECK);
        bind(Location.class, Writers::location, r::location);
        bind(Finding.class, Writers::finding, r::finding);

        bind(PerformanceRow.class, Writers::performanceRow, r::performanceRow);
        bind(BudgetRow.class, Writers::budgetRow, r::budgetRow);
        bind(BudgetTable.class, Writers::budgetTable, r::budgetTable);
        bind(RenstraRow.class, Writers::renstraRow, r::renstraRow);
        bind(EfficiencyRow.class, Writers::efficiencyRow, r::efficiencyRow);
        bind(StandardRow.class, Writers::standardRow, r::standardRow);
        bind(AkipRow.class, Writers::akipRow, r::akipRow);
        bind(PerformanceReport.class, Writers::report, r::report);
    }

    /**
     * Returns a copy of this module that skips unknown fields instead of refusing them; everything else is still
     * checked.
     *
     * @return a new module that ignores unknown fields
     */
    public SakipModule withUnknownPropertiesIgnored() {
        return new SakipModule(true);
    }

    /**
     * Tells whether this module skips unknown fields.
     *
     * @return true if unknown fields are ignored, false if they are refused
     */
    public boolean isUnknownPropertiesIgnored() {
        return unknownPropertiesIgnored;
    }

    private <T> void bind(Class<T> type, Writer<T> writer, Reader<T> reader) {
        addSerializer(type, new Ser<>(type, writer));
        addDeserializer(type, new Deser<>(type, reader));
    }

    /** Writes a type with one of the {@link Writers}. */
    private static final class Ser<T> extends StdSerializer<T> {

        private static final long serialVersionUID = 1L;

        private final Writer<T> writer;

        Ser(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writer.write(value, gen);
        }
    }

    /** Reads a type with one of the {@link Readers}; a JSON null is refused. */
    private static final class Deser<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final Reader<T> reader;

        Deser(Class<T> type, Reader<T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return reader.read(p, ctxt);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return ctxt.reportInputMismatch(this, "A " + Fields.describe(handledType())
                    + " must not be null");
        }
    }
}
