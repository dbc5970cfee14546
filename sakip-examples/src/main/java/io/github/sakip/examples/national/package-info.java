/**
 * A deterministic national-scale dataset of reports for benchmarks: {@link
 * io.github.sakip.examples.national.NationalDataset}.
 */
package io.github.sakip.examples.national;
