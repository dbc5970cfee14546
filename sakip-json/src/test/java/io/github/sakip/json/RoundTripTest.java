package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.report.BudgetRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type the module binds, in its canonical JSON (the golden table of sakip-json-testdata, which sakip-jackson3
 * is tested against too): reading and writing again gives the same text, and writing the value and reading it again
 * gives an equal value.
 */
class RoundTripTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static List<Golden.Case> values() {
        return Golden.values();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void writesTheCanonicalJsonAndReadsItBack(Golden.Case golden) throws Exception {
        Object value = golden.value();
        String json = golden.json();
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
        Object read = MAPPER.readValue(json, golden.type());
        assertThat(read).isEqualTo(value);
        assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void readsEveryNumberExactlyFromNumbersAndStrings() throws Exception {
        assertThat(MAPPER.readValue("\"70.20\"", Target.class)).isEqualTo(Target.of(d("70.2")));
        assertThat(MAPPER.readValue("0.1", Realization.class).valueIfPresent()).contains(d("0.1"));
        String manyDigits = "0.1000000000000000055511151231257827021181583404541015625";
        assertThat(MAPPER.readValue(manyDigits, Realization.class).valueIfPresent()).contains(d(manyDigits));
        assertThat(MAPPER.readValue("1E+2", Target.class)).isEqualTo(Target.of(d("100")));
        String row = json("{'code':'1.01.01','name':'P','pagu':'1000.50','realisasi':7e2,'printed':{'percent':'69.97'}}");
        BudgetRow read = MAPPER.readValue(row, BudgetRow.class);
        assertThat(read.printedPercent()).hasValueSatisfying(p -> assertThat(p).hasToString("69.97"));
        assertThat(MAPPER.writeValueAsString(read))
                .isEqualTo(json("{'code':'1.01.01','name':'P','pagu':1000.5,'realisasi':700,'printed':{'percent':69.97}}"));
    }

    @Test
    void writesAComputedAchievementWithItsWorking() throws Exception {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12"));
        String json = MAPPER.writeValueAsString(a);
        assertThat(json).startsWith(json("{'percent':97.03703703703703703703703703703704,'rounded':97.04,"
                + "'category':'Sangat Tinggi','explain':'68,12 / 70,2"));
        assertThat(MAPPER.readValue(json, Achievement.class)).isEqualTo(a);
        assertThat(MAPPER.readValue(json, Achievement.class).explain()).isEqualTo(a.explain());
    }

    @Test
    void refusesAnAchievementWhoseRoundingDisagrees() {
        assertThat(refused(MAPPER, json("{'percent':97.037,'rounded':97.03}"), Achievement.class))
                .hasMessageContaining("rounded 97.03 does not agree with percent 97.037");
    }

    @Test
    void refusesAQuantityThatIsNotOneOfItsTwoForms() {
        assertThat(refused(MAPPER, json("{'value':2.857,'unit':'PERCENT','rounded':2.85,'explain':'w'}"),
                Quantity.class)).hasMessageContaining("rounded 2.85 does not agree with value 2.857");
        assertThat(refused(MAPPER, json("{'value':2.857,'unit':'PERCENT','notComputable':'x'}"), Quantity.class))
                .hasMessageContaining("either {\"notComputable\": reason} or a value, not both");
        assertThat(refused(MAPPER, json("{'value':2.857,'explain':'w'}"), Quantity.class))
                .hasMessageContaining("Missing required field \"unit\" of Quantity");
    }

    @Test
    void treesAreExactWithTheDocumentedConfiguration() throws Exception {
        ObjectMapper exact = com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new SakipModule())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        BudgetRow row = BudgetRow.of("2.07.01", "P", d("100"), d("97.6")).withPrintedPercent(d("97.60"));
        assertThat(exact.treeToValue(exact.valueToTree(row), BudgetRow.class)).isEqualTo(row);
        String json = MAPPER.writeValueAsString(row);
        assertThat(exact.treeToValue(exact.readTree(json), BudgetRow.class)).isEqualTo(row);
        assertThat(MAPPER.convertValue(row, BudgetRow.class)).isEqualTo(row);
    }

    @Test
    void isFoundByFindAndRegisterModules() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains("sakip");
        assertThat(found.writeValueAsString(Target.range(d("80"), d("90")))).isEqualTo(json("{'from':80,'to':90}"));
    }
}
