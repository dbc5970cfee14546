/**
 * AssertJ assertions for sakip, for auditors who verify a report's figures in unit tests.
 * <pre>{@code
 * import static io.github.sakip.assertj.SakipAssertions.assertThat;
 *
 * assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12")))
 *         .hasRounded("97.04")
 *         .isCategorized(Category.SANGAT_TINGGI);
 * assertThat(Audit.of(report)).hasNoErrors();
 * }</pre>
 */
module io.github.sakip.assertj {
    requires transitive io.github.sakip.core;
    requires transitive org.assertj.core;

    exports io.github.sakip.assertj;
}
