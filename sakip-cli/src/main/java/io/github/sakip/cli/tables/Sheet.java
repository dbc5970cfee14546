package io.github.sakip.cli.tables;

import static io.github.sakip.cli.tables.Column.optional;
import static io.github.sakip.cli.tables.Column.required;

import io.github.sakip.cli.tables.Column.Kind;
import java.util.List;
import java.util.Optional;

/**
 * The sheets of the template, one per table of a report, in the order of the workbook; the same tables as CSV
 * files, one file per table. The single definition that reading, writing the template and the documentation
 * follow ({@code docs/spreadsheets.md}, which a test holds to it).
 */
enum Sheet {

    /** The report itself: one row. */
    LAPORAN("Laporan", "Laporan kinerja (LKjIP): satu baris.",
            required("Instansi", Kind.TEXT, "Nama instansi (perangkat daerah), seperti tercetak di laporan."),
            required("Tahun", Kind.YEAR, "Tahun yang dilaporkan."),
            optional("Jumlah Anggaran (dicetak)", Kind.AMOUNT, "Jumlah anggaran yang tercetak di tabel anggaran."),
            optional("Jumlah Realisasi (dicetak)", Kind.AMOUNT,
                    "Jumlah realisasi anggaran yang tercetak di tabel anggaran."),
            optional("Jumlah Anggaran K/L (dicetak)", Kind.AMOUNT,
                    "Jumlah pagu yang tercetak di tabel anggaran kementerian/lembaga (lembar Anggaran KL)."),
            optional("Jumlah Realisasi K/L (dicetak)", Kind.AMOUNT,
                    "Jumlah realisasi yang tercetak di tabel anggaran kementerian/lembaga.")),

    /** The Perjanjian Kinerja (or IKU) table. */
    PERJANJIAN_KINERJA("Perjanjian Kinerja", "Perjanjian Kinerja: satu baris per indikator.",
            required("No", Kind.TEXT, "Nomor baris seperti tercetak."),
            required("Sasaran", Kind.TEXT, "Sasaran yang diukur indikator."),
            required("Indikator", Kind.TEXT, "Nama indikator kinerja."),
            required("Satuan", Kind.TEXT, "Satuan indikator (Persen, Indeks, Dokumen, ...)."),
            required("Polaritas", Kind.POLARITY, "positif (makin tinggi makin baik) atau negatif."),
            required("Akumulasi", Kind.ACCUMULATION,
                    "kumulatif (realisasi dijumlah) atau non-kumulatif (nilai terakhir)."),
            required("Target", Kind.NUMBER, "Target; batas bawah bila target berupa rentang."),
            optional("Target Batas Atas", Kind.NUMBER, "Batas atas, hanya bila target berupa rentang."),
            required("Realisasi", Kind.REALIZATION,
                    "Realisasi; bila tidak ada nilainya, tulis alasannya (indikator baru)."),
            optional("Capaian (dicetak)", Kind.PERCENT, "Capaian (%) yang tercetak."),
            optional("Kategori (dicetak)", Kind.CATEGORY, "Kategori yang tercetak (Sangat Tinggi, ...).")),

    /** The budget table: programs, kegiatan, sub kegiatan. */
    ANGGARAN("Anggaran", "Capaian anggaran: satu baris per program, kegiatan dan sub kegiatan.",
            required("Kode", Kind.CODE, "Kode rekening sebagai teks (2.07.01.2.01.0002); kosong bila tanpa kode."),
            required("Uraian", Kind.TEXT, "Nama program, kegiatan atau sub kegiatan."),
            required("Anggaran", Kind.AMOUNT, "Pagu anggaran (Rp) seperti tercetak."),
            required("Realisasi", Kind.AMOUNT, "Realisasi anggaran (Rp) seperti tercetak."),
            optional("Persentase (dicetak)", Kind.PERCENT, "Persentase realisasi yang tercetak.")),

