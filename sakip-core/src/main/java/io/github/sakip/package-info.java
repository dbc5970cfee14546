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
 * significant digits ({@link java.math.MathContext#DECIMAL128}); results are never rounded except by methods that
 * say so ({@code rounded()}: two decimals, half-up, as reports print).</li>
 * <li>Value types are immutable records that normalise their decimals, so {@code equals} agrees with numeric
 * equality: {@code 70.20} and {@code 70.2} are equal.</li>
 * <li>Null arguments are refused with a {@link java.lang.NullPointerException} naming the argument; invalid ones
 * with an {@link java.lang.IllegalArgumentException} naming it and quoting the value. Decimals of absurd size or
 * precision (more than 30 digits before the point, 100 significant digits or 100 decimals) are refused before any
 * arithmetic.</li>
 * <li>A condition of real data (a target of 0, a realisation not measured yet) is not an exception: it is an
 * achievement that is not computable and says why.</li>
 * </ul>
 */
package io.github.sakip;
