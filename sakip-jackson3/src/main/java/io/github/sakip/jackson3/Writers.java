package io.github.sakip.jackson3;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.databind.SerializationContext;

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
    interface Writer<T> {
        void write(T value, JsonGenerator g, SerializationContext ctxt);
    }

    static void number(BigDecimal value, JsonGenerator g) {
        if (g.streamWriteCapabilities().isEnabled(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
            // Values from the core are checked for size, so toPlainString is bounded.
            g.writeNumber(value.toPlainString());
        } else {
            // A generator that holds numbers as numbers (Jackson 3's tree builder, behind valueToTree, refuses the
            // text of one): the exact BigDecimal, as typed.
            g.writeNumber(value);
        }
    }

    private static void number(String name, BigDecimal value, JsonGenerator g) {
        g.writeName(name);
        number(value, g);
    }

    static <T> void list(String name, List<T> values, JsonGenerator g, SerializationContext ctxt) {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayPropertyStart(name);
        for (T value : values) {
            ctxt.writeValue(g, value);
        }
        g.writeEndArray();
    }

    /** Writes an object keyed by year, such as the targets of a plan, or nothing if it is empty. */
    private static void byYear(String name, Map<Integer, ?> values, JsonGenerator g, SerializationContext ctxt) {
        if (values.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart(name);
        for (Map.Entry<Integer, ?> entry : values.entrySet()) {
            ctxt.defaultSerializeProperty(entry.getKey().toString(), entry.getValue(), g);
        }
        g.writeEndObject();
    }

    /**
     * Writes {@code "printed": {...}} with the figures a row has, or nothing if it has none: the object is started
     * by the first figure present.
     */
    private static final class Printed {

        private final JsonGenerator g;
        private final SerializationContext ctxt;
        private boolean started;

        Printed(JsonGenerator g, SerializationContext ctxt) {
            this.g = g;
            this.ctxt = ctxt;
        }

        private void start() {
            if (!started) {
                g.writeObjectPropertyStart("printed");
                started = true;
            }
        }

        Printed number(String name, Optional<BigDecimal> figure) {
            if (figure.isPresent()) {
                start();
                Writers.number(name, figure.get(), g);
            }
            return this;
        }

        Printed value(String name, Optional<?> figure) {
            if (figure.isPresent()) {
                start();
                ctxt.defaultSerializeProperty(name, figure.get(), g);
            }
            return this;
        }

        void end() {
            if (started) {
                g.writeEndObject();
            }
        }
    }

    private static Printed printed(JsonGenerator g, SerializationContext ctxt) {
        return new Printed(g, ctxt);
    }

    static void target(Target target, JsonGenerator g, SerializationContext ctxt) {
        if (!target.isRange()) {
            number(target.value(), g);
            return;
        }
        g.writeStartObject();
        number("from", target.lower(), g);
        number("to", target.upper(), g);
        g.writeEndObject();
    }

    static void realization(Realization realization, JsonGenerator g, SerializationContext ctxt) {
        if (realization instanceof Realization.Measured measured) {
            number(measured.value(), g);
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("absent", ((Realization.Absent) realization).reason());
        g.writeEndObject();
    }

    static void indicator(Indicator indicator, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("name", indicator.name());
        g.writeStringProperty("unit", indicator.unit());
        ctxt.defaultSerializeProperty("polarity", indicator.polarity(), g);
        ctxt.defaultSerializeProperty("accumulation", indicator.accumulation(), g);
        g.writeEndObject();
    }

    static void budgetLine(BudgetLine line, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("code", line.code(), g);
        g.writeStringProperty("name", line.name());
        number("pagu", line.pagu(), g);
        number("realisasi", line.realisasi(), g);
        if (line.parent().isPresent()) {
            ctxt.defaultSerializeProperty("parent", line.parent().get(), g);
        }
        g.writeEndObject();
    }

    static void baseline(RenstraPlan.Baseline baseline, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeNumberProperty("year", baseline.year());
        number("value", baseline.value(), g);
        g.writeEndObject();
    }

    static void yearTarget(RenstraPlan.YearTarget target, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeNumberProperty("year", target.year());
        ctxt.defaultSerializeProperty("target", target.target(), g);
        g.writeEndObject();
    }

    static void renstraPlan(RenstraPlan plan, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("indicator", plan.indicator(), g);
        g.writeNumberProperty("firstYear", plan.firstYear());
        g.writeNumberProperty("lastYear", plan.lastYear());
        if (plan.baseline().isPresent()) {
            ctxt.defaultSerializeProperty("baseline", plan.baseline().get(), g);
        }
        byYear("targets", plan.targets(), g, ctxt);
        g.writeEndObject();
    }

    private static void byComponent(String name, Map<AkipEvaluation.Component, BigDecimal> values, JsonGenerator g) {
        g.writeObjectPropertyStart(name);
        for (AkipEvaluation.Component component : AkipEvaluation.Component.values()) {
            number(component.label(), values.get(component), g);
        }
        g.writeEndObject();
    }

    static void akipEvaluation(AkipEvaluation evaluation, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        byComponent("scores", evaluation.scores(), g);
        if (!evaluation.weights().equals(AkipEvaluation.DEFAULT_WEIGHTS)) {
            byComponent("weights", evaluation.weights(), g);
        }
        g.writeEndObject();
    }

    static void achievement(Achievement achievement, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        if (achievement.isComputable()) {
            number("percent", achievement.percent(), g);
            number("rounded", achievement.rounded(), g);
            ctxt.defaultSerializeProperty("category", achievement.category().orElseThrow(), g);
            g.writeStringProperty("explain", achievement.explain());
        } else {
            g.writeStringProperty("notComputable", achievement.reason().orElseThrow());
        }
        g.writeEndObject();
    }

    static void quantity(Quantity quantity, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        if (quantity.isComputable()) {
            number("value", quantity.value(), g);
        }
        ctxt.defaultSerializeProperty("unit", quantity.unit(), g);
        if (quantity.isComputable()) {
            number("rounded", quantity.rounded(), g);
            g.writeStringProperty("explain", quantity.explain());
        } else {
            g.writeStringProperty("notComputable", quantity.reason().orElseThrow());
        }
        g.writeEndObject();
    }

    static void location(Location location, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("table", location.table());
        g.writeStringProperty("row", location.row());
        g.writeStringProperty("column", location.column());
        g.writeEndObject();
    }

    static void finding(Finding finding, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("severity", finding.severity(), g);
        ctxt.defaultSerializeProperty("check", finding.check(), g);
        ctxt.defaultSerializeProperty("location", finding.location(), g);
        g.writeStringProperty("printed", finding.printed());
        g.writeStringProperty("expected", finding.expected());
        g.writeStringProperty("working", finding.working());
        list("related", finding.related(), g, ctxt);
        if (!finding.language().equals(Languages.INDONESIAN)) {
            // Written only when not the default, so that a finding in Bahasa Indonesia has the fields it always had.
            g.writeStringProperty("language", finding.language().toLanguageTag());
        }
        g.writeEndObject();
    }

    static void performanceRow(PerformanceRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("number", row.number());
        g.writeStringProperty("sasaran", row.sasaran());
        ctxt.defaultSerializeProperty("indicator", row.indicator(), g);
        ctxt.defaultSerializeProperty("target", row.target(), g);
        ctxt.defaultSerializeProperty("realization", row.realization(), g);
        printed(g, ctxt).number("capaian", row.printedCapaian()).value("category", row.printedCategory()).end();
        g.writeEndObject();
    }

    static void budgetRow(BudgetRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("code", row.code());
        g.writeStringProperty("name", row.name());
        number("pagu", row.pagu(), g);
        number("realisasi", row.realisasi(), g);
        printed(g, ctxt).number("percent", row.printedPercent()).end();
        g.writeEndObject();
    }

    static void budgetTable(BudgetTable table, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        list("lines", table.lines(), g, ctxt);
        printed(g, ctxt).number("totalPagu", table.printedTotalPagu())
                .number("totalRealisasi", table.printedTotalRealisasi()).end();
        g.writeEndObject();
    }

    static void renstraRow(RenstraRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("plan", row.plan(), g);
        byYear("realizations", row.realizations(), g, ctxt);
        printed(g, ctxt).number("endTarget", row.printedEndTarget()).number("progress", row.printedProgress())
                .number("capaian", row.printedCapaian()).end();
        g.writeEndObject();
    }

    static void efficiencyRow(EfficiencyRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("sasaran", row.sasaran());
        ctxt.defaultSerializeProperty("polarity", row.polarity(), g);
        ctxt.defaultSerializeProperty("target", row.target(), g);
        ctxt.defaultSerializeProperty("realization", row.realization(), g);
        number("pagu", row.pagu(), g);
        number("realisasiAnggaran", row.realisasiAnggaran(), g);
        printed(g, ctxt).number("capaian", row.printedCapaian()).number("absorption", row.printedAbsorption())
                .number("efficiency", row.printedEfficiency()).end();
        g.writeEndObject();
    }

    static void standardRow(StandardRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("indicator", row.indicator(), g);
        ctxt.defaultSerializeProperty("realization", row.realization(), g);
        number("standard", row.standard(), g);
        g.writeStringProperty("standardName", row.standardName());
        printed(g, ctxt).number("percent", row.printedPercent()).end();
        g.writeEndObject();
    }

    static void akipRow(AkipRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeNumberProperty("year", row.year());
        ctxt.defaultSerializeProperty("evaluation", row.evaluation(), g);
        printed(g, ctxt).number("total", row.printedTotal()).value("predicate", row.printedPredicate()).end();
        g.writeEndObject();
    }

    static void centralBudgetRow(CentralBudgetRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("code", row.code());
        g.writeStringProperty("name", row.name());
        number("pagu", row.pagu(), g);
        number("realisasi", row.realisasi(), g);
        if (row.parent().isPresent()) {
            g.writeStringProperty("parent", row.parent().get());
        }
        if (row.outputTarget().isPresent()) {
            g.writeObjectPropertyStart("output");
            number("target", row.outputTarget().get(), g);
            number("realization", row.outputRealization().orElseThrow(), g);
            g.writeEndObject();
        }
        printed(g, ctxt).number("absorption", row.printedAbsorption())
                .number("outputAchievement", row.printedOutputAchievement())
                .number("efficiency", row.printedEfficiency())
                .number("efficiencyScore", row.printedEfficiencyScore()).end();
        g.writeEndObject();
    }

    static void centralBudgetTable(CentralBudgetTable table, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        list("lines", table.lines(), g, ctxt);
        printed(g, ctxt).number("totalPagu", table.printedTotalPagu())
                .number("totalRealisasi", table.printedTotalRealisasi()).end();
        g.writeEndObject();
    }

    static void budgetPerformanceRow(BudgetPerformanceRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeNumberProperty("year", row.year());
        number("absorption", row.absorption(), g);
        number("consistency", row.consistency(), g);
        number("outputAchievement", row.outputAchievement(), g);
        if (row.efficiency().isPresent()) {
            number("efficiency", row.efficiency().get(), g);
        }
        printed(g, ctxt).number("efficiencyScore", row.printedEfficiencyScore())
                .number("value", row.printedValue()).end();
        g.writeEndObject();
    }

    static void budgetLink(BudgetLink link, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("code", link.code());
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
            SerializationContext ctxt) {
        if (target.isPresent()) {
            ctxt.defaultSerializeProperty("target", target.get(), g);
            ctxt.defaultSerializeProperty("realization", realization.orElseThrow(), g);
        }
    }

    static void sasaranIndicator(SasaranIndicator indicator, JsonGenerator g, SerializationContext ctxt)
            {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("indicator", indicator.indicator(), g);
        measured(indicator.target(), indicator.realization(), g, ctxt);
        printed(g, ctxt).number("capaian", indicator.printedCapaian()).end();
        g.writeEndObject();
    }

    static void programRow(ProgramRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("code", row.code());
        g.writeStringProperty("name", row.name());
        ctxt.defaultSerializeProperty("indicator", row.indicator(), g);
        measured(row.target(), row.realization(), g, ctxt);
        printed(g, ctxt).number("capaian", row.printedCapaian()).end();
        if (row.support().isPresent()) {
            g.writeStringProperty("support", row.support().get());
        }
        if (row.analysis().isPresent()) {
            g.writeStringProperty("analysis", row.analysis().get());
        }
        g.writeEndObject();
    }

    static void sasaran(Sasaran sasaran, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("name", sasaran.name());
        list("indicators", sasaran.indicators(), g, ctxt);
        list("budget", sasaran.budget(), g, ctxt);
        list("programs", sasaran.programs(), g, ctxt);
        g.writeEndObject();
    }

    static void tujuan(Tujuan tujuan, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("name", tujuan.name());
        list("sasaran", tujuan.sasaran(), g, ctxt);
        g.writeEndObject();
    }

    static void report(PerformanceReport report, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("agency", report.agency());
        g.writeNumberProperty("year", report.year());
        list("performance", report.performance(), g, ctxt);
        if (!report.budget().equals(BudgetTable.EMPTY)) {
            ctxt.defaultSerializeProperty("budget", report.budget(), g);
        }
        list("renstra", report.renstra(), g, ctxt);
        list("efficiency", report.efficiency(), g, ctxt);
        list("standards", report.standards(), g, ctxt);
        list("akip", report.akip(), g, ctxt);
        if (!report.centralBudget().equals(CentralBudgetTable.EMPTY)) {
            ctxt.defaultSerializeProperty("centralBudget", report.centralBudget(), g);
        }
        list("budgetPerformance", report.budgetPerformance(), g, ctxt);
        list("ikm", report.ikm(), g, ctxt);
        list("cascade", report.cascade(), g, ctxt);
        list("evaluationForms", report.evaluationForms(), g, ctxt);
        list("precisions", report.precisions(), g, ctxt);
        g.writeEndObject();
    }
}
