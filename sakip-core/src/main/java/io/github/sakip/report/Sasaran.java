package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.util.List;

/**
 * A sasaran in the cascade (pohon kinerja) of a report: its indicators, the budget codes that serve it, and the
 * programs, kegiatan and sub kegiatan that the report says support it, with their indicators.
 * <p>
 * The three parts come from different tables of an LKjIP, which the audit holds against each other:
 * <ul>
 * <li>{@link #indicators()}: the sasaran's indicators with the capaian the cascade's table printed (Tabel 3.8,
 * columns 3 and 4), the same indicators as the Perjanjian Kinerja's (Tabel 3.2);</li>
 * <li>{@link #budget()}: the budget codes whose lines serve the sasaran, at any level, with the split where a code
 * serves two sasaran. A report states them where it prints a budget per sasaran (Tabel 3.7 "Perbandingan
 * Pencapaian Kinerja dan Anggaran"), in words or only through its figures; {@link CascadeBudget} adds up the
 * lowest lines below them;</li>
 * <li>{@link #programs()}: the rows of the table of programs and kegiatan (Tabel 3.8, columns 5 to 9).</li>
 * </ul>
 * The budget of a sasaran and the rows of its programs need not name the same codes: the audit says where a
 * program of the table serves none of the sasaran's budget.
 * <p>
 * Obtain a sasaran with {@link #of(String)} and add its parts with the {@code with…} methods, each of which returns
 * a copy. This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param name the sasaran as printed, such as "Meningkatnya Kualitas Ketenagakerjaan Daerah"; the audit finds the
 *        sasaran's row of the other tables by it, ignoring case
 * @param indicators the sasaran's indicators
 * @param budget the budget codes that serve it
 * @param programs the rows of its programs and kegiatan
 */
public record Sasaran(String name, List<SasaranIndicator> indicators, List<BudgetLink> budget,
        List<ProgramRow> programs) implements Serializable {

    /**
     * Creates a sasaran, validating it and copying its lists.
     *
     * @param name the sasaran as printed
     * @param indicators its indicators
     * @param budget the budget codes that serve it
     * @param programs the rows of its programs and kegiatan
     * @throws NullPointerException naming the component that is null, or the place of a null element
     * @throws IllegalArgumentException quoting the name if it is blank
     */
    public Sasaran {
        name = Decimals.notBlank(name, "name");
        indicators = Decimals.copyOf(indicators, "indicators");
        budget = Decimals.copyOf(budget, "budget");
        programs = Decimals.copyOf(programs, "programs");
    }

    /**
     * Obtains a sasaran with no indicator, budget or program yet.
     *
     * @param name the sasaran as printed
     * @return the sasaran
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException quoting the name if it is blank
     */
    public static Sasaran of(String name) {
        return new Sasaran(name, List.of(), List.of(), List.of());
    }

    /**
     * Returns a copy with these indicators.
     *
     * @param indicators the sasaran's indicators
     * @return a copy with the indicators
     * @throws NullPointerException if the list or one of its elements is null
     */
    public Sasaran withIndicators(List<SasaranIndicator> indicators) {
        return new Sasaran(name, indicators, budget, programs);
    }

    /**
     * Returns a copy with these budget codes.
     *
     * @param budget the budget codes that serve the sasaran
     * @return a copy with the codes
     * @throws NullPointerException if the list or one of its elements is null
     */
    public Sasaran withBudget(List<BudgetLink> budget) {
        return new Sasaran(name, indicators, budget, programs);
    }

    /**
     * Returns a copy with these rows of programs and kegiatan.
     *
     * @param programs the rows
     * @return a copy with the rows
     * @throws NullPointerException if the list or one of its elements is null
     */
    public Sasaran withPrograms(List<ProgramRow> programs) {
        return new Sasaran(name, indicators, budget, programs);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "Sasaran[Meningkatnya ..., 1 indicator, budget 2.07.03, 2.07.04, 6 programs]"}
     */
    @Override
    public String toString() {
        return "Sasaran[" + name + ", " + indicators.size() + (indicators.size() == 1 ? " indicator" : " indicators")
                + ", budget " + (budget.isEmpty() ? "none" : String.join(", ", budget.stream()
                        .map(BudgetLink::toString).toList())) + ", " + programs.size()
                + (programs.size() == 1 ? " program" : " programs") + "]";
    }
}
