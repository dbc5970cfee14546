package io.github.sakip.examples;

import static io.github.sakip.audit.Check.IKM;
import static io.github.sakip.audit.Check.IKM_UNSUR;
import static io.github.sakip.audit.Severity.ERROR;
import static io.github.sakip.audit.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.json.SakipModule;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.report.PerformanceReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published community satisfaction surveys as report documents ({@link PublishedSurveys} and the JSON files in
 * {@code src/main/resources/ikm/}): the files read back as the documents and write back byte for byte, and their
 * audits give every finding a reading of the sources by hand gives, and no other.
 * <p>
 * To write the files again after a change of the documents or the format, run this test with
 * {@code -Dsakip.regenerate=true}.
 */
class PublishedSurveysTest {

    private static final Map<String, Supplier<PerformanceReport>> DOCUMENTS = Map.of(
            "tubaba-disdukcapil-2023", PublishedSurveys::tubaba, "gaspul-triwulan-iii", PublishedSurveys::gaspul,
            "lab-worksheet", PublishedSurveys::lab, "mijen-anc", PublishedSurveys::mijen);

    private static final String TABLE = "Indeks Kepuasan Masyarakat";

    private static Path file(String name) {
        return Paths.get("src", "main", "resources", "ikm", name + ".json");
    }