    /** The Renstra indicators: one row per indicator. */
    RENSTRA("Renstra", "Rencana Strategis: satu baris per indikator; target dan realisasi per tahun di lembar "
            + "Renstra Tahunan.",
            required("Indikator", Kind.TEXT, "Nama indikator; sama persis dengan di lembar Renstra Tahunan."),
            required("Satuan", Kind.TEXT, "Satuan indikator."),
            required("Polaritas", Kind.POLARITY, "positif atau negatif."),
            required("Akumulasi", Kind.ACCUMULATION, "kumulatif atau non-kumulatif."),
            required("Tahun Awal", Kind.YEAR, "Tahun pertama periode Renstra."),
            required("Tahun Akhir", Kind.YEAR, "Tahun terakhir periode Renstra."),
            optional("Tahun Dasar", Kind.YEAR, "Tahun kondisi awal (baseline), bila ada."),
            optional("Nilai Dasar", Kind.NUMBER, "Nilai kondisi awal (baseline), bila ada."),
            optional("Target Akhir (dicetak)", Kind.PRINTED_NUMBER, "Target akhir Renstra yang tercetak."),
            optional("Kemajuan (dicetak)", Kind.PERCENT, "Tingkat kemajuan (%) yang tercetak.")),

    /** The Renstra's targets and realisations by year. */
    RENSTRA_TAHUNAN("Renstra Tahunan", "Target dan realisasi Renstra: satu baris per indikator dan tahun.",
            required("Indikator", Kind.TEXT, "Nama indikator seperti di lembar Renstra."),
            required("Tahun", Kind.YEAR, "Tahun."),
            optional("Target", Kind.NUMBER, "Target tahun itu; kosong bila tidak ada."),
            optional("Target Batas Atas", Kind.NUMBER, "Batas atas, hanya bila target berupa rentang."),
            optional("Realisasi", Kind.REALIZATION, "Realisasi tahun itu; kosong bila tidak ada.")),

    /** The performance-and-budget (efficiency) table. */
    EFISIENSI("Efisiensi", "Perbandingan capaian kinerja dan anggaran (PMK 214/PMK.02/2017): satu baris per sasaran.",
            required("Sasaran", Kind.TEXT, "Sasaran."),
            required("Polaritas", Kind.POLARITY, "positif atau negatif."),
            required("Target", Kind.NUMBER, "Target; batas bawah bila berupa rentang."),
            optional("Target Batas Atas", Kind.NUMBER, "Batas atas, hanya bila target berupa rentang."),
            required("Realisasi", Kind.REALIZATION, "Realisasi kinerja."),
            required("Anggaran", Kind.AMOUNT, "Pagu anggaran sasaran (Rp)."),
            required("Realisasi Anggaran", Kind.AMOUNT, "Realisasi anggaran sasaran (Rp)."),
            optional("Capaian (dicetak)", Kind.PERCENT, "Capaian kinerja (%) yang tercetak."),
            optional("Penyerapan (dicetak)", Kind.PERCENT, "Persentase realisasi anggaran yang tercetak."),
            optional("Efisiensi (dicetak)", Kind.PERCENT, "Efisiensi (%) yang tercetak.")),

    /** Comparisons with a national or provincial standard. */
    STANDAR("Standar", "Perbandingan dengan standar nasional atau provinsi: satu baris per perbandingan.",
            required("Indikator", Kind.TEXT, "Nama indikator."),
            required("Satuan", Kind.TEXT, "Satuan indikator."),
            required("Polaritas", Kind.POLARITY, "positif atau negatif."),
            required("Akumulasi", Kind.ACCUMULATION, "kumulatif atau non-kumulatif."),
            required("Realisasi", Kind.REALIZATION, "Realisasi instansi."),
            required("Standar", Kind.NUMBER, "Nilai standar."),
            required("Nama Standar", Kind.TEXT, "Asal standar, seperti Nasional (BPS, Agustus 2024)."),
            optional("Capaian (dicetak)", Kind.PERCENT, "Persentase terhadap standar yang tercetak.")),

    /** The AKIP evaluations. */
    EVALUASI_AKIP("Evaluasi AKIP", "Hasil evaluasi AKIP (PermenPAN-RB 88/2021): satu baris per tahun.",
            required("Tahun", Kind.YEAR, "Tahun evaluasi."),
            required("Perencanaan Kinerja", Kind.NUMBER, "Nilai komponen (bobot 30)."),
            required("Pengukuran Kinerja", Kind.NUMBER, "Nilai komponen (bobot 30)."),
            required("Pelaporan Kinerja", Kind.NUMBER, "Nilai komponen (bobot 15)."),
            required("Evaluasi Akuntabilitas Kinerja Internal", Kind.NUMBER, "Nilai komponen (bobot 25)."),
            optional("Nilai (dicetak)", Kind.PERCENT, "Nilai AKIP yang tercetak."),
            optional("Predikat (dicetak)", Kind.PREDICATE, "Predikat yang tercetak (AA, A, BB, B, CC, C, D).")),

