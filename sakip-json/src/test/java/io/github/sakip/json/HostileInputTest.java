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
import io.github.sakip.json.testdata.Hostile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile documents (the table of sakip-json-testdata, which sakip-jackson3 is tested against too): each
 * is refused within a second with a Jackson exception of the expected kind, whose path is the field at fault and
 * whose message says what is wrong.
 */
class HostileInputTest extends ModuleTestBase {

    /** A small valid report; each case of the table breaks one thing in it. */
    static final String VALID = Hostile.VALID;

    static String with(String from, String to) {
        return Hostile.with(from, to);
    }

    /** What each kind of refusal of the shared table is under Jackson 2. */
    private static final Map<Hostile.Refusal, Class<? extends Throwable>> KINDS = Map.of(
            Hostile.Refusal.INVALID_FORMAT, InvalidFormatException.class,
            Hostile.Refusal.MISMATCHED_INPUT, MismatchedInputException.class,
            Hostile.Refusal.UNRECOGNIZED_PROPERTY, UnrecognizedPropertyException.class,
            Hostile.Refusal.VALUE_INSTANTIATION, ValueInstantiationException.class,
            // The parser's exceptions: a JsonMappingException with the field's path around them, as Jackson's own
            // beans do; or themselves, with their location, at the root.
            Hostile.Refusal.STREAM_CONSTRAINTS, StreamConstraintsException.class,
            Hostile.Refusal.STREAM_READ, JsonParseException.class);

    @BeforeAll
    static void warmUp() throws Exception {
        assertThat(mapper().readValue(VALID, PerformanceReport.class).agency()).isEqualTo("Dinas Tenaga Kerja");
        PerformanceReport central = mapper().readValue(Hostile.CENTRAL, PerformanceReport.class);
        assertThat(central.centralBudget().lines()).hasSize(1);
        assertThat(central.budgetPerformance()).hasSize(1);
    }

    static List<Hostile.Case> hostile() {
        return Hostile.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithThePathAndQuickly(Hostile.Case hostile) {
        JsonProcessingException e = refused(mapper(), hostile.document(), PerformanceReport.class);
        Class<? extends Throwable> type = KINDS.get(hostile.refusal());
        String path = hostile.path();
        if (JsonMappingException.class.isAssignableFrom(type) || path.isEmpty() && !(e instanceof JsonMappingException)) {
            assertThat(e).isInstanceOf(type);
        } else {
            // A parser's exception inside a field is wrapped with the field's path, as Jackson's own beans do.
            assertThat(e).isInstanceOf(JsonMappingException.class);
            assertThat(e.getCause()).isInstanceOf(type);
        }
        assertThat(e.getMessage()).contains(hostile.message());
        if (e instanceof JsonMappingException mapping) {
            assertThat(pathOf(mapping)).as(e.getMessage()).isEqualTo(path);
        } else {
            assertThat(path).as("a refusal without a path is at the root").isEmpty();
            assertThat(e.getLocation()).as("the parser's refusal has a location").isNotNull();
        }
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

    static List<String> notAValue() {
        return Hostile.NOT_A_VALUE;
    }

    @ParameterizedTest
    @MethodSource("notAValue")
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
