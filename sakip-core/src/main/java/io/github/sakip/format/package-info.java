/**
 * Indonesian number formats as reports print them: {@code 5.578.741.408}, {@code 68,12}, {@code 97,04%}.
 * <p>
 * Built on the JDK's locale data for {@code id-ID}. Nothing here rounds without saying so.
 */
package io.github.sakip.format;
