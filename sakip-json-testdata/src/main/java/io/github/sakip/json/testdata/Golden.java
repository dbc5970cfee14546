package io.github.sakip.json.testdata;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Category;
import io.github.sakip.Figure;
import io.github.sakip.Ikm;
import io.github.sakip.Indicator;
import io.github.sakip.Mutu;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.audit.Severity;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.format.Languages;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PercentColumn;
import io.github.sakip.report.PercentTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.StatedPrecision;
import io.github.sakip.report.Tujuan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The golden documents both JSON bindings are tested against: every bound type in its canonical JSON, and real
 * reports as the bindings pretty print them: the reference report of a regional government, a K/L's report and four
 * published community satisfaction surveys (IKM tables).
 * The same bytes come out of sakip-json (Jackson 2) and sakip-jackson3 (Jackson 3).
 * <p>
 * JSON is written here with single quotes, to read well inside Java strings; {@link #json(String)} turns them into
 * double quotes.
 */
public final class Golden {

    private Golden() {
    }

    /**
     * A value of a bound type and its canonical JSON, with double quotes.
     *
     * @param value the value
     * @param json what a binding writes for it, and reads back to an equal value
     */
    public record Case(Object value, String json) {

        /**
         * A case; the JSON may be written with single quotes.
         *
         * @param value the value
         * @param json its canonical JSON
         */
        public Case {
            json = Golden.json(json);
        }

        /**
         * The type to read the JSON as: the value's class, or {@code Realization} for a measured or absent one.
         *
         * @return the type the value is read back as
         */
        public Class<?> type() {
            return value instanceof Realization ? Realization.class : value.getClass();
        }

        @Override
        public String toString() {
            return json;
        }
    }

    /**
     * Turns single quotes into double quotes, so that JSON reads well inside Java strings.
     *
     * @param singleQuoted JSON with single quotes
     * @return the JSON
     */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static final String TPAK = "{'name':'TPAK','unit':'Persen','polarity':'POSITIVE','accumulation':'STOCK'}";

    /**
     * Every type the bindings bind, in its canonical JSON: reading and writing again gives the same text, and
     * writing the value and reading it again gives an equal value.
     *
     * @return the cases, in the order of the types in the format's description
     */
    public static List<Case> values() {
        return Stream.concat(coreTypes().stream(), evaluationForms().stream()).toList();
    }

    private static List<Case> coreTypes() {
        Indicator tpak = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
        Indicator disputes = Indicator.of("Perselisihan", "Kasus", Polarity.NEGATIVE, Accumulation.FLOW);
        RenstraPlan plan = RenstraPlan.of(tpak, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2022, d("70")),
                new RenstraPlan.YearTarget(2026, Target.range(d("80"), d("90"))))).withBaseline(2021, d("70.31"));
        Map<AkipEvaluation.Component, BigDecimal> weights = new EnumMap<>(AkipEvaluation.DEFAULT_WEIGHTS);
        weights.put(AkipEvaluation.Component.PERENCANAAN_KINERJA, d("35"));
        weights.put(AkipEvaluation.Component.PELAPORAN_KINERJA, d("10"));
        AkipEvaluation akip = AkipEvaluation.of(d("23.1"), d("21.3"), d("10.8"), d("18"));
        return List.of(
                new Case(Target.of(d("70.2")), "70.2"),
                new Case(Target.of(d("0")), "0"),
                new Case(Target.range(d("80"), d("90")), "{'from':80,'to':90}"),
                new Case(Realization.of(d("68.12")), "68.12"),
                new Case(Realization.of(d("-1.5")), "-1.5"),
                new Case(Realization.of(d("0.000000000000000000000000000001")), "0.000000000000000000000000000001"),
                new Case(Realization.absent("indikator baru"), "{'absent':'indikator baru'}"),
                new Case(tpak, TPAK),
                new Case(disputes,
                        "{'name':'Perselisihan','unit':'Kasus','polarity':'NEGATIVE','accumulation':'FLOW'}"),
                new Case(Polarity.NEGATIVE, "'NEGATIVE'"),
                new Case(Accumulation.FLOW, "'FLOW'"),
                new Case(Category.SANGAT_TINGGI, "'Sangat Tinggi'"),
                new Case(AkipPredicate.BB, "'BB'"),
                new Case(AkipEvaluation.Component.PELAPORAN_KINERJA, "'Pelaporan Kinerja'"),
                new Case(BudgetCode.parse("2.07.01.2.01.1002"), "'2.07.01.2.01.1002'"),
                new Case(BudgetCode.parse("X.XX.01"), "'X.XX.01'"),
                new Case(BudgetCode.parse("063.01.WA.3165.QAH.001"), "'063.01.WA.3165.QAH.001'"),
                new Case(BudgetCode.parse("BLUD-01"), "'BLUD-01'"),
                new Case(BudgetCode.parse(""), "''"),
                new Case(new BudgetLine("3165", "Kegiatan", d("10"), d("9")).withParent("063.01.WA"),
                        "{'code':'3165','name':'Kegiatan','pagu':10,'realisasi':9,'parent':'063.01.WA'}"),
                new Case(new BudgetLine("2.07.01", "Program", d("5578741408"), d("5300000000.50")),
                        "{'code':'2.07.01','name':'Program','pagu':5578741408,'realisasi':5300000000.5}"),
                new Case(new RenstraPlan.Baseline(2021, d("70.31")), "{'year':2021,'value':70.31}"),
                new Case(new RenstraPlan.YearTarget(2026, Target.range(d("7"), d("8"))),
                        "{'year':2026,'target':{'from':7,'to':8}}"),
                new Case(plan, "{'indicator':" + TPAK + ",'firstYear':2022,'lastYear':2026,"
                        + "'baseline':{'year':2021,'value':70.31},'targets':{'2022':70,'2026':{'from':80,'to':90}}}"),
                new Case(akip, "{'scores':{'Perencanaan Kinerja':23.1,'Pengukuran Kinerja':21.3,"
                        + "'Pelaporan Kinerja':10.8,'Evaluasi Akuntabilitas Kinerja Internal':18}}"),
                new Case(AkipEvaluation.of(d("23.1"), d("21.3"), d("10"), d("18")).withWeights(weights), "{'scores':{'Perencanaan Kinerja':23.1,"
                        + "'Pengukuran Kinerja':21.3,'Pelaporan Kinerja':10,'Evaluasi Akuntabilitas Kinerja Internal':18},"
                        + "'weights':{'Perencanaan Kinerja':35,'Pengukuran Kinerja':30,'Pelaporan Kinerja':10,"
                        + "'Evaluasi Akuntabilitas Kinerja Internal':25}}"),
                new Case(Achievement.notComputable("target is 0: division by zero"),
                        "{'notComputable':'target is 0: division by zero'}"),
                new Case(Achievement.ofPercent(d("96.5")), "{'percent':96.5,'rounded':96.50,"
                        + "'category':'Sangat Tinggi','explain':'dinyatakan 96,5%'}"),
                new Case(Quantity.notComputable(Figure.Unit.PERCENT, "no outputs"),
                        "{'unit':'PERCENT','notComputable':'no outputs'}"),
                new Case(Quantity.of(d("1.0294"), Figure.Unit.NUMBER, "97,04% / 94,27% = 1,03"),
                        "{'value':1.0294,'unit':'NUMBER','rounded':1.03,'explain':'97,04% / 94,27% = 1,03'}"),
                new Case(Figure.Unit.PERCENT, "'PERCENT'"),
                new Case(new Location("Tabel 3.1", "1", "capaian"),
                        "{'table':'Tabel 3.1','row':'1','column':'capaian'}"),
                new Case(new Finding(Severity.ERROR, Check.CAPAIAN, new Location("Tabel 3.1", "1", "capaian"),
                        "97,03", "97,04", "68,12 / 70,20 × 100% = 97,04%"), "{'severity':'ERROR','check':'CAPAIAN',"
                        + "'location':{'table':'Tabel 3.1','row':'1','column':'capaian'},'printed':'97,03',"
                        + "'expected':'97,04','working':'68,12 / 70,20 × 100% = 97,04%'}"),
                // A finding in English says so; one in Bahasa Indonesia, the default, has no "language".
                new Case(new Finding(Severity.ERROR, Check.CAPAIAN, new Location("Tabel 3.1", "2", "capaian"),
                        "100", "not computable", "not computable: target is 0: division by zero", Languages.ENGLISH),
                        "{'severity':'ERROR','check':'CAPAIAN','location':{'table':'Tabel 3.1','row':'2',"
                        + "'column':'capaian'},'printed':'100','expected':'not computable','working':'not computable:"
                        + " target is 0: division by zero','language':'en'}"),
                new Case(PerformanceRow.of("1", "Kualitas", tpak, Target.of(d("70.2")),
                        Realization.absent("n/a")), "{'number':'1','sasaran':'Kualitas','indicator':" + TPAK
                        + ",'target':70.2,'realization':{'absent':'n/a'}}"),
                new Case(PerformanceRow.of("1", "Kualitas", tpak, Target.of(d("70.2")), Realization.of(d("68.12")))
                        .withPrintedCapaian(d("97.00")).withPrintedCategory(Category.SANGAT_TINGGI),
                        "{'number':'1','sasaran':'Kualitas','indicator':" + TPAK + ",'target':70.2,"
                        + "'realization':68.12,'printed':{'capaian':97.00,'category':'Sangat Tinggi'}}"),
                new Case(BudgetRow.of("2.07.01", "Program", d("100"), d("90.5")).withPrintedPercent(d("90.50")),
                        "{'code':'2.07.01','name':'Program','pagu':100,'realisasi':90.5,'printed':{'percent':90.50}}"),
                new Case(BudgetTable.of(List.of(BudgetRow.of("2.07.01", "P", d("1"), d("1"))))
                        .withPrintedTotalRealisasi(d("1.00")),
                        "{'lines':[{'code':'2.07.01','name':'P','pagu':1,'realisasi':1}],"
                        + "'printed':{'totalRealisasi':1.00}}"),
                new Case(BudgetTable.EMPTY, "{}"),
                new Case(RenstraRow.of(plan, Map.of(2021, Realization.of(d("70.31")),
                        2024, Realization.absent("belum diukur"))).withPrintedEndTarget(d("70.95")),
                        "{'plan':{'indicator':" + TPAK + ",'firstYear':2022,'lastYear':2026,"
                        + "'baseline':{'year':2021,'value':70.31},'targets':{'2022':70,'2026':{'from':80,'to':90}}},"
                        + "'realizations':{'2021':70.31,'2024':{'absent':'belum diukur'}},"
                        + "'printed':{'endTarget':70.95}}"),
                new Case(EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")),
                        Realization.of(d("90")), d("1000"), d("900")).withPrintedCapaian(d("90.00"))
                        .withPrintedAbsorption(d("90.00")).withPrintedEfficiency(d("0.00")),
                        "{'sasaran':'Kualitas','polarity':'POSITIVE',"
                        + "'target':100,'realization':90,'pagu':1000,'realisasiAnggaran':900,"
                        + "'printed':{'capaian':90.00,'absorption':90.00,'efficiency':0.00}}"),
                new Case(StandardRow.of(tpak, d("70.63"), Realization.of(d("68.12")), "Nasional")
                        .withPrintedPercent(d("96.5")), "{'indicator':" + TPAK + ",'realization':68.12,'standard':70.63,"
                        + "'standardName':'Nasional','printed':{'percent':96.5}}"),
                new Case(AkipRow.of(2023, akip).withPrintedTotal(d("73.20")).withPrintedPredicate(AkipPredicate.BB),
                        "{'year':2023,'evaluation':{'scores':{'Perencanaan Kinerja':23.1,'Pengukuran Kinerja':21.3,"
                        + "'Pelaporan Kinerja':10.8,'Evaluasi Akuntabilitas Kinerja Internal':18}},"
                        + "'printed':{'total':73.20,'predicate':'BB'}}"),
                new Case(PerformanceReport.of("Dinas", 2024), "{'agency':'Dinas','year':2024}"),
                new Case(PerformanceReport.of("Dinas", 2024).withBudget(BudgetTable.of(List.of())),
                        "{'agency':'Dinas','year':2024}"),
                new Case(CentralBudgetRow.of("3165.QAH.001", "Layanan", d("600000"), d("540000.50"))
                        .withParent("3165").withOutput(d("12"), d("11.5")).withPrintedAbsorption(d("90.00"))
                        .withPrintedOutputAchievement(d("95.83")).withPrintedEfficiency(d("-4.35"))
                        .withPrintedEfficiencyScore(d("39.13")),
                        "{'code':'3165.QAH.001','name':'Layanan','pagu':600000,'realisasi':540000.5,"
                        + "'parent':'3165','output':{'target':12,'realization':11.5},'printed':{'absorption':90.00,"
                        + "'outputAchievement':95.83,'efficiency':-4.35,'efficiencyScore':39.13}}"),
                new Case(CentralBudgetRow.of("", "Belanja tanpa kode", d("1"), d("0")),
                        "{'code':'','name':'Belanja tanpa kode','pagu':1,'realisasi':0}"),
                new Case(CentralBudgetTable.of(List.of(CentralBudgetRow.of("063.01.WA", "P", d("1"), d("1"))))
                        .withPrintedTotalPagu(d("1.00")),
                        "{'lines':[{'code':'063.01.WA','name':'P','pagu':1,'realisasi':1}],"
                        + "'printed':{'totalPagu':1.00}}"),
                new Case(BudgetPerformanceRow.of(2021, d("95.53"), d("99.61"), d("99.720"))
                        .withEfficiency(d("3.99")).withPrintedEfficiencyScore(d("59.98")).withPrintedValue(d("87.93")),
                        "{'year':2021,'absorption':95.53,'consistency':99.61,'outputAchievement':99.720,"
                        + "'efficiency':3.99,'printed':{'efficiencyScore':59.98,'value':87.93}}"),
                new Case(PerformanceReport.of("Satker", 2021).withCentralBudget(CentralBudgetTable.of(List.of(
                        CentralBudgetRow.of("063.01.WA", "P", d("1"), d("1"))))).withBudgetPerformance(List.of(
                        BudgetPerformanceRow.of(2021, d("1"), d("2"), d("3")))),
                        "{'agency':'Satker','year':2021,'centralBudget':{'lines':[{'code':'063.01.WA','name':'P',"
                        + "'pagu':1,'realisasi':1}]},'budgetPerformance':[{'year':2021,'absorption':1,"
                        + "'consistency':2,'outputAchievement':3}]}"),
                new Case(Mutu.B, "'B'"),
                new Case(Mutu.Scale.KEPMENPAN_25_2004, "'KEPMENPAN_25_2004'"),
                new Case(Ikm.Weight.PRINTED, "'PRINTED'"),
                new Case(IKM_TABLE, IKM_TABLE_JSON),
                // The nine unsur and the scale of PermenPAN-RB 14/2017 are left out.
                new Case(IkmTable.ofTotals("Loket", Ikm.UNSUR_PERMENPAN_RB_14_2017, 1, numbers("4 4 4 4 4 4 4 4 4")),
                        "{'unit':'Loket','respondents':1,'totals':[4,4,4,4,4,4,4,4,4]}"),
                // A blank answer holds its place in the respondent's row as null.
                new Case(IkmTable.ofAnswers("Loket", List.of("U1", "U2"), List.of(Arrays.asList(4, null),
                        Arrays.asList(3, 2))), "{'unit':'Loket','unsur':['U1','U2'],'answers':[[4,null],[3,2]]}"),
                new Case(PerformanceReport.of("Dinas", 2024).withIkm(List.of(IKM_TABLE,
                        IkmTable.ofTotals("Loket", List.of("U1"), 2, numbers("7")))),
                        "{'agency':'Dinas','year':2024,'ikm':[" + IKM_TABLE_JSON
                        + ",{'unit':'Loket','unsur':['U1'],'respondents':2,'totals':[7]}]}"),
                new Case(new Finding(Severity.ERROR, Check.CROSS_TABLE_CAPAIAN, new Location("Pohon Kinerja",
                        "2.07.03 P", "Capaian"), "94,10", "100,03", "w", List.of(new Location("Perjanjian Kinerja",
                        "29 P", "Capaian"))), "{'severity':'ERROR','check':'CROSS_TABLE_CAPAIAN','location':{'table':"
                        + "'Pohon Kinerja','row':'2.07.03 P','column':'Capaian'},'printed':'94,10','expected':'100,03',"
                        + "'working':'w','related':[{'table':'Perjanjian Kinerja','row':'29 P','column':'Capaian'}]}"),
                new Case(RenstraRow.of(plan, Map.of()).withPrintedProgress(d("96")).withPrintedCapaian(d("97.03")),
                        "{'plan':{'indicator':" + TPAK + ",'firstYear':2022,'lastYear':2026,"
                        + "'baseline':{'year':2021,'value':70.31},'targets':{'2022':70,'2026':{'from':80,'to':90}}},"
                        + "'printed':{'progress':96,'capaian':97.03}}"),
                new Case(BudgetLink.of("2.07.03"), "{'code':'2.07.03'}"),
                new Case(BudgetLink.of("2.07.01").withShare(d("40.50")), "{'code':'2.07.01','share':40.5}"),
                new Case(BudgetLink.of("2.07.01").withAmounts(d("500"), d("480.50")),
                        "{'code':'2.07.01','pagu':500,'realisasi':480.5}"),
                new Case(SasaranIndicator.of(tpak), "{'indicator':" + TPAK + "}"),
                new Case(SasaranIndicator.of(tpak, Target.of(d("70.2")), Realization.absent("n/a"))
                        .withPrintedCapaian(d("97.03")), "{'indicator':" + TPAK + ",'target':70.2,"
                        + "'realization':{'absent':'n/a'},'printed':{'capaian':97.03}}"),
                new Case(ProgramRow.of("2.07.03", "Program", tpak), "{'code':'2.07.03','name':'Program',"
                        + "'indicator':" + TPAK + "}"),
                new Case(ProgramRow.of("2.07.03", "Program", tpak, Target.of(d("80")), Realization.of(d("80.02")))
                        .withPrintedCapaian(d("94.10")).withSupport("Menunjang").withAnalysis("Analisis"),
                        "{'code':'2.07.03','name':'Program','indicator':" + TPAK + ",'target':80,'realization':80.02,"
                        + "'printed':{'capaian':94.10},'support':'Menunjang','analysis':'Analisis'}"),
                new Case(Sasaran.of("Kualitas"), "{'name':'Kualitas'}"),
                new Case(Sasaran.of("Kualitas").withIndicators(List.of(SasaranIndicator.of(tpak)))
                        .withBudget(List.of(BudgetLink.of("2.07.03"))).withPrograms(List.of(ProgramRow.of("2.07.03",
                                "P", tpak))), "{'name':'Kualitas','indicators':[{'indicator':" + TPAK + "}],"
                        + "'budget':[{'code':'2.07.03'}],'programs':[{'code':'2.07.03','name':'P','indicator':" + TPAK
                        + "}]}"),
                new Case(Tujuan.of("Menurunnya Pengangguran", List.of(Sasaran.of("Kualitas"))),
                        "{'name':'Menurunnya Pengangguran','sasaran':[{'name':'Kualitas'}]}"),
                new Case(Tujuan.of("Menurunnya Pengangguran", List.of()), "{'name':'Menurunnya Pengangguran'}"),
                new Case(PerformanceReport.of("Dinas", 2024).withCascade(List.of(Tujuan.of("T", List.of()))),
                        "{'agency':'Dinas','year':2024,'cascade':[{'name':'T'}]}"),
                new Case(PerformanceReport.of("Satker", 2021).withBudgetPerformance(List.of(BudgetPerformanceRow.of(
                        2021, d("1"), d("2"), d("3")))).withCascade(List.of(Tujuan.of("T", List.of()))),
                        "{'agency':'Satker','year':2021,'budgetPerformance':[{'year':2021,'absorption':1,"
                        + "'consistency':2,'outputAchievement':3}],'cascade':[{'name':'T'}]}"),
                // the precisions a report states (#19)
                new Case(StatedPrecision.of(PercentColumn.CAPAIAN, 1),
                        "{'table':'Perjanjian Kinerja','column':'Capaian','decimals':1}"),
                new Case(StatedPrecision.of(PercentColumn.EFFICIENCY_CAPAIAN, 10),
                        "{'table':'Efisiensi Anggaran','column':'Capaian Kinerja','decimals':10}"),
                new Case(StatedPrecision.of(PercentTable.EFFICIENCY, 0), "{'table':'Efisiensi Anggaran','decimals':0}"),
                new Case(PerformanceReport.of("Dinas", 2024).withCascade(List.of(Tujuan.of("T", List.of())))
                        .withPrecisions(List.of(StatedPrecision.of(PercentTable.PERFORMANCE, 2),
                                StatedPrecision.of(PercentColumn.CAPAIAN, 1))),
                        "{'agency':'Dinas','year':2024,'cascade':[{'name':'T'}],'precisions':[{'table':"
                        + "'Perjanjian Kinerja','decimals':2},{'table':'Perjanjian Kinerja','column':'Capaian',"
                        + "'decimals':1}]}"));
    }

    private static List<BigDecimal> numbers(String text) {
        return Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    /** The table of an IKM survey with every part given: unsur, scale, stated weight, population, printed columns. */
    private static final IkmTable IKM_TABLE = IkmTable.ofTotals("Kehandalan", List.of("U1", "U2", "U3"), 20,
            numbers("74 76 60")).withScale(Mutu.Scale.KEPMENPAN_25_2004).withStatedWeight(
            Ikm.Weight.PRINTED_TWO_DECIMALS).withPopulation(25).withPrintedNrr(numbers("3.70 3.80 3.00"))
            .withPrintedConverted(numbers("92.50 95.00 75.00")).withPrintedWeightedNrr(numbers("1.22 1.25 0.99"))
            .withPrintedUnsurMutu(List.of(Mutu.A, Mutu.A, Mutu.B)).withPrintedIndex(d("3.47"))
            .withPrintedIkm(d("86.63")).withPrintedMutu(Mutu.A).withPrintedSampleSize(24);

    private static final String IKM_TABLE_JSON = "{'unit':'Kehandalan','unsur':['U1','U2','U3'],"
            + "'scale':'KEPMENPAN_25_2004','statedWeight':'PRINTED_TWO_DECIMALS','population':25,'respondents':20,"
            + "'totals':[74,76,60],'printed':{'nrr':[3.70,3.80,3.00],'converted':[92.50,95.00,75.00],"
            + "'weightedNrr':[1.22,1.25,0.99],'unsurMutu':['A','A','B'],'index':3.47,'ikm':86.63,'mutu':'A',"
            + "'sampleSize':24}}";

    private static final Indicator TRAINED = Indicator.of("Pencari kerja dilatih", "Orang", Polarity.POSITIVE,
            Accumulation.FLOW);
    private static final String TRAINED_JSON = "{'name':'Pencari kerja dilatih','unit':'Orang',"
            + "'polarity':'POSITIVE','accumulation':'FLOW'}";
    private static final String ROW_JSON = "'indicator':" + TRAINED_JSON + ",'renstraTarget':1536,"
            + "'renstraRealizationToLastYear':470,'yearTarget':512,'quarters':[100,150,140]";
    private static final String BUDGET_JSON = "{'renstraPagu':6093199996,'renstraRealisasiToLastYear':0,"
            + "'pagu':600448289,'realisasi':[100000000,150000000.5]}";

    private static IndicatorRow row() {
        return IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")), Target.of(d("512")),
                Quarters.reported(d("100"), d("150"), d("140")));
    }

    private static RowBudget budget() {
        return RowBudget.of(d("6093199996"), d("0"), d("600448289"), Quarters.reported(d("100000000"),
                d("150000000.50")));
    }

    /**
     * A filled evaluation form of Permendagri 86/2017 with a row of every kind, each printing some of its cells,
     * readings that are not the defaults, a row of text and a source.
     *
     * @return the form, whose canonical JSON is the last but one of {@link #evaluationForms()}
     */
    public static EvaluationForm evaluationForm() {
        FormEntry sub = FormEntry.leaf(Level.SUB_KEGIATAN, "2.07.03.2.01.01", "Pelatihan", List.of(
                FormIndicatorRow.of(row()).withResponsible("Seksi Pelatihan").withPrinted(FormColumn.K13, d("390"))
                        .withPrinted(FormColumn.K15, d("55.99")).withPrintedPredicate(Category.RENDAH)), budget())
                .withPrinted(FormColumn.RP_YEAR, d("41.64")).withPrintedPredicate(Half.RP, Category.SANGAT_RENDAH);
        FormEntry program = FormEntry.parent(Level.PROGRAM, "2.07.03", "Program Pelatihan", List.of(), List.of(sub))
                .withPrinted(FormColumn.RP6, d("6093199996")).withPrinted(FormColumn.K15, d("55.99"));
        FormEntry sasaran = FormEntry.parent(Level.SASARAN, "", "Kualitas", List.of(), List.of(program));
        return EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(sasaran)).withMeasure(Measure.YEAR)
                .withPredicateReading(PredicateReading.GREATER_THAN).withPrinted(FormColumn.K15, d("55.99"))
                .withPrintedPredicate(Half.K, Category.RENDAH)
                .withText(EvaluationForm.Text.HINDERING_FACTORS, "Anggaran terlambat")
                .withSource("SIPD, triwulan IV 2024");
    }

    /**
     * The types of the evaluation forms of Permendagri 86/2017 (quarters, the two halves of a row, a filled form
     * and its rows), in their canonical JSON: what a form leaves blank, the default readings and the quarters not
     * reported at the end are left out.
     *
     * @return the cases
     */
    public static List<Case> evaluationForms() {
        return List.of(
                new Case(Quarters.reported(d("1"), d("0")), "[1,0]"),
                new Case(Quarters.none(), "[]"),
                new Case(Quarters.reported(d("1"), d("2"), d("3"), d("-4.5")), "[1,2,3,-4.5]"),
                new Case(Quarters.reported(d("1"), d("2"), d("3"), d("4")).upTo(2),
                        "[1,2,{'absent':'triwulan III tidak dilaporkan sampai dengan akhir triwulan II'},"
                        + "{'absent':'triwulan IV tidak dilaporkan sampai dengan akhir triwulan II'}]"),
                new Case(Quarters.of(Realization.absent("terlambat"), Realization.of(d("2")),
                        Realization.absent("triwulan III tidak dilaporkan"),
                        Realization.absent("triwulan IV tidak dilaporkan")), "[{'absent':'terlambat'},2]"),
                new Case(row(), "{" + ROW_JSON + "}"),
                new Case(new IndicatorRow(TRAINED, Optional.empty(), Realization.absent("tahun pertama"),
                        Optional.of(Target.range(d("80"), d("90"))), Quarters.none()), "{'indicator':" + TRAINED_JSON
                        + ",'renstraRealizationToLastYear':{'absent':'tahun pertama'},'yearTarget':{'from':80,"
                        + "'to':90},'quarters':[]}"),
                new Case(budget(), BUDGET_JSON),
                new Case(FormIndicatorRow.of(row()), "{" + ROW_JSON + "}"),
                new Case(FormEntry.parent(Level.KEGIATAN, "", "Tanpa kode", List.of(), List.of()),
                        "{'level':'KEGIATAN','name':'Tanpa kode'}"),
                new Case(EvaluationForm.of(EvaluationForm.Kind.RKPD, List.of()), "{'kind':'RKPD'}"),
                new Case(EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of()).withRenstraToDate(
                        RenstraToDate.PRINTED_SUM), "{'kind':'RENJA','renstraToDate':'PRINTED_SUM'}"),
                new Case(Level.SUB_KEGIATAN, "'SUB_KEGIATAN'"),
                new Case(evaluationForm(), "{'kind':'RENJA','predicateReading':'GREATER_THAN','measure':'YEAR',"
                        + "'source':'SIPD, triwulan IV 2024','entries':[{'level':'SASARAN','name':'Kualitas',"
                        + "'children':[{'level':'PROGRAM','code':'2.07.03','name':'Program Pelatihan',"
                        + "'children':[{'level':'SUB_KEGIATAN','code':'2.07.03.2.01.01','name':'Pelatihan',"
                        + "'indicators':[{" + ROW_JSON + ",'responsible':'Seksi Pelatihan',"
                        + "'printed':{'k13':390,'k15':55.99,'predicateK':'Rendah'}}],'budget':" + BUDGET_JSON + ","
                        + "'printed':{'rpYear':41.64,'predicateRp':'Sangat Rendah'}}],"
                        + "'printed':{'k15':55.99,'rp6':6093199996}}]}],"
                        + "'printed':{'k15':55.99,'predicateK':'Rendah'},"
                        + "'texts':{'hinderingFactors':'Anggaran terlambat'}}"),
                new Case(PerformanceReport.of("Dinas", 2024).withEvaluationForms(List.of(
                        EvaluationForm.of(EvaluationForm.Kind.RKPD, List.of()))),
                        "{'agency':'Dinas','year':2024,'evaluationForms':[{'kind':'RKPD'}]}"));
    }

    /** The file name of the reference report. */
    public static final String REFERENCE_NAME = "tapin-disnaker-2024.json";

    /**
     * The file name of the real K/L report, LAKIP Puslatbang KMP LAN 2021: the same file as
     * {@code sakip-examples/src/main/resources/puslatbang-kmp-lan-2021.json}, which a test of sakip-examples checks.
     */
    public static final String CENTRAL_NAME = "puslatbang-kmp-lan-2021.json";

    /**
     * The file names of the published community satisfaction surveys (SKM) as report documents of IKM tables: the
     * same files as {@code sakip-examples/src/main/resources/ikm/*.json}, which a test of sakip-examples checks.
     */
    public static final List<String> SURVEY_NAMES = List.of("ikm/tubaba-disdukcapil-2023.json",
            "ikm/gaspul-triwulan-iii.json", "ikm/lab-worksheet.json", "ikm/mijen-anc.json");

    /**
     * The file names of the real reports, each as both bindings pretty print it: a regional one, a K/L one, and the
     * published IKM surveys.
     */
    public static final List<String> DOCUMENTS = List.of(REFERENCE_NAME, CENTRAL_NAME, SURVEY_NAMES.get(0),
            SURVEY_NAMES.get(1), SURVEY_NAMES.get(2), SURVEY_NAMES.get(3));

    /**
     * The reference report, LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024, as both bindings pretty print it
     * (Jackson's default pretty printer, {@code \n} line ends, a final newline): the same file as
     * {@code sakip-examples/src/main/resources/tapin-disnaker-2024.json}, which a test of sakip-examples checks.
     *
     * @return the bytes of the file, UTF-8
     */
    public static byte[] referenceBytes() {
        return documentBytes(REFERENCE_NAME);
    }

    /**
     * The reference report as text.
     *
     * @return the file's text
     */
    public static String reference() {
        return new String(referenceBytes(), StandardCharsets.UTF_8);
    }

    /**
     * One of the real reports of {@link #DOCUMENTS}, as both bindings pretty print it (Jackson's default pretty
     * printer, {@code \n} line ends, a final newline).
     *
     * @param name the file name, one of {@link #DOCUMENTS}
     * @return the bytes of the file, UTF-8
     */
    public static byte[] documentBytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from sakip-json-testdata");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
