package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The module goes through Jackson 3's own extension points: a user's problem handler sees unknown fields, a user's
 * deserializer and serializer for a bound type are used for the values of that type inside others, and the module
 * reports the version of its artifact.
 */
class ExtensionPointsTest extends ModuleTestBase {

    private static final String ROW = json("{'number':'1','sasaran':'Kualitas','indicator':{'name':'TPAK',"
            + "'unit':'Persen','polarity':'POSITIVE','accumulation':'STOCK'},'target':70.2,'realization':68.12,"
            + "'legacy':{'kolom':[1,2]},'printed':{'capaian':97.03,'catatan':'x'}}");

    /** Skips the fields it is told about, and notes what Jackson told it. */
    static final class Legacy extends DeserializationProblemHandler {

        final List<String> seen = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Collection<Object> known = deserializer.getKnownPropertyNames();
            seen.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName + " " + known);
            p.skipChildren();
            return true;
        }
    }

    @Test
    void aUsersProblemHandlerSeesEveryUnknownFieldWithTheKnownOnes() {
        Legacy legacy = new Legacy();
        JsonMapper mapper = JsonMapper.builder().addModule(new SakipModule()).addHandler(legacy).build();
        PerformanceRow row = mapper.readValue(ROW, PerformanceRow.class);
        assertThat(row.printedCapaian()).contains(new BigDecimal("97.03"));
        assertThat(legacy.seen).containsExactly(
                "PerformanceRow.legacy [number, sasaran, indicator, target, realization, printed]",
                "PerformanceRow.catatan [capaian, category]");
    }

    @Test
    void withoutAHandlerAnUnknownFieldIsRefusedNamingTheKnownOnes() {
        UnrecognizedPropertyException e = (UnrecognizedPropertyException) refused(mapper(), ROW,
                PerformanceRow.class);
        assertThat(e.getPropertyName()).isEqualTo("legacy");
        assertThat(e.getKnownPropertyIds()).hasSize(6);
        assertThat(pathOf(e)).isEqualTo("legacy");
        UnrecognizedPropertyException nested = (UnrecognizedPropertyException) refused(mapper(),
                ROW.replace(json("'legacy':{'kolom':[1,2]},"), ""), PerformanceRow.class);
        assertThat(nested.getPropertyName()).isEqualTo("catatan");
        assertThat(nested.getKnownPropertyIds()).containsExactly("capaian", "category");
        assertThat(pathOf(nested)).isEqualTo("printed.catatan");
    }

    @Test
    void aModuleThatIgnoresUnknownFieldsSkipsThemWithoutAskingTheHandler() {
        Legacy legacy = new Legacy();
        JsonMapper mapper = JsonMapper.builder().addModule(new SakipModule().withUnknownPropertiesIgnored())
                .addHandler(legacy).build();
        assertThat(mapper.readValue(ROW, PerformanceRow.class).number()).isEqualTo("1");
        assertThat(legacy.seen).isEmpty();
    }

    /** An agency's own form of an indicator: "name|unit". */
    static final class PipeIndicators extends SimpleModule {

        private static final long serialVersionUID = 1L;

        PipeIndicators() {
            super("pipe-indicators");
            addDeserializer(Indicator.class, new ValueDeserializer<>() {
                @Override
                public Indicator deserialize(JsonParser p, DeserializationContext ctxt) {
                    String[] parts = p.getString().split("\\|");
                    return Indicator.of(parts[0], parts[1], Polarity.POSITIVE, Accumulation.STOCK);
                }
            });
            addSerializer(Target.class, new StdSerializer<>(Target.class) {
                @Override
                public void serialize(Target value, JsonGenerator g, SerializationContext ctxt) {
                    g.writeString(value.format());
                }
            });
        }
    }

    @Test
    void aUsersDeserializerAndSerializerForABoundTypeAreUsedInsideOtherTypes() {
        JsonMapper mapper = JsonMapper.builder().addModule(new SakipModule()).addModule(new PipeIndicators()).build();
        String document = json("{'agency':'Dinas','year':2024,'performance':[{'number':'1','sasaran':'Kualitas',"
                + "'indicator':'TPAK|Persen','target':70.2,'realization':68.12}]}");
        PerformanceReport report = mapper.readValue(document, PerformanceReport.class);
        assertThat(report.performance()).singleElement().isEqualTo(PerformanceRow.of("1", "Kualitas",
                Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK),
                Target.of(new BigDecimal("70.2")), Realization.of(new BigDecimal("68.12"))));
        assertThat(mapper.writeValueAsString(report.performance().get(0))).contains(json("'target':'70,20'"));
        // Read twice with the same mapper: the deserializers found the first time are kept, and still the user's.
        assertThat(mapper.readValue(document, PerformanceReport.class)).isEqualTo(report);
    }

    @Test
    void theModuleReportsTheVersionOfItsArtifact() {
        Version version = new SakipModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version).isEqualTo(VersionUtil.parseVersion(System.getProperty("sakip.version"),
                "io.github.sakip", "sakip-jackson3"));
        assertThat(version.getGroupId()).isEqualTo("io.github.sakip");
        assertThat(version.getArtifactId()).isEqualTo("sakip-jackson3");
        assertThat(new PackageVersion().version()).isEqualTo(version);
        assertThat(new SakipModule().withUnknownPropertiesIgnored().version()).isEqualTo(version);
        assertThat(new SakipModule().getModuleName()).isEqualTo("sakip");
    }
}
