package io.github.sakip.report;

import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import io.github.sakip.SampleSize;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The table of one community satisfaction survey (survei kepuasan masyarakat, SKM) that a report prints: a service
 * unit (unit pelayanan), its elements of service (unsur), the number of respondents with the total of each element's
 * answers (jumlah nilai per unsur) or the answers themselves, and the figures the report printed from them: the mean
 * of each element (NRR, nilai rata-rata), its conversion to the IKM scale (nilai interval konversi, NRR × 25), its
 * weighted mean (NRR tertimbang), the grade of each element, the index (nilai indeks, the sum of the weighted means),
 * the community satisfaction index (IKM, indeks kepuasan masyarakat, 25 to 100) and the unit's quality of service
 * (mutu pelayanan), and the sample size the report asked for. The computation is {@link Ikm}'s (PermenPAN-RB
 * 14/2017); a report may hold several such tables (one per unit, per period, or per dimension of a survey).
 * <p>
 * Obtain a table with {@link #ofTotals(String, List, int, List)} or {@link #ofAnswers(String, List, List)}, state what
 * the report says about its survey with {@link #withScale(Mutu.Scale)}, {@link #withStatedWeight(Ikm.Weight)} and
 * {@link #withPopulation(long)}, and add what it printed with the {@code withPrinted…} methods; each returns a copy.
 * The figures of the elements are printed as columns: one figure per element, in the order of {@link #unsur()}.
 * Printed figures keep their printed scale, and {@code equals} compares them by value and scale.
 * <pre>{@code
 * IkmTable gaspul = IkmTable.ofTotals("Layanan GASPUL, Triwulan III", Ikm.UNSUR_PERMENPAN_RB_14_2017, 29,
 *                 List.of(d("105"), d("101"), d("100"), d("116"), d("102"), d("105"), d("106"), d("105"), d("115")))
 *         .withStatedWeight(Ikm.Weight.EXACT)
 *         .withPrintedIkm(d("90.56"))
 *         .withPrintedMutu(Mutu.A);
 * }</pre>
 * The weight the figures are judged by ({@link #policy()}) is the regulation's, 1/n ({@link Ikm.Weight#EXACT}), unless
 * the report states that it computed with the 0,111 the regulation prints ({@link Ikm.Weight#PRINTED}). A report that
 * states 0,11 ({@link Ikm.Weight#PRINTED_TWO_DECIMALS}) states a weight the regulation does not give: its figures are
 * judged by 1/n, and the audit names the stated weight where a figure follows from it.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised table is validated as a new one is.
 *
 * @serial exclude
 */
public final class IkmTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String unit;
    private final List<String> unsur;
    private final int respondents;
    private final List<BigDecimal> totals;
    /** The answers, one list per respondent with null for a blank; null if the table was given as totals. */
    private final List<List<Integer>> answers;
    private final Mutu.Scale scale;
    /** The weight the report states, or null. */
    private final Ikm.Weight statedWeight;
    /** The population surveyed, or 0 if not given. */
    private final long population;
    /** The printed columns and figures, or null where not printed; the sample size is 0 where not printed. */
    private final List<BigDecimal> printedNrr;
    private final List<BigDecimal> printedConverted;
    private final List<BigDecimal> printedWeightedNrr;
    private final List<Mutu> printedUnsurMutu;
    private final BigDecimal printedIndex;
    private final BigDecimal printedIkm;
    private final Mutu printedMutu;
    private final int printedSampleSize;
    /** The index under {@link #policy()}, computed once; it also validates the data. */
    private final transient Ikm ikm;

    private IkmTable(Builder b) {
        this.unit = Decimals.notBlank(b.unit, "unit");
        this.scale = Decimals.notNull(b.scale, "scale");
        this.statedWeight = b.statedWeight;
        this.population = b.population;
        if (b.ikm != null) {
            // A copy that changes a printed figure or the population: the survey and its policy are the same.
            this.ikm = b.ikm;
            this.unsur = b.unsur;
            this.answers = b.keptAnswers;
            this.respondents = b.respondents;
            this.totals = b.totals;
        } else {
            Ikm.Policy policy = Ikm.Policy.DEFAULT.withUnsur(Decimals.notNull(b.unsur, "unsur"))
                    .withWeight(statedWeight == Ikm.Weight.PRINTED ? Ikm.Weight.PRINTED : Ikm.Weight.EXACT)
                    .withScale(scale);
            this.unsur = policy.unsur();
            if (b.answers != null) {
                this.ikm = policy.ofAnswers(b.answers);
                this.answers = copyOfAnswers(b.answers);
                this.respondents = ikm.respondents();
            } else {
                this.ikm = policy.ofTotals(b.respondents, b.totals);
                this.answers = null;
                this.respondents = b.respondents;
            }
            this.totals = ikm.unsur().stream().map(Ikm.Unsur::total).toList();
        }
        this.printedNrr = b.printedNrr;
        this.printedConverted = b.printedConverted;
        this.printedWeightedNrr = b.printedWeightedNrr;
        this.printedUnsurMutu = b.printedUnsurMutu;
        this.printedIndex = b.printedIndex;
        this.printedIkm = b.printedIkm;
        this.printedMutu = b.printedMutu;
        this.printedSampleSize = b.printedSampleSize;
    }

    /** Copies the answers of the respondents; a blank stays a null. */
    private static List<List<Integer>> copyOfAnswers(List<? extends List<Integer>> answers) {
        List<List<Integer>> copy = new ArrayList<>(answers.size());
        for (List<Integer> row : answers) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Obtains the table of a survey given as the total of each element's answers (jumlah nilai per unsur), every
     * respondent having answered every element, graded by PermenPAN-RB 14/2017, with nothing printed.
     *
     * @param unit the service unit surveyed and, where a report holds several surveys of it, the period or part of
     *        the survey, such as {@code "Layanan GASPUL, Triwulan III"}; it names the table in the audit's findings
     * @param unsur the names of the elements of service, as the report prints them, such as
     *        {@link Ikm#UNSUR_PERMENPAN_RB_14_2017}
     * @param respondents the number of respondents, not negative
     * @param totals the total of each element's answers, in the order of {@code unsur}
     * @return the table
     * @throws NullPointerException naming the argument, or the element of a list, that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if the unit is blank, the names of
     *         the elements are not 1 to 100 distinct names, the respondents are negative, or the totals are not one
     *         whole number per element that answers of 1 to 4 can add up to (as {@link Ikm.Policy#ofTotals} says)
     */
    public static IkmTable ofTotals(String unit, List<String> unsur, int respondents, List<BigDecimal> totals) {
        Builder b = new Builder(unit, unsur);
        b.respondents = respondents;
        b.totals = Decimals.notNull(totals, "totals");
        return new IkmTable(b);
    }

    /**
     * Obtains the table of a survey given as the answers of each respondent (1 to 4 per element, null for a blank),
     * graded by PermenPAN-RB 14/2017, with nothing printed. A blank is left out of its element's mean only, and a
     * respondent who answered nothing is not counted, as {@link Ikm.Policy#ofAnswers(List)} says.
     *
     * @param unit the service unit surveyed, as for {@link #ofTotals(String, List, int, List)}
     * @param unsur the names of the elements of service, as the report prints them
     * @param answers one list per respondent, with one answer per element in the order of {@code unsur}
     * @return the table
     * @throws NullPointerException naming the argument, or the respondent, that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if the unit is blank or the names
     *         of the elements are not 1 to 100 distinct names; naming the respondent and the element if a
     *         respondent does not have one answer per element or an answer is not from 1 to 4
     */
    public static IkmTable ofAnswers(String unit, List<String> unsur, List<? extends List<Integer>> answers) {
        Builder b = new Builder(unit, unsur);
        b.answers = Decimals.notNull(answers, "answers");
        return new IkmTable(b);
    }

    /**
     * Returns a copy graded by another table of grades, such as the one of KepMenPAN 25/2004 for a 14-element survey
     * under that decree.
     *
     * @param newScale the table of grades the report uses
     * @return a copy with the table of grades changed
     * @throws NullPointerException if {@code newScale} is null
     */
    public IkmTable withScale(Mutu.Scale newScale) {
        Builder b = builder();
        b.scale = Decimals.notNull(newScale, "scale");
        b.ikm = null;
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the weight the report says it computed with ("NRR tertimbang = NRR × 0,111", "bobot
     * 0,1111"): {@link Ikm.Weight#EXACT} for 1/n (also when printed to four decimals, 0,1111),
     * {@link Ikm.Weight#PRINTED} for 1/n to three decimals (0,111), {@link Ikm.Weight#PRINTED_TWO_DECIMALS} for 1/n to
     * two (0,11). What it changes is said in {@link #policy()}.
     *
     * @param weight the weight the report states
     * @return a copy with the stated weight
     * @throws NullPointerException if {@code weight} is null
     */
    public IkmTable withStatedWeight(Ikm.Weight weight) {
        Builder b = builder();
        b.statedWeight = Decimals.notNull(weight, "weight");
        b.ikm = null;
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the population the survey samples (populasi: the people the unit served in the period
     * surveyed), from which the sample it needs follows ({@link SampleSize}).
     *
     * @param people the population, at least 1
     * @return a copy with the population
     * @throws IllegalArgumentException quoting the population if it is below 1
     */
    public IkmTable withPopulation(long people) {
        SampleSize.of(people);
        Builder b = builder();
        b.population = people;
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the mean of each element the report printed (NRR per unsur).
     *
     * @param nrr one printed mean per element, in the order of {@link #unsur()}, scale as printed
     * @return a copy with the printed means
     * @throws NullPointerException if {@code nrr} or one of its figures is null
     * @throws IllegalArgumentException if there is not one figure per element, or a figure is absurdly large or
     *         precise
     */
    public IkmTable withPrintedNrr(List<BigDecimal> nrr) {
        Builder b = builder();
        b.printedNrr = column(nrr, "nrr");
        return new IkmTable(b);
    }

    /**
     * Returns a copy with each element's mean converted to the IKM scale as the report printed it (nilai interval
     * konversi, NRR × 25).
     *
     * @param converted one printed figure per element, in the order of {@link #unsur()}, scale as printed
     * @return a copy with the printed conversions
     * @throws NullPointerException if {@code converted} or one of its figures is null
     * @throws IllegalArgumentException if there is not one figure per element, or a figure is absurdly large or
     *         precise
     */
    public IkmTable withPrintedConverted(List<BigDecimal> converted) {
        Builder b = builder();
        b.printedConverted = column(converted, "converted");
        return new IkmTable(b);
    }

    /**
     * Returns a copy with each element's weighted mean the report printed (NRR tertimbang).
     *
     * @param weightedNrr one printed weighted mean per element, in the order of {@link #unsur()}, scale as printed
     * @return a copy with the printed weighted means
     * @throws NullPointerException if {@code weightedNrr} or one of its figures is null
     * @throws IllegalArgumentException if there is not one figure per element, or a figure is absurdly large or
     *         precise
     */
    public IkmTable withPrintedWeightedNrr(List<BigDecimal> weightedNrr) {
        Builder b = builder();
        b.printedWeightedNrr = column(weightedNrr, "weightedNrr");
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the grade of each element the report printed.
     *
     * @param mutu one printed grade per element, in the order of {@link #unsur()}
     * @return a copy with the printed grades
     * @throws NullPointerException if {@code mutu} or one of its grades is null
     * @throws IllegalArgumentException if there is not one grade per element
     */
    public IkmTable withPrintedUnsurMutu(List<Mutu> mutu) {
        List<Mutu> copy = Decimals.copyOf(mutu, "unsurMutu");
        checkColumn(copy.size(), "unsurMutu");
        Builder b = builder();
        b.printedUnsurMutu = copy;
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the index the report printed (nilai indeks: the sum of the weighted means, 1 to 4).
     *
     * @param index the printed index, scale as printed
     * @return a copy with the printed index
     * @throws NullPointerException if {@code index} is null
     * @throws IllegalArgumentException if {@code index} is absurdly large or precise
     */
    public IkmTable withPrintedIndex(BigDecimal index) {
        Builder b = builder();
        b.printedIndex = Printed.checked(index, "index");
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the IKM the report printed (nilai IKM konversi, 25 to 100).
     *
     * @param value the printed IKM, scale as printed
     * @return a copy with the printed IKM
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is absurdly large or precise
     */
    public IkmTable withPrintedIkm(BigDecimal value) {
        Builder b = builder();
        b.printedIkm = Printed.checked(value, "ikm");
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the unit's quality of service the report printed (mutu pelayanan).
     *
     * @param mutu the printed grade
     * @return a copy with the printed grade
     * @throws NullPointerException if {@code mutu} is null
     */
    public IkmTable withPrintedMutu(Mutu mutu) {
        Builder b = builder();
        b.printedMutu = Decimals.notNull(mutu, "mutu");
        return new IkmTable(b);
    }

    /**
     * Returns a copy with the number of respondents the report says the survey needs (besaran sampel, from the
     * Krejcie–Morgan table of PermenPAN-RB 14/2017).
     *
     * @param respondentsNeeded the printed sample size, at least 1
     * @return a copy with the printed sample size
     * @throws IllegalArgumentException quoting the value if it is below 1
     */
    public IkmTable withPrintedSampleSize(int respondentsNeeded) {
        if (respondentsNeeded < 1) {
            throw new IllegalArgumentException("sampleSize must be at least 1, but was " + respondentsNeeded);
        }
        Builder b = builder();
        b.printedSampleSize = respondentsNeeded;
        return new IkmTable(b);
    }

    private List<BigDecimal> column(List<BigDecimal> figures, String name) {
        Decimals.notNull(figures, name);
        checkColumn(figures.size(), name);
        List<BigDecimal> copy = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            copy.add(Printed.checked(figures.get(i), name + " of unsur " + (i + 1) + " (" + unsur.get(i) + ")"));
        }
        return List.copyOf(copy);
    }

    private void checkColumn(int size, String name) {
        if (size != unsur.size()) {
            throw new IllegalArgumentException(name + " has " + size + " figures, but the survey has "
                    + unsur.size() + " unsur: one figure per unsur, in their order");
        }
    }

    /**
     * Returns the service unit surveyed, as the table is named.
     *
     * @return such as {@code "Layanan GASPUL, Triwulan III"}
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns the names of the elements of service.
     *
     * @return the names, in the survey's order
     */
    public List<String> unsur() {
        return unsur;
    }

    /**
     * Returns the number of respondents: as given with the totals, or those who answered at least one element.
     *
     * @return the number of respondents
     */
    public int respondents() {
        return respondents;
    }

    /**
     * Returns the total of each element's answers: as given, or added up from the answers.
     *
     * @return one whole number per element, normalised
     */
    public List<BigDecimal> totals() {
        return totals;
    }

    /**
     * Returns the answers of the respondents, if the table was given as answers.
     *
     * @return one unmodifiable list per respondent, with null for a blank; empty if the table was given as totals
     */
    public Optional<List<List<Integer>>> answers() {
        return Optional.ofNullable(answers);
    }

    /**
     * Returns the table of grades the report uses.
     *
     * @return the table; {@link Mutu.Scale#PERMENPAN_RB_14_2017} unless set
     */
    public Mutu.Scale scale() {
        return scale;
    }

    /**
     * Returns the weight the report says it computed with.
     *
     * @return the stated weight, or empty if the report states none
     */
    public Optional<Ikm.Weight> statedWeight() {
        return Optional.ofNullable(statedWeight);
    }

    /**
     * Returns the population the survey samples.
     *
     * @return the population, or empty if not given
     */
    public OptionalLong population() {
        return population == 0 ? OptionalLong.empty() : OptionalLong.of(population);
    }

    /**
     * Returns the policy the table's figures are judged by: its elements and table of grades, the gap policy
     * {@link Mutu.GapPolicy#TWO_DECIMALS}, and the weight of PermenPAN-RB 14/2017. That weight is 1/n
     * ({@link Ikm.Weight#EXACT}) unless the report states the 0,111 the regulation prints ({@link Ikm.Weight#PRINTED}),
     * by which its figures are then judged. A stated 0,11 ({@link Ikm.Weight#PRINTED_TWO_DECIMALS}) is no weight of the
     * regulation (for nine elements it gives 99,00 for a survey of all 4s): the figures are judged by 1/n.
     *
     * @return the policy
     */
    public Ikm.Policy policy() {
        return ikm.policy();
    }

    /**
     * Returns the index computed from the survey under {@link #policy()}.
     *
     * @return the index, which may be not computable (no respondents, or an element nobody answered)
     */
    public Ikm ikm() {
        return ikm;
    }

    /**
     * Returns the mean of each element the report printed.
     *
     * @return one figure per element at its printed scale, or empty if not printed
     */
    public Optional<List<BigDecimal>> printedNrr() {
        return Optional.ofNullable(printedNrr);
    }

    /**
     * Returns each element's mean converted to the IKM scale (NRR × 25) as the report printed it.
     *
     * @return one figure per element at its printed scale, or empty if not printed
     */
    public Optional<List<BigDecimal>> printedConverted() {
        return Optional.ofNullable(printedConverted);
    }

    /**
     * Returns each element's weighted mean (NRR tertimbang) as the report printed it.
     *
     * @return one figure per element at its printed scale, or empty if not printed
     */
    public Optional<List<BigDecimal>> printedWeightedNrr() {
        return Optional.ofNullable(printedWeightedNrr);
    }

    /**
     * Returns the grade of each element the report printed.
     *
     * @return one grade per element, or empty if not printed
     */
    public Optional<List<Mutu>> printedUnsurMutu() {
        return Optional.ofNullable(printedUnsurMutu);
    }

    /**
     * Returns the index (nilai indeks, 1 to 4) the report printed.
     *
     * @return the printed index at its printed scale, or empty
     */
    public Optional<BigDecimal> printedIndex() {
        return Optional.ofNullable(printedIndex);
    }

    /**
     * Returns the IKM (25 to 100) the report printed.
     *
     * @return the printed IKM at its printed scale, or empty
     */
    public Optional<BigDecimal> printedIkm() {
        return Optional.ofNullable(printedIkm);
    }

    /**
     * Returns the unit's quality of service the report printed.
     *
     * @return the printed grade, or empty
     */
    public Optional<Mutu> printedMutu() {
        return Optional.ofNullable(printedMutu);
    }

    /**
     * Returns the sample size the report printed.
     *
     * @return the printed number of respondents needed, or empty
     */
    public OptionalInt printedSampleSize() {
        return printedSampleSize == 0 ? OptionalInt.empty() : OptionalInt.of(printedSampleSize);
    }

    /**
     * Compares every part; printed figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IkmTable that && unit.equals(that.unit) && unsur.equals(that.unsur)
                && respondents == that.respondents && totals.equals(that.totals)
                && Objects.equals(answers, that.answers) && scale == that.scale && statedWeight == that.statedWeight
                && population == that.population && Objects.equals(printedNrr, that.printedNrr)
                && Objects.equals(printedConverted, that.printedConverted)
                && Objects.equals(printedWeightedNrr, that.printedWeightedNrr)
                && Objects.equals(printedUnsurMutu, that.printedUnsurMutu)
                && Objects.equals(printedIndex, that.printedIndex) && Objects.equals(printedIkm, that.printedIkm)
                && printedMutu == that.printedMutu && printedSampleSize == that.printedSampleSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, unsur, respondents, totals, answers, scale, statedWeight, population, printedNrr,
                printedConverted, printedWeightedNrr, printedUnsurMutu, printedIndex, printedIkm, printedMutu,
                printedSampleSize);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "IkmTable[Layanan GASPUL, Triwulan III, 29 respondents, 9 unsur, stated weight EXACT,
     *         printed IKM 90.56, mutu A]"}
     */
    @Override
    public String toString() {
        return "IkmTable[" + unit + ", " + respondents + " respondents" + (answers == null ? "" : " (answers)") + ", "
                + unsur.size() + " unsur"
                + (scale == Mutu.Scale.PERMENPAN_RB_14_2017 ? "" : ", scale " + scale)
                + (statedWeight == null ? "" : ", stated weight " + statedWeight)
                + (population == 0 ? "" : ", population " + population)
                + (printedIndex == null ? "" : ", printed index " + printedIndex.toPlainString())
                + (printedIkm == null ? "" : ", printed IKM " + printedIkm.toPlainString())
                + (printedMutu == null ? "" : ", mutu " + printedMutu.name()) + "]";
    }

    private Builder builder() {
        Builder b = new Builder(unit, unsur);
        b.respondents = respondents;
        b.totals = totals;
        b.answers = answers;
        b.scale = scale;
        b.statedWeight = statedWeight;
        b.population = population;
        b.printedNrr = printedNrr;
        b.printedConverted = printedConverted;
        b.printedWeightedNrr = printedWeightedNrr;
        b.printedUnsurMutu = printedUnsurMutu;
        b.printedIndex = printedIndex;
        b.printedIkm = printedIkm;
        b.printedMutu = printedMutu;
        b.printedSampleSize = printedSampleSize;
        b.ikm = ikm;
        b.keptAnswers = answers;
        return b;
    }

    /** The parts of a table, for the constructor; a wither copies them and changes one. */
    private static final class Builder {
        private final String unit;
        private final List<String> unsur;
        private int respondents;
        private List<BigDecimal> totals;
        private List<? extends List<Integer>> answers;
        private Mutu.Scale scale = Mutu.Scale.PERMENPAN_RB_14_2017;
        private Ikm.Weight statedWeight;
        private long population;
        private List<BigDecimal> printedNrr;
        private List<BigDecimal> printedConverted;
        private List<BigDecimal> printedWeightedNrr;
        private List<Mutu> printedUnsurMutu;
        private BigDecimal printedIndex;
        private BigDecimal printedIkm;
        private Mutu printedMutu;
        private int printedSampleSize;
        /** The index of the survey, when a copy keeps the survey and its policy; null to compute it. */
        private Ikm ikm;
        /** The table's own copy of the answers, kept with its index. */
        private List<List<Integer>> keptAnswers;

        Builder(String unit, List<String> unsur) {
            this.unit = unit;
            this.unsur = unsur;
        }
    }

    private Object writeReplace() {
        return new Ser(unit, unsur, respondents, totals, answers, scale, statedWeight, population, printedNrr,
                printedConverted, printedWeightedNrr, printedUnsurMutu, printedIndex, printedIkm, printedMutu,
                printedSampleSize);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(IkmTable.class);
    }

    /**
     * The serialized form: the answers are null for a table of totals, the stated weight and the printed figures
     * null where not given, the population and the printed sample size 0. Read back through the factories.
     */
    private record Ser(String unit, List<String> unsur, int respondents, List<BigDecimal> totals,
            List<List<Integer>> answers, Mutu.Scale scale, Ikm.Weight statedWeight, long population,
            List<BigDecimal> printedNrr, List<BigDecimal> printedConverted, List<BigDecimal> printedWeightedNrr,
            List<Mutu> printedUnsurMutu, BigDecimal printedIndex, BigDecimal printedIkm, Mutu printedMutu,
            int printedSampleSize) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(IkmTable.class, () -> {
                IkmTable table = answers == null ? ofTotals(unit, unsur, respondents, totals)
                        : ofAnswers(unit, unsur, answers);
                table = table.withScale(scale);
                table = statedWeight == null ? table : table.withStatedWeight(statedWeight);
                table = population == 0 ? table : table.withPopulation(population);
                table = printedNrr == null ? table : table.withPrintedNrr(printedNrr);
                table = printedConverted == null ? table : table.withPrintedConverted(printedConverted);
                table = printedWeightedNrr == null ? table : table.withPrintedWeightedNrr(printedWeightedNrr);
                table = printedUnsurMutu == null ? table : table.withPrintedUnsurMutu(printedUnsurMutu);
                table = printedIndex == null ? table : table.withPrintedIndex(printedIndex);
                table = printedIkm == null ? table : table.withPrintedIkm(printedIkm);
                table = printedMutu == null ? table : table.withPrintedMutu(printedMutu);
                return printedSampleSize == 0 ? table : table.withPrintedSampleSize(printedSampleSize);
            });
        }
    }
}
