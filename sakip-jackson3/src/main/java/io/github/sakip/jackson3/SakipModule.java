package io.github.sakip.jackson3;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Category;
import io.github.sakip.Figure;
import io.github.sakip.Ikm;
import io.github.sakip.Indicator;
import io.github.sakip.Mutu;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.evaluation.EvaluationPolicy;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.audit.Severity;
import io.github.sakip.jackson3.Writers.Writer;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.StatedPrecision;
import io.github.sakip.report.Tujuan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of sakip: JSON for every value type of the core, the report document
 * ({@link PerformanceReport}, with its filled evaluation forms of Permendagri 86/2017, {@link EvaluationForm}) and the
 * results of an audit ({@link Achievement}, {@link Quantity}, {@link Finding}), in the same format, byte for byte, as
 * the Jackson 2 module of {@code sakip-json} ({@code io.github.sakip.json.SakipModule}) writes. Both are tested against the same golden documents and the same
 * hostile inputs.
 * <p>
 * Register it with {@code JsonMapper.builder().addModule(new SakipModule())}, or let
 * {@code findAndAddModules()} find it through {@code META-INF/services/tools.jackson.databind.JacksonModule} (and
 * the module path's {@code provides}); Spring Boot 4's auto-configured {@code JsonMapper} does so by default
 * ({@code spring.jackson.find-and-add-modules}). It needs no other configuration of the mapper: numbers are read
 * exactly as {@link java.math.BigDecimal} from a JSON number or a JSON string such as {@code "70.20"}, never through
 * {@code double}, and written as plain numbers, never with an exponent. The data of a document (targets,
 * realisations, amounts, scores) are normalised as the core normalises them, so {@code 70.20} is written back as
 * {@code 70.2}; the figures a report printed keep the scale they were printed with ({@code 97.60} stays
 * {@code 97.60}). A document in this canonical form, such as one the module wrote, is written back byte for byte.
 * The format is described in {@code docs/json.md}.
 * <p>
 * The module works through Jackson's own extension points: a value of a bound type inside another is read with
 * the deserializer the {@code DeserializationContext} has for its type and written with the
 * {@code SerializationContext}, so a deserializer or serializer a user registers for that type is used; an unknown
 * field goes to {@code DeserializationContext.handleUnknownProperty}, so a {@code DeserializationProblemHandler}
 * added to the mapper sees it, and {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is honoured.
 * <p>
 * Input is refused early with a Jackson exception (unchecked in Jackson 3, a {@link tools.jackson.core.JacksonException})
 * whose message names the field and whose path is the field's (the reference chain, such as
 * {@code PerformanceReport["performance"]->java.util.List[0]->PerformanceRow["target"]}): wrong JSON types, nulls,
 * missing required fields, duplicate keys, unknown fields (unless ignored), numbers too large or too precise for a
 * report (checked by the core's limits before any arithmetic), negative amounts, and values the core refuses, whose
 * {@code IllegalArgumentException} becomes the cause of a
 * {@link tools.jackson.databind.exc.ValueInstantiationException}. Numbers of more digits than the parser's
 * {@link tools.jackson.core.StreamReadConstraints} allow, and documents nested too deeply, are refused by the parser
 * itself, with its {@link tools.jackson.core.exc.StreamConstraintsException} on the field's path (Jackson 2 wraps it
 * in a {@code JsonMappingException}; Jackson 3 gives every exception a path).
 * <p>
 * A value of this module read at the root of a document must be the whole document. Jackson 3 refuses trailing
 * content itself by default ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}); where a mapper disables it,
 * the module refuses anything after the value but white space (a
 * {@link tools.jackson.databind.exc.MismatchedInputException}), so that of two reports back to back the second is
 * not silently lost. A broken UTF-32 character met while reading becomes a
 * {@link tools.jackson.core.exc.StreamReadException} with its location; one in the first characters is met while
 * Jackson detects the encoding, before any module runs, and stays Jackson 3's
 * {@link tools.jackson.core.exc.JacksonIOException}, without a location. Unlike the Jackson 2 module, this one does
 * not make its mapper read bytes as UTF-8 only: a Jackson 3 module cannot change the mapper's immutable
 * {@code JsonFactory}, and Jackson 3 reports every encoding error as a Jackson exception. Both are described in
 * {@code docs/json.md}.
 * <p>
 * Unknown fields are refused by default; {@link #withUnknownPropertiesIgnored()} gives a module that skips them
 * without consulting the mapper, as disabling {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} on the
 * mapper does. Duplicate fields are refused either way. A mapper registers a module of this class only once: the
 * first one added wins. {@link #version()} is the version of the sakip-jackson3 artifact.
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
        super("sakip", PackageVersion.VERSION);
        this.unknownPropertiesIgnored = unknownPropertiesIgnored;

        bind(Target.class, Writers::target, Readers.TARGET, Readers::target);
        bind(Realization.class, Writers::realization, Readers.REALIZATION, Readers::realization);
        bind(Realization.Measured.class, Writers::realization, Readers.REALIZATION, Readers::measured);
        bind(Realization.Absent.class, Writers::realization, Readers.REALIZATION, Readers::absent);
        object(Indicator.class, Writers::indicator, Readers.INDICATOR, Readers.INDICATOR_BUILD);
        object(BudgetLine.class, Writers::budgetLine, Readers.BUDGET_LINE, Readers.BUDGET_LINE_BUILD);
        bind(BudgetCode.class, (v, g, p) -> g.writeString(v.toString()), null, Readers.BUDGET_CODE);
        bind(BudgetCode.Regional.class, (v, g, p) -> g.writeString(v.toString()), null, Readers.REGIONAL_CODE);
        bind(BudgetCode.Central.class, (v, g, p) -> g.writeString(v.toString()), null, Readers.CENTRAL_CODE);
        bind(BudgetCode.FreeForm.class, (v, g, p) -> g.writeString(v.toString()), null, Readers.FREE_FORM_CODE);
        object(RenstraPlan.class, Writers::renstraPlan, Readers.RENSTRA_PLAN, Readers.RENSTRA_PLAN_BUILD);
        object(RenstraPlan.Baseline.class, Writers::baseline, Readers.BASELINE, Readers.BASELINE_BUILD);
        object(RenstraPlan.YearTarget.class, Writers::yearTarget, Readers.YEAR_TARGET, Readers.YEAR_TARGET_BUILD);
        object(AkipEvaluation.class, Writers::akipEvaluation, Readers.AKIP_EVALUATION, Readers.AKIP_EVALUATION_BUILD);
        bind(AkipEvaluation.Component.class, (v, g, p) -> g.writeString(v.label()), null, Readers.COMPONENT);
        bind(Category.class, (v, g, p) -> g.writeString(v.label()), null, Readers.CATEGORY);
        byName(AkipPredicate.class);
        byName(Polarity.class);
        byName(Accumulation.class);
        byName(Figure.Unit.class);
        byName(Severity.class);
        byName(Check.class);
        object(Achievement.class, Writers::achievement, Readers.ACHIEVEMENT, Readers::achievement);
        object(Quantity.class, Writers::quantity, Readers.QUANTITY, Readers::quantity);
        object(Location.class, Writers::location, Readers.LOCATION, Readers.LOCATION_BUILD);
        object(Finding.class, Writers::finding, Readers.FINDING, Readers.FINDING_BUILD);

        object(PerformanceRow.class, Writers::performanceRow, Readers.PERFORMANCE_ROW, Readers.PERFORMANCE_ROW_BUILD);
        object(BudgetRow.class, Writers::budgetRow, Readers.BUDGET_ROW, Readers.BUDGET_ROW_BUILD);
        object(BudgetTable.class, Writers::budgetTable, Readers.BUDGET_TABLE, Readers.BUDGET_TABLE_BUILD);
        object(RenstraRow.class, Writers::renstraRow, Readers.RENSTRA_ROW, Readers.RENSTRA_ROW_BUILD);
        object(EfficiencyRow.class, Writers::efficiencyRow, Readers.EFFICIENCY_ROW, Readers::efficiencyRow);
        object(StandardRow.class, Writers::standardRow, Readers.STANDARD_ROW, Readers.STANDARD_ROW_BUILD);
        object(AkipRow.class, Writers::akipRow, Readers.AKIP_ROW, Readers.AKIP_ROW_BUILD);
        object(CentralBudgetRow.class, Writers::centralBudgetRow, Readers.CENTRAL_BUDGET_ROW,
                Readers::centralBudgetRow);
        object(CentralBudgetTable.class, Writers::centralBudgetTable, Readers.CENTRAL_BUDGET_TABLE,
                Readers.CENTRAL_BUDGET_TABLE_BUILD);
        object(BudgetPerformanceRow.class, Writers::budgetPerformanceRow, Readers.BUDGET_PERFORMANCE_ROW,
                Readers.BUDGET_PERFORMANCE_ROW_BUILD);
        byName(Mutu.class);
        byName(Mutu.Scale.class);
        byName(Ikm.Weight.class);
        object(IkmTable.class, IkmJson::write, IkmJson.TABLE, IkmJson::table);
        object(BudgetLink.class, Writers::budgetLink, Readers.BUDGET_LINK, Readers::budgetLink);
        object(SasaranIndicator.class, Writers::sasaranIndicator, Readers.SASARAN_INDICATOR,
                Readers::sasaranIndicator);
        object(ProgramRow.class, Writers::programRow, Readers.PROGRAM_ROW, Readers::programRow);
        object(Sasaran.class, Writers::sasaran, Readers.SASARAN_FIELDS, Readers.SASARAN_BUILD);
        object(Tujuan.class, Writers::tujuan, Readers.TUJUAN, Readers.TUJUAN_BUILD);
        object(StatedPrecision.class, PrecisionJson::write, PrecisionJson.FIELDS, PrecisionJson.BUILD);
        object(PerformanceReport.class, Writers::report, Readers.REPORT, Readers.REPORT_BUILD);

        bind(Quarters.class, FormWriters::quarters, null, FormReaders::quarters);
        object(IndicatorRow.class, FormWriters::indicatorRow, FormReaders.INDICATOR_ROW,
                FormReaders.INDICATOR_ROW_BUILD);
        object(RowBudget.class, FormWriters::rowBudget, FormReaders.ROW_BUDGET, FormReaders.ROW_BUDGET_BUILD);
        object(FormIndicatorRow.class, FormWriters::formIndicatorRow, FormReaders.FORM_INDICATOR_ROW,
                FormReaders.FORM_INDICATOR_ROW_BUILD);
        object(FormEntry.class, FormWriters::formEntry, FormReaders.FORM_ENTRY, FormReaders.FORM_ENTRY_BUILD);
        object(EvaluationForm.class, FormWriters::evaluationForm, FormReaders.EVALUATION_FORM,
                FormReaders.EVALUATION_FORM_BUILD);
        byName(FormNode.Level.class);
        byName(EvaluationForm.Kind.class);
        byName(EvaluationPolicy.RenstraToDate.class);
        byName(PredicateReading.class);
        byName(Measure.class);
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

    /**
     * Binds a type to its writer and reader.
     *
     * @param fields the fields of the type's JSON object, or null for a type written as a string
     */
    private <T> void bind(Class<T> type, Writer<T> writer, Fields fields, Deser.Body<T> reader) {
        addSerializer(type, new Ser<>(type, writer));
        addDeserializer(type, new Deser<>(type, fields, reader, unknownPropertiesIgnored));
    }

    /** Binds a type written as an object of its fields. */
    private <T> void object(Class<T> type, Writer<T> writer, Fields fields, Deser.Build<T> build) {
        bind(type, writer, fields, Deser.object(build));
    }

    /** Binds an enum written as the name of its constant. */
    private <E extends Enum<E>> void byName(Class<E> type) {
        bind(type, (v, g, p) -> g.writeString(v.name()), null, Readers.byName(type));
    }

    /** Writes a type with one of the {@link Writers}. */
    private static final class Ser<T> extends StdSerializer<T> {

        private final Writer<T> writer;

        Ser(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            writer.write(value, gen, ctxt);
        }
    }
}
