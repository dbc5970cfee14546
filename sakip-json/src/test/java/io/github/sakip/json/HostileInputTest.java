package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.report.PerformanceReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile documents: each is refused within a second with a Jackson exception of the expected type,
 * whose path is the field at fault and whose message says what is wrong.
 */
class HostileInputTest extends ModuleTestBase {

    /** A small valid report; each case below breaks one thing in it. */
    static final String VALID = json("{'agency':'Dinas Tenaga Kerja','year':2024,"
            + "'performance':[{'number':'1','sasaran':'Kualitas','indicator':{'name':'TPAK','unit':'Persen',"
            + "'polarity':'POSITIVE','accumulation':'STOCK'},'target':70.2,'realization':68.12,"
            + "'printed':{'capaian':97.03,'category':'Sangat Tinggi'}}],"
            + "'budget':{'lines':[{'code':'2.07.01','name':'Program','pagu':1000,'realisasi':900,"
            + "'printed':{'percent':90.00}}]},"
            + "'renstra':[{'plan':{'indicator':{'name':'TPAK','unit':'Persen','polarity':'POSITIVE',"
            + "'accumulation':'STOCK'},'firstYear':2022,'lastYear':2026,'targets':{'2022':70,'2026':71.11}},"
            + "'realizations':{'2022':70.31}}],"
            + "'efficiency':[{'sasaran':'Kualitas','polarity':'POSITIVE','target':100,'realization':90,"
            + "'pagu':1000,'realisasiAnggaran':900}],"
            + "'akip':[{'year':2023,'evaluation':{'scores':{'Perencanaan Kinerja':23.1,'Pengukuran Kinerja':21.3,"
            + "'Pelaporan Kinerja':10.8,'Evaluasi Akuntabilitas Kinerja Internal':18}},"
            + "'printed':{'total':73.20,'predicate':'BB'}}]}");

    static String with(String from, String to) {
        String f = json(from);
        assertThat(VALID).contains(f);
        return VALID.replace(f, json(to));
    }

    @BeforeAll
    static void warmUp() throws Exception {
        assertThat(mapper().readValue(VALID, PerformanceReport.class).agency()).isEqualTo("Dinas Tenaga Kerja");
    }

