/**
 * Indonesian number formats as reports print them: {@code 5.578.741.408}, {@code 68,12}, {@code 97,04%}.
 * <p>
 * Built on the JDK's locale data for {@code id-ID}. Nothing here rounds without saying so. Parsing is strict:
 * {@link io.github.sakip.format.IndonesianNumbers#parse(String)} refuses what the JDK alone would misread, such as
 * {@code "75.5"} (read by the JDK as 755), and {@code parsePercent} and {@code parseRupiah} read the forms reports
 * print ({@code "97,04 %"}, {@code "Rp. 5.578.741.408,-"}).
 */
package io.github.sakip.format;
