/**
 * The achievement (capaian kinerja) of indicators and its category, and the other figures of a SAKIP report.
 * <p>
 * Start with {@link io.github.sakip.Capaian}, which computes an {@link io.github.sakip.Achievement} from a
 * {@link io.github.sakip.Polarity}, a {@link io.github.sakip.Target} and a {@link io.github.sakip.Realization};
 * {@link io.github.sakip.Permendagri86} places it in a {@link io.github.sakip.Category}.
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
 * <li>A condition of real data (a target of 0, a realisation not measured yet) is not an exception: it is an
 * achievement that is not computable and says why.</li>
 * </ul>
 */
package io.github.sakip;
