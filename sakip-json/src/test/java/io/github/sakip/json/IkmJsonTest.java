package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The IKM tables of the report document in JSON: their canonical form, and what is refused, with its path. */
class IkmJsonTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> numbers(String text) {
        return Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    /** A table with every part given. */
    private static IkmTable full() {
        return IkmTable.ofTotals("Kehandalan", List.of("U1", "U2", "U3"), 20, numbers("74 76 60"))
                .withScale(Mutu.Scale.KEPMENPAN_25_2004).withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS)
                .withPopulation(25).withPrintedNrr(numbers("3.70 3.80 3.00"))
                .withPrintedConverted(numbers("92.50 95.00 75.00")).withPrintedWeightedNrr(numbers("1.22 1.25 0.99"))
                .withPrintedUnsurMutu(List.of(Mutu.A, Mutu.A, Mutu.B)).withPrintedIndex(d("3.47"))
                .withPrintedIkm(d("86.63")).withPrintedMutu(Mutu.A).withPrintedSampleSize(24);
    }

    private static final String FULL = json("{'unit':'Kehandalan','unsur':['U1','U2','U3'],"
            + "'scale':'KEPMENPAN_25_2004','statedWeight':'PRINTED_TWO_DECIMALS','population':25,'respondents':20,"
            + "'totals':[74,76,60],'printed':{'nrr':[3.70,3.80,3.00],'converted':[92.50,95.00,75.00],"
            + "'weightedNrr':[1.22,1.25,0.99],'unsurMutu':['A','A','B'],'index':3.47,'ikm':86.63,'mutu':'A',"
            + "'sampleSize':24}}");

    @Test
    void aTableIsWrittenInItsCanonicalFormAndReadBackEqual() throws Exception {
        assertThat(MAPPER.writeValueAsString(full())).isEqualTo(FULL);
        assertThat(MAPPER.readValue(FULL, IkmTable.class)).isEqualTo(full());
    }

    @Test
    void defaultsAreLeftOutAndBlanksAreNull() throws Exception {
        IkmTable nine = IkmTable.ofTotals("Loket", Ikm.UNSUR_PERMENPAN_RB_14_2017, 1, numbers("4 4 4 4 4 4 4 4 4"));
        String written = MAPPER.writeValueAsString(nine);
        assertThat(written).isEqualTo(json("{'unit':'Loket','respondents':1,'totals':[4,4,4,4,4,4,4,4,4]}"));
        assertThat(MAPPER.readValue(written, IkmTable.class)).isEqualTo(nine);
        IkmTable answers = IkmTable.ofAnswers("Loket", List.of("U1", "U2"), List.of(Arrays.asList(4, null),
                Arrays.asList(3, 2)));
        String withBlank = MAPPER.writeValueAsString(answers);
        assertThat(withBlank).isEqualTo(json("{'unit':'Loket','unsur':['U1','U2'],'answers':[[4,null],[3,2]]}"));
        assertThat(MAPPER.readValue(withBlank, IkmTable.class)).isEqualTo(answers);
    }

    @Test
    void aReportHoldsItsTablesUnderIkm() throws Exception {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024).withIkm(List.of(full(),
                IkmTable.ofTotals("Loket", List.of("U1"), 2, numbers("7"))));
        String written = MAPPER.writeValueAsString(report);
        assertThat(written).isEqualTo(json("{'agency':'Dinas','year':2024,'ikm':[") + FULL
                + json(",{'unit':'Loket','unsur':['U1'],'respondents':2,'totals':[7]}]}"));
        assertThat(MAPPER.readValue(written, PerformanceReport.class)).isEqualTo(report);
        assertThat(MAPPER.writeValueAsString(PerformanceReport.of("Dinas", 2024)))
                .isEqualTo(json("{'agency':'Dinas','year':2024}"));
    }

    @Test
    void numbersAreReadExactlyFromNumbersOrStrings() throws Exception {
        IkmTable table = MAPPER.readValue(json("{'unit':'L','unsur':['U1'],'respondents':2,'totals':['7'],"
                + "'printed':{'ikm':'87.50','nrr':['3.50']}}"), IkmTable.class);
        assertThat(table.totals()).containsExactly(d("7"));
        assertThat(table.printedIkm()).hasValueSatisfying(ikm -> assertThat(ikm.toPlainString()).isEqualTo("87.50"));
        assertThat(table.printedNrr()).hasValueSatisfying(nrr -> assertThat(nrr.get(0).toPlainString())
                .isEqualTo("3.50"));
    }

    static Stream<Arguments> refusals() {
        String report = "{'agency':'Dinas','year':2024,'ikm':[%s]}";
        return Stream.of(
                Arguments.of("answers and totals", String.format(report, "{'unit':'L','unsur':['U1'],'respondents':1,"
                        + "'totals':[4],'answers':[[4]]}"), MismatchedInputException.class, "ikm[0]",
                        "either \"answers\" or \"respondents\" and \"totals\", not both"),
                Arguments.of("no totals", String.format(report, "{'unit':'L','respondents':1}"),
                        MismatchedInputException.class, "ikm[0].totals", "Missing required field \"totals\" of"
                                + " IkmTable"),
                Arguments.of("no unit", String.format(report, "{'respondents':1,'totals':[4]}"),
                        MismatchedInputException.class, "ikm[0].unit", "Missing required field \"unit\""),
                Arguments.of("an answer of 5", String.format(report, "{'unit':'L','unsur':['U1','U2'],"
                        + "'answers':[[4,4],[3,5]]}"), ValueInstantiationException.class, "ikm[0]",
                        "Cannot build IkmTable: answer of respondent 2 to unsur 2 (U2) must be from 1 to 4, but was 5"),
                Arguments.of("an answer that is not an integer", String.format(report, "{'unit':'L','unsur':['U1'],"
                        + "'answers':[[3.5]]}"), MismatchedInputException.class, "ikm[0].answers[0][0]",
                        "Expected an integer"),
                Arguments.of("a null respondent", String.format(report, "{'unit':'L','unsur':['U1'],"
                        + "'answers':[[4],null]}"), MismatchedInputException.class, "ikm[0].answers[1]",
                        "Element 1 must not be null"),
                Arguments.of("a null total", String.format(report, "{'unit':'L','unsur':['U1','U2'],'respondents':1,"
                        + "'totals':[4,null]}"), MismatchedInputException.class, "ikm[0].totals[1]",
                        "Element 1 must not be null"),
                Arguments.of("a total out of reach", String.format(report, "{'unit':'L','unsur':['U1'],"
                        + "'respondents':1,'totals':[5]}"), ValueInstantiationException.class, "ikm[0]",
                        "total of unsur 1 (U1) must be from 1 to 4 (1 respondents answering 1 to 4), but was 5"),
                Arguments.of("a column too short", String.format(report, "{'unit':'L','unsur':['U1','U2'],"
                        + "'respondents':1,'totals':[4,4],'printed':{'nrr':[4]}}"), ValueInstantiationException.class,
                        "ikm[0]", "nrr has 1 figures, but the survey has 2 unsur"),
                Arguments.of("an unknown grade", String.format(report, "{'unit':'L','unsur':['U1'],'respondents':1,"
                        + "'totals':[4],'printed':{'mutu':'Sangat Baik'}}"), InvalidFormatException.class,
                        "ikm[0].printed.mutu", "\"Sangat Baik\" is not a Mutu; expected one of A, B, C, D"),
                Arguments.of("an unknown weight", String.format(report, "{'unit':'L','unsur':['U1'],'respondents':1,"
                        + "'totals':[4],'statedWeight':'0.111'}"), InvalidFormatException.class,
                        "ikm[0].statedWeight", "expected one of EXACT, PRINTED, PRINTED_TWO_DECIMALS"),
                Arguments.of("a population of 0", String.format(report, "{'unit':'L','unsur':['U1'],'respondents':1,"
                        + "'totals':[4],'population':0}"), ValueInstantiationException.class, "ikm[0]",
                        "population must be at least 1, but was 0"),
                Arguments.of("a population beyond a long", String.format(report, "{'unit':'L','unsur':['U1'],"
                        + "'respondents':1,'totals':[4],'population':99999999999999999999}"),
                        InvalidFormatException.class, "ikm[0].population", "Integer 99999999999999999999 is out of"
                                + " range"),
                Arguments.of("an exponent bomb in a column", String.format(report, "{'unit':'L','unsur':['U1'],"
                        + "'respondents':1,'totals':[4],'printed':{'weightedNrr':[1e1000000000]}}"),
                        InvalidFormatException.class, "ikm[0].printed.weightedNrr[0]", "too large or too precise"),
                Arguments.of("a null IKM", String.format(report, "{'unit':'L','unsur':['U1'],'respondents':1,"
                        + "'totals':[4],'printed':{'ikm':null}}"), MismatchedInputException.class,
                        "ikm[0].printed.ikm", "must not be null"),
                Arguments.of("an unknown field", String.format(report, "{'unit':'L','unsur':['U1'],'respondents':1,"
                        + "'totals':[4],'weight':'EXACT'}"), UnrecognizedPropertyException.class, "ikm[0].weight",
                        "Unrecognized field \"weight\""),
                Arguments.of("a duplicate field", String.format(report, "{'unit':'L','unit':'M','respondents':1,"
                        + "'totals':[4]}"), MismatchedInputException.class, "ikm[0].unit",
                        "Duplicate field \"unit\" in IkmTable"),
                Arguments.of("unsur as a string", String.format(report, "{'unit':'L','unsur':'U1','respondents':1,"
                        + "'totals':[4]}"), MismatchedInputException.class, "ikm[0].unsur", "Expected an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithThePath(String name, String document, Class<? extends JsonMappingException> type, String path,
            String message) {
        JsonProcessingException e = refused(MAPPER, json(document), PerformanceReport.class);
        assertThat(e).isInstanceOf(type).hasMessageContaining(message);
        assertThat(pathOf((JsonMappingException) e)).isEqualTo(path);
    }
}
