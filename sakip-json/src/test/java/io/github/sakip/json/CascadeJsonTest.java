package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.Tujuan;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cascade's JSON refuses what no cascade can be, with a Jackson exception that says what and where: a split
 * that is a share and amounts at once, half of the amounts, a share beyond 100, a target without its realisation,
 * unknown fields.
 */
class CascadeJsonTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static final String TPAK = "{'name':'TPAK','unit':'Persen','polarity':'POSITIVE','accumulation':'STOCK'}";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("{'code':'2.07.01','share':40,'pagu':1,'realisasi':1}", BudgetLink.class,
                        MismatchedInputException.class, "either a \"share\" or the amounts \"pagu\" and"
                                + " \"realisasi\", not both"),
                Arguments.of("{'code':'2.07.01','pagu':1}", BudgetLink.class, MismatchedInputException.class,
                        "Missing required field \"realisasi\" of BudgetLink"),
                Arguments.of("{'code':'2.07.01','share':120}", BudgetLink.class, ValueInstantiationException.class,
                        "percent must be more than 0 and at most 100, but was 120"),
                Arguments.of("{'code':'2.07.01','pagu':-1,'realisasi':1}", BudgetLink.class,
                        com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
                        "An amount must not be negative, but was -1"),
                Arguments.of("{'code':' '}", BudgetLink.class, ValueInstantiationException.class,
                        "code must not be blank"),
                Arguments.of("{'share':40}", BudgetLink.class, MismatchedInputException.class,
                        "Missing required field \"code\" of BudgetLink"),
                Arguments.of("{'indicator':" + TPAK + ",'target':70}", SasaranIndicator.class,
                        MismatchedInputException.class, "\"target\" and \"realization\" together, or neither"),
                Arguments.of("{'code':'2.07.03','name':'P','indicator':" + TPAK + ",'realization':70}",
                        ProgramRow.class, MismatchedInputException.class,
                        "\"target\" and \"realization\" together, or neither"),
                Arguments.of("{'code':'2.07.03','name':'P','indicator':" + TPAK + ",'support':''}", ProgramRow.class,
                        ValueInstantiationException.class, "support must not be blank"),
                Arguments.of("{'code':'2.07.03','name':'P','indicator':" + TPAK + ",'capaian':94.1}",
                        ProgramRow.class, UnrecognizedPropertyException.class, "Unrecognized field \"capaian\""),
                Arguments.of("{'name':'S','budget':[null]}", Sasaran.class, MismatchedInputException.class,
                        "Element 0 must not be null"),
                Arguments.of("{'sasaran':[]}", Tujuan.class, MismatchedInputException.class,
                        "Missing required field \"name\" of Tujuan"),
                Arguments.of("{'agency':'D','year':2024,'cascade':{}}", PerformanceReport.class,
                        MismatchedInputException.class, "an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedSayingWhy(String document, Class<?> type, Class<? extends Throwable> exception, String message) {
        assertThat(refused(MAPPER, json(document), type)).isInstanceOf(exception).hasMessageContaining(message);
    }
}
