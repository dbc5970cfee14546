/**
 * The achievement (capaian kinerja) of indicators and its category, and the other figures of a SAKIP report.
 * <p>
 * Start with {@link io.github.sakip.Capaian}, which computes an {@link io.github.sakip.Achievement} from a
 * {@link io.github.sakip.Polarity}, a {@link io.github.sakip.Target} and a {@link io.github.sakip.Realization};
 * {@link io.github.sakip.Permendagri86} places it in a {@link io.github.sakip.Category}.
 * {@link io.github.sakip.Ikm} computes the community satisfaction index (IKM) of PermenPAN-RB 14/2017.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>Every number is a {@link java.math.BigDecimal}; no computation uses {@code double}. Divisions keep 34
 * significant digits ({@link java.math.MathContext#DECIMAL128}) and at most 100 decimals, so that every quotient is
 * a figure the library accepts back; results are never rounded otherwise, except by methods that say so
 * ({@code rounded()}: two decimals, half-up, as reports print).</li>
 * <li>Value types are immutable records that normalise their decimals, so {@code equals} agrees with numeric
 * equality: {@code 70.20} and {@code 70.2} are equal.</li>
 * <li>Null arguments are refused with a {@link java.lang.NullPointerException} naming the argument; invalid ones
 * with an {@link java.lang.IllegalArgumentException} naming it and quoting the value. Decimals of absurd size or
 * precision (more than 30 digits before the point or 100 after it, or written with more than 130 digits) are
 * refused before any arithmetic; a subclass of {@code BigDecimal} is copied to a plain one first, and only the
 * copy is checked and kept.</li>
 * <li>A result of the library's own arithmetic that is too large to be a figure (a capaian of 10^131 % from a target
 * of 10^-100) is not computable, with the reason; sums the library takes again and again (a budget table's lines,
 * the realisations of a flow) are refused where they are given, if they add up to more than a figure can hold.</li>
 * <li>A condition of real data (a target of 0, a pagu of 0, a realisation not measured yet) is not an exception:
 * it is a {@link io.github.sakip.Figure} that is not computable and says why, an
 * {@link io.github.sakip.Achievement} for an achievement and a {@link io.github.sakip.Quantity} for any other
 * figure. A method that returns a bare {@code BigDecimal} instead says so and throws
 * {@link java.lang.IllegalStateException}; its {@code …Figure()} sibling returns the figure.</li>
 * </ul>
 *
 * <h2>Names</h2>
 * Every public name of the library (types, methods, parameters, constants, and the field names of its JSON format)
 * follows one rule:
 * <ul>
 * <li>Names are English, and English words are spelt with <i>-ize</i>, as the JDK spells them:
 * {@code Realization}, {@code realizations()}, {@code categorize}, {@code normalize}. (The prose of the
 * documentation and the texts for people are British English: "realisation", "normalised".)</li>
 * <li>A handful of Indonesian nouns stay Indonesian, because the regulations and the reports define them and no
 * English word means exactly the same; each has one meaning wherever it occurs:
 * <ul>
 * <li>{@code capaian}: the performance achievement of an indicator (capaian kinerja), in percent, as reports print
 * it ({@code Capaian}, {@code printedCapaian}). {@link io.github.sakip.Achievement} is the English type of every
 * achievement figure: a capaian, an absorption, a Renstra progress;</li>
 * <li>{@code pagu}: a budget allocation, and {@code realisasi}: the amount of it spent, in Rupiah
 * ({@code BudgetLine.pagu()}, {@code realisasi()}, {@code realisasiAnggaran()}). The value an indicator reached is
 * a {@code Realization}, never {@code realisasi};</li>
 * <li>{@code sasaran}: a goal (strategic objective) that indicators measure, and {@code tujuan}: the aim of a
 * Renstra, which its sasaran serve (the top of the cascade, {@code report.Tujuan});</li>
 * <li>the terms of the community satisfaction survey of PermenPAN-RB 14/2017: {@code ikm} (the index, indeks
 * kepuasan masyarakat), {@code unsur} (an element of service), {@code nrr} (an element's mean, nilai rata-rata) and
 * {@code mutu} (the quality of service it stands for);</li>
 * <li>the levels and segments of the budget nomenclature: {@code urusan}, {@code bidang}, {@code program},
 * {@code kegiatan}, {@code subKegiatan};</li>
 * <li>proper names: of plans and evaluations ({@code Renstra}, {@code Akip}), of regulations
 * ({@code Permendagri86}, {@code Pmk214}), and of what a regulation enumerates, kept as it prints them
 * ({@code Category.SANGAT_TINGGI}, {@code AkipEvaluation.Component.PERENCANAAN_KINERJA},
 * {@code AkipPredicate.BB}).</li>
 * </ul></li>
 * <li>Everything else has its English name, also where a report's heading is Indonesian: absorption (penyerapan),
 * efficiency (efisiensi), output achievement (capaian keluaran), efficiency score (nilai efisiensi), consistency
 * (konsistensi), predicate (predikat), quarter (triwulan), standard (standar). An Indonesian term appears in the
 * documentation in parentheses on first use.</li>
 * <li>One thing has one name: never the Indonesian and the English word for the same figure side by side.</li>
 * <li>An enum whose {@code toString} prints a label reads it back with {@code parse}:
 * {@code Category.parse(Category.SANGAT_TINGGI.toString())}; one whose {@code toString} is its name reads back with
 * {@code valueOf}.</li>
 * </ul>
 */
package io.github.sakip;