    static Stream<Arguments> hostile() {
        String digits = "9".repeat(5000);
        String nested = "[".repeat(5000) + "]".repeat(5000);
        return Stream.of(
                // numbers
                Arguments.of("exponent bomb", with("'target':70.2", "'target':1e1000000000"),
                        InvalidFormatException.class, "performance[0].target", "too large or too precise"),
                Arguments.of("negative exponent bomb", with("'realization':68.12", "'realization':1e-1000000000"),
                        InvalidFormatException.class, "performance[0].realization", "too many decimals"),
                Arguments.of("exponent beyond an int", with("'target':70.2", "'target':1e99999999999"),
                        InvalidFormatException.class, "performance[0].target", "Not a decimal number: 1e99999999999"),
                Arguments.of("exponent beyond an int in a string", with("'target':70.2", "'target':'-1e-99999999999'"),
                        InvalidFormatException.class, "performance[0].target", "Not a decimal number: \"-1e-99999"),
                Arguments.of("exponent bomb in a string", with("'pagu':1000", "'pagu':'1e1000000000'"),
                        InvalidFormatException.class, "budget.lines[0].pagu", "too large or too precise"),
                Arguments.of("exponent bomb in a printed figure",
                        with("'capaian':97.03", "'capaian':9.7e999999999"),
                        InvalidFormatException.class, "performance[0].printed.capaian", "too large or too precise"),
                Arguments.of("printed zero of 2^31 decimals", with("'capaian':97.03", "'capaian':0E-2147483647"),
                        ValueInstantiationException.class, "performance[0]",
                        "capaian has too many decimals to be a figure of a report: 0E-2147483647"),
                Arguments.of("5000 digits", with("'pagu':1000", "'pagu':" + digits),
                        StreamConstraintsException.class, "budget.lines[0].pagu", "exceeds the maximum"),
                Arguments.of("5000 digits in a string", with("'pagu':1000", "'pagu':'" + digits + "'"),
                        StreamConstraintsException.class, "budget.lines[0].pagu", "exceeds the maximum"),
                Arguments.of("5000 decimals", with("'target':70.2", "'target':0." + digits),
                        StreamConstraintsException.class, "performance[0].target", "exceeds the maximum"),
                Arguments.of("200 significant digits", with("'target':70.2", "'target':0." + "1".repeat(200)),
                        InvalidFormatException.class, "performance[0].target", "too large or too precise"),
                Arguments.of("not a number", with("'target':70.2", "'target':'70,2'"),
                        InvalidFormatException.class, "performance[0].target", "Not a decimal number: \"70,2\""),
                Arguments.of("huge year", with("'year':2024", "'year':99999999999"),
                        InvalidFormatException.class, "year", "out of range"),
                Arguments.of("year out of range", with("'year':2024", "'year':1800"),
                        InvalidFormatException.class, "year", "year must be from 1900 to 2999, but was 1800"),
                Arguments.of("fractional year", with("'year':2024", "'year':2024.5"),
                        MismatchedInputException.class, "year", "Expected an integer"),
                // structure
                Arguments.of("deep nesting", with("'target':70.2", "'target':" + nested),
                        MismatchedInputException.class, "performance[0].target", "but found an array"),
                Arguments.of("truncated document", VALID.substring(0, VALID.indexOf("'realization'".replace('\'',
                        '"'))), JsonParseException.class, "performance[0]", "Unexpected end-of-input"),
                Arguments.of("truncated in a number", VALID.substring(0, VALID.indexOf("70.2") + 2),
                        JsonParseException.class, "performance[0]", "end-of-input"),
                Arguments.of("empty document", "", MismatchedInputException.class, "", "No content"),
                Arguments.of("wrong type for a string", with("'agency':'Dinas Tenaga Kerja'", "'agency':42"),
                        MismatchedInputException.class, "agency", "Expected a string for String, but found an integer"),
                Arguments.of("wrong type for a target", with("'target':70.2", "'target':true"),
                        MismatchedInputException.class, "performance[0].target", "but found a boolean"),
                Arguments.of("wrong type for a list", with("'performance':[", "'performance':{'x':["),
                        MismatchedInputException.class, "performance", "Expected an array"),
                Arguments.of("null field", with("'agency':'Dinas Tenaga Kerja'", "'agency':null"),
                        MismatchedInputException.class, "agency", "must not be null"),
                Arguments.of("null element", with("'performance':[", "'performance':[null,"),
                        MismatchedInputException.class, "performance[0]", "must not be null"),
                Arguments.of("null printed figure", with("'capaian':97.03", "'capaian':null"),
                        MismatchedInputException.class, "performance[0].printed.capaian", "must not be null"),
                Arguments.of("null document", "null", MismatchedInputException.class, "", "must not be null"),
                Arguments.of("missing agency", with("'agency':'Dinas Tenaga Kerja',", ""),
                        MismatchedInputException.class, "agency", "Missing required field \"agency\""),
                Arguments.of("missing indicator", with("'indicator':{'name':'TPAK','unit':'Persen',"
                        + "'polarity':'POSITIVE','accumulation':'STOCK'},'target':70.2", "'target':70.2"),
                        MismatchedInputException.class, "performance[0].indicator",
                        "Missing required field \"indicator\" of PerformanceRow"),
                Arguments.of("negative pagu", with("'pagu':1000", "'pagu':-1000"),
                        InvalidFormatException.class, "budget.lines[0].pagu", "must not be negative, but was -1000"),
                Arguments.of("negative realisasi anggaran", with("'realisasiAnggaran':900",
                        "'realisasiAnggaran':-0.5"), InvalidFormatException.class,
                        "efficiency[0].realisasiAnggaran", "must not be negative, but was -0.5"),
                Arguments.of("unknown field", with("'target':70.2", "'target':70.2,'capaian':97"),
                        UnrecognizedPropertyException.class, "performance[0].capaian", "Unrecognized field \"capaian\""),
                Arguments.of("duplicate key", with("'year':2024", "'year':2024,'year':2025"),
                        MismatchedInputException.class, "year", "Duplicate field \"year\""),
                Arguments.of("duplicate map key", with("'2022':70,", "'2022':70,'2022':71,"),
                        MismatchedInputException.class, "renstra[0].plan.targets.2022", "Duplicate key \"2022\""),
                Arguments.of("bad year key", with("'2022':70.31", "'20x2':70.31"),
                        MismatchedInputException.class, "renstra[0].realizations.20x2", "is not realizations by year"),
                // refused by the core
                Arguments.of("range upside down", with("'target':70.2", "'target':{'from':90,'to':80}"),
                        ValueInstantiationException.class, "performance[0].target",
                        "lower must not exceed upper, but the range was 90 to 80"),
                Arguments.of("blank absence", with("'realization':68.12", "'realization':{'absent':' '}"),
                        ValueInstantiationException.class, "performance[0].realization", "reason must not be blank"),
                Arguments.of("unknown category", with("'Sangat Tinggi'", "'Luar Biasa'"),
                        InvalidFormatException.class, "performance[0].printed.category",
                        "\"Luar Biasa\" is not a Category"),
                Arguments.of("unknown predicate", with("'predicate':'BB'", "'predicate':'Z'"),
                        InvalidFormatException.class, "akip[0].printed.predicate", "\"Z\" is not a AkipPredicate"),
                Arguments.of("unknown polarity", with("'polarity':'POSITIVE','target'", "'polarity':'UP','target'"),
                        InvalidFormatException.class, "efficiency[0].polarity", "expected one of POSITIVE, NEGATIVE"),
                Arguments.of("polarity as ordinal", with("'polarity':'POSITIVE','target'", "'polarity':0,'target'"),
                        MismatchedInputException.class, "efficiency[0].polarity", "Expected a string"),
                Arguments.of("score above weight", with("'Pelaporan Kinerja':10.8", "'Pelaporan Kinerja':16"),
                        ValueInstantiationException.class, "akip[0].evaluation",
                        "score of Pelaporan Kinerja must be from 0 to its weight 15, but was 16"),
                Arguments.of("missing component", with("'Pelaporan Kinerja':10.8,", ""),
                        ValueInstantiationException.class, "akip[0].evaluation", "Pelaporan Kinerja is missing"),
                Arguments.of("Rupiah with three decimals", with("'pagu':1000", "'pagu':1000.005"),
                        ValueInstantiationException.class, "budget.lines[0]",
                        "pagu must be Rupiah with at most two decimals, but was 1000.005"),
                Arguments.of("efficiency pagu with three decimals", with("'pagu':1000,'realisasiAnggaran'",
                        "'pagu':0.001,'realisasiAnggaran'"), ValueInstantiationException.class, "efficiency[0]",
                        "pagu must be Rupiah with at most two decimals, but was 0.001"),
                Arguments.of("budget lines adding up past a figure", with("'lines':[{", "'lines':[{'code':'2.07.02',"
                        + "'name':'P','pagu':999999999999999999999999999999,'realisasi':0},{"),
                        ValueInstantiationException.class, "budget", "the pagu of the budget lines adds up to"
                                + " 1000000000000000000000000000999, too large to be a figure of a report"),
                Arguments.of("flow realisations adding up past a figure", with("'accumulation':'STOCK'},'firstYear'",
                        "'accumulation':'FLOW'},'firstYear'").replace(json("'realizations':{'2022':70.31}"),
                        json("'realizations':{'2022':9e29,'2023':9e29}")), ValueInstantiationException.class,
                        "renstra[0]", "the realisations of the flow indicator TPAK add up to"
                                + " 1800000000000000000000000000000 by 2023, too large to be a figure of a report"),
                Arguments.of("target outside the Renstra", with("'2026':71.11", "'2027':71.11"),
                        ValueInstantiationException.class, "renstra[0].plan",
                        "target year 2027 is outside the period 2022–2026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithThePathAndQuickly(String name, String document, Class<? extends Throwable> type, String path,
            String message) {
        JsonProcessingException e = refused(mapper(), document, PerformanceReport.class);
        assertThat(e).isInstanceOf(JsonMappingException.class);
        JsonMappingException mapping = (JsonMappingException) e;
        if (JsonMappingException.class.isAssignableFrom(type)) {
            assertThat(e).isInstanceOf(type);
        } else {
            // A parser's exception inside a field is wrapped with the field's path, as Jackson's own beans do.
            assertThat(e.getCause()).isInstanceOf(type);
        }
        assertThat(pathOf(mapping)).as(e.getMessage()).isEqualTo(path);
        assertThat(e.getMessage()).contains(message);
        if (!path.isEmpty()) {
            String last = path.replaceAll(".*[.\\[]", "").replace("]", "");
            assertThat(e.getMessage()).contains("through reference chain: io.github.sakip.report.PerformanceReport[")
                    .contains(path.endsWith("]") ? "[" + last + "]" : "[\"" + last + "\"]");
        }
    }

    @Test
    void unknownFieldsAreSkippedByTheLenientModule() throws Exception {
        String document = with("'target':70.2", "'target':70.2,'capaian':{'any':[1,2,{'x':null}]}");
        assertThat(lenientMapper().readValue(document, PerformanceReport.class))
                .isEqualTo(mapper().readValue(VALID, PerformanceReport.class));
        assertThat(new SakipModule().isUnknownPropertiesIgnored()).isFalse();
        assertThat(new SakipModule().withUnknownPropertiesIgnored().isUnknownPropertiesIgnored()).isTrue();
    }

    @Test
    void deepNestingInASkippedFieldIsRefusedByTheParser() {
        String document = with("'target':70.2", "'target':70.2,'x':" + "[".repeat(100_000) + "]".repeat(100_000));
        JsonProcessingException e = refused(lenientMapper(), document, PerformanceReport.class);
        assertThat(e.getCause()).isInstanceOf(StreamConstraintsException.class);
        assertThat(e.getMessage()).contains("nesting depth");
        assertThat(pathOf((JsonMappingException) e)).isEqualTo("performance[0].x");
    }

    @Test
    void duplicateKeysAreRefusedEvenWhenUnknownFieldsAreIgnored() {
        String document = with("'target':70.2", "'target':70.2,'x':1,'x':2");
        JsonProcessingException e = refused(lenientMapper(), document, PerformanceReport.class);
        assertThat(e).isInstanceOf(MismatchedInputException.class).hasMessageContaining("Duplicate field \"x\"");
    }

    @Test
    void theMappersSettingToIgnoreUnknownFieldsIsHonoured() throws Exception {
        ObjectMapper mapper = mapper().disable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(mapper.readValue(with("'year':2024", "'year':2024,'z':1"), PerformanceReport.class).year())
                .isEqualTo(2024);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e99999999999", "1e1000000000", "\"1e-1000000000\"",
        "9e-2147483648", "true", "[70]", "{}", "null", ""})
    void aValueReadOnItsOwnIsRefusedWithAJacksonException(String document) {
        for (Class<?> type : new Class<?>[] {io.github.sakip.Target.class, io.github.sakip.Realization.class,
            io.github.sakip.Realization.Measured.class}) {
            assertThat(refused(mapper(), document, type)).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void aBadBudgetCodeIsRefusedWithTheCoresReason() {
        JsonProcessingException e = refused(mapper(), json("{'code':'2.7.1','name':'P','pagu':1,'realisasi':1}"),
                BudgetLine.class);
        assertThat(e).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"2.7.1\" is not a BudgetCode");
        assertThat(e.getCause()).hasMessageContaining("its bidang segment '7' must be two digits, 01 to 99");
        assertThat(pathOf((JsonMappingException) e)).isEqualTo("code");
    }

    @Test
    void aCodeOfTheWrongKindIsRefusedNamingItsKind() {
        JsonProcessingException e = refused(mapper(), json("'063.01.WA'"), BudgetCode.Regional.class);
        assertThat(e).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"063.01.WA\" is not a BudgetCode.Regional");
        assertThat(e.getCause()).hasMessage("'063.01.WA' is a central code");
    }
}
