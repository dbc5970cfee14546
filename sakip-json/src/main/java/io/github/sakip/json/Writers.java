package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.BudgetLine;
import io.github.sakip.Indicator;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.format.Languages;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.EfficiencyRow;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How every type the module binds is written. Numbers are written as plain decimals with their scale
 * ({@code 70.2}, {@code 72.00}, never {@code 7.02E+1}); empty lists, absent printed figures and default AKIP
 * weights are left out, so each value has one canonical form. A nested value of a bound type is written by the
 * mapper's serializer for its type.
 */
final class Writers {

    private Writers() {
    }

    /** Writes one value; the generator stands where a value may be written. */
    @FunctionalInterface
    interface Writer<T> extends Serializable {
        void write(T value, JsonGenerator g, SerializerProvider provider) throws IOException;
    }

    static void number(BigDecimal value, JsonGenerator g) throws IOException {
        // Values from the core are checked for size, so toPlainString is bounded.
        g.writeNumber(value.toPlainString());
    }

    private static void number(String name, BigDecimal value, JsonGenerator g) throws IOException {
        g.writeFieldName(name);
        number(value, g);
    }

    static <T> void list(String name, List<T> values, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T value : values) {
            provider.defaultSerializeValue(value, g);
        }
        g.writeEndArray();
    }

    /** Writes an object keyed by year, such as the targets of a plan, or nothing if it is empty. */
    private static void byYear(String name, Map<Integer, ?> values, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(name);
        for (Map.Entry<Integer, ?> entry : values.entrySet()) {
            provider.defaultSerializeField(entry.getKey().toString(), entry.getValue(), g);
        }
        g.writeEndObject();
    }

    /**
     * Writes {@code "printed": {...}} with the figures a row has, or nothing if it has none: the object is started
     * by the first figure present.
     */
    private static final class Printed {

        private final JsonGenerator g;
        private final SerializerProvider provider;
        private boolean started;

        Printed(JsonGenerator g, SerializerProvider provider) {
            this.g = g;
            this.provider = provider;
        }

        private void start() throws IOException {
            if (!started) {
                g.writeObjectFieldStart("printed");
                started = true;
            }
        }

        Printed number(String name, Optional<BigDecimal> figure) throws IOException {
            if (figure.isPresent()) {
                start();
                Writers.number(name, figure.get(), g);
            }
            return this;
        }

        Printed value(String name, Optional<?> figure) throws IOException {
            if (figure.isPresent()) {
                start();
                provider.defaultSerializeField(name, figure.get(), g);
            }
            return this;
        }

        void end() throws IOException {
            if (started) {
                g.writeEndObject();
            }
        }
    }

    private static Printed printed(JsonGenerator g, SerializerProvider provider) {
        return new Printed(g, provider);
    }

    static void target(Target target, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (!target.isRange()) {
            number(target.value(), g);
            return;
        }
        g.writeStartObject();
        number("from", target.lower(), g);
        number("to", target.upper(), g);
        g.writeEndObject();
    }

    static void realization(Realization realization, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        if (realization instanceof Realization.Measured measured) {
            number(measured.value(), g);
            return;
        }
        g.writeStartObject();
        g.writeStringField("absent", ((Realization.Absent) realization).reason());
        g.writeEndObject();
    }

    static void indicator(Indicator indicator, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", indicator.name());
        g.writeStringField("unit", indicator.unit());
        provider.defaultSerializeField("polarity", indicator.polarity(), g);
        provider.defaultSerializeField("accumulation", indicator.accumulation(), g);
        g.writeEndObject();
    }

    static void budgetLine(BudgetLine line, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("code", line.code(), g);
        g.writeStringField("name", line.name());
        number("pagu", line.pagu(), g);
        number("realisasi", line.realisasi(), g);
        if (line.parent().isPresent()) {
            provider.defaultSerializeField("parent", line.parent().get(), g);
        }
        g.writeEndObject();
    }

    static void baseline(RenstraPlan.Baseline baseline, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", baseline.year());
        number("value", baseline.value(), g);
        g.writeEndObject();
    }

    static void yearTarget(RenstraPlan.YearTarget target, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", target.year());
        provider.defaultSerializeField("target", target.target(), g);
        g.writeEndObject();
    }

    static void renstraPlan(RenstraPlan plan, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("indicator", plan.indicator(), g);
        g.writeNumberField("firstYear", plan.firstYear());
        g.writeNumberField("lastYear", plan.lastYear());
        if (plan.baseline().isPresent()) {
            provider.defaultSerializeField("baseline", plan.baseline().get(), g);
        }
        byYear("targets", plan.targets(), g, provider);
        g.writeEndObject();
    }

    private static void byComponent(String name, Map<AkipEvaluation.Component, BigDecimal> values, JsonGenerator g)
            throws IOException {
        g.writeObjectFieldStart(name);
        for (AkipEvaluation.Component component : AkipEvaluation.Component.values()) {
            number(component.label(), values.get(component), g);
        }
        g.writeEndObject();
    }

    static void akipEvaluation(AkipEvaluation evaluation, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        byComponent("scores", evaluation.scores(), g);
        if (!evaluation.weights().equals(AkipEvaluation.DEFAULT_WEIGHTS)) {
            byComponent("weights", evaluation.weights(), g);
        }
        g.writeEndObject();
    }

    static void achievement(Achievement achievement, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        if (achievement.isComputable()) {
            number("percent", achievement.percent(), g);
            number("rounded", achievement.rounded(), g);
            provider.defaultSerializeField("category", achievement.category().orElseThrow(), g);
            g.writeStringField("explain", achievement.explain());
        } else {
            g.writeStringField("notComputable", achievement.reason().orElseThrow());
        }
        g.writeEndObject();
    }

    static void quantity(Quantity quantity, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        if (quantity.isComputable()) {
            number("value", quantity.value(), g);
        }
        provider.defaultSerializeField("unit", quantity.unit(), g);
        if (quantity.isComputable()) {
            number("rounded", quantity.rounded(), g);
            g.writeStringField("explain", quantity.explain());
        } else {
            g.writeStringField("notComputable", quantity.reason().orElseThrow());
        }
        g.writeEndObject();
    }

    static void location(Location location, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("table", location.table());
        g.writeStringField("row", location.row());
        g.writeStringField("column", location.column());
        g.writeEndObject();
    }

    static void finding(Finding finding, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("severity", finding.severity(), g);
        provider.defaultSerializeField("check", finding.check(), g);
        provider.defaultSerializeField("location", finding.location(), g);
        g.writeStringField("printed", finding.printed());
        g.writeStringField("expected", finding.expected());
        g.writeStringField("working", finding.working());
        list("related", finding.related(), g, provider);
        if (!finding.language().equals(Languages.INDONESIAN)) {
            // Written only when not the default, so that a finding in Bahasa Indonesia has the fields it always had.
            g.writeStringField("language", finding.language().toLanguageTag());
        }
        g.writeEndObject();
    }

    static void performanceRow(PerformanceRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", row.number());
        g.writeStringField("sasaran", row.sasaran());
        provider.defaultSerializeField("indicator", row.indicator(), g);
        provider.defaultSerializeField("target", row.target(), g);
        provider.defaultSerializeField("realization", row.realization(), g);
        printed(g, provider).number("capaian", row.printedCapaian()).value("category", row.printedCategory()).end();
        g.writeEndObject();
    }

    static void budgetRow(BudgetRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", row.code());
        g.writeStringField("name", row.name());
        number("pagu", row.pagu(), g);
        number("realisasi", row.realisasi(), g);
        printed(g, provider).number("percent", row.printedPercent()).end();
        g.writeEndObject();
    }

    static void budgetTable(BudgetTable table, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        list("lines", table.lines(), g, provider);
        printed(g, provider).number("totalPagu", table.printedTotalPagu())
                .number("totalRealisasi", table.printedTotalRealisasi()).end();
        g.writeEndObject();
    }

    static void renstraRow(RenstraRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("plan", row.plan(), g);
        byYear("realizations", row.realizations(), g, provider);
        printed(g, provider).number("endTarget", row.printedEndTarget()).number("progress", row.printedProgress())
                .number("capaian", row.printedCapaian()).end();
        g.writeEndObject();
    }

    static void efficiencyRow(EfficiencyRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("sasaran", row.sasaran());
        provider.defaultSerializeField("polarity", row.polarity(), g);
        provider.defaultSerializeField("target", row.target(), g);
        provider.defaultSerializeField("realization", row.realization(), g);
        number("pagu", row.pagu(), g);
        number("realisasiAnggaran", row.realisasiAnggaran(), g);
        printed(g, provider).number("capaian", row.printedCapaian()).number("absorption", row.printedAbsorption())
                .number("efficiency", row.printedEfficiency()).end();
        g.writeEndObject();
    }

    static void standardRow(StandardRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("indicator", row.indicator(), g);
        provider.defaultSerializeField("realization", row.realization(), g);
        number("standard", row.standard(), g);
        g.writeStringField("standardName", row.standardName());
        printed(g, provider).number("percent", row.printedPercent()).end();
        g.writeEndObject();
    }

    static void akipRow(AkipRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", row.year());
        provider.defaultSerializeField("evaluation", row.evaluation(), g);
        printed(g, provider).number("total", row.printedTotal()).value("predicate", row.printedPredicate()).end();
        g.writeEndObject();
    }

    static void centralBudgetRow(CentralBudgetRow row, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("code", row.code());
        g.writeStringField("name", row.name());
        number("pagu", row.pagu(), g);
        number("realisasi", row.realisasi(), g);
        if (row.parent().isPresent()) {
            g.writeStringField("parent", row.parent().get());
        }
        if (row.outputTarget().isPresent()) {
            g.writeObjectFieldStart("output");
            number("target", row.outputTarget().get(), g);
            number("realization", row.outputRealization().orElseThrow(), g);
            g.writeEndObject();
        }
        printed(g, provider).number("absorption", row.printedAbsorption())
                .number("outputAchievement", row.printedOutputAchievement())
                .number("efficiency", row.printedEfficiency())
                .number("efficiencyScore", row.printedEfficiencyScore()).end();
        g.writeEndObject();
    }

    static void centralBudgetTable(CentralBudgetTable table, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        list("lines", table.lines(), g, provider);
        printed(g, provider).number("totalPagu", table.printedTotalPagu())
                .number("totalRealisasi", table.printedTotalRealisasi()).end();
        g.writeEndObject();
    }

    static void budgetPerformanceRow(BudgetPerformanceRow row, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", row.year());
        number("absorption", row.absorption(), g);
        number("consistency", row.consistency(), g);
        number("outputAchievement", row.outputAchievement(), g);
        if (row.efficiency().isPresent()) {
            number("efficiency", row.efficiency().get(), g);
        }
        printed(g, provider).number("efficiencyScore", row.printedEfficiencyScore())
                .number("value", row.printedValue()).end();
        g.writeEndObject();
    }

    static void budgetLink(BudgetLink link, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", link.code());
        if (link.split() instanceof BudgetLink.Share share) {
            number("share", share.percent(), g);
        } else if (link.split() instanceof BudgetLink.Amounts amounts) {
            number("pagu", amounts.pagu(), g);
            number("realisasi", amounts.realisasi(), g);
        }
        g.writeEndObject();
    }

    /** Writes the target and realisation of a row of the cascade, if it gives them. */
    private static void measured(Optional<Target> target, Optional<Realization> realization, JsonGenerator g,
            SerializerProvider provider) throws IOException {
        if (target.isPresent()) {
            provider.defaultSerializeField("target", target.get(), g);
            provider.defaultSerializeField("realization", realization.orElseThrow(), g);
        }
    }

    static void sasaranIndicator(SasaranIndicator indicator, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("indicator", indicator.indicator(), g);
        measured(indicator.target(), indicator.realization(), g, provider);
        printed(g, provider).number("capaian", indicator.printedCapaian()).end();
        g.writeEndObject();
    }

    static void programRow(ProgramRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", row.code());
        g.writeStringField("name", row.name());
        provider.defaultSerializeField("indicator", row.indicator(), g);
        measured(row.target(), row.realization(), g, provider);
        printed(g, provider).number("capaian", row.printedCapaian()).end();
        if (row.support().isPresent()) {
            g.writeStringField("support", row.support().get());
        }
        if (row.analysis().isPresent()) {
            g.writeStringField("analysis", row.analysis().get());
        }
        g.writeEndObject();
    }

    static void sasaran(Sasaran sasaran, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", sasaran.name());
        list("indicators", sasaran.indicators(), g, provider);
        list("budget", sasaran.budget(), g, provider);
        list("programs", sasaran.programs(), g, provider);
        g.writeEndObject();
    }

    static void tujuan(Tujuan tujuan, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", tujuan.name());
        list("sasaran", tujuan.sasaran(), g, provider);
        g.writeEndObject();
    }

    static void report(PerformanceReport report, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("agency", report.agency());
        g.writeNumberField("year", report.year());
        list("performance", report.performance(), g, provider);
        if (!report.budget().equals(BudgetTable.EMPTY)) {
            provider.defaultSerializeField("budget", report.budget(), g);
        }
        list("renstra", report.renstra(), g, provider);
        list("efficiency", report.efficiency(), g, provider);
        list("standards", report.standards(), g, provider);
        list("akip", report.akip(), g, provider);
        if (!report.centralBudget().equals(CentralBudgetTable.EMPTY)) {
            provider.defaultSerializeField("centralBudget", report.centralBudget(), g);
        }
        list("budgetPerformance", report.budgetPerformance(), g, provider);
        list("ikm", report.ikm(), g, provider);
        list("cascade", report.cascade(), g, provider);
        list("evaluationForms", report.evaluationForms(), g, provider);
        list("precisions", report.precisions(), g, provider);
        g.writeEndObject();
    }
}
