package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ministry's budget (sheet Anggaran KL) and its budget performance value (sheet Nilai Kinerja Anggaran) made by
 * hand with Apache POI, with deliberate errors: the audit finds exactly those. The kegiatan 3165 has one KRO with
 * two RO: 600.000.000 and 400.000.000 of pagu, 540.000.000 and 360.000.000 realised (90,00 % each), outputs 9 of
 * 10 and 4 of 4; the value of 2024 from absorption 90,00, consistency 95,00, output achievement 95,00 and E
 * 4,26. And a cell that cannot be read: one error naming the sheet, the cell and the value.
 */
class CentralBudgetWorkbookTest {

    @TempDir
    Path dir;

    private static final Object[] HEADER = {"Kode", "Uraian", "Anggaran", "Realisasi", "Target Keluaran",
        "Realisasi Keluaran", "Penyerapan (dicetak)", "Capaian Keluaran (dicetak)"};

    /** The workbook; {@code target2} is the second RO's output target as typed. */
    private Path workbook(Object target2) throws IOException {
        Path file = dir.resolve("kl.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.sheet(wb, "Laporan", List.of(new Object[] {"Instansi", "Tahun", "Jumlah Anggaran K/L (dicetak)",
                "Jumlah Realisasi K/L (dicetak)"},
                    new Object[] {"Direktorat Contoh", 2024, "1.000.000.000", "900.000.000"}));
            Workbooks.sheet(wb, "Anggaran KL", List.of(HEADER,
                    // the kegiatan's pagu printed 1.100.000.000 instead of the sum 1.000.000.000: an ERROR; its
                    // absorption follows from what the line printed, 900.000.000 / 1.100.000.000 = 81,82 %
                    new Object[] {"3165", "Kegiatan Pembinaan", "1.100.000.000", "900.000.000", null, null, "81,82"},
                    new Object[] {"3165.QAH", "Pelayanan Publik", "1.000.000.000", "900.000.000", null, null,
                        "90,00"},
                    new Object[] {"3165.QAH.001", "Layanan Perizinan", "600.000.000", "540.000.000", 10, 9, "90,00",
                        "90,00"},
                    // 360.000.000 / 400.000.000 = 90,00 %, printed 91,00: an ERROR
                    new Object[] {"3165.QAH.002", "Layanan Pengaduan", "400.000.000", "360.000.000", target2, 4,
                        "91,00", "100,00"}));
            // E 4,26 as the RO give it; NE = 50 + 4,26 / 20 × 50 = 60,65; the value 0,097 × 90 + 0,182 × 95
            // + 0,435 × 95 + 0,286 × 60,65 = 84,69, printed 80,00: an ERROR
            Workbooks.sheet(wb, "Nilai Kinerja Anggaran", List.of(new Object[] {"Tahun", "Penyerapan Anggaran",
                "Konsistensi", "Capaian Keluaran", "Efisiensi", "Nilai Efisiensi (dicetak)",
                "Nilai Kinerja Anggaran (dicetak)"},
                    new Object[] {2024, "90,00", "95,00", "95,00", "4,26", null, "80,00"}));
            wb.write(out);
        }
        return file;
    }

    @Test
    void findsExactlyTheDeliberateErrorsOfTheBudget() throws IOException {
        List<String> found = Workbooks.findings(dir, true, workbook(4).toString());
        assertThat(found).containsExactlyInAnyOrder(
                "ERROR | PARENT_TOTAL | Realisasi Anggaran K/L | 3165 | Anggaran | 1.100.000.000 | 1.000.000.000",
                "ERROR | ABSORPTION | Realisasi Anggaran K/L | 3165.QAH.002 Layanan Pengaduan | Penyerapan | 91,00"
                        + " | 90,00",
                "ERROR | BUDGET_PERFORMANCE_VALUE | Nilai Kinerja Anggaran | 2024 | Nilai Kinerja Anggaran | 80,00"
                        + " | 84,69");
    }

    @Test
    void theTemplateFilledWithTheBudgetIsAuditedAsTheWorkbookItself() throws IOException {
        Path made = workbook(4);
        List<String> expected = Workbooks.findings(dir, true, made.toString());
        Path xlsx = dir.resolve("kembali.xlsx");
        Path csv = dir.resolve("kembali-csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "template", "--from", made.toString(), xlsx.toString())).isEqualTo(Sakip.OK);
        assertThat(Workbooks.run(err, "template", "--from", made.toString(), csv.toString())).isEqualTo(Sakip.OK);
        assertThat(csv.resolve("anggaran-kl.csv")).exists();
        assertThat(Workbooks.findings(dir, true, xlsx.toString())).isEqualTo(expected);
        assertThat(Workbooks.findings(dir, true, csv.toString())).isEqualTo(expected);
    }

    @Test
    void anOutputWithoutItsTargetIsOneErrorNamingTheCell() throws IOException {
        Path file = workbook(null);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "audit", file.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file + ", lembar \"Anggaran KL\","
                + " sel E5 (Target Keluaran): keluaran punya target dan realisasi: isi Target Keluaran dan Realisasi"
                + " Keluaran keduanya, atau tidak sama sekali\n");
    }
}
