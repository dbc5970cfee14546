package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.sakip.report.PerformanceReport;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The K/L parts of a report document are read as strictly as the rest: each refusal names the field's path. */
class CentralBudgetJsonTest extends ModuleTestBase {

    private static final String VALID = "{'agency':'Satker','year':2021,'centralBudget':{'lines':[{'code':'3165.QAH.001',"
            + "'name':'Layanan','pagu':600000,'realisasi':540000,'parent':'3165','output':{'target':12,"
            + "'realization':11},'printed':{'absorption':90.00,'outputAchievement':91.67}}]},"
            + "'budgetPerformance':[{'year':2021,'absorption':95.53,'consistency':99.61,'outputAchievement':99.72,"
            + "'printed':{'efficiencyScore':59.98,'value':87.93}}]}";

    private static String with(String part, String replacement) {
        String document = json(VALID);
        String target = json(part);
        assertThat(document).contains(target);
        return document.replace(target, json(replacement));
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("output without its realization", with("'target':12,'realization':11", "'target':12"),
                        ValueInstantiationException.class, "centralBudget.lines[0]",
                        "\"output\" needs both its \"target\" and its \"realization\""),
                Arguments.of("unknown field of output", with("'realization':11}", "'realization':11,'unit':'x'}"),
                        UnrecognizedPropertyException.class, "centralBudget.lines[0].output.unit",
                        "Unrecognized field \"unit\""),
                Arguments.of("negative pagu of a K/L line", with("'pagu':600000", "'pagu':-1"),
                        InvalidFormatException.class, "centralBudget.lines[0].pagu", "must not be negative"),
                Arguments.of("negative output target", with("'target':12", "'target':-12"),
                        ValueInstantiationException.class, "centralBudget.lines[0]",
                        "target must not be negative"),
                Arguments.of("negative printed capaian RO", with("'outputAchievement':91.67", "'outputAchievement':-1"),
                        ValueInstantiationException.class, "centralBudget.lines[0]",
                        "outputAchievement must not be negative, but was -1"),
                Arguments.of("null code", with("'code':'3165.QAH.001'", "'code':null"),
                        MismatchedInputException.class, "centralBudget.lines[0].code", "must not be null"),
                Arguments.of("blank parent", with("'parent':'3165'", "'parent':' '"),
                        ValueInstantiationException.class, "centralBudget.lines[0]", "parentCode must not be blank"),
                Arguments.of("missing consistency", with("'consistency':99.61,", ""),
                        MismatchedInputException.class, "budgetPerformance[0].consistency",
                        "Missing required field \"consistency\" of BudgetPerformanceRow"),
                Arguments.of("negative absorption of the value", with("'absorption':95.53", "'absorption':-95.53"),
                        ValueInstantiationException.class, "budgetPerformance[0]",
                        "absorption must not be negative, but was -95.53"),
                Arguments.of("year out of range", with("'year':2021,'absorption'", "'year':1800,'absorption'"),
                        InvalidFormatException.class, "budgetPerformance[0].year", "1800"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithThePath(String name, String document, Class<? extends Throwable> type, String path,
            String message) throws Exception {
        assertThat(mapper().readValue(json(VALID), PerformanceReport.class).centralBudget().lines()).hasSize(1);
        JsonProcessingException e = refused(mapper(), document, PerformanceReport.class);
        assertThat(e).isInstanceOf(type);
        assertThat(pathOf((JsonMappingException) e)).as(e.getMessage()).isEqualTo(path);
        assertThat(e.getMessage()).contains(message);
    }
}