    /** The community satisfaction surveys: one row per survey; their elements on {@link #IKM_UNSUR}. */
    IKM("IKM", "Survei kepuasan masyarakat (SKM, PermenPAN-RB 14/2017): satu baris per survei; unsurnya di lembar"
            + " IKM Unsur.",
            required("Unit Layanan", Kind.TEXT, "Unit pelayanan yang disurvei, dengan periodenya bila laporan memuat"
                    + " beberapa survei unit itu; sama persis dengan di lembar IKM Unsur."),
            required("Jumlah Responden", Kind.COUNT, "Jumlah responden."),
            optional("Bobot", Kind.WEIGHT, "Bobot nilai rata-rata tertimbang yang dinyatakan laporan: 1/n (bawaan,"
                    + " bobot peraturan), 0,111 atau 0,11."),
            optional("Populasi", Kind.COUNT, "Jumlah populasi penerima layanan, bila dinyatakan."),
            optional("Nilai Indeks (dicetak)", Kind.PRINTED_NUMBER, "Nilai indeks (1 sampai 4) yang tercetak."),
            optional("IKM (dicetak)", Kind.PRINTED_NUMBER, "Nilai IKM (25 sampai 100) yang tercetak."),
            optional("Mutu (dicetak)", Kind.MUTU, "Mutu pelayanan yang tercetak (A, B, C, D)."),
            optional("Sampel (dicetak)", Kind.COUNT, "Jumlah sampel (responden) minimal yang tercetak.")),

    /** The elements of service (unsur) of the surveys of {@link #IKM}, in order. */
    IKM_UNSUR("IKM Unsur", "Unsur pelayanan survei kepuasan masyarakat: satu baris per survei dan unsur, dalam urutan"
            + " unsur; kolom yang tercetak diisi untuk semua unsur satu survei atau tidak sama sekali.",
            required("Unit Layanan", Kind.TEXT, "Unit pelayanan, sama persis dengan di lembar IKM."),
            required("Unsur", Kind.TEXT, "Nama unsur pelayanan seperti tercetak."),
            required("Jumlah Nilai", Kind.NUMBER, "Jumlah nilai jawaban semua responden untuk unsur ini."),
            optional("NRR (dicetak)", Kind.PRINTED_NUMBER, "Nilai rata-rata (NRR) unsur yang tercetak."),
            optional("Nilai Konversi (dicetak)", Kind.PRINTED_NUMBER,
                    "Nilai interval konversi (NRR × 25) yang tercetak."),
            optional("NRR Tertimbang (dicetak)", Kind.PRINTED_NUMBER, "NRR tertimbang unsur yang tercetak."),
            optional("Mutu Unsur (dicetak)", Kind.MUTU, "Mutu pelayanan unsur yang tercetak (A, B, C, D).")),

    /** The budget table of a ministry or agency (K/L): program, kegiatan, KRO, RO. */
    ANGGARAN_KL("Anggaran KL", "Anggaran kementerian/lembaga (RKA-K/L): satu baris per program, kegiatan, KRO dan"
            + " rincian output (RO), dalam urutan tercetak.",
            required("Kode", Kind.CODE, "Kode seperti tercetak, sebagai teks (063.01.WA, 3165.QAH.001); kosong bila"
                    + " tanpa kode."),
            required("Uraian", Kind.TEXT, "Nama program, kegiatan, KRO atau RO."),
            optional("Induk", Kind.CODE, "Kode baris induknya, sebagai teks, bila tidak tampak dari kodenya."),
            required("Anggaran", Kind.AMOUNT, "Pagu (Rp) seperti tercetak."),
            required("Realisasi", Kind.AMOUNT, "Realisasi (Rp) seperti tercetak."),
            optional("Target Keluaran", Kind.NUMBER, "Target volume keluaran sebuah RO; diisi bersama Realisasi"
                    + " Keluaran."),
            optional("Realisasi Keluaran", Kind.NUMBER, "Realisasi volume keluaran sebuah RO."),
            optional("Penyerapan (dicetak)", Kind.PERCENT, "Persentase realisasi anggaran yang tercetak."),
            optional("Capaian Keluaran (dicetak)", Kind.PERCENT, "Capaian keluaran (%) yang tercetak."),
            optional("Efisiensi (dicetak)", Kind.PERCENT, "Efisiensi E (PMK 214/PMK.02/2017) yang tercetak."),
            optional("Nilai Efisiensi (dicetak)", Kind.PERCENT, "Nilai efisiensi NE yang tercetak.")),

