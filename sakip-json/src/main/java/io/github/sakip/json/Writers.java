package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.BudgetLine;
import io.github.sakip.Indicator;
import io.github.sakip.Period;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The writers of every type the module binds. Numbers are written as plain decimals with their scale
 * ({@code 70.2}, {@code 72.00}, never {@code 7.02E+1}); empty lists, absent printed figures and default AKIP
 * weights are left out, so each value has one canonical form.
 */
final class Writers {

    static final String COMPONENT_LABELS = Arrays.stream(AkipEvaluation.Component.values())
            .map(AkipEvaluation.Component::label).collect(Collectors.joining(", "));

    private Writers() {
    }

    /** Writes one value; the generator stands where a value may be written. */
    @FunctionalInterface
    interface Writer<T> extends java.io.Serializable {
        void write(T value, JsonGenerator g) throws IOException;
    }

    static void number(BigDecimal value, JsonGenerator g) throws IOException {
        // Values from the core are checked for size, so toPlainString is bounded.
        g.writeNumber(value.toPlainString());
    }

    private static void number(String name, BigDecimal value, JsonGenerator g) throws IOException {
        g.writeFieldName(name);
        number(value, g);
    }

    private static <T> void list(String name, List<T> values, Writer<T> element, JsonGenerator g) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T value : values) {
            element.write(value, g);
        }
        g.writeEndArray();
    }

    /** Writes {@code "printed": {...}} with the figures present, or nothing if none is. */
    private static void printed(JsonGenerator g, Object... nameThenOptional) throws IOException {
        boolean any = false;
        for (int i = 1; i < nameThenOptional.length; i += 2) {
            any |= ((Optional<?>) nameThenOptional[i]).isPresent();
        }
        if (!any) {
            return;
        }
        g.writeObjectFieldStart("printed");
        for (int i = 0; i < nameThenOptional.length; i += 2) {
            Optional<?> value = (Optional<?>) nameThenOptional[i + 1];
            if (value.isPresent()) {
                g.writeFieldName((String) nameThenOptional[i]);
                Object v = value.get();
                if (v instanceof BigDecimal) {
                    number((BigDecimal) v, g);
                } else if (v instanceof io.github.sakip.Category) {
                    g.writeString(((io.github.sakip.Category) v).label());
                } else {
                    g.writeString(((Enum<?>) v).name());
                }
            }
        }
        g.writeEndObject();
    }

    static void target(Target target, JsonGenerator g) throws IOException {
        if (!target.isRange()) {
            number(target.value(), g);
            return;
        }
        g.writeStartObject();
        number("from", target.lower(), g);
        number("to", target.upper(), g);
        g.writeEndObject();
    }

    static void realization(Realization realization, JsonGenerator g) throws IOException {
        if (realization instanceof Realization.Measured) {
            number(((Realization.Measured) realization).value(), g);
            return;
        }
        g.writeStartObject();
        g.writeStringField("absent", ((Realization.Absent) realization).reason());
        g.writeEndObject();
    }

    static void indicator(Indicator indicator, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", indicator.name());
        g.writeStringField("unit", indicator.unit());
        g.writeStringField("polarity", indicator.polarity().name());
        g.writeStringField("accumulation", indicator.accumulation().name());
        g.writeEndObject();
    }

    static void period(Period period, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", period.year());
        if (!period.isYear()) {
            g.writeNumberField("quarter", period.quarter());
        }
        g.writeEndObject();
    }

    static void budgetLine(BudgetLine line, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", line.code().toString());
        g.writeStringField("name", line.name());
        number("pagu", line.pagu(), g);
        number("realisasi", line.realisasi(), g);
        if (line.parent().isPresent()) {
            g.writeStringField("parent", line.parent().get().toString());
        }
        g.writeEndObject();
    }

    static void baseline(RenstraPlan.Baseline baseline, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", baseline.year());
        number("value", baseline.value(), g);
        g.writeEndObject();
    }

    static void yearTarget(RenstraPlan.YearTarget target, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", target.year());
        g.writeFieldName("target");
        target(target.target(), g);
        g.writeEndObject();
    }

    static void renstraPlan(RenstraPlan plan, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("indicator");
        indicator(plan.indicator(), g);
        g.writeNumberField("firstYear", plan.firstYear());
        g.writeNumberField("lastYear", plan.lastYear());
        if (plan.baseline().isPresent()) {
            g.writeFieldName("baseline");
            baseline(plan.baseline().get(), g);
        }
        if (!plan.targets().isEmpty()) {
            g.writeObjectFieldStart("targets");
            for (Map.Entry<Integer, Target> entry : plan.targets().entrySet()) {
                g.writeFieldName(entry.getKey().toString());
                target(entry.getValue(), g);
            }
            g.writeEndObject();
        }
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

    static void akipEvaluation(AkipEvaluation evaluation, JsonGenerator g) throws IOException {
        g.writeStartObject();
        byComponent("scores", evaluation.scores(), g);
        if (!evaluation.weights().equals(AkipEvaluation.DEFAULT_WEIGHTS)) {
            byComponent("weights", evaluation.weights(), g);
        }
        g.writeEndObject();
    }

    static void achievement(Achievement achievement, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (achievement.isComputable()) {
            number("percent", achievement.percent(), g);
            number("rounded", achievement.rounded(), g);
            g.writeStringField("category", achievement.category().orElseThrow().label());
            g.writeStringField("explain", achievement.explain());
        } else {
            g.writeStringField("notComputable", achievement.reason().orElseThrow());
        }
        g.writeEndObject();
    }

    static void location(Location location, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("table", location.table());
        g.writeStringField("row", location.row());
        g.writeStringField("column", location.column());
        g.writeEndObject();
    }

    static void finding(Finding finding, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", finding.severity().name());
        g.writeStringField("check", finding.check().name());
        g.writeFieldName("location");
        location(finding.location(), g);
        g.writeStringField("printed", finding.printed());
        g.writeStringField("expected", finding.expected());
        g.writeStringField("working", finding.working());
        g.writeEndObject();
    }

    static void performanceRow(PerformanceRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", row.number());
        g.writeStringField("sasaran", row.sasaran());
        g.writeFieldName("indicator");
        indicator(row.indicator(), g);
        g.writeFieldName("target");
        target(row.target(), g);
        g.writeFieldName("realization");
        realization(row.realization(), g);
        printed(g, "capaian", row.printedCapaian(), "category", row.printedCategory());
        g.writeEndObject();
    }

    static void budgetRow(BudgetRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", row.code());
        g.writeStringField("name", row.name());
        number("pagu", row.pagu(), g);
        number("realisasi", row.realisasi(), g);
        printed(g, "percent", row.printedPercent());
        g.writeEndObject();
    }

    static void budgetTable(BudgetTable table, JsonGenerator g) throws IOException {
        g.writeStartObject();
        list("lines", table.lines(), Writers::budgetRow, g);
        printed(g, "totalPagu", table.printedTotalPagu(), "totalRealisasi", table.printedTotalRealisasi());
        g.writeEndObject();
    }

    static void renstraRow(RenstraRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("plan");
        renstraPlan(row.plan(), g);
        if (!row.realisations().isEmpty()) {
            g.writeObjectFieldStart("realisations");
            for (Map.Entry<Integer, Realization> entry : row.realisations().entrySet()) {
                g.writeFieldName(entry.getKey().toString());
                realization(entry.getValue(), g);
            }
            g.writeEndObject();
        }
        printed(g, "endTarget", row.printedEndTarget(), "progress", row.printedProgress());
        g.writeEndObject();
    }

    static void efficiencyRow(EfficiencyRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("sasaran", row.sasaran());
        g.writeStringField("polarity", row.polarity().name());
        g.writeFieldName("target");
        target(row.target(), g);
        g.writeFieldName("realization");
        realization(row.realization(), g);
        number("pagu", row.pagu(), g);
        number("realisasiAnggaran", row.realisasiAnggaran(), g);
        printed(g, "capaian", row.printedCapaian(), "absorption", row.printedAbsorption(), "efficiency",
                row.printedEfficiency());
        g.writeEndObject();
    }

    static void standardRow(StandardRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("indicator");
        indicator(row.indicator(), g);
        g.writeFieldName("realization");
        realization(row.realization(), g);
        number("standard", row.standard(), g);
        g.writeStringField("standardName", row.standardName());
        printed(g, "percent", row.printedPercent());
        g.writeEndObject();
    }

    static void akipRow(AkipRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", row.year());
        g.writeFieldName("evaluation");
        akipEvaluation(row.evaluation(), g);
        printed(g, "total", row.printedTotal(), "predicate", row.printedPredicate());
        g.writeEndObject();
    }

    static void report(PerformanceReport report, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("agency", report.agency());
        g.writeNumberField("year", report.year());
        list("performance", report.performance(), Writers::performanceRow, g);
        BudgetTable budget = report.budget();
        if (!budget.equals(BudgetTable.EMPTY)) {
            g.writeFieldName("budget");
            budgetTable(budget, g);
        }
        list("renstra", report.renstra(), Writers::renstraRow, g);
        list("efficiency", report.efficiency(), Writers::efficiencyRow, g);
        list("standards", report.standards(), Writers::standardRow, g);
        list("akip", report.akip(), Writers::akipRow, g);
        g.writeEndObject();
    }
}
