package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.Figure;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.audit.Severity;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type the module binds, in its canonical JSON: reading and writing again gives the same text, and writing
 * the value and reading it again gives an equal value.
 */
class RoundTripTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static final String TPAK = "{'name':'TPAK','unit':'Persen','polarity':'POSITIVE','accumulation':'STOCK'}";

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static Stream<Arguments> values() {
        Indicator tpak = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
        Indicator disputes = Indicator.of("Perselisihan", "Kasus", Polarity.NEGATIVE, Accumulation.FLOW);
        RenstraPlan plan = RenstraPlan.of(tpak, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2022, d("70")),
                new RenstraPlan.YearTarget(2026, Target.range(d("80"), d("90"))))).withBaseline(2021, d("70.31"));
        Map<AkipEvaluation.Component, BigDecimal> weights = new EnumMap<>(AkipEvaluation.DEFAULT_WEIGHTS);
        weights.put(AkipEvaluation.Component.PERENCANAAN_KINERJA, d("35"));
        weights.put(AkipEvaluation.Component.PELAPORAN_KINERJA, d("10"));
        AkipEvaluation akip = AkipEvaluation.of(d("23.1"), d("21.3"), d("10.8"), d("18"));
        return Stream.of(
                Arguments.of(Target.of(d("70.2")), "70.2"),
                Arguments.of(Target.of(d("0")), "0"),
                Arguments.of(Target.range(d("80"), d("90")), "{'from':80,'to':90}"),
                Arguments.of(Realization.of(d("68.12")), "68.12"),
                Arguments.of(Realization.of(d("-1.5")), "-1.5"),
                Arguments.of(Realization.of(d("0.000000000000000000000000000001")), "0.000000000000000000000000000001"),
                Arguments.of(Realization.absent("indikator baru"), "{'absent':'indikator baru'}"),
                Arguments.of(tpak, TPAK),
                Arguments.of(disputes,
                        "{'name':'Perselisihan','unit':'Kasus','polarity':'NEGATIVE','accumulation':'FLOW'}"),
                Arguments.of(Polarity.NEGATIVE, "'NEGATIVE'"),
                Arguments.of(Accumulation.FLOW, "'FLOW'"),
                Arguments.of(Category.SANGAT_TINGGI, "'Sangat Tinggi'"),
                Arguments.of(AkipPredicate.BB, "'BB'"),
                Arguments.of(AkipEvaluation.Component.PELAPORAN_KINERJA, "'Pelaporan Kinerja'"),
                Arguments.of(BudgetCode.parse("2.07.01.2.01.1002"), "'2.07.01.2.01.1002'"),
                Arguments.of(BudgetCode.parse("X.XX.01"), "'X.XX.01'"),
                Arguments.of(BudgetCode.parse("063.01.WA.3165.QAH.001"), "'063.01.WA.3165.QAH.001'"),
                Arguments.of(BudgetCode.parse("BLUD-01"), "'BLUD-01'"),
                Arguments.of(BudgetCode.parse(""), "''"),
                Arguments.of(new BudgetLine("3165", "Kegiatan", d("10"), d("9")).withParent("063.01.WA"),
                        "{'code':'3165','name':'Kegiatan','pagu':10,'realisasi':9,'parent':'063.01.WA'}"),
                Arguments.of(new BudgetLine("2.07.01", "Program", d("5578741408"), d("5300000000.50")),
                        "{'code':'2.07.01','name':'Program','pagu':5578741408,'realisasi':5300000000.5}"),
                Arguments.of(new RenstraPlan.Baseline(2021, d("70.31")), "{'year':2021,'value':70.31}"),
                Arguments.of(new RenstraPlan.YearTarget(2026, Target.range(d("7"), d("8"))),
                        "{'year':2026,'target':{'from':7,'to':8}}"),
                Arguments.of(plan, "{'indicator':" + TPAK + ",'firstYear':2022,'lastYear':2026,"
                        + "'baseline':{'year':2021,'value':70.31},'targets':{'2022':70,'2026':{'from':80,'to':90}}}"),
                Arguments.of(akip, "{'scores':{'Perencanaan Kinerja':23.1,'Pengukuran Kinerja':21.3,"
                        + "'Pelaporan Kinerja':10.8,'Evaluasi Akuntabilitas Kinerja Internal':18}}"),
                Arguments.of(AkipEvaluation.of(d("23.1"), d("21.3"), d("10"), d("18")).withWeights(weights), "{'scores':{'Perencanaan Kinerja':23.1,"
                        + "'Pengukuran Kinerja':21.3,'Pelaporan Kinerja':10,'Evaluasi Akuntabilitas Kinerja Internal':18},"
                        + "'weights':{'Perencanaan Kinerja':35,'Pengukuran Kinerja':30,'Pelaporan Kinerja':10,"
                        + "'Evaluasi Akuntabilitas Kinerja Internal':25}}"),
                Arguments.of(Achievement.notComputable("target is 0: division by zero"),
                        "{'notComputable':'target is 0: division by zero'}"),
                Arguments.of(Achievement.ofPercent(d("96.5")), "{'percent':96.5,'rounded':96.50,"
                        + "'category':'Sangat Tinggi','explain':'given as 96,5%'}"),
                Arguments.of(Quantity.notComputable(Figure.Unit.PERCENT, "no outputs"),
                        "{'unit':'PERCENT','notComputable':'no outputs'}"),
                Arguments.of(Quantity.of(d("1.0294"), Figure.Unit.NUMBER, "97,04% / 94,27% = 1,03"),
                        "{'value':1.0294,'unit':'NUMBER','rounded':1.03,'explain':'97,04% / 94,27% = 1,03'}"),
                Arguments.of(Figure.Unit.PERCENT, "'PERCENT'"),
                Arguments.of(new Location("Tabel 3.1", "1", "capaian"),
                        "{'table':'Tabel 3.1','row':'1','column':'capaian'}"),
                Arguments.of(new Finding(Severity.ERROR, Check.CAPAIAN, new Location("Tabel 3.1", "1", "capaian"),
                        "97,03", "97,04", "68,12 / 70,20 × 100% = 97,04%"), "{'severity':'ERROR','check':'CAPAIAN',"
                        + "'location':{'table':'Tabel 3.1','row':'1','column':'capaian'},'printed':'97,03',"
                        + "'expected':'97,04','working':'68,12 / 70,20 × 100% = 97,04%'}"),
                Arguments.of(PerformanceRow.of("1", "Kualitas", tpak, Target.of(d("70.2")),
                        Realization.absent("n/a")), "{'number':'1','sasaran':'Kualitas','indicator':" + TPAK
                        + ",'target':70.2,'realization':{'absent':'n/a'}}"),
                Arguments.of(PerformanceRow.of("1", "Kualitas", tpak, Target.of(d("70.2")), Realization.of(d("68.12")))
                        .withPrintedCapaian(d("97.00")).withPrintedCategory(Category.SANGAT_TINGGI),
                        "{'number':'1','sasaran':'Kualitas','indicator':" + TPAK + ",'target':70.2,"
                        + "'realization':68.12,'printed':{'capaian':97.00,'category':'Sangat Tinggi'}}"),
                Arguments.of(BudgetRow.of("2.07.01", "Program", d("100"), d("90.5")).withPrintedPercent(d("90.50")),
                        "{'code':'2.07.01','name':'Program','pagu':100,'realisasi':90.5,'printed':{'percent':90.50}}"),
                Arguments.of(BudgetTable.of(List.of(BudgetRow.of("2.07.01", "P", d("1"), d("1"))))
                        .withPrintedTotalRealisasi(d("1.00")),
                        "{'lines':[{'code':'2.07.01','name':'P','pagu':1,'realisasi':1}],"
                        + "'printed':{'totalRealisasi':1.00}}"),
                Arguments.of(BudgetTable.EMPTY, "{}"),
                Arguments.of(RenstraRow.of(plan, Map.of(2021, Realization.of(d("70.31")),
                        2024, Realization.absent("belum diukur"))).withPrintedEndTarget(d("70.95")),
                        "{'plan':{'indicator':" + TPAK + ",'firstYear':2022,'lastYear':2026,"
                        + "'baseline':{'year':2021,'value':70.31},'targets':{'2022':70,'2026':{'from':80,'to':90}}},"
                        + "'realizations':{'2021':70.31,'2024':{'absent':'belum diukur'}},"
                        + "'printed':{'endTarget':70.95}}"),
                Arguments.of(EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")),
                        Realization.of(d("90")), d("1000"), d("900")).withPrintedCapaian(d("90.00"))
                        .withPrintedAbsorption(d("90.00")).withPrintedEfficiency(d("0.00")),
                        "{'sasaran':'Kualitas','polarity':'POSITIVE',"
                        + "'target':100,'realization':90,'pagu':1000,'realisasiAnggaran':900,"
                        + "'printed':{'capaian':90.00,'absorption':90.00,'efficiency':0.00}}"),
                Arguments.of(StandardRow.of(tpak, d("70.63"), Realization.of(d("68.12")), "Nasional")
                        .withPrintedPercent(d("96.5")), "{'indicator':" + TPAK + ",'realization':68.12,'standard':70.63,"
                        + "'standardName':'Nasional','printed':{'percent':96.5}}"),
                Arguments.of(AkipRow.of(2023, akip).withPrintedTotal(d("73.20")).withPrintedPredicate(AkipPredicate.BB),
                        "{'year':2023,'evaluation':{'scores':{'Perencanaan Kinerja':23.1,'Pengukuran Kinerja':21.3,"
                        + "'Pelaporan Kinerja':10.8,'Evaluasi Akuntabilitas Kinerja Internal':18}},"
                        + "'printed':{'total':73.20,'predicate':'BB'}}"),
                Arguments.of(new Finding(Severity.ERROR, Check.CROSS_TABLE_CAPAIAN, new Location("Pohon Kinerja",
                        "2.07.03 P", "Capaian"), "94,10", "100,03", "w", List.of(new Location("Perjanjian Kinerja",
                        "29 P", "Capaian"))), "{'severity':'ERROR','check':'CROSS_TABLE_CAPAIAN','location':{'table':"
                        + "'Pohon Kinerja','row':'2.07.03 P','column':'Capaian'},'printed':'94,10','expected':'100,03',"
                        + "'working':'w','related':[{'table':'Perjanjian Kinerja','row':'29 P','column':'Capaian'}]}"),
                Arguments.of(RenstraRow.of(plan, Map.of()).withPrintedProgress(d("96")).withPrintedCapaian(d("97.03")),
                        "{'plan':{'indicator':" + TPAK + ",'firstYear':2022,'lastYear':2026,"
                        + "'baseline':{'year':2021,'value':70.31},'targets':{'2022':70,'2026':{'from':80,'to':90}}},"
                        + "'printed':{'progress':96,'capaian':97.03}}"),
                Arguments.of(BudgetLink.of("2.07.03"), "{'code':'2.07.03'}"),
                Arguments.of(BudgetLink.of("2.07.01").withShare(d("40.50")), "{'code':'2.07.01','share':40.5}"),
                Arguments.of(BudgetLink.of("2.07.01").withAmounts(d("500"), d("480.50")),
                        "{'code':'2.07.01','pagu':500,'realisasi':480.5}"),
                Arguments.of(SasaranIndicator.of(tpak), "{'indicator':" + TPAK + "}"),
                Arguments.of(SasaranIndicator.of(tpak, Target.of(d("70.2")), Realization.absent("n/a"))
                        .withPrintedCapaian(d("97.03")), "{'indicator':" + TPAK + ",'target':70.2,"
                        + "'realization':{'absent':'n/a'},'printed':{'capaian':97.03}}"),
                Arguments.of(ProgramRow.of("2.07.03", "Program", tpak), "{'code':'2.07.03','name':'Program',"
                        + "'indicator':" + TPAK + "}"),
                Arguments.of(ProgramRow.of("2.07.03", "Program", tpak, Target.of(d("80")), Realization.of(d("80.02")))
                        .withPrintedCapaian(d("94.10")).withSupport("Menunjang").withAnalysis("Analisis"),
                        "{'code':'2.07.03','name':'Program','indicator':" + TPAK + ",'target':80,'realization':80.02,"
                        + "'printed':{'capaian':94.10},'support':'Menunjang','analysis':'Analisis'}"),
                Arguments.of(Sasaran.of("Kualitas"), "{'name':'Kualitas'}"),
                Arguments.of(Sasaran.of("Kualitas").withIndicators(List.of(SasaranIndicator.of(tpak)))
                        .withBudget(List.of(BudgetLink.of("2.07.03"))).withPrograms(List.of(ProgramRow.of("2.07.03",
                                "P", tpak))), "{'name':'Kualitas','indicators':[{'indicator':" + TPAK + "}],"
                        + "'budget':[{'code':'2.07.03'}],'programs':[{'code':'2.07.03','name':'P','indicator':" + TPAK
                        + "}]}"),
                Arguments.of(Tujuan.of("Menurunnya Pengangguran", List.of(Sasaran.of("Kualitas"))),
                        "{'name':'Menurunnya Pengangguran','sasaran':[{'name':'Kualitas'}]}"),
                Arguments.of(Tujuan.of("Menurunnya Pengangguran", List.of()), "{'name':'Menurunnya Pengangguran'}"),
                Arguments.of(PerformanceReport.of("Dinas", 2024).withCascade(List.of(Tujuan.of("T", List.of()))),
                        "{'agency':'Dinas','year':2024,'cascade':[{'name':'T'}]}"),
                Arguments.of(PerformanceReport.of("Dinas", 2024), "{'agency':'Dinas','year':2024}"),
                Arguments.of(PerformanceReport.of("Dinas", 2024).withBudget(BudgetTable.of(List.of())),
                        "{'agency':'Dinas','year':2024}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("values")
    void writesTheCanonicalJsonAndReadsItBack(Object value, String canonical) throws Exception {
        String json = json(canonical);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
        Class<?> type = value instanceof Realization ? Realization.class : value.getClass();
        Object read = MAPPER.readValue(json, type);
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