    /** The budget performance values (Nilai Kinerja Anggaran) of a ministry or agency, one row per year. */
    NILAI_KINERJA_ANGGARAN("Nilai Kinerja Anggaran", "Nilai Kinerja Anggaran aspek implementasi (PMK 22/PMK.02/2021):"
            + " satu baris per tahun.",
            required("Tahun", Kind.YEAR, "Tahun nilai itu."),
            required("Penyerapan Anggaran", Kind.PERCENT, "Penyerapan anggaran (%) seperti tercetak."),
            required("Konsistensi", Kind.PERCENT, "Konsistensi penyerapan terhadap perencanaan (%) seperti tercetak."),
            required("Capaian Keluaran", Kind.PERCENT, "Capaian keluaran (capaian RO, %) seperti tercetak."),
            optional("Efisiensi", Kind.PERCENT, "Efisiensi E (%) seperti tercetak, bila ada."),
            optional("Nilai Efisiensi (dicetak)", Kind.PERCENT, "Nilai efisiensi NE (%) yang tercetak."),
            optional("Nilai Kinerja Anggaran (dicetak)", Kind.PERCENT, "Nilai Kinerja Anggaran yang tercetak.")),

    /**
     * The evaluation forms of Permendagri 86/2017 (Renja or RKPD): one row per form, with its bottom rows; its
     * entries and indicators on {@link #FORMULIR_EVALUASI_BARIS}.
     */
    FORMULIR_EVALUASI("Formulir Evaluasi", "Formulir evaluasi hasil Renja Perangkat Daerah atau RKPD (Permendagri"
            + " 86/2017): satu baris per formulir, dengan baris bawahnya; entri dan indikatornya di lembar Formulir"
            + " Evaluasi Baris.",
            required("Formulir", Kind.TEXT, "Nama pendek formulir (1, Renja 2024, ...); sama persis dengan di lembar"
                    + " Formulir Evaluasi Baris."),
            required("Jenis", Kind.TEXT, "Renja (Evaluasi terhadap Hasil Renja Perangkat Daerah) atau RKPD."),
            optional("Kolom 14", Kind.TEXT, "Cara mengisi kolom 14: akumulasi (bawaan: dijumlah untuk indikator"
                    + " kumulatif, nilai terakhir untuk non-kumulatif) atau 7 + 13 (seperti judul kolomnya)."),
            optional("Pembacaan Predikat", Kind.TEXT, "batas bawah (bawaan: tabel tercetak, celah ke pita bawah),"
                    + " persen bulat, atau lebih dari (> 90, > 75, > 65, > 50)."),
            optional("Kolom Predikat", Kind.TEXT, "Kolom yang diberi predikat: 15 (bawaan) atau 13/8."),
            optional("15 K Rata-rata (dicetak)", Kind.PERCENT, "Rata-rata capaian kinerja (%) kolom 15 yang tercetak."),
            optional("13/8 K Rata-rata (dicetak)", Kind.PERCENT,
                    "Rata-rata capaian kinerja (%) kolom 13/8 yang tercetak."),
            optional("6 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 6 Rp (pagu Renstra) yang tercetak."),
            optional("7 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 7 Rp yang tercetak."),
            optional("8 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 8 Rp (pagu tahun berjalan) yang tercetak."),
            optional("9 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 9 Rp (triwulan I) yang tercetak."),
            optional("10 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 10 Rp (triwulan II) yang tercetak."),
            optional("11 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 11 Rp (triwulan III) yang tercetak."),
            optional("12 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 12 Rp (triwulan IV) yang tercetak."),
            optional("13 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 13 Rp yang tercetak."),
            optional("14 Rp Jumlah (dicetak)", Kind.AMOUNT, "Jumlah kolom 14 Rp yang tercetak."),
            optional("15 Rp (dicetak)", Kind.PERCENT, "Realisasi anggaran Renstra s/d tahun berjalan (%) yang"
                    + " tercetak di baris bawah."),
            optional("13/8 Rp (dicetak)", Kind.PERCENT, "Realisasi anggaran tahun berjalan (%) yang tercetak di"
                    + " baris bawah."),
            optional("Predikat K (dicetak)", Kind.CATEGORY, "Predikat kinerja K yang tercetak."),
            optional("Predikat Rp (dicetak)", Kind.CATEGORY, "Predikat kinerja Rp yang tercetak."),
            optional("Faktor Pendorong", Kind.TEXT, "Faktor pendorong keberhasilan kinerja."),
            optional("Faktor Penghambat", Kind.TEXT, "Faktor penghambat pencapaian kinerja."),
            optional("Tindak Lanjut Triwulan Berikutnya", Kind.TEXT,
                    "Tindak lanjut yang diperlukan dalam triwulan berikutnya."),
            optional("Tindak Lanjut Renja/RKPD Berikutnya", Kind.TEXT,
                    "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah (atau RKPD) berikutnya."),
            optional("Sumber", Kind.TEXT, "Asal angka formulir (Sumber: SIPD, ...).")),

