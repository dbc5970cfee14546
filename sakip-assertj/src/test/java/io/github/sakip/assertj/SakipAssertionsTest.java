package io.github.sakip.assertj;

import static io.github.sakip.assertj.SakipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.EfficiencyMeasures;
import io.github.sakip.Figure;
import io.github.sakip.Indicator;
import io.github.sakip.Permendagri86;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Severity;
import io.github.sakip.format.Languages;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SakipAssertionsTest {

    /** The assertions in English: the messages these tests pinned before messages were in Bahasa Indonesia. */
    private static final SakipAssertions.InLanguage EN = SakipAssertions.inLanguage(Locale.ENGLISH);
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH);

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    private static PerformanceReport report(String printed) {
        return PerformanceReport.of("Dinas Contoh", 2024).withPerformance(List.of(PerformanceRow.of("1", "s", TPAK,
                Target.of(new BigDecimal("70.20")), Realization.of(new BigDecimal("68.12")))
                .withPrintedCapaian(new BigDecimal(printed))));
    }

    @Test
    void passingAssertions() {
        EN.assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12")))
                .isComputable().hasRounded("97.04").hasPercent("97.03703703703703703703703703703704")
                .isCategorized(Category.SANGAT_TINGGI)
                .isCategorized(Category.SANGAT_TINGGI, Permendagri86.SCALE_WHOLE_PERCENT)
                .explainsAs("68,12 / 70,20 × 100% = 97,04%");
        EN.assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE)).isNotComputableBecause("target is 0");
        EN.assertThat(Audit.of(report("97.04"), ENGLISH)).hasNoErrors().hasNoFindings();
        EN.assertThat(Audit.of(report("97.03"), ENGLISH)).hasNoErrors()
                .hasFinding(Severity.WARNING, Check.CAPAIAN, "TPAK");
    }

    @Test
    void quantitiesAreAssertedInTheirUnit() {
        Quantity e = Pmk214.efficiencyFigure(List.of(new Pmk214.Output(new BigDecimal("1000"), new BigDecimal("950"),
                new BigDecimal("100"))));
        EN.assertThat(e).isComputable().hasRounded("5").hasValue("5.00").hasUnit(Figure.Unit.PERCENT)
                .explainsAs("(1.000 − 950) / 1.000 × 100% = 5,00%");
        Quantity index = EfficiencyMeasures.efficiencyIndex(new BigDecimal("97.04"), new BigDecimal("94.27"));
        EN.assertThat(index).hasUnit(Figure.Unit.NUMBER).hasRounded("1.03");
        EN.assertThat(EfficiencyMeasures.efficiencyIndex(BigDecimal.ONE, BigDecimal.ZERO))
                .isNotComputableBecause("absorption is 0");
        assertThatThrownBy(() -> EN.assertThat(index).hasRounded("1.02")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the figure to be 1.02 but it was 1.03 (97,04% / 94,27% = 1,03)");
        assertThatThrownBy(() -> EN.assertThat(index).hasUnit(Figure.Unit.PERCENT)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a figure in PERCENT but it was in NUMBER (97,04% / 94,27% = 1,03)");
        assertThatThrownBy(() -> EN.assertThat(e).hasValue("5.1")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the exact figure to be 5.1% but it was 5% ((1.000 − 950) / 1.000 × 100% ="
                        + " 5,00%)");
        assertThatThrownBy(() -> EN.assertThat(Quantity.notComputable(Figure.Unit.NUMBER, "no base")).hasRounded("1"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected a computable figure but it was not computable: no base");
        assertThatThrownBy(() -> EN.assertThat(index).isNotComputableBecause("x")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a not-computable figure but it was 97,04% / 94,27% = 1,03");
        assertThatThrownBy(() -> EN.assertThat(index).explainsAs("x")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the working <x> but it was <97,04% / 94,27% = 1,03>");
    }

    @Test
    void failuresShowTheWorking() {
        assertThatThrownBy(() -> EN.assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"),
                new BigDecimal("68.12"))).hasRounded("97.03"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the achievement to be 97.03% but it was 97.04% (68,12 / 70,20 × 100% = 97,04%)");
        assertThatThrownBy(() -> EN.assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"),
                new BigDecimal("68.12"))).hasPercent("97.04"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the exact achievement to be 97.04% but it was"
                        + " 97.03703703703703703703703703703704% (68,12 / 70,20 × 100% = 97,04%)");
        assertThatThrownBy(() -> EN.assertThat(BudgetLine.absorptionOf(new BigDecimal("1000"), new BigDecimal("900")))
                .as("absorption of 2.07.01").hasRounded("90.01"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("[absorption of 2.07.01] Expected the achievement to be 90.01% but it was 90.00%"
                        + " (900 / 1.000 × 100% = 90,00%)");
        assertThatThrownBy(() -> EN.assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"),
                new BigDecimal("68.12"))).isCategorized(Category.TINGGI))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected 68,12 / 70,20 × 100% = 97,04% under Permendagri 86/2017 to be Tinggi but it was"
                        + " Sangat Tinggi");
        assertThatThrownBy(() -> EN.assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE))
                .hasRounded("0")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a computable achievement but it was not computable: target is 0: division by"
                        + " zero");
        assertThatThrownBy(() -> EN.assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ONE, BigDecimal.ONE))
                .isNotComputableBecause("x")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a not-computable achievement but it was 1 / 1 × 100% = 100,00%");
        assertThatThrownBy(() -> EN.assertThat(Audit.of(report("99.00"), ENGLISH)).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected no wrong figure in LKjIP Dinas Contoh 2024")
                .hasMessageContaining("but found 1 wrong figure:")
                .hasMessageContaining("ERROR Perjanjian Kinerja, row 1 TPAK, column Capaian: printed 99,00, should be"
                        + " 97,04");
        assertThatThrownBy(() -> EN.assertThat(Audit.of(report("97.03"), ENGLISH)).hasNoFindings())
                .isInstanceOf(AssertionError.class).hasMessageContaining("WARNING");
        assertThatThrownBy(() -> EN.assertThat(Audit.of(report("97.04"), ENGLISH)).hasFinding(Severity.ERROR,
                Check.CAPAIAN, "TPAK")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected an error finding of CAPAIAN in a row containing <TPAK> but there was no finding");
        assertThatThrownBy(() -> EN.assertThat(Audit.of(report("97.03"), ENGLISH)).hasFinding(Severity.NOTE,
                Check.CAPAIAN, "TPAK")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected a note finding of CAPAIAN in a row containing <TPAK> but the"
                        + " findings were:")
                .hasMessageContaining("  WARNING Perjanjian Kinerja, row 1 TPAK, column Capaian: printed 97,03");
        assertThatThrownBy(() -> EN.assertThat(Audit.of(report("97.03"), ENGLISH)).hasNoFindings())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected no finding in LKjIP Dinas Contoh 2024 but found 1 finding:");
    }

    @Test
    void theMessagesAreInBahasaIndonesiaByDefault() {
        Achievement tpak = Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12"));
        assertThat(tpak).hasRounded("97.04").explainsAs("68,12 / 70,20 × 100% = 97,04%");
        assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE)).isNotComputableBecause("target 0");
        assertThatThrownBy(() -> assertThat(tpak).hasRounded("97.03")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan capaian sebesar 97.03%, tetapi hasilnya 97.04% (68,12 / 70,20 × 100% = 97,04%)");
        assertThatThrownBy(() -> assertThat(tpak).hasPercent("97.04")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan capaian persisnya sebesar 97.04%, tetapi hasilnya"
                        + " 97.03703703703703703703703703703704% (68,12 / 70,20 × 100% = 97,04%)");
        assertThatThrownBy(() -> assertThat(tpak).isCategorized(Category.TINGGI)).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan 68,12 / 70,20 × 100% = 97,04% menurut Permendagri 86/2017 berkategori Tinggi,"
                        + " tetapi kategorinya Sangat Tinggi");
        assertThatThrownBy(() -> assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE))
                .hasRounded("0")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan capaian yang dapat dihitung, tetapi hasilnya tidak dapat dihitung: target 0:"
                        + " pembagian dengan nol");
        assertThatThrownBy(() -> assertThat(tpak).isNotComputableBecause("x")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan capaian yang tidak dapat dihitung, tetapi hasilnya 68,12 / 70,20 × 100% ="
                        + " 97,04%");
        // The reason is compared in the assertion's language.
        assertThatThrownBy(() -> assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE))
                .isNotComputableBecause("target is 0")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan alasannya memuat <target is 0>, tetapi alasannya <target 0: pembagian dengan"
                        + " nol>");
        Quantity index = EfficiencyMeasures.efficiencyIndex(new BigDecimal("97.04"), new BigDecimal("94.27"));
        assertThatThrownBy(() -> assertThat(index).hasValue("1")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Diharapkan angka persisnya sebesar 1, tetapi hasilnya 1.0293");
        assertThatThrownBy(() -> assertThat(index).hasRounded("1")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan angka sebesar 1, tetapi hasilnya 1.03 (97,04% / 94,27% = 1,03)");
        assertThatThrownBy(() -> assertThat(index).hasUnit(Figure.Unit.PERCENT)).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan angka dalam PERCENT, tetapi dalam NUMBER (97,04% / 94,27% = 1,03)");
        assertThatThrownBy(() -> assertThat(index).explainsAs("x")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan perhitungan <x>, tetapi perhitungannya <97,04% / 94,27% = 1,03>");
        // A lone "99.00" keeps its column at two decimals (a lone "99" would make it whole percents).
        assertThatThrownBy(() -> assertThat(Audit.of(report("99.00"))).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan tidak ada angka yang salah dalam LKjIP Dinas Contoh 2024, tetapi ditemukan 1"
                        + " angka yang salah:" + System.lineSeparator() + "  KESALAHAN Perjanjian Kinerja, baris 1"
                        + " TPAK, kolom Capaian: tercetak 99,00, seharusnya 97,04 (68,12 / 70,20 × 100% = 97,04%; tidak"
                        + " ada kesalahan umum yang menghasilkan angka ini)");
        assertThatThrownBy(() -> assertThat(Audit.of(report("97.03"))).hasNoFindings())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Diharapkan tidak ada temuan dalam LKjIP Dinas Contoh 2024, tetapi ditemukan"
                        + " 1 temuan:" + System.lineSeparator() + "  PERINGATAN Perjanjian Kinerja");
        assertThatThrownBy(() -> assertThat(Audit.of(report("97.04"))).hasFinding(Severity.ERROR, Check.CAPAIAN,
                "TPAK")).isInstanceOf(AssertionError.class)
                .hasMessage("Diharapkan temuan KESALAHAN dari pemeriksaan CAPAIAN pada baris yang memuat <TPAK>,"
                        + " tetapi tidak ada temuan");
        assertThatThrownBy(() -> assertThat(Audit.of(report("97.03"))).hasFinding(Severity.NOTE, Check.CAPAIAN,
                "TPAK")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Diharapkan temuan CATATAN dari pemeriksaan CAPAIAN pada baris yang memuat"
                        + " <TPAK>, tetapi temuannya:");
        org.assertj.core.api.Assertions.assertThat(SakipAssertions.inLanguage(Locale.forLanguageTag("id")).language())
                .isEqualTo(Languages.INDONESIAN);
    }

    @Test
    void theLanguageIsChosenNotTakenFromTheJvm() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThatThrownBy(() -> assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE))
                    .isComputable()).hasMessageStartingWith("Diharapkan capaian yang dapat dihitung");
            Locale.setDefault(Locale.forLanguageTag("id-ID"));
            assertThatThrownBy(() -> EN.assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE))
                    .isComputable()).hasMessageStartingWith("Expected a computable achievement");
        } finally {
            Locale.setDefault(before);
        }
        org.assertj.core.api.Assertions.assertThat(SakipAssertions.inLanguage(Locale.UK).language())
                .isEqualTo(Languages.ENGLISH);
        assertThatThrownBy(() -> SakipAssertions.inLanguage(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language 'de' is not supported; supported are id (Bahasa Indonesia) and en (English)");
        assertThatThrownBy(() -> SakipAssertions.inLanguage(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language must not be null");
    }

    @Test
    void aMessageWithAPercentSignIsNotReadAsAFormat() {
        Achievement given = Achievement.of(new BigDecimal("10"), "100%d of %s");
        assertThatThrownBy(() -> EN.assertThat(given).explainsAs("x")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the working <x> but it was <100%d of %s>");
    }
}
