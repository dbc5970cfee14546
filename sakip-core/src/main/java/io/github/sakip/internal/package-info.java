/**
 * Implementation helpers: argument checks and normalisation, and the texts for people. Not part of the API: the
 * module exports the package only to the library's own modules (the JSON binding, which checks what it reads with
 * the same rules; the AssertJ assertions and the examples, which load their own texts with {@link Bundle}).
 *
 * <h2>Texts for people</h2>
 * Every text the library writes for people (a working, a reason a figure is not computable, a finding) is a
 * {@link Text}: a key of the core's bundle, {@code Texts_id.properties} and {@code Texts_en.properties} in this
 * package's resources, with its arguments, written in Bahasa Indonesia or English when it is read. To add one:
 * <ol>
 * <li>add the key to both files, in the section of its package, with the same placeholders {@code {0}}, {@code {1}},
 * … in both (UTF-8, no escaping of apostrophes);</li>
 * <li>make it in the code as {@code Text.of("the.key", arguments…)}, the key a string literal; numbers are arguments
 * already formatted as reports print them ({@link io.github.sakip.format.IndonesianNumbers});</li>
 * <li>a figure of another package than {@code io.github.sakip} is made with its text through {@link FigureTexts};
 * a finding through the audit's {@code Findings}, which writes it in the audit's language.</li>
 * </ol>
 * {@code TextsTest} fails when a key is missing from a file, when the placeholders differ, or when a key is unused
 * or undefined.
 */
package io.github.sakip.internal;
