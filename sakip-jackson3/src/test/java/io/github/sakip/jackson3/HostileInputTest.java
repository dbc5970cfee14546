package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.json.testdata.Hostile;
import io.github.sakip.report.PerformanceReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile inputs of sakip-json-testdata, which sakip-json (Jackson 2) refuses too: each is refused within a
 * second with a Jackson exception of the same kind, whose path is the field at fault and whose message says what is
 * wrong, in the same words except where Jackson 3 words its own message differently (the table says where).
 */
class HostileInputTest extends ModuleTestBase {

    /**
     * What each kind of refusal of the shared table is under Jackson 3. The same classes as under Jackson 2, of
     * Jackson 3's packages, except the parser's own refusals: Jackson 2 wraps a {@code JsonParseException} or a
     * {@code StreamConstraintsException} met inside a field in a {@code JsonMappingException} that has the field's
     * path; in Jackson 3 every exception has a path, so the parser's {@link StreamReadException} (a
     * {@code JsonParseException} in Jackson 2) and {@link StreamConstraintsException} come themselves, with the path.
     */
    private static final Map<Hostile.Refusal, Class<? extends JacksonException>> KINDS = Map.of(
            Hostile.Refusal.INVALID_FORMAT, InvalidFormatException.class,
            Hostile.Refusal.MISMATCHED_INPUT, MismatchedInputException.class,
            Hostile.Refusal.UNRECOGNIZED_PROPERTY, UnrecognizedPropertyException.class,
            Hostile.Refusal.VALUE_INSTANTIATION, ValueInstantiationException.class,
            Hostile.Refusal.STREAM_CONSTRAINTS, StreamConstraintsException.class,
            Hostile.Refusal.STREAM_READ, StreamReadException.class);

    @BeforeAll
    static void warmUp() {
        assertThat(mapper().readValue(Hostile.VALID, PerformanceReport.class).agency()).isEqualTo("Dinas Tenaga Kerja");
        PerformanceReport central = mapper().readValue(Hostile.CENTRAL, PerformanceReport.class);
        assertThat(central.centralBudget().lines()).hasSize(1);
        assertThat(central.budgetPerformance()).hasSize(1);
    }

    static List<Hostile.Case> hostile() {
        return Hostile.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedAsUnderJackson2WithThePathAndQuickly(Hostile.Case hostile) {
        JacksonException e = refused(mapper(), hostile.document(), PerformanceReport.class);
        assertThat(e).isInstanceOf(KINDS.get(hostile.refusal()));
        assertThat(e.getMessage()).contains(hostile.jackson3Message());
        String path = hostile.path();
        assertThat(pathOf(e)).as(e.getMessage()).isEqualTo(path);
        if (path.isEmpty()) {
            assertThat(e.getLocation()).as("a refusal at the root has a location").isNotNull();
        } else {
            String last = path.replaceAll(".*[.\\[]", "").replace("]", "");
            assertThat(e.getMessage()).contains("through reference chain: io.github.sakip.report.PerformanceReport[")
                    .contains(path.endsWith("]") ? "[" + last + "]" : "[\"" + last + "\"]");
        }
    }

    @Test
    void aMapperThatDisablesJacksonsTrailingTokenCheckGetsTheModulesOwn() {
        JsonMapper lenient = JsonMapper.builder().addModule(new SakipModule())
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        assertThat(refused(lenient, Hostile.VALID + "\n" + Hostile.VALID, PerformanceReport.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("Trailing token (of type"
                + " START_OBJECT) after the PerformanceReport: a document holds one value, and what follows it would"
                + " be lost; put several in a JSON array");
        assertThat(refused(lenient, Hostile.VALID + " garbage", PerformanceReport.class))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("Unrecognized token 'garbage'");
        assertThat(refused(lenient, "70.2 71", Target.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token (of type VALUE_NUMBER_INT)");
    }

    @Test
    void unknownFieldsAreSkippedByTheLenientModule() {
        String document = Hostile.with("'target':70.2", "'target':70.2,'capaian':{'any':[1,2,{'x':null}]}");
        assertThat(lenientMapper().readValue(document, PerformanceReport.class))
                .isEqualTo(mapper().readValue(Hostile.VALID, PerformanceReport.class));
        assertThat(new SakipModule().isUnknownPropertiesIgnored()).isFalse();
        assertThat(new SakipModule().withUnknownPropertiesIgnored().isUnknownPropertiesIgnored()).isTrue();
    }

    @Test
    void deepNestingInASkippedFieldIsRefusedByTheParser() {
        String document = Hostile.with("'target':70.2", "'target':70.2,'x':" + "[".repeat(100_000)
                + "]".repeat(100_000));
        JacksonException e = refused(lenientMapper(), document, PerformanceReport.class);
        assertThat(e).isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
        assertThat(pathOf(e)).isEqualTo("performance[0].x");
    }

    @Test
    void duplicateKeysAreRefusedEvenWhenUnknownFieldsAreIgnored() {
        String document = Hostile.with("'target':70.2", "'target':70.2,'x':1,'x':2");
        assertThat(refused(lenientMapper(), document, PerformanceReport.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Duplicate field \"x\"");
    }

    @Test
    void unknownFieldsAreRefusedWhateverTheMappersSettingSinceJackson3SkipsThemByDefault() {
        // Jackson 3's default is not to fail on unknown properties: a misspelt field of a report would be lost.
        assertThat(JsonMapper.builder().build().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isFalse();
        String document = Hostile.with("'year':2024", "'year':2024,'z':1");
        for (JsonMapper mapper : List.of(mapper(), JsonMapper.builder().addModule(new SakipModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(), JsonMapper.builder()
                .addModule(new SakipModule()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())) {
            JacksonException e = refused(mapper, document, PerformanceReport.class);
            assertThat(e).isInstanceOf(UnrecognizedPropertyException.class)
                    .hasMessageStartingWith("Unrecognized property \"z\" (class io.github.sakip.report.PerformanceReport)");
            // every component of the report is a known field
            assertThat(((UnrecognizedPropertyException) e).getKnownPropertyIds())
                    .hasSize(PerformanceReport.class.getRecordComponents().length);
            assertThat(pathOf(e)).isEqualTo("z");
        }
        assertThat(lenientMapper().readValue(document, PerformanceReport.class).year()).isEqualTo(2024);
    }

    static List<String> notAValue() {
        return Hostile.NOT_A_VALUE;
    }

    @ParameterizedTest
    @MethodSource("notAValue")
    void aValueReadOnItsOwnIsRefusedWithAJacksonException(String document) {
        for (Class<?> type : List.of(Target.class, Realization.class, Realization.Measured.class)) {
            assertThat(refused(mapper(), document, type)).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void aBadBudgetCodeIsRefusedWithTheCoresReason() {
        JacksonException e = refused(mapper(), json("{'code':'2.7.1','name':'P','pagu':1,'realisasi':1}"),
                BudgetLine.class);
        assertThat(e).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"2.7.1\" is not a BudgetCode");
        assertThat(e.getCause()).hasMessageContaining("its bidang segment '7' must be two digits, 01 to 99");
        assertThat(pathOf(e)).isEqualTo("code");
    }

    @Test
    void aCodeOfTheWrongKindIsRefusedNamingItsKind() {
        JacksonException e = refused(mapper(), json("'063.01.WA'"), BudgetCode.Regional.class);
        assertThat(e).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"063.01.WA\" is not a BudgetCode.Regional");
        assertThat(e.getCause()).hasMessage("'063.01.WA' is a central code");
    }
}