    /**
     * The rows of the evaluation forms of {@link #FORMULIR_EVALUASI}: an entry (sasaran, program, kegiatan, sub
     * kegiatan) per row, each followed by its indicators, in the form's order.
     */
    FORMULIR_EVALUASI_BARIS("Formulir Evaluasi Baris", "Baris formulir evaluasi Permendagri 86/2017: satu baris per"
            + " sasaran, program, kegiatan dan sub kegiatan, masing-masing diikuti baris indikatornya, dalam urutan"
            + " formulir; entri masuk ke entri terakhir di atasnya yang tingkatnya lebih tinggi.",
            required("Formulir", Kind.TEXT, "Formulir baris ini, sama persis dengan di lembar Formulir Evaluasi."),
            required("Tingkat", Kind.TEXT, "sasaran, program, kegiatan, sub kegiatan, atau indikator (indikator"
                    + " entri di atasnya)."),
            optional("Kode", Kind.CODE, "Kolom 3: kode sebagai teks (2.07.03.2.01.01); kosong untuk sasaran."),
            optional("Uraian", Kind.TEXT, "Kolom 2 dan 4: nama sasaran, program, kegiatan atau sub kegiatan; wajib"
                    + " pada baris entri."),
            optional("Indikator", Kind.TEXT, "Kolom 5: nama indikator; wajib pada baris indikator."),
            optional("Satuan", Kind.TEXT, "Satuan indikator; wajib pada baris indikator."),
            optional("Polaritas", Kind.POLARITY, "positif atau negatif; wajib pada baris indikator."),
            optional("Akumulasi", Kind.ACCUMULATION, "kumulatif atau non-kumulatif; wajib pada baris indikator."),
            optional("6 K", Kind.NUMBER, "Target Renstra pada tahun akhir periode; kosong bila tidak ada."),
            optional("7 K", Kind.REALIZATION, "Realisasi capaian kinerja Renstra s/d tahun lalu; wajib pada baris"
                    + " indikator: angkanya, atau alasannya bila tidak ada (tahun pertama Renstra)."),
            optional("8 K", Kind.NUMBER, "Target kinerja Renja tahun berjalan; kosong bila tidak ada."),
            optional("9 K", Kind.REALIZATION, "Realisasi kinerja triwulan I; kosong bila belum dilaporkan."),
            optional("10 K", Kind.REALIZATION, "Realisasi kinerja triwulan II; kosong bila belum dilaporkan."),
            optional("11 K", Kind.REALIZATION, "Realisasi kinerja triwulan III; kosong bila belum dilaporkan."),
            optional("12 K", Kind.REALIZATION, "Realisasi kinerja triwulan IV; kosong bila belum dilaporkan."),
            optional("13 K (dicetak)", Kind.PRINTED_NUMBER, "Realisasi kinerja tahun berjalan yang tercetak."),
            optional("14 K (dicetak)", Kind.PRINTED_NUMBER, "Realisasi kinerja Renstra s/d tahun berjalan yang"
                    + " tercetak."),
            optional("15 K (dicetak)", Kind.PERCENT, "Tingkat capaian kinerja Renstra s/d tahun berjalan (%) yang"
                    + " tercetak; pada baris entri, rata-rata di bawahnya."),
            optional("13/8 K (dicetak)", Kind.PERCENT, "Tingkat capaian kinerja tahun berjalan (%) yang tercetak."),
            optional("6 Rp", Kind.AMOUNT, "Pagu Renstra; pada entri terendah datanya, pada entri yang membawahi"
                    + " entri lain jumlah yang tercetak."),
            optional("7 Rp", Kind.AMOUNT, "Realisasi anggaran Renstra s/d tahun lalu (0 pada tahun pertama)."),
            optional("8 Rp", Kind.AMOUNT, "Pagu tahun berjalan."),
            optional("9 Rp", Kind.AMOUNT, "Realisasi anggaran triwulan I; kosong bila belum dilaporkan."),
            optional("10 Rp", Kind.AMOUNT, "Realisasi anggaran triwulan II; kosong bila belum dilaporkan."),
            optional("11 Rp", Kind.AMOUNT, "Realisasi anggaran triwulan III; kosong bila belum dilaporkan."),
            optional("12 Rp", Kind.AMOUNT, "Realisasi anggaran triwulan IV; kosong bila belum dilaporkan."),
            optional("13 Rp (dicetak)", Kind.AMOUNT, "Realisasi anggaran tahun berjalan yang tercetak."),
            optional("14 Rp (dicetak)", Kind.AMOUNT, "Realisasi anggaran Renstra s/d tahun berjalan yang tercetak."),
            optional("15 Rp (dicetak)", Kind.PERCENT, "Realisasi anggaran Renstra s/d tahun berjalan (%) yang"
                    + " tercetak."),
            optional("13/8 Rp (dicetak)", Kind.PERCENT, "Realisasi anggaran tahun berjalan (%) yang tercetak."),
            optional("Predikat K (dicetak)", Kind.CATEGORY, "Predikat kinerja yang tercetak di baris ini."),
            optional("Predikat Rp (dicetak)", Kind.CATEGORY, "Predikat anggaran yang tercetak di baris entri."),
            optional("16 Unit Penanggung Jawab", Kind.TEXT, "Kolom 16: unit perangkat daerah penanggung jawab"
                    + " indikator (pada formulir RKPD, perangkat daerahnya)."));

