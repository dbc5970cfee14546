package io.github.sakip.json.testdata;

import java.util.List;

/**
 * The hostile inputs both JSON bindings refuse, each with the refusal it must get: the kind of exception, the path
 * of the field at fault (as a JSON path such as {@code performance[0].target}) and a part of the message. Each case
 * breaks one thing in {@link #VALID}, a small valid report, or, for the parts of a K/L report, in {@link #CENTRAL},
 * or, for the table of an IKM survey, in {@link #IKM}, or, for the evaluation forms of Permendagri 86/2017, in
 * {@link #FORM}, and is read as a {@code PerformanceReport}.
 * <p>
 * The kind is the binding's own: each test suite maps a {@link Refusal} to the exception classes of its Jackson.
 * The messages are the bindings' own too, the same under both Jacksons, except where a message comes from Jackson
 * itself and Jackson 3 words it differently: {@link Case#jackson3Message()} says so, case by case.
 */
public final class Hostile {

    private Hostile() {
    }

    /** The kinds of refusal, as each binding's tests map them to its Jackson's exceptions. */
    public enum Refusal {
        /** A value of the right JSON type that is not one: a number too large, a label that is not one. */
        INVALID_FORMAT,
        /** A value of the wrong JSON type, a null, a missing or duplicate field, content after the document. */
        MISMATCHED_INPUT,
        /** A field the type does not have. */
        UNRECOGNIZED_PROPERTY,
        /** A value the core refuses, whose {@code IllegalArgumentException} is the cause. */
        VALUE_INSTANTIATION,
        /** A number longer, or nesting deeper, than the parser's {@code StreamReadConstraints} allow. */
        STREAM_CONSTRAINTS,
        /** Not JSON at all, or a document cut short: the parser's own refusal. */
        STREAM_READ
    }