    private static String write(ObjectMapper mapper, PerformanceReport report) throws Exception {
        ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n")));
        return writer.writeValueAsString(report) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"tubaba-disdukcapil-2023", "gaspul-triwulan-iii", "lab-worksheet", "mijen-anc"})
    void eachFileIsItsDocumentAndWritesBackUnchanged(String name) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
        PerformanceReport document = DOCUMENTS.get(name).get();
        if (Boolean.getBoolean("sakip.regenerate")) {
            Files.writeString(file(name), write(mapper, document), StandardCharsets.UTF_8);
        }
        String file = Files.readString(file(name), StandardCharsets.UTF_8);
        PerformanceReport read = mapper.readValue(file, PerformanceReport.class);
        assertThat(read).isEqualTo(document);
        assertThat(write(mapper, read)).isEqualTo(file);
        // The copy both JSON bindings are tested against; after -Dsakip.regenerate=true, copy the file there too.
        assertThat(Files.readAllBytes(file(name))).isEqualTo(Golden.documentBytes("ikm/" + name + ".json"));
    }

    @Test
    void tubabaPrintsEveryFigureRightAtTheDecimalsItPrints() {
        // One respondent of all 4s, weight 0,111 as stated: NRR 4, weighted 0,444 printed 0,44, index 3,996 printed
        // 4, IKM 99,90 printed 100, Sangat Baik. The page prints no population, so its sample cannot be judged.
        assertThat(Audit.of(PublishedSurveys.tubaba()).findings()).isEmpty();
    }

    @Test
    void gaspulComputesItsWeightedTableWithTheWeight011WhilePrinting01111() {
        String weighted = "Triwulan III, tabel NRR tertimbang";
        List<Finding> findings = Audit.of(PublishedSurveys.gaspul()).findings();
        assertThat(findings)
                .extracting(Finding::severity, Finding::check, f -> f.location().row(), f -> f.location().column(),
                        Finding::printed, Finding::expected)
                .containsExactly(
                        // 105 / 29 × 0,11 = 0,3983; × 1/9 = 0,4023. And so for every unsur.
                        tuple(ERROR, IKM_UNSUR, weighted + ": U1 Persyaratan", "NRR Tertimbang", "0,3983", "0,4023"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U2 Prosedur", "NRR Tertimbang", "0,3831", "0,3870"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U3 Waktu", "NRR Tertimbang", "0,3793", "0,3831"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U4 Biaya/Tarif", "NRR Tertimbang", "0,4400", "0,4444"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U5 Produk", "NRR Tertimbang", "0,3869", "0,3908"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U6 Kompetensi", "NRR Tertimbang", "0,3983", "0,4023"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U7 Perilaku", "NRR Tertimbang", "0,4021", "0,4061"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U8 Sarana", "NRR Tertimbang", "0,3983", "0,4023"),
                        tuple(ERROR, IKM_UNSUR, weighted + ": U9 Pengaduan", "NRR Tertimbang", "0,4362", "0,4406"),
                        // 955 / 29 × 0,11 = 3,6224 and × 25 = 90,56; with 1/9, 3,6590 and 91,48.
                        tuple(ERROR, IKM, weighted, "Nilai Indeks", "3,6224", "3,6590"),
                        tuple(ERROR, IKM, weighted, "IKM", "90,56", "91,48"));
        assertThat(findings).allSatisfy(f -> assertThat(f.working())
                .endsWith("; the printed figure is computed with the weight 0,11 instead of 1/9"));
        assertThat(findings.get(10)).hasToString("ERROR " + TABLE + ", row " + weighted + ", column IKM: printed"
                + " 90,56, should be 91,48 (Σ NRR × 1/9 × 25 = 32,9310 × 1/9 × 25 = 91,4751; the printed figure is"
                + " computed with the weight 0,11 instead of 1/9)");
        // The plain formula of the same document, its NRRs to four decimals and the grade A are right.
        assertThat(findings).noneMatch(f -> f.location().row().startsWith("Triwulan III, rumus sederhana"));
    }

    @Test
    void theLaboratoryWeighsItsThreeUnsurOfKehandalanBy033For1Over3() {
        String kehandalan = "Kehandalan Pelayanan (Reliability)";
        List<Finding> findings = Audit.of(PublishedSurveys.lab()).findings();
        assertThat(findings)
                .extracting(Finding::severity, Finding::check, f -> f.location().row(), f -> f.location().column(),
                        Finding::printed, Finding::expected)
                .containsExactly(
                        // 3,70 × 0,33 = 1,221; 3,70 / 3 = 1,2333.
                        tuple(ERROR, IKM_UNSUR, kehandalan + ": U1", "NRR Tertimbang", "1,22", "1,23"),
                        // 3,80 × 0,33 = 1,254; 3,80 / 3 = 1,2667.
                        tuple(ERROR, IKM_UNSUR, kehandalan + ": U2", "NRR Tertimbang", "1,25", "1,27"),
                        // 3,00 × 0,33 = 0,99; 3,00 / 3 = 1.
                        tuple(ERROR, IKM_UNSUR, kehandalan + ": U3", "NRR Tertimbang", "0,99", "1,00"),
                        // 10,50 × 0,33 = 3,465 and × 25 = 86,625; with 1/3, 3,50 and 87,50 (still Baik).
                        tuple(ERROR, IKM, kehandalan, "Nilai Indeks", "3,47", "3,50"),
                        tuple(ERROR, IKM, kehandalan, "IKM", "86,63", "87,50"));
        assertThat(findings).allSatisfy(f -> assertThat(f.working())
                .endsWith("; the printed figure is computed with the weight 0,33 the report states instead of 1/3"));
    }

    @Test
    void mijenCutsItsMeansAndPrintsAnIndexThatFollowsFromNoWeight() {
        String anc = "Pelayanan ANC";
        List<Finding> findings = Audit.of(PublishedSurveys.mijen()).findings();
        assertThat(findings)
                .extracting(Finding::severity, Finding::check, f -> f.location().row(), f -> f.location().column(),
                        Finding::printed, Finding::expected)
                .containsExactly(
                        // 89 / 30 = 2,9667 and × 25 = 74,1667, cut to 2,96 and 74,16 (U1, U8, U10, U14).
                        tuple(WARNING, IKM_UNSUR, anc + ": U1 Prosedur pelayanan", "NRR", "2,96", "2,97"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U1 Prosedur pelayanan", "Nilai Konversi", "74,16", "74,17"),
                        // 83 / 30 = 2,7667.
                        tuple(WARNING, IKM_UNSUR, anc + ": U3 Kejelasan petugas pelayanan", "NRR", "2,76", "2,77"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U3 Kejelasan petugas pelayanan", "Nilai Konversi", "69,16",
                                "69,17"),
                        // 86 / 30 = 2,8667.
                        tuple(WARNING, IKM_UNSUR, anc + ": U7 Kecepatan pelayanan", "NRR", "2,86", "2,87"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U7 Kecepatan pelayanan", "Nilai Konversi", "71,66",
                                "71,67"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U8 Keadilan mendapatkan pelayanan", "NRR", "2,96", "2,97"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U8 Keadilan mendapatkan pelayanan", "Nilai Konversi",
                                "74,16", "74,17"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U10 Kewajaran biaya pelayanan", "NRR", "2,96", "2,97"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U10 Kewajaran biaya pelayanan", "Nilai Konversi", "74,16",
                                "74,17"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U14 Keamanan pelayanan", "NRR", "2,96", "2,97"),
                        tuple(WARNING, IKM_UNSUR, anc + ": U14 Keamanan pelayanan", "Nilai Konversi", "74,16",
                                "74,17"),
                        // Σ NRR = 1.234 / 30 = 41,1333; × 0,071 = 2,9205 as stated; 1/14 gives 2,9381, 0,07 2,8793,
                        // and the NRRs rounded or cut first give none of 2,96 either (cut to two decimals, Σ 41,08:
                        // 2,9167 with 0,071). 2,96 is the first unsur's NRR, cut.
                        tuple(ERROR, IKM, anc, "Nilai Indeks", "2,96", "2,92"));
        assertThat(findings.subList(0, 12)).allSatisfy(f -> assertThat(f.working())
                .endsWith("; printed truncated instead of rounded half-up"));
        assertThat(findings.get(12).working()).isEqualTo("Σ NRR × 0,071 = 41,1333 × 0,071 = 2,9205; the printed"
                + " figure does not follow from the data");
    }
}