    /** The sheet of instructions in the template, which reading skips. */
    static final String INSTRUCTIONS = "Petunjuk";

    private final String title;
    private final String description;
    private final List<Column> columns;

    Sheet(String title, String description, Column... columns) {
        this.title = title;
        this.description = description;
        this.columns = List.of(columns);
    }

    /** The sheet's name in a workbook, such as {@code "Perjanjian Kinerja"}. */
    String title() {
        return title;
    }

    /** The file's name as a CSV table, such as {@code "perjanjian-kinerja.csv"} or {@code "anggaran-kl.csv"}. */
    String fileName() {
        return Column.key(title).replace("/", "").replace(' ', '-') + ".csv";
    }

    String description() {
        return description;
    }

    List<Column> columns() {
        return columns;
    }

    /** The column of this sheet with a header, which must exist. */
    Column column(String header) {
        for (Column column : columns) {
            if (column.header().equals(header)) {
                return column;
            }
        }
        throw new IllegalStateException("no column " + header + " in sheet " + title);
    }

    /** The column a header cell names, if any. */
    Optional<Column> columnNamed(String text) {
        return columns.stream().filter(c -> c.named(text)).findFirst();
    }

    /** The sheet a workbook's sheet name names, case and repeated white space aside. */
    static Optional<Sheet> titled(String name) {
        for (Sheet sheet : values()) {
            if (Column.key(sheet.title).equals(Column.key(name))) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    /** The sheet a CSV file's name names, case aside. */
    static Optional<Sheet> ofFile(String fileName) {
        for (Sheet sheet : values()) {
            if (sheet.fileName().equalsIgnoreCase(fileName)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
