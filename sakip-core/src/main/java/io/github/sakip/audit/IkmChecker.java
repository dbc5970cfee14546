package io.github.sakip.audit;

import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import io.github.sakip.SampleSize;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The community satisfaction surveys (IKM, PermenPAN-RB 14/2017): every figure a survey's table printed against the
 * one its answers give under the weight the table is judged by ({@link IkmTable#policy()}): each element's mean
 * (NRR), its conversion (NRR × 25) and weighted mean, the index, the IKM, the grades of the elements and of the unit,
 * and the sample.
 * <p>
 * A figure is right when it is the right one rounded half-up to the decimals it was printed with, whatever they are
 * (3,6207 and 3,62 are both right for 105 / 29). A wrong figure is a warning when it is within one unit of its last
 * printed digit and an error beyond; its finding names the mistake that gives it, where one does: truncation, another
 * weight (0,111 or 0,11 for 1/9), the means rounded or cut before they are weighted, the weighted means rounded before
 * they are added up ({@link IkmReadings}). A printed grade is judged against the grade of the right figure, and its
 * finding says when it is the grade of the wrong printed one.
 * <p>
 * A survey with fewer respondents than its population needs (Krejcie–Morgan) is a {@link Severity#WARNING}: its
 * figures may all follow from its answers, so it is not an error of the report's arithmetic, but the survey does not
 * meet the sample PermenPAN-RB 14/2017 asks for, so its index does not stand for the people the unit served, which is
 * more than a note about presentation. A printed sample size below Krejcie–Morgan's is an error; one above it (a row
 * of the table above the population, or a sample rounded up) asks for more than the method needs, and is a note.
 */
final class IkmChecker implements TableChecker {

    static final String TABLE = "Indeks Kepuasan Masyarakat";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        findings.eachRow(TABLE, Check.IKM, report.ikm(), IkmTable::unit, table -> new Survey(table, findings).check());
    }

    /** The audit of one survey's table. */
    private static final class Survey {

        private final IkmTable table;
        private final Ikm ikm;
        private final Findings findings;
        private final int unsurCount;
        private final String weight;
        private IkmReadings readings;

        Survey(IkmTable table, Findings findings) {
            this.table = table;
            this.ikm = table.ikm();
            this.findings = findings;
            this.unsurCount = ikm.unsur().size();
            this.weight = IkmReadings.shown(table.policy().weight(), unsurCount);
        }

        private IkmReadings readings() {
            if (readings == null) {
                readings = new IkmReadings(table);
            }
            return readings;
        }

        void check() {
            for (int i = 0; i < unsurCount; i++) {
                unsur(i);
            }
            boolean computable = ikm.isComputable();
            table.printedIndex().ifPresent(printed -> figure(Check.IKM, at(table.unit(), "Nilai Indeks"), printed,
                    computable ? () -> readings().index() : null, this::reason,
                    right -> "Σ NRR × " + weight + " = " + sumOfNrr() + " × " + weight + " = "
                            + shown(right, printed),
                    () -> readings().whyIndex(printed)));
            table.printedIkm().ifPresent(printed -> figure(Check.IKM, at(table.unit(), "IKM"), printed,
                    computable ? () -> readings().ikm() : null, this::reason,
                    right -> "Σ NRR × " + weight + " × 25 = " + sumOfNrr() + " × " + weight + " × 25 = "
                            + shown(right, printed), () -> readings().whyIkm(printed)));
            table.printedMutu().ifPresent(this::mutu);
            sample();
        }

        private String reason() {
            return "not computable: " + ikm.reason().orElseThrow();
        }

        private String sumOfNrr() {
            return IndonesianNumbers.format(readings().sumOfNrr().rounded(4, RoundingMode.HALF_UP));
        }

        private void unsur(int i) {
            Ikm.Unsur unsur = ikm.unsur().get(i);
            String label = "U" + unsur.number();
            String where = table.unit() + ": " + (unsur.name().equals(label) ? label : label + " " + unsur.name());
            boolean answered = unsur.isComputable();
            Supplier<String> none = () -> "not computable: unsur " + unsur.number() + " (" + unsur.name()
                    + ") has no answers";
            String quotient = IndonesianNumbers.format(unsur.total()) + " / "
                    + IndonesianNumbers.format(BigDecimal.valueOf(unsur.answers()));
            column(table.printedNrr(), i).ifPresent(printed -> figure(Check.IKM_UNSUR, at(where, "NRR"), printed,
                    answered ? () -> readings().nrr(i) : null, none,
                    right -> "NRR = " + quotient + " = " + shown(right, printed), Optional::empty));
            column(table.printedConverted(), i).ifPresent(printed -> figure(Check.IKM_UNSUR,
                    at(where, "Nilai Konversi"), printed, answered ? () -> readings().converted(i) : null, none,
                    right -> "NRR × 25 = " + quotient + " × 25 = " + shown(right, printed),
                    () -> readings().whyConverted(i, printed)));
            column(table.printedWeightedNrr(), i).ifPresent(printed -> figure(Check.IKM_UNSUR,
                    at(where, "NRR Tertimbang"), printed, answered ? () -> readings().weightedNrr(i) : null, none,
                    right -> "NRR × " + weight + " = " + quotient + " × " + weight + " = " + shown(right, printed),
                    () -> readings().whyWeightedNrr(i, printed)));
            table.printedUnsurMutu().map(grades -> grades.get(i)).ifPresent(printed -> {
                Location location = at(where, "Mutu Pelayanan");
                if (!answered) {
                    findings.add(new Finding(Severity.ERROR, Check.IKM_MUTU, location, printed.name(),
                            "not computable", none.get()));
                } else if (printed != unsur.mutu()) {
                    findings.add(new Finding(Severity.ERROR, Check.IKM_MUTU, location, printed.name(),
                            unsur.mutu().name(), "NRR " + IndonesianNumbers.format(unsur.nrr(), 4,
                                    RoundingMode.HALF_UP) + " × 25 = " + IndonesianNumbers.format(unsur.converted(), 2,
                                    RoundingMode.HALF_UP) + " is " + unsur.mutu() + " under " + regulation()
                                    + "; " + unsurGradeSlip(i, printed, unsur)));
                }
            });
        }

        private static Optional<BigDecimal> column(Optional<List<BigDecimal>> figures, int i) {
            return figures.map(column -> column.get(i));
        }

        /** Why a printed grade of an element is what it is. */
        private String unsurGradeSlip(int i, Mutu printed, Ikm.Unsur unsur) {
            Mutu.Scale scale = table.scale();
            Optional<BigDecimal> converted = column(table.printedConverted(), i);
            if (converted.isPresent() && scale.of(converted.get()) == printed) {
                return "the printed mutu is the grade of the printed nilai konversi "
                        + IndonesianNumbers.format(converted.get());
            }
            Optional<BigDecimal> nrr = column(table.printedNrr(), i);
            if (nrr.isPresent() && scale.ofNrr(nrr.get()) == printed) {
                return "the printed mutu is the grade of the printed NRR " + IndonesianNumbers.format(nrr.get());
            }
            return otherScale(scale, other -> other.of(unsur.converted()), printed);
        }

        private void mutu(Mutu printed) {
            Location location = at(table.unit(), "Mutu Pelayanan");
            if (!ikm.isComputable()) {
                findings.add(new Finding(Severity.ERROR, Check.IKM_MUTU, location, printed.name(), "not computable",
                        reason()));
                return;
            }
            Mutu right = ikm.mutu();
            if (printed == right) {
                return;
            }
            String slip;
            Optional<BigDecimal> printedIkm = table.printedIkm();
            if (printedIkm.isPresent() && table.scale().of(printedIkm.get()) == printed) {
                slip = "the printed mutu is the grade of the printed IKM "
                        + IndonesianNumbers.format(printedIkm.get()) + ", which is not the right one";
            } else {
                slip = otherScale(table.scale(), other -> other.of(ikm.value()), printed);
            }
            findings.add(new Finding(Severity.ERROR, Check.IKM_MUTU, location, printed.name(), right.name(),
                    "IKM " + IndonesianNumbers.format(ikm.rounded()) + " is " + right + " under " + regulation()
                            + "; " + slip));
        }

        /** Names another regulation's table that gives the printed grade, if one does. */
        private static String otherScale(Mutu.Scale scale, Function<Mutu.Scale, Mutu> grade, Mutu printed) {
            for (Mutu.Scale other : Mutu.Scale.values()) {
                if (other != scale && grade.apply(other) == printed) {
                    return "the printed mutu is the grade under " + other.regulation() + " instead of "
                            + scale.regulation();
                }
            }
            return "the printed mutu does not follow from the data";
        }

        private String regulation() {
            return table.scale().regulation();
        }

        /** The sample: the respondents against the population's need, and a printed sample size. */
        private void sample() {
            int respondents = table.respondents();
            if (table.population().isPresent()) {
                SampleSize size = SampleSize.of(table.population().getAsLong());
                SampleSize.Assessment assessment = size.assess(respondents);
                if (!assessment.isSufficient()) {
                    findings.add(new Finding(Severity.WARNING, Check.IKM_SAMPLE, at(table.unit(), "Jumlah Responden"),
                            format(respondents), "at least " + format(size.required()), assessment.explain()
                                    + "; the survey is smaller than PermenPAN-RB 14/2017 asks for its population"));
                }
                table.printedSampleSize().ifPresent(printed -> {
                    if (printed != size.required()) {
                        boolean more = printed > size.required();
                        findings.add(new Finding(more ? Severity.NOTE : Severity.ERROR, Check.IKM_SAMPLE,
                                at(table.unit(), "Jumlah Sampel"), format(printed), format(size.required()),
                                size.explain() + (more ? "; the printed sample asks for more respondents than the"
                                        + " method needs (a row of the table above the population, or rounded up)"
                                        : "; the printed sample is smaller than the method needs")));
                    }
                });
            } else {
                table.printedSampleSize().ifPresent(printed -> {
                    if (respondents < printed) {
                        findings.add(new Finding(Severity.WARNING, Check.IKM_SAMPLE,
                                at(table.unit(), "Jumlah Responden"), format(respondents),
                                "at least " + format(printed),
                                format(respondents) + " respondents where the report's own sample size is "
                                        + format(printed) + "; the survey is smaller than it says it needs"));
                    }
                });
            }
        }

        private static String format(int number) {
            return IndonesianNumbers.format(BigDecimal.valueOf(number));
        }

        private static Location at(String row, String column) {
            return new Location(TABLE, row, column);
        }

        /** A figure of the working, to two decimals more than the printed one, at least four and at most 100. */
        private static String shown(IkmReadings.Fraction value, BigDecimal printed) {
            return IndonesianNumbers.format(value.rounded(Math.min(100, Math.max(4, Math.max(printed.scale(), 0) + 2)),
                    RoundingMode.HALF_UP));
        }

        /**
         * Judges a printed figure at its printed decimals against the right value, exactly (null if the figure is not
         * computable), and adds a finding if it is not right: a warning if it is the right value rounded the other
         * way at its decimals (down where half-up rounds up, or up where it rounds down), an error otherwise.
         */
        private void figure(Check check, Location location, BigDecimal printed, Supplier<IkmReadings.Fraction> right,
                Supplier<String> notComputable, Function<IkmReadings.Fraction, String> working,
                Supplier<Optional<String>> mistake) {
            String shown = IndonesianNumbers.format(printed);
            if (right == null) {
                findings.add(new Finding(Severity.ERROR, check, location, shown, "not computable",
                        notComputable.get()));
                return;
            }
            IkmReadings.Fraction exact = right.get();
            int decimals = Math.max(printed.scale(), 0);
            BigDecimal atPrinted = exact.rounded(decimals, RoundingMode.HALF_UP);
            if (atPrinted.compareTo(printed) == 0) {
                return;
            }
            boolean truncated = exact.rounded(decimals, RoundingMode.DOWN).compareTo(printed) == 0;
            boolean slip = truncated || exact.rounded(decimals, RoundingMode.UP).compareTo(printed) == 0;
            String why;
            if (truncated) {
                why = "printed truncated instead of rounded half-up";
            } else {
                why = mistake.get().orElse(slip ? "printed rounded the wrong way in its last digit"
                        : "the printed figure does not follow from the data");
            }
            findings.add(new Finding(slip ? Severity.WARNING : Severity.ERROR, check, location, shown,
                    IndonesianNumbers.format(atPrinted), working.apply(exact) + "; " + why));
        }
    }
}
