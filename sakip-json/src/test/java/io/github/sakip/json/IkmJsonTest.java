package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.report.IkmTable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The IKM tables of the report document in JSON, beyond the golden documents and hostile inputs of
 * sakip-json-testdata (which both bindings are tested against): numbers are read exactly from strings too.
 */
class IkmJsonTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
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
}