    /**
     * A hostile document and the refusal it must get.
     *
     * @param name what is wrong, for the test's name
     * @param document the document
     * @param refusal the kind of exception
     * @param path the path of the field at fault, such as {@code performance[0].target}; empty for the document
     * @param message a part of the message under Jackson 2
     * @param jackson3Message a part of the message under Jackson 3: the same, unless Jackson 3 words its own message
     *        differently
     */
    public record Case(String name, String document, Refusal refusal, String path, String message,
            String jackson3Message) {

        /**
         * A case whose message is the same under both Jacksons.
         *
         * @param name what is wrong
         * @param document the document
         * @param refusal the kind of exception
         * @param path the path of the field at fault
         * @param message a part of the message
         */
        public Case(String name, String document, Refusal refusal, String path, String message) {
            this(name, document, refusal, path, message, message);
        }

        /**
         * The same case, with Jackson 3's wording of Jackson's own message.
         *
         * @param wording a part of the message under Jackson 3
         * @return a copy of this case
         */
        public Case underJackson3(String wording) {
            return new Case(name, document, refusal, path, message, wording);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A small valid report; each case below but those of a K/L report breaks one thing in it. */
    public static final String VALID = Golden.json("{'agency':'Dinas Tenaga Kerja','year':2024,"
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

    /**
     * A small valid report of a K/L (a ministry or agency of the central government): a line of its budget table
     * by program, kegiatan and RO, and its Nilai Kinerja Anggaran; the K/L cases below break one thing in it.
     */
    public static final String CENTRAL = Golden.json("{'agency':'Satker','year':2021,'centralBudget':{'lines':["
            + "{'code':'3165.QAH.001','name':'Layanan','pagu':600000,'realisasi':540000,'parent':'3165',"
            + "'output':{'target':12,'realization':11},'printed':{'absorption':90.00,'outputAchievement':91.67}}]},"
            + "'budgetPerformance':[{'year':2021,'absorption':95.53,'consistency':99.61,'outputAchievement':99.72,"
            + "'printed':{'efficiencyScore':59.98,'value':87.93}}]}");

    /**
     * A small valid report with the table of a community satisfaction survey (IKM, PermenPAN-RB 14/2017) of two
     * unsur; the IKM cases below break one thing in it.
     */
    public static final String IKM = Golden.json("{'agency':'Dinas','year':2024,'ikm':[{'unit':'Loket',"
            + "'unsur':['U1','U2'],'respondents':20,'totals':[74,76],'printed':{'nrr':[3.70,3.80],'ikm':93.75,"
            + "'mutu':'A'}}]}");

    /**
     * {@link #VALID} with one part replaced; both are written with single quotes.
     *
     * @param from a part of the valid report, which must be there
     * @param to what it is replaced with
     * @return the broken report
     */
    public static String with(String from, String to) {
        return replaced(VALID, from, to);
    }

    /**
     * {@link #CENTRAL} with one part replaced; both are written with single quotes.
     *
     * @param from a part of the valid K/L report, which must be there
     * @param to what it is replaced with
     * @return the broken report
     */
    public static String withCentral(String from, String to) {
        return replaced(CENTRAL, from, to);
    }

    /**
     * {@link #IKM} with one part replaced; both are written with single quotes.
     *
     * @param from a part of the valid report with an IKM table, which must be there
     * @param to what it is replaced with
     * @return the broken report
     */
    public static String withIkm(String from, String to) {
        return replaced(IKM, from, to);
    }

    private static final String FORM_ROW = "{'indicator':{'name':'Pencari kerja dilatih','unit':'Orang',"
            + "'polarity':'POSITIVE','accumulation':'FLOW'},'renstraTarget':1536,'renstraRealizationToLastYear':470,"
            + "'yearTarget':512,'quarters':[100,150,140]}";
    private static final String FORM_BUDGET = "{'renstraPagu':6093199996,'renstraRealisasiToLastYear':0,"
            + "'pagu':600448289,'realisasi':[100000000,150000000.5]}";
    private static final String FORM_LEAF = "{'level':'KEGIATAN','code':'2.07.03.2.01','name':'Pelatihan',"
            + "'indicators':[" + FORM_ROW + "],'budget':" + FORM_BUDGET + "}";

    /**
     * A small valid report that holds only a filled evaluation form of Permendagri 86/2017, of one kegiatan with
     * its indicator row and budget; the cases of the evaluation forms below break one thing in it.
     */
    public static final String FORM = Golden.json("{'agency':'Dinas','year':2024,'evaluationForms':[{'kind':'RENJA',"
            + "'entries':[" + FORM_LEAF + "]}]}");

    /**
     * {@link #FORM} with one part replaced; both are written with single quotes.
     *
     * @param from a part of the valid report, which must be there
     * @param to what it is replaced with
     * @return the broken report
     */
    public static String withForm(String from, String to) {
        return replaced(FORM, from, to);
    }

    private static String replaced(String valid, String from, String to) {
        String f = Golden.json(from);
        if (!valid.contains(f)) {
            throw new IllegalArgumentException("the valid report has no " + f);
        }
        return valid.replace(f, Golden.json(to));
    }

    /**
     * The hostile documents, each read as a {@code PerformanceReport}.
     *
     * @return the cases
     */
    public static List<Case> cases() {
        String digits = "9".repeat(5000);
        String nested = "[".repeat(5000) + "]".repeat(5000);
        return List.of(
                // numbers
                new Case("exponent bomb", with("'target':70.2", "'target':1e1000000000"),
                        Refusal.INVALID_FORMAT, "performance[0].target", "too large or too precise"),
                new Case("negative exponent bomb", with("'realization':68.12", "'realization':1e-1000000000"),
                        Refusal.INVALID_FORMAT, "performance[0].realization", "too many decimals"),
                new Case("exponent beyond an int", with("'target':70.2", "'target':1e99999999999"),
                        Refusal.INVALID_FORMAT, "performance[0].target", "Not a decimal number: 1e99999999999"),
                new Case("exponent beyond an int in a string", with("'target':70.2", "'target':'-1e-99999999999'"),
                        Refusal.INVALID_FORMAT, "performance[0].target", "Not a decimal number: \"-1e-99999"),
                new Case("exponent bomb in a string", with("'pagu':1000", "'pagu':'1e1000000000'"),
                        Refusal.INVALID_FORMAT, "budget.lines[0].pagu", "too large or too precise"),
                new Case("exponent bomb in a printed figure",
                        with("'capaian':97.03", "'capaian':9.7e999999999"),
                        Refusal.INVALID_FORMAT, "performance[0].printed.capaian", "too large or too precise"),
                new Case("printed zero of 2^31 decimals", with("'capaian':97.03", "'capaian':0E-2147483647"),
                        Refusal.VALUE_INSTANTIATION, "performance[0]",
                        "capaian has too many decimals to be a figure of a report: 0E-2147483647"),
                new Case("5000 digits", with("'pagu':1000", "'pagu':" + digits),
                        Refusal.STREAM_CONSTRAINTS, "budget.lines[0].pagu", "exceeds the maximum"),
                new Case("5000 digits in a string", with("'pagu':1000", "'pagu':'" + digits + "'"),
                        Refusal.STREAM_CONSTRAINTS, "budget.lines[0].pagu", "exceeds the maximum"),
                new Case("5000 decimals", with("'target':70.2", "'target':0." + digits),
                        Refusal.STREAM_CONSTRAINTS, "performance[0].target", "exceeds the maximum"),
                new Case("200 significant digits", with("'target':70.2", "'target':0." + "1".repeat(200)),
                        Refusal.INVALID_FORMAT, "performance[0].target", "too large or too precise"),
                new Case("not a number", with("'target':70.2", "'target':'70,2'"),
                        Refusal.INVALID_FORMAT, "performance[0].target", "Not a decimal number: \"70,2\""),
                new Case("huge year", with("'year':2024", "'year':99999999999"),
                        Refusal.INVALID_FORMAT, "year", "out of range"),
                new Case("year out of range", with("'year':2024", "'year':1800"),
                        Refusal.INVALID_FORMAT, "year", "year must be from 1900 to 2999, but was 1800"),
                new Case("fractional year", with("'year':2024", "'year':2024.5"),
                        Refusal.MISMATCHED_INPUT, "year", "Expected an integer"),
                // structure
                new Case("deep nesting", with("'target':70.2", "'target':" + nested),
                        Refusal.MISMATCHED_INPUT, "performance[0].target", "but found an array"),
                new Case("truncated document", VALID.substring(0, VALID.indexOf("'realization'".replace('\'',
                        '"'))), Refusal.STREAM_READ, "performance[0]", "Unexpected end-of-input"),
                new Case("truncated in a number", VALID.substring(0, VALID.indexOf("70.2") + 2),
                        Refusal.STREAM_READ, "performance[0]", "end-of-input"),
                new Case("empty document", "", Refusal.MISMATCHED_INPUT, "", "No content"),
                new Case("garbage after the document", VALID + " garbage", Refusal.STREAM_READ, "",
                        "Unrecognized token 'garbage'"),
                new Case("a second report after the first", VALID + "\n" + VALID, Refusal.MISMATCHED_INPUT, "",
                        "Trailing token (of type START_OBJECT) after the PerformanceReport: a document holds one"
                        + " value, and what follows it would be lost; put several in a JSON array")
                        // Jackson 3 checks trailing tokens itself, with its own words: FAIL_ON_TRAILING_TOKENS is
                        // enabled by default there; the module's check is the one when a mapper disables it.
                        .underJackson3("Trailing token (`JsonToken.START_OBJECT`) found after value (bound as"
                                + " `io.github.sakip.report.PerformanceReport`): not allowed as per"
                                + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"),
                new Case("wrong type for a string", with("'agency':'Dinas Tenaga Kerja'", "'agency':42"),
                        Refusal.MISMATCHED_INPUT, "agency", "Expected a string for String, but found an integer"),
                new Case("wrong type for a target", with("'target':70.2", "'target':true"),
                        Refusal.MISMATCHED_INPUT, "performance[0].target", "but found a boolean"),
                new Case("wrong type for a list", with("'performance':[", "'performance':{'x':["),
                        Refusal.MISMATCHED_INPUT, "performance", "Expected an array"),
                new Case("null field", with("'agency':'Dinas Tenaga Kerja'", "'agency':null"),
                        Refusal.MISMATCHED_INPUT, "agency", "must not be null"),
                new Case("null element", with("'performance':[", "'performance':[null,"),
                        Refusal.MISMATCHED_INPUT, "performance[0]", "must not be null"),
                new Case("null printed figure", with("'capaian':97.03", "'capaian':null"),
                        Refusal.MISMATCHED_INPUT, "performance[0].printed.capaian", "must not be null"),
                new Case("null document", "null", Refusal.MISMATCHED_INPUT, "", "must not be null"),
                new Case("missing agency", with("'agency':'Dinas Tenaga Kerja',", ""),
                        Refusal.MISMATCHED_INPUT, "agency", "Missing required field \"agency\""),
                new Case("missing indicator", with("'indicator':{'name':'TPAK','unit':'Persen',"
                        + "'polarity':'POSITIVE','accumulation':'STOCK'},'target':70.2", "'target':70.2"),
                        Refusal.MISMATCHED_INPUT, "performance[0].indicator",
                        "Missing required field \"indicator\" of PerformanceRow"),
                new Case("negative pagu", with("'pagu':1000", "'pagu':-1000"),
                        Refusal.INVALID_FORMAT, "budget.lines[0].pagu", "must not be negative, but was -1000"),
                new Case("negative realisasi anggaran", with("'realisasiAnggaran':900",
                        "'realisasiAnggaran':-0.5"), Refusal.INVALID_FORMAT,
                        "efficiency[0].realisasiAnggaran", "must not be negative, but was -0.5"),
                new Case("unknown field", with("'target':70.2", "'target':70.2,'capaian':97"),
                        Refusal.UNRECOGNIZED_PROPERTY, "performance[0].capaian", "Unrecognized field \"capaian\"")
                        // Jackson 3 calls them properties.
                        .underJackson3("Unrecognized property \"capaian\""),
                new Case("duplicate key", with("'year':2024", "'year':2024,'year':2025"),
                        Refusal.MISMATCHED_INPUT, "year", "Duplicate field \"year\""),
                new Case("duplicate map key", with("'2022':70,", "'2022':70,'2022':71,"),
                        Refusal.MISMATCHED_INPUT, "renstra[0].plan.targets.2022", "Duplicate key \"2022\""),
                new Case("bad year key", with("'2022':70.31", "'20x2':70.31"),
                        Refusal.MISMATCHED_INPUT, "renstra[0].realizations.20x2", "is not realizations by year"),
                // refused by the core
                new Case("range upside down", with("'target':70.2", "'target':{'from':90,'to':80}"),
                        Refusal.VALUE_INSTANTIATION, "performance[0].target",
                        "lower must not exceed upper, but the range was 90 to 80"),
                new Case("blank absence", with("'realization':68.12", "'realization':{'absent':' '}"),
                        Refusal.VALUE_INSTANTIATION, "performance[0].realization", "reason must not be blank"),
                new Case("unknown category", with("'Sangat Tinggi'", "'Luar Biasa'"),
                        Refusal.INVALID_FORMAT, "performance[0].printed.category",
                        "\"Luar Biasa\" is not a Category"),
                new Case("unknown predicate", with("'predicate':'BB'", "'predicate':'Z'"),
                        Refusal.INVALID_FORMAT, "akip[0].printed.predicate", "\"Z\" is not a AkipPredicate"),
                new Case("unknown polarity", with("'polarity':'POSITIVE','target'", "'polarity':'UP','target'"),
                        Refusal.INVALID_FORMAT, "efficiency[0].polarity", "expected one of POSITIVE, NEGATIVE"),
                new Case("polarity as ordinal", with("'polarity':'POSITIVE','target'", "'polarity':0,'target'"),
                        Refusal.MISMATCHED_INPUT, "efficiency[0].polarity", "Expected a string"),
                new Case("score above weight", with("'Pelaporan Kinerja':10.8", "'Pelaporan Kinerja':16"),
                        Refusal.VALUE_INSTANTIATION, "akip[0].evaluation",
                        "score of Pelaporan Kinerja must be from 0 to its weight 15, but was 16"),
                new Case("missing component", with("'Pelaporan Kinerja':10.8,", ""),
                        Refusal.VALUE_INSTANTIATION, "akip[0].evaluation", "Pelaporan Kinerja is missing"),
                new Case("Rupiah with three decimals", with("'pagu':1000", "'pagu':1000.005"),
                        Refusal.VALUE_INSTANTIATION, "budget.lines[0]",
                        "pagu must be Rupiah with at most two decimals, but was 1000.005"),
                new Case("efficiency pagu with three decimals", with("'pagu':1000,'realisasiAnggaran'",
                        "'pagu':0.001,'realisasiAnggaran'"), Refusal.VALUE_INSTANTIATION, "efficiency[0]",
                        "pagu must be Rupiah with at most two decimals, but was 0.001"),
                new Case("budget lines adding up past a figure", with("'lines':[{", "'lines':[{'code':'2.07.02',"
                        + "'name':'P','pagu':999999999999999999999999999999,'realisasi':0},{"),
                        Refusal.VALUE_INSTANTIATION, "budget", "the pagu of the budget lines adds up to"
                                + " 1000000000000000000000000000999, too large to be a figure of a report"),
                new Case("flow realisations adding up past a figure", with("'accumulation':'STOCK'},'firstYear'",
                        "'accumulation':'FLOW'},'firstYear'").replace(Golden.json("'realizations':{'2022':70.31}"),
                        Golden.json("'realizations':{'2022':9e29,'2023':9e29}")), Refusal.VALUE_INSTANTIATION,
                        "renstra[0]", "the realisations of the flow indicator TPAK add up to"
                                + " 1800000000000000000000000000000 by 2023, too large to be a figure of a report"),
                new Case("target outside the Renstra", with("'2026':71.11", "'2027':71.11"),
                        Refusal.VALUE_INSTANTIATION, "renstra[0].plan",
                        "target year 2027 is outside the period 2022–2026"),
                // the parts of a K/L report
                new Case("output without its realization", withCentral("'target':12,'realization':11",
                        "'target':12"), Refusal.VALUE_INSTANTIATION, "centralBudget.lines[0]",
                        "\"output\" needs both its \"target\" and its \"realization\""),
                new Case("unknown field of output", withCentral("'realization':11}", "'realization':11,'unit':'x'}"),
                        Refusal.UNRECOGNIZED_PROPERTY, "centralBudget.lines[0].output.unit",
                        "Unrecognized field \"unit\"").underJackson3("Unrecognized property \"unit\""),
                new Case("negative pagu of a K/L line", withCentral("'pagu':600000", "'pagu':-1"),
                        Refusal.INVALID_FORMAT, "centralBudget.lines[0].pagu", "must not be negative"),
                new Case("negative output target", withCentral("'target':12", "'target':-12"),
                        Refusal.VALUE_INSTANTIATION, "centralBudget.lines[0]", "target must not be negative"),
                new Case("negative printed capaian RO", withCentral("'outputAchievement':91.67",
                        "'outputAchievement':-1"), Refusal.VALUE_INSTANTIATION, "centralBudget.lines[0]",
                        "outputAchievement must not be negative, but was -1"),
                new Case("null code", withCentral("'code':'3165.QAH.001'", "'code':null"),
                        Refusal.MISMATCHED_INPUT, "centralBudget.lines[0].code", "must not be null"),
                new Case("blank parent", withCentral("'parent':'3165'", "'parent':' '"),
                        Refusal.VALUE_INSTANTIATION, "centralBudget.lines[0]", "parentCode must not be blank"),
                new Case("missing consistency", withCentral("'consistency':99.61,", ""),
                        Refusal.MISMATCHED_INPUT, "budgetPerformance[0].consistency",
                        "Missing required field \"consistency\" of BudgetPerformanceRow"),
                new Case("negative absorption of the value", withCentral("'absorption':95.53",
                        "'absorption':-95.53"), Refusal.VALUE_INSTANTIATION, "budgetPerformance[0]",
                        "absorption must not be negative, but was -95.53"),
                new Case("year out of range of the value", withCentral("'year':2021,'absorption'",
                        "'year':1800,'absorption'"), Refusal.INVALID_FORMAT, "budgetPerformance[0].year", "1800"),
                // the tables of IKM surveys
                new Case("IKM answers and totals", withIkm("'totals':[74,76]", "'totals':[74,76],'answers':[[4,4]]"),
                        Refusal.MISMATCHED_INPUT, "ikm[0]",
                        "either \"answers\" or \"respondents\" and \"totals\", not both"),
                new Case("IKM without totals", withIkm(",'totals':[74,76]", ""), Refusal.MISMATCHED_INPUT,
                        "ikm[0].totals", "Missing required field \"totals\" of IkmTable"),
                new Case("IKM without unit", withIkm("'unit':'Loket',", ""), Refusal.MISMATCHED_INPUT, "ikm[0].unit",
                        "Missing required field \"unit\" of IkmTable"),
                new Case("IKM answer of 5", withIkm("'respondents':20,'totals':[74,76]", "'answers':[[4,4],[3,5]]"),
                        Refusal.VALUE_INSTANTIATION, "ikm[0]",
                        "Cannot build IkmTable: answer of respondent 2 to unsur 2 (U2) must be from 1 to 4, but was 5"),
                new Case("IKM answer not an integer", withIkm("'respondents':20,'totals':[74,76]",
                        "'answers':[[3.5,4]]"), Refusal.MISMATCHED_INPUT, "ikm[0].answers[0][0]",
                        "Expected an integer"),
                new Case("IKM null respondent", withIkm("'respondents':20,'totals':[74,76]", "'answers':[[4,4],null]"),
                        Refusal.MISMATCHED_INPUT, "ikm[0].answers[1]", "Element 1 must not be null"),
                new Case("IKM null total", withIkm("'totals':[74,76]", "'totals':[74,null]"),
                        Refusal.MISMATCHED_INPUT, "ikm[0].totals[1]", "Element 1 must not be null"),
                new Case("IKM total out of reach", withIkm("'totals':[74,76]", "'totals':[74,81]"),
                        Refusal.VALUE_INSTANTIATION, "ikm[0]", "total of unsur 2 (U2) must be from 20 to 80"
                                + " (20 respondents answering 1 to 4), but was 81"),
                new Case("IKM column too short", withIkm("'nrr':[3.70,3.80]", "'nrr':[3.70]"),
                        Refusal.VALUE_INSTANTIATION, "ikm[0]", "nrr has 1 figures, but the survey has 2 unsur"),
                new Case("IKM unknown grade", withIkm("'mutu':'A'", "'mutu':'Sangat Baik'"), Refusal.INVALID_FORMAT,
                        "ikm[0].printed.mutu", "\"Sangat Baik\" is not a Mutu; expected one of A, B, C, D"),
                new Case("IKM unknown weight", withIkm("'unit':'Loket',", "'unit':'Loket','statedWeight':'0.111',"),
                        Refusal.INVALID_FORMAT, "ikm[0].statedWeight",
                        "expected one of EXACT, PRINTED, PRINTED_TWO_DECIMALS"),
                new Case("IKM population of 0", withIkm("'unit':'Loket',", "'unit':'Loket','population':0,"),
                        Refusal.VALUE_INSTANTIATION, "ikm[0]", "population must be at least 1, but was 0"),
                new Case("IKM population beyond a long", withIkm("'unit':'Loket',",
                        "'unit':'Loket','population':99999999999999999999,"), Refusal.INVALID_FORMAT,
                        "ikm[0].population", "Integer 99999999999999999999 is out of range"),
                new Case("IKM exponent bomb in a column", withIkm("'nrr':[3.70,3.80]", "'nrr':[3.70,1e1000000000]"),
                        Refusal.INVALID_FORMAT, "ikm[0].printed.nrr[1]", "too large or too precise"),
                new Case("IKM null printed IKM", withIkm("'ikm':93.75", "'ikm':null"), Refusal.MISMATCHED_INPUT,
                        "ikm[0].printed.ikm", "must not be null"),
                new Case("IKM unknown field", withIkm("'unit':'Loket',", "'unit':'Loket','weight':'EXACT',"),
                        Refusal.UNRECOGNIZED_PROPERTY, "ikm[0].weight", "Unrecognized field \"weight\"")
                        .underJackson3("Unrecognized property \"weight\""),
                new Case("IKM duplicate field", withIkm("'unit':'Loket',", "'unit':'Loket','unit':'M',"),
                        Refusal.MISMATCHED_INPUT, "ikm[0].unit", "Duplicate field \"unit\" in IkmTable"),
                new Case("IKM unsur as a string", withIkm("'unsur':['U1','U2']", "'unsur':'U1'"),
                        Refusal.MISMATCHED_INPUT, "ikm[0].unsur", "Expected an array"),
                // the cascade (pohon kinerja)
                new Case("a share and amounts at once", withCascade("{'code':'2.07.01','share':40,'pagu':1,"
                        + "'realisasi':1}"), Refusal.MISMATCHED_INPUT, "cascade[0].sasaran[0].budget[0]",
                        "either a \"share\" or the amounts \"pagu\" and \"realisasi\", not both"),
                new Case("half of the amounts", withCascade("{'code':'2.07.01','pagu':1}"),
                        Refusal.MISMATCHED_INPUT, "cascade[0].sasaran[0].budget[0].realisasi",
                        "Missing required field \"realisasi\" of BudgetLink"),
                new Case("a share beyond the whole", withCascade("{'code':'2.07.01','share':120}"),
                        Refusal.VALUE_INSTANTIATION, "cascade[0].sasaran[0].budget[0]",
                        "percent must be more than 0 and at most 100, but was 120"),
                new Case("a program's target without its realization", with("'year':2024,", "'year':2024,"
                        + "'cascade':[{'name':'T','sasaran':[{'name':'S','programs':[{'code':'2.07.03','name':'P',"
                        + "'indicator':{'name':'TPAK','unit':'Persen','polarity':'POSITIVE','accumulation':'STOCK'},"
                        + "'target':70}]}]}],"), Refusal.MISMATCHED_INPUT, "cascade[0].sasaran[0].programs[0]",
                        "\"target\" and \"realization\" together, or neither"),
                // the evaluation forms of Permendagri 86/2017
                new Case("five quarters", withForm("'quarters':[100,150,140]", "'quarters':[100,150,140,1,2]"),
                        Refusal.VALUE_INSTANTIATION, "evaluationForms[0].entries[0].indicators[0].quarters",
                        "a year has four quarters, but 5 were given"),
                new Case("quarters as an object", withForm("'quarters':[100,150,140]", "'quarters':{'1':100}"),
                        Refusal.MISMATCHED_INPUT, "evaluationForms[0].entries[0].indicators[0].quarters",
                        "Expected an array of up to four realisations, triwulan I first for Quarters"),
                new Case("a null quarter", withForm("'quarters':[100,150,140]", "'quarters':[100,null]"),
                        Refusal.MISMATCHED_INPUT, "evaluationForms[0].entries[0].indicators[0].quarters[1]",
                        "Element 1 must not be null"),
                new Case("a negative Rupiah quarter", withForm("'realisasi':[100000000,", "'realisasi':[-1,"),
                        Refusal.VALUE_INSTANTIATION, "evaluationForms[0].entries[0].budget",
                        "realisasi of triwulan I must not be negative, but was -1"),
                new Case("a negative pagu of a form", withForm("'pagu':600448289", "'pagu':-1"),
                        Refusal.INVALID_FORMAT, "evaluationForms[0].entries[0].budget.pagu",
                        "An amount must not be negative, but was -1"),
                new Case("a missing column 7", withForm("'renstraRealizationToLastYear':470,", ""),
                        Refusal.MISMATCHED_INPUT,
                        "evaluationForms[0].entries[0].indicators[0].renstraRealizationToLastYear",
                        "Missing required field \"renstraRealizationToLastYear\" of FormIndicatorRow"),
                new Case("an unknown column", withForm("'quarters':[100,150,140]",
                        "'quarters':[100,150,140],'printed':{'k16':1}"), Refusal.UNRECOGNIZED_PROPERTY,
                        "evaluationForms[0].entries[0].indicators[0].printed.k16", "Unrecognized field \"k16\"")
                        .underJackson3("Unrecognized property \"k16\""),
                new Case("an Rp column on an indicator row", withForm("'quarters':[100,150,140]",
                        "'quarters':[100,150,140],'printed':{'rp13':1}"), Refusal.UNRECOGNIZED_PROPERTY,
                        "evaluationForms[0].entries[0].indicators[0].printed.rp13", "Unrecognized field \"rp13\"")
                        .underJackson3("Unrecognized property \"rp13\""),
                new Case("the data of a lowest entry as printed", withForm("'name':'Pelatihan',",
                        "'name':'Pelatihan','printed':{'rp6':1},"), Refusal.VALUE_INSTANTIATION,
                        "evaluationForms[0].entries[0]", "column 6 Rp is not a derived figure of the row of a lowest"
                                + " entry"),
                new Case("a budget and children", withForm("'budget':" + FORM_BUDGET, "'budget':" + FORM_BUDGET
                        + ",'children':[" + FORM_LEAF.replace("'KEGIATAN'", "'SUB_KEGIATAN'") + "]"),
                        Refusal.VALUE_INSTANTIATION, "evaluationForms[0].entries[0]",
                        "kegiatan 'Pelatihan' has children, so its budget is the sum of theirs and must not be given"),
                new Case("a child of the same level", withForm("'budget':" + FORM_BUDGET,
                        "'children':[" + FORM_LEAF + "]"), Refusal.VALUE_INSTANTIATION,
                        "evaluationForms[0].entries[0]", "kegiatan 'Pelatihan' cannot hold the kegiatan 'Pelatihan':"
                                + " a child must be of a lower level"),
                new Case("an unknown level", withForm("'level':'KEGIATAN'", "'level':'SUBKEGIATAN'"),
                        Refusal.INVALID_FORMAT, "evaluationForms[0].entries[0].level",
                        "\"SUBKEGIATAN\" is not a FormNode.Level; expected one of SASARAN, PROGRAM, KEGIATAN,"
                                + " SUB_KEGIATAN"),
                new Case("an unknown kind", withForm("'kind':'RENJA'", "'kind':'RENSTRA'"),
                        Refusal.INVALID_FORMAT, "evaluationForms[0].kind",
                        "\"RENSTRA\" is not a EvaluationForm.Kind; expected one of RENJA, RKPD"),
                new Case("an unknown reading", withForm("'kind':'RENJA'", "'kind':'RENJA','predicateReading':'ABOVE'"),
                        Refusal.INVALID_FORMAT, "evaluationForms[0].predicateReading",
                        "expected one of PRINTED_LOWER_BAND, PRINTED_WHOLE_PERCENT, GREATER_THAN"),
                new Case("an unknown predicate", withForm("'kind':'RENJA'", "'kind':'RENJA','printed':{'predicateK':"
                        + "'Baik'}"), Refusal.INVALID_FORMAT, "evaluationForms[0].printed.predicateK",
                        "\"Baik\" is not a Category"),
                new Case("an exponent bomb in a printed cell", withForm("'kind':'RENJA'",
                        "'kind':'RENJA','printed':{'k15':1e1000000000}"), Refusal.INVALID_FORMAT,
                        "evaluationForms[0].printed.k15", "too large or too precise"),
                new Case("a duplicate printed cell", withForm("'kind':'RENJA'",
                        "'kind':'RENJA','printed':{'k15':1,'k15':2}"), Refusal.MISMATCHED_INPUT,
                        "evaluationForms[0].printed.k15", "Duplicate field \"k15\""),
                new Case("a null text", withForm("'kind':'RENJA'", "'kind':'RENJA','texts':{'drivingFactors':null}"),
                        Refusal.MISMATCHED_INPUT, "evaluationForms[0].texts.drivingFactors", "must not be null"),
                new Case("a blank text", withForm("'kind':'RENJA'", "'kind':'RENJA','texts':{'drivingFactors':' '}"),
                        Refusal.VALUE_INSTANTIATION, "evaluationForms[0]", "text must not be blank"),
                new Case("a blank source", withForm("'kind':'RENJA'", "'kind':'RENJA','source':''"),
                        Refusal.VALUE_INSTANTIATION, "evaluationForms[0]", "text must not be blank"),
                new Case("an unknown text", withForm("'kind':'RENJA'", "'kind':'RENJA','texts':{'catatan':'x'}"),
                        Refusal.UNRECOGNIZED_PROPERTY, "evaluationForms[0].texts.catatan",
                        "Unrecognized field \"catatan\"").underJackson3("Unrecognized property \"catatan\""),
                new Case("a missing kind", withForm("'kind':'RENJA',", ""), Refusal.MISMATCHED_INPUT,
                        "evaluationForms[0].kind", "Missing required field \"kind\" of EvaluationForm"),
                new Case("form budgets adding up past a figure", withForm("'entries':[" + FORM_LEAF + "]",
                        "'entries':[" + FORM_LEAF.replace("6093199996", "900000000000000000000000000000") + ","
                        + FORM_LEAF.replace("6093199996", "900000000000000000000000000000").replace("2.07.03.2.01",
                                "2.07.03.2.02") + "]"), Refusal.VALUE_INSTANTIATION, "evaluationForms[0]",
                        "the budgets of the form cannot be added up"),
                // the precisions a report states (#19)
                new Case("negative decimals", withPrecisions("{PK,'decimals':-1}"), Refusal.VALUE_INSTANTIATION,
                        "precisions[0]", "Cannot build StatedPrecision: decimals must be from 0 to 10, but was -1"),
                new Case("too many decimals", withPrecisions("{PK,'decimals':11}"), Refusal.VALUE_INSTANTIATION,
                        "precisions[0]", "decimals must be from 0 to 10, but was 11"),
                new Case("decimals beyond an int", withPrecisions("{PK,'decimals':99999999999999999999}"),
                        Refusal.INVALID_FORMAT, "precisions[0].decimals",
                        "Integer 99999999999999999999 is out of range"),
                new Case("fractional decimals", withPrecisions("{PK,'decimals':1.5}"), Refusal.MISMATCHED_INPUT,
                        "precisions[0].decimals", "Expected an integer"),
                new Case("decimals as a string", withPrecisions("{PK,'decimals':'1'}"), Refusal.MISMATCHED_INPUT,
                        "precisions[0].decimals", "Expected an integer"),
                new Case("an unknown table", withPrecisions("{'table':'Tabel 3.2','decimals':1}"),
                        Refusal.INVALID_FORMAT, "precisions[0].table", "\"Tabel 3.2\" is not a PercentTable;"
                                + " expected one of Perjanjian Kinerja, Capaian Anggaran, Efisiensi Anggaran,"
                                + " Kemajuan Renstra, Perbandingan dengan Standar, Nilai Kinerja Anggaran"),
                new Case("a table by its constant's name", withPrecisions("{'table':'PERFORMANCE','decimals':1}"),
                        Refusal.INVALID_FORMAT, "precisions[0].table", "\"PERFORMANCE\" is not a PercentTable"),
                new Case("a column of another table", withPrecisions("{'table':'Efisiensi Anggaran',"
                        + "'column':'Capaian','decimals':1}"), Refusal.VALUE_INSTANTIATION, "precisions[0]",
                        "label 'Capaian' is not a column of percentages of table Efisiensi Anggaran; expected one of"
                                + " Capaian Kinerja, Efisiensi"),
                new Case("a missing table", withPrecisions("{'column':'Capaian','decimals':1}"),
                        Refusal.MISMATCHED_INPUT, "precisions[0].table",
                        "Missing required field \"table\" of StatedPrecision"),
                new Case("missing decimals", withPrecisions("{PK}"), Refusal.MISMATCHED_INPUT,
                        "precisions[0].decimals", "Missing required field \"decimals\" of StatedPrecision"),
                new Case("an unknown field of a precision", withPrecisions("{PK,'decimals':1,'digits':1}"),
                        Refusal.UNRECOGNIZED_PROPERTY, "precisions[0].digits", "Unrecognized field \"digits\"")
                        .underJackson3("Unrecognized property \"digits\""),
                new Case("a duplicate field of a precision", withPrecisions("{PK,'decimals':1,'decimals':2}"),
                        Refusal.MISMATCHED_INPUT, "precisions[0].decimals",
                        "Duplicate field \"decimals\" in StatedPrecision"),
                new Case("a column stated twice", withPrecisions("{PK,'decimals':1},{PK,'decimals':2}"),
                        Refusal.VALUE_INSTANTIATION, "", "precisions must state each table or column once, but"
                                + " Perjanjian Kinerja / Capaian is stated twice"),
                new Case("a null precision", withPrecisions("null"), Refusal.MISMATCHED_INPUT, "precisions[0]",
                        "must not be null"));
    }

    /** {@link #VALID} stating these precisions; {@code PK} stands for the Perjanjian Kinerja's Capaian column. */
    private static String withPrecisions(String precisions) {
        return with("'year':2024,", "'year':2024,'precisions':["
                + precisions.replace("PK", "'table':'Perjanjian Kinerja','column':'Capaian'") + "],");
    }

    /** {@link #VALID} with a cascade of one tujuan and one sasaran, whose one budget link is {@code link}. */
    private static String withCascade(String link) {
        return with("'year':2024,", "'year':2024,'cascade':[{'name':'T','sasaran':[{'name':'S','budget':[" + link
                + "]}]}],");
    }

    /**
     * Documents that are no value of a type read on its own ({@code Target}, {@code Realization}): each is refused
     * with a mismatched-input exception (an invalid format being one).
     */
    public static final List<String> NOT_A_VALUE = List.of("1e99999999999", "1e1000000000", "\"1e-1000000000\"",
            "9e-2147483648", "true", "[70]", "{}", "null", "");
}
