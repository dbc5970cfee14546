/**
 * sakip: exact computation and verification of the figures of Indonesian government performance
 * accountability (SAKIP) reports.
 * <p>
 * The main package, {@link io.github.sakip}, holds what a user touches first:
 * <pre>{@code
 * import io.github.sakip.*;
 *
 * Achievement a = Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12"));
 * a.rounded();    // 97.04
 * a.category();   // Optional[Sangat Tinggi]
 * a.explain();    // "68,12 / 70,20 × 100% = 97,04%"
 * }</pre>
 * {@link io.github.sakip.report} holds a whole report (LKjIP) with the figures it printed, and
 * {@link io.github.sakip.audit} recomputes them and lists the wrong ones. {@link io.github.sakip.format} reads and
 * writes Indonesian numbers. The module has no dependencies.
 */
@SuppressWarnings("module") // the qualified export below names modules built after this one
module io.github.sakip.core {
    exports io.github.sakip;
    exports io.github.sakip.format;
    exports io.github.sakip.report;
    exports io.github.sakip.audit;
    exports io.github.sakip.evaluation;
    // The argument checks, for the library's own bindings only: not part of the API.
    exports io.github.sakip.internal to io.github.sakip.json, io.github.sakip.jackson3;
}
