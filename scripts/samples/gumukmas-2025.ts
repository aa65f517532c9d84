/**
 * Sample workbook "Gumukmas 2025" — built from the figures of the LKjIP Kecamatan Gumukmas 2025
 * (/work/shared/reports/gumukmas-2025.txt; "G603" = line 603 of that report).
 *
 * The report measures TWO Perjanjian Kinerja of one year on two Renstra periods (G594):
 *   - `PK 2025`      Dasar Renstra 2021-2026 (Tabel 2.7, G446–470), realised in Tabel 3.2 + 3.3–3.6;
 *   - `PK Perubahan` Dasar Renstra 2025-2029 (Tabel 2.8, G474–491), realised in Tabel 3.6 + 3.7–3.8.
 *
 * Sheets: `TC.25 2021-2026` (Tabel 2.3, years printed, explicit target akhir), `TC.25 2025-2029`
 * (Tabel 2.4 / Renstra Tabel 3.1, `Tahun ke-1 … ke-5`, period only in the title block), the two PK
 * sheets (Table 1 + program budget Table 2 with the `Sasaran` mapping), one Realisasi sheet per PK
 * (kinerja Table 1 + kinerja program Table 2), `Anggaran` (Tabel 3.10 + the printed total) and
 * `Efisiensi` (Tabel 3.7 and Tabel 3.9, one block per PK). No Pengaturan sheet (defaults).
 *
 * The report's own mistakes are kept as typed: SAKIP `B(75,50)` (75,50 is BB, G603), the Renstra
 * SAKIP letters `B (85)`…`BB (88)` / `B (88)` (G352), 12/12 printed `83,33%` (G757, G1007),
 * serapan `87,72%` for 96,03 (G1209), kegiatan realisasi that are not the sum of their
 * sub-kegiatan (G1184, G1201), the total realisasi 3.621.365.301 (G120/G940) against the
 * 3.619.910.301 of the programs, `9553%` for 95,53 (G933), "Tidak efisien" for sasaran at
 * 100 % (G925–935, G1160–1162), programs 3–5 left without a sasaran in the PK Perubahan (G1163)
 * and its "Persentase Capaian Kinerja Program yang Tercapai" 100 % while a program indicator sits
 * at 77,90 % (G954 vs G1098).
 *
 * Run: npx tsx scripts/samples/gumukmas-2025.ts   (writes assets/gumukmas-2025.xlsx)
 */
import ExcelJS from 'exceljs';
import * as path from 'path';

/** A numeric cell shown with a percent number format (0.9711 shown as 97,11%). */
interface Pct {
  readonly pct: number;
  readonly fmt: string;
}
/** "Merged with the cell above" (a tujuan / sasaran / faktor written once over its rows). */
interface Up {
  readonly up: true;
}
type V = string | number | null | Pct | Up;

const UP: Up = { up: true };
const pct = (value: number, fmt = '0.00%'): Pct => ({ pct: value, fmt });

// ---------------------------------------------------------------------------------------------
// Names (as printed; the variants between tables are the report's own)
// ---------------------------------------------------------------------------------------------
// Renstra 2021-2026 / PK 2025
const T1_LAMA =
  'Meningkatnya kualitas pengelolaan keuangan dan aset daerah yang profesional, efektif, dan efisien.'; // G352, G454
const T2_LAMA =
  'Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik.'; // G354, G450
const S_EFEKTIF = 'Meningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah'; // G353, G455
const S_IKM_LAMA =
  'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan'; // G355, G451
const S_TRANTIB = 'Terjaganya ketertiban umum dan ketentraman masyarakat di Kecamatan'; // G361, G453
const I_SAKIP_OPD = 'Nilai SAKIP OPD'; // G454
const I_PROGRAM_LAMA = 'Persentase Indikator Program yang tercapai'; // G455
const I_DOK = 'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah'; // G450
const I_IKM = 'Indeks Kepuasan Masyarakat'; // G451, G478
const I_FASILITAS = 'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan'; // G1643 (signed PK)
const I_TRANTIB =
  'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat'; // G453
// Renstra 2025-2029 / PK Perubahan
const T1_BARU = 'Meningkatnya Kualitas Pelayanan Publik di Kecamatan'; // G369, G477
const S_IKM_BARU = 'Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan'; // G478
const S_AKUNTABILITAS =
  'Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja perangkat daerah'; // G371, G479

// ---------------------------------------------------------------------------------------------
// TC.25 2021-2026 — Tabel 2.3 "Matriks Tujuan dan Sasaran Renstra 2021-2026" (G347–363,
// "Sumber data : TC 25"). Columns: No · Tujuan · Sasaran Strategis · Indikator · 2021 … 2026 ·
// Target Akhir Renstra (2026). Tabel 2.3 prints one Tujuan/Sasaran column; split here so that a
// tujuan indicator is the row with an empty Sasaran. SAKIP letters kept as printed (G352: B (85)
// etc. contradict the AKIP scale).
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const TC25_LAMA: V[][] = [
  // G352 (tujuan 1 indicator)
  [1, T1_LAMA, null, 'Nilai Sakip OPD', 'B (85)', 'B (80)', 'B (80)', 'B (83)', 'B (85)', 'BB (88)', 'B (88)'],
  // G353
  [UP, UP, 'Meningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah', 'Persentase Indikator Program yang tercapai', '100 %', '100%', '100 %', '100 %', '100 %', '100 %', '100%'],
  // G354 (tujuan 2 indicator)
  [2, T2_LAMA, null, I_DOK, '4 Dok', '4 Dok', '4 Dok', '4 Dok', '4 Dok', '4 Dok', '4 Dok'],
  // G355
  [UP, UP, S_IKM_LAMA, I_IKM, 85, 85, 85, 90, 95, 98, 98],
  // G356 + G360 (row broken by a page)
  [UP, UP, 'Meningkatnya Fasilitasi Kesejahteraan Masyarakat di Kecamatan', 'Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan', '100 %', '80%', '80%', '84%', '86 %', '88 %', '88%'],
  // G361
  [UP, UP, S_TRANTIB, I_TRANTIB, '100 %', '100%', '100 %', '100 %', '100 %', '100 %', '100%'],
];

// ---------------------------------------------------------------------------------------------
// TC.25 2025-2029 — Tabel Renstra 3.1 (G1802–1809) headed `Tahun ke-1 … ke-5`, the period only in
// the title block; Target Akhir Renstra (2029) from Tabel 2.4 (G365–374). Sasaran as in Tabel 2.4
// (the lampiran G1808 slips "akuntabilitas" into the Tujuan column).
// Columns: No · Tujuan · Sasaran · Indikator Kinerja · Tahun ke-1 … ke-5 · Target Akhir Renstra
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const TC25_BARU: V[][] = [
  // G369, G1806 (tujuan indicator)
  [1, T1_BARU, null, 'Indeks Pelayanan Publik Kecamatan. (Indeks)', 4.3, 4.64, 4.65, 4.66, 4.67, 4.67],
  // G370, G1807
  [UP, UP, 'Meningkatnya Kepuasan Masyarakat terhadap Pelayanan Publik di Kecamatan', 'Indeks Kepuasan Masyarakat (Indeks)', 89.75, 90, 90.25, 90.5, 90.75, 90.75],
  // G371, G1808
  [UP, UP, S_AKUNTABILITAS, 'Presentase Capaian Kinerja Program yang Tercapai (%)', '100%', '100%', '100%', '100%', '100%', '100%'],
  // G372, G1809
  [UP, UP, UP, 'Nilai Sakip Kecamatan (Angka)', 81, 82, 83, 84, 86, 86],
];

// ---------------------------------------------------------------------------------------------
// PK 2025 — Tabel 2.7 / Lampiran PK awal (G446–457, G1639–1646), order as signed.
// Columns: No · Tujuan · Sasaran Strategis · Indikator Kinerja · Target
// Sasaran numbers for Table 2 (tujuan rows not counted): 1 IKM, 2 Fasilitas, 3 Trantib,
// 4 Efektifitas — the numbering of Tabel 3.7 (G924–935).
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const PK_LAMA: V[][] = [
  [1, T2_LAMA, null, I_DOK, '4 Dokumen'], // G450 (tujuan 2)
  [2, UP, S_IKM_LAMA, I_IKM, 95], // G451 — sasaran 1
  [3, UP, 'Meningkatnya Fasilitas Kesejahteraan Masyarakat Kecamatan', I_FASILITAS, '86%'], // G1643 — sasaran 2
  [4, UP, S_TRANTIB, I_TRANTIB, '100%'], // G453 — sasaran 3
  [5, T1_LAMA, null, I_SAKIP_OPD, 'A (85)'], // G454 (tujuan 1)
  [6, UP, S_EFEKTIF, I_PROGRAM_LAMA, '100%'], // G455 — sasaran 4
];
// Program budget (APBD murni) G461–470 / G1648–1655. Columns: No · Program · Anggaran (Rp) ·
// Sasaran · Keterangan. Mapping from Tabel 3.7 (G924–935): P2→1, P3→2, P4+P5→3, P1→4.
// prettier-ignore
const PK_LAMA_PROGRAM: V[][] = [
  [1, 'Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota', 'Rp. 3.676.351.730,00', 4, 'APBD'], // G1649
  [2, 'Program Penyelenggaraan Pemerintah Dan Pelayanan Publik', 'Rp. 783.265.540,00', 1, 'APBD'], // G1650
  [3, 'Program Pemberdayaan Masyarakat Desa Dan Kelurahan', 'Rp. 689.906.800,00', 2, 'APBD'], // G1651
  [4, 'Program Koordinasi Ketentraman Dan Ketertiban Umum', 'Rp. 200.332.200,00', 3, 'APBD'], // G1652
  [5, 'Program Penyelenggaraan Urusan Pemerintahan Umum', 'Rp. 32.274.500,00', 3, 'APBD'], // G1654
  [null, 'Jumlah', 'Rp. 5.382.130.770,00', null, 'APBD'], // G1655
];

// ---------------------------------------------------------------------------------------------
// PK Perubahan — Tabel 2.8 / Lampiran PK Perubahan (G474–482, G1728–1733).
// Sasaran numbers: 1 IKM, 2 akuntabilitas (Tabel 3.9, G1154–1162).
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const PK_BARU: V[][] = [
  [1, T1_BARU, null, 'Indeks Pelayanan Publik Kecamatan', 4.3], // G477 (tujuan)
  [2, UP, S_IKM_BARU, I_IKM, 89.75], // G478 — sasaran 1
  [3, UP, S_AKUNTABILITAS, 'Nilai SAKIP Kecamatan', 81], // G479 — sasaran 2
  [UP, UP, UP, 'Persentase Capaian Kinerja Program Yang tercapai', pct(1, '0%')], // G480 — sasaran 2
];
// Program budget (P-APBD) G486–491 / G1735–1741. The Sasaran column as Tabel 3.9 maps it
// (G1154–1163: sasaran 1 = Program 2 only, sasaran 2 = Program 1; JUMLAH 4.041.616.548 = P1 + P2):
// programs 3–5 support no sasaran (the report's own gap, G1163 vs G994–1010).
// prettier-ignore
const PK_BARU_PROGRAM: V[][] = [
  [1, 'Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota', 'Rp. 3.297.504.548,00', 2, 'P-APBD'], // G1736
  [2, 'Program Penyelenggaraan Pemerintah Dan Pelayanan Publik', 'Rp. 744.112.000,00', 1, 'P-APBD'], // G1737
  [3, 'Program Pemberdayaan Masyarakat Desa Dan Kelurahan', 'Rp. 254.187.300,00', null, 'P-APBD'], // G1738
  [4, 'Program Koordinasi Ketentraman Dan Ketertiban Umum', 'Rp. 51.335.400,00', null, 'P-APBD'], // G1739
  [5, 'Program Penyelenggaraan Urusan Pemerintahan Umum', 'Rp. 12.111.200,00', null, 'P-APBD'], // G1740
  [null, 'Jumlah', 'Rp. 4.359.250.448,00', null, 'P-APBD'], // G1741
];

// ---------------------------------------------------------------------------------------------
// Realisasi PK 2025 — Table 1 = Tabel 3.2 (G598–612), typed % and Kriteria as printed.
// Columns: No · Tujuan / Sasaran Strategis · Indikator · Target · Realisasi · Capaian (%) ·
// Kriteria · Realisasi 2022 · Realisasi 2023 · Realisasi 2024 · Target Akhir Renstra (2026) ·
// Capaian thd Target Akhir (%) · Benchmark · Faktor Pendorong · Faktor Penghambat · Solusi
// ---------------------------------------------------------------------------------------------
const BENCH_NONE = 'Tidak tersedia data benchmark/ perbandingan target nasional';
const BENCH_AKIP = 'Target Nilai AKIP Rata Rata Nasional : 71 (BB/ Sangat Baik';
// prettier-ignore
const REAL_LAMA: V[][] = [
  // G603 — B(75,50) for 2023 is BB on the AKIP scale (kept); 70.05 dot decimal as printed
  [1, 'Tujuan 1 : Meningkatnya Kualitas Pengelolaan Keuangan Aset Daerah yang profesional, efektif dan efisien', I_SAKIP_OPD, 'A (85)', 'A (81,22)', '95,55 %', 'Sangat Tinggi', 'B', 'B(75,50)', '70.05', 'A (88)', '92,30', BENCH_AKIP, null, null, null],
  // G604 (name as the PK and G630; Tabel 3.2 abbreviates it "% indikator program yang tercapai");
  // faktor G681–682, solusi G690
  [2, 'Sasaran 1.1 Meningkatnya Efektivitas Pencapaian Target Kinerja PD', I_PROGRAM_LAMA, '100%', '100%', '100%', 'Sangat Tinggi', '100%', '92,8', '100%', '100%', '100%', BENCH_NONE, 'Capaian indikator didukung oleh kesesuaian antara Renja dan DPA, ketepatan jadwal kegiatan, serta efektivitas pengendalian dan monitoring pelaksanaan anggaran.', 'Terdapat kelebihan pagu pada belanja Gaji dan TPP sehingga realisasi anggaran tidak terserap secara maksimal; honor Non ASN direncanakan 13 bulan hanya boleh direalisasikan 12 bulan.', 'Membuat skedul pelaksanaan kegiatan dan disesuaikan dengan waktu yang ditargetkan.'],
  // G605
  [3, 'Tujuan 2 Meningkatnya Penataan OPD dan Tata Laksana Penyelenggara Pemerintahan dan Pelayanan Publik', I_DOK, '4 dok', '4 dok', '100 %', 'Sangat Tinggi', '4 dok', '4 dok', '4 dok', '4 dok', '100', BENCH_NONE, null, null, null],
  // G606 — IKM realisasi 95 in this PK (87,16 in the PK Perubahan, G953); faktor G766–776, solusi G784
  [4, 'Sasaran 2.1 Meningkatnya Kepuasan Masyarakat', I_IKM, 95, 95, '100%', 'Sangat Tinggi', '93.33', '88,05', '81,01', 98, '96,94%', BENCH_NONE, 'Komitmen dan koordinasi aparatur kecamatan; penerapan SOP pelayanan yang konsisten; optimalisasi sarana prasarana dan teknologi informasi; koordinasi dengan perangkat daerah dan pemerintah desa.', 'Keterbatasan jumlah dan kompetensi SDM pada beberapa unit pelayanan; tingginya dinamika kebutuhan masyarakat; keterbatasan sarana prasarana tertentu; ketergantungan pada sistem dan regulasi instansi lain.', 'Menjaga konsistensi kualitas pelayanan dan meningkatkan inovasi pelayanan berbasis teknologi informasi, penguatan kapasitas SDM aparatur serta pemerataan sarana dan prasarana pelayanan.'],
  // G611 (+G607–610 repeated header skipped); faktor G820–831, solusi G844
  [5, 'Sasaran 2.2 Meningkatnya Fasilitas Kesejahteraan Masyarakat', I_FASILITAS, '86%', '86%', '100%', 'Sangat Tinggi', '80%', '100%', '84%', '88%', '97,73%', BENCH_NONE, 'Dukungan kebijakan dan regulasi pemberdayaan masyarakat; partisipasi masyarakat desa dan kelurahan; komitmen aparatur kecamatan dan pemerintah desa; pemanfaatan kelembagaan masyarakat (LPM, PKK, Karang Taruna).', 'Keterbatasan anggaran kegiatan pemberdayaan; belum meratanya kapasitas SDM di desa dan kelurahan; rendahnya intensitas pendampingan; tumpang tindih program dengan perangkat daerah lain.', 'Meningkatkan efektivitas dan cakupan fasilitasi kesejahteraan masyarakat melalui penguatan koordinasi lintas sektor dan peningkatan kapasitas pemerintah desa/kelurahan.'],
  // G612; faktor G892–903, solusi G913
  [6, 'Sasaran 2.3 Terjaganya Ketertiban Umum dan Ketentraman Masyarakat', I_TRANTIB, '100%', '100%', '100%', 'Sangat Tinggi', '100%', '100%', '100%', '100%', '100%', BENCH_NONE, 'Koordinasi intensif antara kecamatan, Satpol PP, Kepolisian dan TNI; respons cepat terhadap laporan masyarakat; patroli dan kegiatan preventif secara rutin.', 'Keterbatasan personel dan sarana pengamanan; dinamika sosial dan potensi konflik; ketergantungan pada koordinasi lintas instansi.', 'Menjaga konsistensi capaian melalui penguatan upaya preventif, peningkatan partisipasi masyarakat serta optimalisasi sumber daya dan inovasi penanganan ketertiban umum.'],
];

// Realisasi PK 2025 — Table 2 = Tabel 3.3 (sasaran 4), 3.4 (sasaran 1), 3.5 (sasaran 2) and the
// first Tabel 3.6 (sasaran 3), G641–886; rows broken by a page joined. Kode from Tabel 2.9 (the
// contribution tables print none); the 0/0 sub-kegiatan without a budget line have no kode.
// Columns: Kode · Program/ Kegiatan/ Sub Kegiatan · Indikator · Satuan · Target · Realisasi ·
// % capaian · Sasaran
// prettier-ignore
const PROG_LAMA: V[][] = [
  // Tabel 3.3 — sasaran 4 (Efektifitas)
  ['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Persentase realisasi anggaran', '%', '100%', '100%', '100%', 4], // G644
  ['1.1', 'Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Jumlah dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 6, 6, '100%', 4], // G645
  ['1.1.1', 'Sub kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 6, 6, '100%', 4], // G646
  ['1.2', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 'Jumlah laporan pertanggungjawaban keuangan', 'Laporan', 12, 12, '100%', 4], // G647
  ['1.2.1', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/bulan', 17, 13, '76,47%', 4], // G648 (13/17 = 76,47 ✓)
  ['1.2.2', 'Sub kegiatan Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 'Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 'Dokumen', 12, 12, '100%', 4], // G649
  ['1.2.3', 'Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', 'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD', 'Laporan', 1, 1, '100%', 4], // G652
  ['1.3', 'Kegiatan Administrasi Kepegawaian Perangkat Daerah', 'Jumlah dokumen ketatausahaan dan kepegawaian', 'Paket', 1, 1, '100%', 4], // G653
  ['1.3.1', 'Sub Kegiatan Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya', 'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapannya', 'Paket', 1, 1, '100%', 4], // G654
  ['1.4', 'Kegiatan Administrasi Umum Perangkat Daerah', 'Jumlah Laporan Penyediaan Barang dan Jasa', 'Laporan', 1, 1, '100%', 4], // G655
  ['1.4.1', 'Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan', 'Laporan', 1, 1, '100%', 4], // G656
  ['1.4.2', 'Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Paket', 1, 1, '100%', 4], // G657
  ['1.4.3', 'Sub Kegiatan Penyediaan Peralatan Rumah Tangga', 'Jumlah Paket Peralatan Rumah Tangga yang Disediakan', 'Paket', 1, 1, '100%', 4], // G658
  ['1.4.4', 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Paket', 1, 1, '100%', 4], // G659
  ['1.4.5', 'Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan', 'Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan', 'Paket', 1, 1, '100%', 4], // G660
  ['1.4.6', 'Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Laporan', 12, 7, '58,33%', 4], // G661 (7/12 = 58,33 ✓)
  ['1.5', 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Jumlah Laporan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Laporan', 1, 1, '100%', 4], // G662 + G665
  ['1.5.1', 'Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya', 'Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan', 'Unit', 23, 5, '21,74%', 4], // G666 (5/23 = 21,74 ✓)
  ['1.6', 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Jumlah laporan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Laporan', 12, 12, '100%', 4], // G667
  ['1.6.1', 'Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', 'Laporan', 12, 12, '100%', 4], // G668
  ['1.6.2', 'Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', 'Laporan', 12, 12, '100%', 4], // G669
  ['1.7', 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Jumlah laporan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Laporan', 12, 12, '100%', 4], // G670
  ['1.7.1', 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan', 'Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya', 'Unit', 1, 1, '100%', 4], // G671
  ['1.7.2', 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan', 'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya', 'Unit', 2, 2, '100%', 4], // G672
  ['1.7.3', 'Sub Kegiatan Pemeliharaan Peralatan dan Mesin Lainnya', 'Jumlah Peralatan dan Mesin Lainnya yang Dipelihara', 'Unit', 28, 28, '100%', 4], // G673
  ['1.7.4', 'Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit', 1, 1, '100%', 4], // G676
  // Tabel 3.4 — sasaran 1 (IKM)
  ['2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Persentase Terselenggarakannya pemerintahan dan pelayanan publik di tingkat kecamatan', 'Persen', '95%', '95%', '100%', 1], // G753
  ['2.1', 'Kegiatan Koordinasi Penyelenggaraan Pemerintahan di Tingkat Kecamatan', 'Persentase permasalahan desa atau kelurahan yang ditindaklanjuti', 'Persen', '100%', '100%', '100%', 1], // G754
  ['2.1.1', 'Sub kegiatan Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 12, '100%', 1], // G755
  ['2.2', 'Kegiatan Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan', 'Persentase pelayanan umum yang terfasilitasi sesuai standar', 'Persen', 100, 100, '100%', 1], // G756
  ['2.2.1', 'Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan Kepada Masyarakat di Kecamatan', 'Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan', 'Laporan', 12, 12, '83,33%', 1], // G757 — 12/12 printed 83,33% (MISTAKE, kept)
  // Tabel 3.5 — sasaran 2 (Fasilitas); level prefixes missing as printed
  ['3', 'Program Pemberdayaan Masyarakat Desa Dan Kelurahan', 'Prosentase Cakupan pemberdayaan desa dan kelurahan', 'Prosentase', '95%', '95%', '100%', 2], // G806
  ['3.1', 'Koordinasi Kegiatan Pemberdayaan Desa', 'Persentase terlaksananya Kegiatan Pemberdayaan Desa', 'Prosentase', '100%', '97,72%', '97,72%', 2], // G807
  ['3.1.2', 'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', '- Laporan', 12, 12, '100%', 2], // G808
  ['3.1.1', 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Desa', '- Lembaga Kemasyarakatan', 40, 40, '100%', 2], // G809
  ['3.2', 'Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan', 'Persentase koordinasi hasil pemberdayaan ekonomi masyarakat dan desa yang dapat terfasilitasi oleh kecamatan yang ditargetkan', 'Persentase', 100, 100, '100%', 2], // G810 + G813
  ['3.2.1', 'Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat', 'Jumlah Keluarga yang Mengikuti Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat', 'Keluarga', 10, 10, '100%', 2], // G814
  // Tabel 3.6 (first) — sasaran 3 (Trantib)
  ['4', 'Program Koordinasi Ketentraman Dan Ketertiban Umum', 'Terlaksananya koordinasi ketenteraman dan pengamanann umum di tingkat kecamatan', 'Persentase', '100%', '100%', '100%', 3], // G870
  ['4.1', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Persentase Cakupan Penyelenggaraan Ketentraman dan Ketertiban Umum', 'Persentase', 100, '99,89', '99,89%', 3], // G871
  [null, 'Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat', 'Jumlah Laporan Pelaksanaan Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat', '-', 0, 0, '0%', 3], // G872 (target 0)
  ['4.1.1', 'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', 'Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', 'Laporan', 12, 12, '100%', 3], // G873 + G876
  ['4.2', 'Kegiatan Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', 'Persentase Cakupan Penerapan dan Penegakan Peraturan Daerah', 'Persentase', 100, 100, '100%', 3], // G877
  ['4.2.1', 'Sub Kegiatan Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia', 'Jumlah Laporan Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia', 'Laporan', 12, 12, '100%', 3], // G878
  ['5', 'Program Penyelenggaraan Urusan Pemerintahan Umum', 'Terselenggaranya Urusan Pemerintahan Umum di Tingkat Kecamatan', 'Persentase', 95, 95, '100%', 3], // G879
  ['5.1', 'Kegiatan Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah', 'Jumlah Penugasan Urusan Pemerintahan Umum', 'Tugas', 18, 18, '100%', 3], // G880 + G883
  ['5.1.1', 'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan', 'Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan', 'Dokumen', 12, 12, '100%', 3], // G884
  [null, 'Pelaksanaan Semua Urusan Pemerintahan yang Bukan Merupakan Kewenangan Daerah dan Tidak Dilaksanakan oleh Instansi Vertikal', 'Jumlah Dokumen Semua Urusan Pemerintahan yang Bukan Merupakan Kewenangan Daerah dan Tidak Dilaksanakan oleh Instansi Vertikal', 'Dokumen', 0, 0, '0%', 3], // G885 (target 0)
  [null, 'Penanganan Konflik Sosial Sesuai Ketentuan Peraturan Perundang- Undangan', 'Jumlah Laporan Konflik yang Ditangani Sesuai Ketentuan Peraturan Perundang- Undangan', 'Laporan', 0, 0, '0%', 3], // G886 (target 0)
];

// ---------------------------------------------------------------------------------------------
// Realisasi PK Perubahan — Table 1 = Tabel 3.6 [second] (G948–955): no numbered row, no trend
// columns. Capaian cells typed as numbers with a percent format (0.9711 → 97,11%).
// Columns: No · Tujuan / Sasaran Strategis · Indikator · Target · Realisasi · Capaian (%) ·
// Kriteria · Target Akhir Renstra (2029) · Capaian thd Target Akhir (%) · Benchmark ·
// Faktor Pendorong · Faktor Penghambat · Solusi
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const REAL_BARU: V[][] = [
  // G952 — no faktor in the report (C.1, G959–970)
  [1, 'Tujuan 1 : . Meningkatnya Kualitas Pelayanan Publik di Kecamatan', 'Indeks Pelayanan Publik Kecamatan. (Indeks)', 4.3, 2.77, pct(0.6442), 'Rendah', 4.67, pct(0.5931), 'Target Nilai IPP Nasional 3,68', null, null, null],
  // G953 — IKM realisasi 87,16 in this PK (95 in PK 2025, G606); faktor G1015–1016, solusi G1046
  [2, 'Sasaran 1.1 Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan', 'Indeks Kepuasan Masyarakat (Indeks)', 89.75, 87.16, pct(0.9711), 'Sangat Tinggi', 90.75, pct(0.9604), BENCH_NONE, 'Sinergitas dan kolaborasi yang terjalin cukup baik antara pemerintah kelurahan dan pemerintah kecamatan sehingga penyelenggaraan pemerintahan dapat berjalan dengan lancar.', 'Keterbatasan kualitas dan kapasitas SDM aparatur di kecamatan serta alokasi anggaran dalam melaksanakan program dan kegiatan.', 'Meningkatkan konsistensi dan pemerataan kualitas pelayanan publik, memperkuat kapasitas aparatur serta memanfaatkan sarana prasarana dan teknologi pelayanan secara optimal.'],
  // G954 — faktor G1135–1136, solusi G1142 (written once over both indicators of sasaran 1.2)
  [3, 'Sasaran 1.2 Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja', 'Presentase Capaian Kinerja Program yang Tercapai (%)', '100%', '100%', '100%', 'Sangat Tinggi', '100%', '100%', BENCH_NONE, 'Sinergitas dan kolaborasi antara pemerintah kelurahan dan pemerintah kecamatan dalam penyelenggaraan pemerintahan dan pembangunan.', 'Keterbatasan kualitas dan kapasitas SDM aparatur serta alokasi anggaran; realisasi anggaran baru mencapai 77,90%.', 'Meningkatkan optimalisasi perencanaan dan penyerapan anggaran agar selaras dengan target kinerja serta memperkuat keterpaduan perencanaan, penganggaran dan pelaksanaan program.'],
  // G955 — target printed A(81) (the PK says 81, G479)
  [UP, UP, 'Nilai Sakip Kecamatan', 'A(81)', 'A(81,22)', pct(1.0027), 'Sangat Tinggi', 86, pct(0.9444), BENCH_AKIP, UP, UP, UP],
];

// Realisasi PK Perubahan — Table 2 = Tabel 3.7 [second] (sasaran 1, G994–1010) and Tabel 3.8
// (sasaran 2, G1094–1126). Program 1 has three indicators (program cell merged down).
// prettier-ignore
const PROG_BARU: V[][] = [
  // Tabel 3.7 [second] — sasaran 1 (IKM)
  ['2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Persentase Terselenggarakannya pemerintahan dan pelayanan publik di tingkat kecamatan', 'Persen', '95%', '95%', '100%', 1], // G997
  ['2.1', 'Kegiatan Koordinasi Penyelenggaraan Pemerintahan di Tingkat Kecamatan', 'Persentase permasalahan desa atau kelurahan yang ditindaklanjuti', 'Persen', '100%', '100%', '100%', 1], // G998
  ['2.1.1', 'Sub kegiatan Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 12, 12, '100%', 1], // G999
  ['2.2', 'Kegiatan Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan', 'Persentase pelayanan umum yang terfasilitasi sesuai standar', 'Persen', 100, 100, '100%', 1], // G1000
  ['2.2.1', 'Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan Kepada Masyarakat di Kecamatan', 'Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan', 'Laporan', 12, 12, '100%', 1], // G1001
  ['3', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 'Persentase pelaksanaan program pemberdayaan yang terfasilitasi', 'Persen', 95, 95, '100%', 1], // G1004
  [null, 'Kegiatan Pemberdayaan Kelurahan', 'Persentase Kegiatan Pemberdayaan kelurahan yang tepat sasaran', 'Persen', 100, '97,72', '97,72%', 1], // G1005
  ['3.1.1', 'Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan', 'Lembaga', 40, 40, '100%', 1], // G1006
  ['3.1.2', 'Sub Kegiatan Peningkatan Efektivitas Kegiatan Pemberdayaan', 'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan (Laporan)', 'Laporan', 12, 12, '83,33%', 1], // G1007 — 12/12 printed 83,33% (MISTAKE, kept)
  ['4', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 'Persentase penyelesaian laporan dan pelanggaran ketentraman dan ketertiban umum di tingkat kecamatan', 'Persen', '100%', '100%', '100%', 1], // G1008
  ['4.1', 'Kegiatan Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Persentase pelaksanaan koordinasi penyelenggaraan ketentraman dan ketertiban umum yang ditindaklanjuti', 'Persen', '100%', '99,89%', '99,89%', 1], // G1009
  ['4.1.1', 'Sub Kegiatan Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', 'Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', 'Laporan', 12, 12, '100%', 1], // G1010
  // Tabel 3.8 — sasaran 2 (akuntabilitas)
  ['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/ KOTA', '1. Persentase indikator program yang tercapai', 'Persen', '100 %', '100%', '100%', 2], // G1097
  [UP, UP, '2. Persentase realisasi anggaran', 'Persen', '100 %', '77,90 %', '77,90%', 2], // G1098
  [UP, UP, '3. Indeks profesionalitas ASN', 'Indeks', 81, '83,37', '102,93 %', 2], // G1099 (83,37/81 = 102,93 ✓)
  ['1.1', 'Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Jumlah dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 6, 6, '100%', 2], // G1100
  ['1.1.1', 'Sub kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 6, 6, '100%', 2], // G1101
  ['1.2', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 'Jumlah laporan pertanggungjawaban keuangan', 'Laporan', 12, 12, '100%', 2], // G1102
  ['1.2.1', 'Sub kegiatan Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/bulan', 17, 13, '76,47%', 2], // G1103
  ['1.2.2', 'Sub kegiatan Pelaksanaan Penatausahaan dan Pengujian/ Verifikasi Keuangan SKPD', 'Jumlah Dokumen Penatausahaan dan Pengujian/ Verifikasi Keuangan', 'Dokumen', 12, 12, '100%', 2], // G1104
  ['1.2.3', 'Sub kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', 'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD', 'Laporan', 1, 1, '100%', 2], // G1106
  ['1.3', 'Kegiatan Administrasi Kepegawaian Perangkat Daerah', 'Jumlah dokumen ketatausahaan dan kepegawaian', 'Dokumen', 1, 1, '100%', 2], // G1107
  ['1.3.1', 'Sub kegiatan Pengadaan Pakaian Dinas beserta Atribut dan Kelengkapannya', 'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan', 'Paket', 1, 1, '100%', 2], // G1108
  ['1.4', 'Kegiatan Administrasi Umum Perangkat Daerah', 'Jumlah laporan penyediaan barang dan jasa', 'Laporan', 1, 1, '100%', 2], // G1109
  ['1.4.1', 'Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 'Jumlah Paket Komponen Instalasi Listrik/ Penerangan Bangunan Kantor yang Disediakan', 'Paket', 1, 1, '100%', 2], // G1110
  ['1.4.2', 'Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Paket', 1, 1, '100%', 2], // G1111
  ['1.4.3', 'Sub Kegiatan Penyediaan Peralatan Rumah Tangga', 'Jumlah Paket Peralatan Rumah Tangga yang Disediakan', 'Paket', 1, 1, '100%', 2], // G1112
  ['1.4.4', 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Paket', 1, 1, '100%', 2], // G1113
  ['1.4.5', 'Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan', 'Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan', 'Paket', 1, 1, '100%', 2], // G1114
  ['1.4.6', 'Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Laporan', 12, 12, '100%', 2], // G1115 (7 in Tabel 3.3, G661)
  ['1.5', 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Jumlah laporan Pengadaan barang milik daerah penunjang urusan pemerintah daerah', 'Laporan', 1, 1, '100%', 2], // G1116
  ['1.5.1', 'Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya', 'Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan', 'Unit', 23, 5, '21,74%', 2], // G1117
  ['1.6', 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah', 'Jumlah laporan penyediaan jasa penunjang urusan pemerintahan daerah', 'Laporan', 12, 12, '100%', 2], // G1119
  ['1.6.1', 'Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air, dan Listrik', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', 'Laporan', 12, 12, '100%', 2], // G1120
  ['1.6.2', 'Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', 'Laporan', 12, 12, '100%', 2], // G1121
  ['1.7', 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Jumlah laporan pemeliharaan barang milik daerah penunjang urusan pemerintahan daerah', 'Laporan', 12, 12, '100%', 2], // G1122
  ['1.7.1', 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan', 'Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya', 'Unit', 1, 1, '100%', 2], // G1123
  ['1.7.2', 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Dinas Operasional atau Lapangan', 'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya', 'Unit', 2, 2, '100%', 2], // G1124
  ['1.7.3', 'Sub Kegiatan Pemeliharaan Peralatan dan Mesin Lainnya', 'Jumlah Peralatan dan Mesin Lainnya yang Dipelihara', 'Unit', 28, 28, '100%', 2], // G1125
  ['1.7.4', 'Sub Kegiatan Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya', 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit', 1, 1, '100%', 2], // G1126
];

// ---------------------------------------------------------------------------------------------
// Anggaran — Tabel 3.10 "Realisasi Anggaran pada tahun 2025" (G1178–1236), DPPA figures.
// Kode from Tabel 2.9 (G497–561). Pagu and Realisasi numeric; % typed as printed (comma or dot).
// Columns: Kode · Program/ Kegiatan/ Sub Kegiatan · Anggaran (Rp) · Realisasi (Rp) ·
// % Serapan Anggaran · Sisa (Rp) (Sisa is not printed: left empty)
// Tabel 3.10 prints no total; the JUMLAH row carries the report's own total (G120, G940, G1169).
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const ANGGARAN: V[][] = [
  ['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 3297504548, 2568847251, '77,90%'], // G1181 (= Σ kegiatan as typed)
  ['1.1', 'Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 1660000, 1652800, '99,57%'], // G1182
  ['1.1.1', 'Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah', 1660000, 1652800, '99,57%'], // G1183
  ['1.2', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 2717264930, 2045527738, '75,28%'], // G1184 — realisasi ≠ Σ sub-kegiatan 2.113.389.339 (MISTAKE)
  ['1.2.1', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 2588027430, 1984301339, '76,67%'], // G1185
  ['1.2.2', 'Sub Kegiatan Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 128320000, 128320000, '100%'], // G1186
  ['1.2.3', 'Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', 917500, 768000, '83,71%'], // G1187
  ['1.3', 'Kegiatan Administrasi Kepegawaian Perangkat Daerah', 10930000, 10828050, '99,07%'], // G1188
  ['1.3.1', 'Sub Kegiatan Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya', 10930000, 10828050, '99,07%'], // G1189
  ['1.4', 'Kegiatan Administrasi Umum Perangkat Daerah', 48402500, 45993641, '95,02%'], // G1190
  ['1.4.1', 'Sub Kegiatan Penyediaan Komponen Instalasi Listrik / Penerangan Bangunan Kantor', 1906800, 1822000, '95,55%'], // G1193
  ['1.4.2', 'Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor', 14431300, 13087791, '90,69%'], // G1194
  ['1.4.3', 'Sub Kegiatan Penyediaan Peralatan Rumah Tangga', 2303200, 2278600, '98,93%'], // G1195
  ['1.4.4', 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', 3059200, 3049500, '99,68%'], // G1196
  ['1.4.5', 'Sub Kegiatan Penyediaan Barang Cetakan dan Penggandaan', 3000000, 2533750, '84,46%'], // G1197
  ['1.4.6', 'Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 23702000, 23222000, '97,97%'], // G1198
  ['1.5', 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 11369325, 9224100, '81,13%'], // G1199
  ['1.5.1', 'Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya', 11369325, 9224100, '81,13%'], // G1200
  ['1.6', 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 414015173, 365612276, '88,31%'], // G1201 — realisasi ≠ Σ sub-kegiatan 374.821.045 (MISTAKE)
  ['1.6.1', 'Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 61603713, 55979215, '90,87%'], // G1202
  ['1.6.2', 'Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor', 352411460, 318841830, '90,47%'], // G1203
  ['1.7', 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 93862620, 90008646, '95,89%'], // G1204
  ['1.7.1', 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan', 43849000, 41165540, '93,88%'], // G1205 + G1208
  ['1.7.2', 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan', 22740870, 21838500, '87,72%'], // G1209 — 96,03 printed 87,72 (MISTAKE)
  ['1.7.3', 'Sub Kegiatan Pemeliharaan Peralatan dan Mesin Lainnya', 12840500, 12620000, '98.28%'], // G1210
  ['1.7.4', 'Sub Kegiatan Pemeliharaan / Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 14432250, 14384606, '99.67%'], // G1211
  ['2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 744112000, 741619000, '99,66%'], // G1212
  ['2.1', 'Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 738000000, 735600000, '99,67%'], // G1213
  ['2.1.1', 'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 738000000, 735600000, '99,67%'], // G1214
  ['2.2', 'Kegiatan Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan', 6112000, 6019000, '98,48%'], // G1215
  ['2.2.1', 'Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan', 6112000, 6019000, '98,48%'], // G1216 + G1219
  ['3', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 254187300, 248833850, '97,89%'], // G1220 (Tabel 3.7 G931 says 250.288.850)
  ['3.1', 'Kegiatan Koordinasi Kegiatan Pemberdayaan Desa', 235251900, 229898850, '97.72%'], // G1221
  ['3.1.1', 'Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 450000, 450000, '100%'], // G1222
  ['3.1.2', 'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 234801900, 229448850, '97.72%'], // G1223
  ['3.2', 'Kegiatan Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan', 18935400, 18935000, '100%'], // G1224 (99,998 → 100 at 0 dp)
  ['3.2.1', 'Sub Kegiatan Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat', 18935400, 18935000, '100%'], // G1225
  ['4', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 51335400, 48575200, '94.62%'], // G1226
  ['4.1', 'Kegiatan Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 9643900, 9633600, '99,89%'], // G1227
  ['4.1.1', 'Sub Kegiatan Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', 9643900, 9633600, '99,89%'], // G1228 + G1231
  ['4.2', 'Kegiatan Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', 41691500, 38941600, '93.40%'], // G1232
  ['4.2.1', 'Sub Kegiatan Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia', 41691500, 38941600, '93.40%'], // G1233
  ['5', 'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM', 12111200, 12035000, '99,37%'], // G1234
  ['5.1', 'Kegiatan Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah', 12111200, 12035000, '99,37%'], // G1235
  ['5.1.1', 'Sub Kegiatan Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan', 12111200, 12035000, '99,37%'], // G1236
  [null, 'JUMLAH', 4359250448, 3621365301, '83,07%'], // G120 / G940 / G1169 — Σ programs is 3.619.910.301 (MISTAKE)
];

// ---------------------------------------------------------------------------------------------
// Efisiensi — Tabel 3.7 [first] (PK 2025, G919–940) and Tabel 3.9 (PK Perubahan, G1150–1163).
// Columns: No · Sasaran dan Indikator Sasaran · Kinerja: Target · Realisasi · % ·
// Anggaran Program Pendukung Sasaran: Target (= pagu) · Realisasi · % · Kategori Efisiensi
// Each sasaran: a sasaran row (numbers empty), then its indicator row(s).
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const EFISIENSI_LAMA: V[][] = [
  ['1.', S_IKM_LAMA, null, null, null, null, null, null, null], // G924
  [null, 'Indeks Kepuasan Masyarakat', 95, 95, 100, 'Rp. 744.112.000', 'Rp 741.619.000', '99.66 %', 'Tidak efisien'], // G925 — C 100 ≥ 100, C−S > 0: Efisien (MISTAKE)
  [2, 'Sasaran : Meningkatkan Fasilitas Kesejahteraan Masyarakat di Kecamatan', null, null, null, null, null, null, null], // G926
  [null, 'Indikator : Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan', '95%', '95%', '100%', 'Rp 254.187.300', 'Rp 250.288.850', '98,47 %', 'Tidak efisien'], // G931 (G927–930 repeated header skipped) — kategori MISTAKE
  [3, 'Terjaganya ketertiban umum dan ketenteraman masyarakat di Kecamatan', null, null, null, null, null, null, null], // G932
  [null, 'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketenteraman Masyarakat', '100 %', '100 %', '100%', 'Rp 63.446.600', 'Rp 60.610.200', '9553%', 'Tidak efisien'], // G933 — 95,53 printed 9553% (MISTAKE); kategori MISTAKE
  [4, 'Sasaran : Meningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah', null, null, null, null, null, null, null], // G934
  [null, 'Indikator : - Persentase Indikator Program yang tercapai', '100 %', '100 %', '100%', 'Rp 3.297.504.548', 'Rp 2.568.847.251', '77.90 %', 'Tidak efisien'], // G935 ("Rp 3.297.504.5 48" line-wrap joined) — kategori MISTAKE
  [null, 'Serapan Anggaran', null, null, null, 'Rp 4.359.250.448', 'Rp 3.621.365.301', '83,07 %', null], // G940
];
// prettier-ignore
const EFISIENSI_BARU: V[][] = [
  ['1.', 'Sasaran : Meningkatnya Kepuasan Masyarakat terhadap pelayanan public di kecamatan', null, null, null, null, null, null, null], // G1154
  [null, 'Indikator : Indeks Kepuasan Masyarakat (Indeks)', '89,75', '87,16', '97,11%', 'Rp. 744.112.000', 'Rp 741.619.000', '99.66 %', 'Tidak efisien'], // G1155 (C 97,11 < 100: Tidak Efisien ✓)
  [2, 'Sasaran : Meningkatnya akuntabilitas kinerja dan afektivitas pencapaian target kinerja perangkat daerah', null, null, null, null, null, null, null], // G1156
  [null, 'Indikator 1 : - Persentase capaian kinerja program yang tercapai (%)', '100%', '100%', '100%', 'Rp 3.297.504.548', 'Rp 2.568.847.251', '77,90 %', 'Tidak efisien'], // G1160 — kategori MISTAKE
  [null, 'Indikator 2 Nilai Sakip Kecamatan (Angka)', 'A(81)', 'A(81,22)', '100,27 %', null, null, null, null], // G1161
  [null, 'Rata rata realiasi kinerja sasaran 2', null, null, '100,14 %', 'Rp 3.297.504.548', 'Rp 2.568.847.251', '77,90 %', 'Tidak efisien'], // G1162 — C 100,14 ≥ 100: Efisien (MISTAKE)
  [null, 'JUMLAH', null, null, null, 'Rp 4.041.616.548', 'Rp 3.310.466.251', '81,91 %', 'Tidak efisien'], // G1163 (JUMLAH printed in the No column; C 99,13 < 100 ✓)
];

// ---------------------------------------------------------------------------------------------
// Writing helpers
// ---------------------------------------------------------------------------------------------
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};

function isPct(v: V): v is Pct {
  return typeof v === 'object' && v !== null && 'pct' in v;
}
function isUp(v: V): v is Up {
  return typeof v === 'object' && v !== null && 'up' in v;
}

/** Title lines merged across the table width (columns 1..width), starting at `row`. */
function titles(ws: ExcelJS.Worksheet, row: number, width: number, lines: string[]): void {
  lines.forEach((text, i) => {
    const r = row + i;
    ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { bold: true, size: i === 0 ? 12 : 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** A header row; `merges` are [r1, c1, r2, c2] ranges (two-row headers, group headers). */
function header(
  ws: ExcelJS.Worksheet,
  row: number,
  values: (string | number | null)[],
  merges: [number, number, number, number][] = [],
): void {
  values.forEach((v, i) => {
    if (v !== null) ws.getCell(row, i + 1).value = v;
  });
  for (const [r1, c1, r2, c2] of merges) ws.mergeCells(r1, c1, r2, c2);
}

/** Style rows r1..r2, columns 1..width as header cells. */
function styleHeader(ws: ExcelJS.Worksheet, r1: number, r2: number, width: number): void {
  for (let r = r1; r <= r2; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
}

/** A numbered-column row ("1 | 2 | 3 | … | 6 = 5/4*100"). */
function numbered(ws: ExcelJS.Worksheet, row: number, values: (string | number)[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = v;
    cell.font = { italic: true, size: 9 };
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center' };
  });
}

/**
 * Body rows from `row` on. `UP` merges the cell with the one above (written once, merged down).
 * Numeric money columns (`moneyCols`, 1-based) get a thousands format.
 */
function body(
  ws: ExcelJS.Worksheet,
  row: number,
  rows: V[][],
  width: number,
  moneyCols: number[] = [],
): void {
  rows.forEach((values, i) => {
    const r = row + i;
    for (let c = 1; c <= width; c++) {
      const v = c <= values.length ? values[c - 1] : null;
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (isUp(v) || v === null) continue;
      if (isPct(v)) {
        cell.value = v.pct;
        cell.numFmt = v.fmt;
      } else {
        cell.value = v;
        if (typeof v === 'number' && moneyCols.includes(c)) cell.numFmt = '#,##0';
      }
    }
  });
  // merge runs of UP under their first cell
  for (let c = 1; c <= width; c++) {
    let i = 0;
    while (i < rows.length) {
      let j = i + 1;
      while (j < rows.length && isUp(rows[j][c - 1] ?? null)) j++;
      if (j - 1 > i) ws.mergeCells(row + i, c, row + j - 1, c);
      i = j;
    }
  }
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

// ---------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------
function sheetTc25Lama(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('TC.25 2021-2026');
  const W = 11;
  titles(ws, 1, W, [
    'TABEL T-C.25 TUJUAN DAN SASARAN JANGKA MENENGAH PELAYANAN PERANGKAT DAERAH',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
    'Renstra (Perubahan) Kecamatan Gumukmas Tahun 2021-2026',
  ]);
  header(
    ws,
    5,
    [
      'No',
      'Tujuan',
      'Sasaran Strategis',
      'Indikator',
      'Target Kinerja pada Tahun',
      null,
      null,
      null,
      null,
      null,
      'Target Akhir Renstra (2026)',
    ],
    [
      [5, 1, 6, 1],
      [5, 2, 6, 2],
      [5, 3, 6, 3],
      [5, 4, 6, 4],
      [5, 5, 5, 10],
      [5, 11, 6, 11],
    ],
  );
  header(ws, 6, [null, null, null, null, 2021, 2022, 2023, 2024, 2025, 2026, null]);
  styleHeader(ws, 5, 6, W);
  body(ws, 7, TC25_LAMA, W);
  widths(ws, [5, 34, 34, 40, 10, 10, 10, 10, 10, 10, 14]);
}

function sheetTc25Baru(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('TC.25 2025-2029');
  const W = 10;
  titles(ws, 1, W, [
    'TUJUAN DAN SASARAN JANGKA MENENGAH PELAYANAN PERANGKAT DAERAH (TABEL 3.1)',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
    'Renstra 2025-2029',
  ]);
  header(
    ws,
    5,
    [
      'No',
      'Tujuan',
      'Sasaran',
      'Indikator Kinerja',
      'Target Kinerja pada Tahun',
      null,
      null,
      null,
      null,
      'Target Akhir Renstra',
    ],
    [
      [5, 1, 6, 1],
      [5, 2, 6, 2],
      [5, 3, 6, 3],
      [5, 4, 6, 4],
      [5, 5, 5, 9],
      [5, 10, 6, 10],
    ],
  );
  header(ws, 6, [
    null,
    null,
    null,
    null,
    'Tahun ke-1',
    'Tahun ke-2',
    'Tahun ke-3',
    'Tahun ke-4',
    'Tahun ke-5',
    null,
  ]);
  styleHeader(ws, 5, 6, W);
  body(ws, 7, TC25_BARU, W);
  widths(ws, [5, 32, 34, 40, 10, 10, 10, 10, 10, 14]);
}

function sheetPk(
  wb: ExcelJS.Workbook,
  name: string,
  titleLines: string[],
  targetHeader: string,
  table1: V[][],
  anggaranTitle: string,
  table2: V[][],
): void {
  const ws = wb.addWorksheet(name);
  const W = 5;
  titles(ws, 1, W, titleLines);
  header(ws, 5, ['No', 'Tujuan', 'Sasaran Strategis', 'Indikator Kinerja', targetHeader]);
  styleHeader(ws, 5, 5, W);
  numbered(ws, 6, ['(1)', '(2)', '(3)', '(4)', '(5)']);
  body(ws, 7, table1, W);
  const t2 = 7 + table1.length + 1; // one blank row
  titles(ws, t2, W, [anggaranTitle]);
  header(ws, t2 + 1, ['No', 'Program', 'Anggaran (Rp)', 'Sasaran', 'Keterangan']);
  styleHeader(ws, t2 + 1, t2 + 1, W);
  body(ws, t2 + 2, table2, W);
  widths(ws, [6, 44, 40, 44, 16]);
}

function sheetRealisasiLama(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Realisasi PK 2025');
  const W = 16;
  titles(ws, 1, W, [
    'Tabel 3.2 Capaian Kinerja Tahun 2025 (atas Kinerja pada PK Tahun 2025 dengan Dasar Renstra 2021-2026)',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
  ]);
  header(
    ws,
    4,
    [
      'No',
      'Tujuan / Sasaran Strategis',
      'Indikator',
      'Capaian Tahun 2025',
      null,
      null,
      null,
      'Tren Realisasi',
      null,
      null,
      'Target Akhir Renstra (2026)',
      'Capaian thd Target Akhir (%)',
      '(Benchmark) Target Nasional/ Regional',
      'Faktor Pendorong',
      'Faktor Penghambat',
      'Solusi',
    ],
    [
      [4, 1, 5, 1],
      [4, 2, 5, 2],
      [4, 3, 5, 3],
      [4, 4, 4, 7],
      [4, 8, 4, 10],
      [4, 11, 5, 11],
      [4, 12, 5, 12],
      [4, 13, 5, 13],
      [4, 14, 5, 14],
      [4, 15, 5, 15],
      [4, 16, 5, 16],
    ],
  );
  header(ws, 5, [
    null,
    null,
    null,
    'Target',
    'Realisasi',
    'Capaian (%)',
    'Kriteria',
    'Realisasi 2022',
    'Realisasi 2023',
    'Realisasi 2024',
  ]);
  styleHeader(ws, 4, 5, W);
  numbered(ws, 6, [1, 2, 3, 4, 5, '6 = 5/4*100', 7, 8, 9, 10, 11, '12 = 5/11*100', 13, 14, 15, 16]);
  body(ws, 7, REAL_LAMA, W);
  // Table 2 (kinerja program), one blank row below Table 1
  const t2 = 7 + REAL_LAMA.length + 1;
  titles(ws, t2, 8, [
    'Tabel 3.3 – 3.6 Kontribusi Capaian Program/ Kegiatan/ Sub Kegiatan terhadap Sasaran PK 2025',
  ]);
  header(ws, t2 + 1, [
    'Kode',
    'Program/ Kegiatan/ Sub Kegiatan',
    'Indikator',
    'Satuan',
    'Target',
    'Realisasi',
    '% capaian',
    'Sasaran',
  ]);
  styleHeader(ws, t2 + 1, t2 + 1, 8);
  body(ws, t2 + 2, PROG_LAMA, 8);
  widths(ws, [7, 46, 46, 14, 11, 11, 12, 12, 12, 12, 12, 14, 30, 40, 40, 40]);
}

function sheetRealisasiBaru(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Realisasi PK Perubahan');
  const W = 13;
  titles(ws, 1, W, [
    'Tabel 3.6 Capaian Kinerja Tahun 2025 (atas Kinerja pada PK Perubahan Tahun 2025 dengan Dasar Renstra 2025-2029)',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
  ]);
  header(
    ws,
    4,
    [
      'No',
      'Tujuan / Sasaran Strategis',
      'Indikator',
      'Capaian Tahun 2025',
      null,
      null,
      null,
      'Target Akhir Renstra (2029)',
      'Capaian thd Target Akhir (%)',
      '(Benchmark) Target Nasional/ Regional',
      'Faktor Pendorong',
      'Faktor Penghambat',
      'Solusi',
    ],
    [
      [4, 1, 5, 1],
      [4, 2, 5, 2],
      [4, 3, 5, 3],
      [4, 4, 4, 7],
      [4, 8, 5, 8],
      [4, 9, 5, 9],
      [4, 10, 5, 10],
      [4, 11, 5, 11],
      [4, 12, 5, 12],
      [4, 13, 5, 13],
    ],
  );
  header(ws, 5, [null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria']);
  styleHeader(ws, 4, 5, W);
  body(ws, 6, REAL_BARU, W);
  const t2 = 6 + REAL_BARU.length + 1;
  titles(ws, t2, 8, [
    'Tabel 3.7 – 3.8 Kontribusi Capaian Program/ Kegiatan/ Sub Kegiatan terhadap Sasaran PK Perubahan',
  ]);
  header(ws, t2 + 1, [
    'Kode',
    'Program/ Kegiatan/ Sub Kegiatan',
    'Indikator',
    'Satuan',
    'Target',
    'Realisasi',
    '% capaian',
    'Sasaran',
  ]);
  styleHeader(ws, t2 + 1, t2 + 1, 8);
  body(ws, t2 + 2, PROG_BARU, 8);
  widths(ws, [7, 46, 46, 12, 11, 11, 12, 14, 14, 30, 40, 40, 40]);
}

function sheetAnggaran(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Anggaran');
  const W = 6;
  titles(ws, 1, W, [
    'Tabel 3.10 Realisasi Anggaran pada Tahun 2025',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER (DPPA TA 2025)',
  ]);
  header(ws, 4, [
    'Kode',
    'Program/ Kegiatan/ Sub Kegiatan',
    'Anggaran (Rp)',
    'Realisasi (Rp)',
    '% Serapan Anggaran',
    'Sisa (Rp)',
  ]);
  styleHeader(ws, 4, 4, W);
  numbered(ws, 5, [1, 2, 3, 4, '5 = 4/3*100', '6 = 3-4']);
  body(ws, 6, ANGGARAN, W, [3, 4]);
  const last = 6 + ANGGARAN.length - 1;
  for (let c = 1; c <= W; c++) ws.getCell(last, c).font = { bold: true };
  widths(ws, [8, 70, 18, 18, 12, 16]);
}

function sheetEfisiensi(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Efisiensi');
  const W = 9;
  const head = (row: number): void => {
    header(
      ws,
      row,
      [
        'No',
        'Sasaran dan Indikator Sasaran',
        'Kinerja',
        null,
        null,
        'Anggaran Program Pendukung Sasaran',
        null,
        null,
        'Kategori Efisiensi',
      ],
      [
        [row, 1, row + 1, 1],
        [row, 2, row + 1, 2],
        [row, 3, row, 5],
        [row, 6, row, 8],
        [row, 9, row + 1, 9],
      ],
    );
    header(ws, row + 1, [null, null, 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%', null]);
    styleHeader(ws, row, row + 1, W);
  };
  // Block 1 — PK 2025
  titles(ws, 1, W, [
    'Tabel 3.7 Perhitungan Efisiensi PK 2025 (Dasar Renstra 2021-2026)',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
  ]);
  head(3);
  numbered(ws, 5, [1, 2, 3, 4, '5 = 4/3*100', 6, 7, '8 = 7/6*100', 9]);
  body(ws, 6, EFISIENSI_LAMA, W);
  // Block 2 — PK Perubahan (Tabel 3.9 prints no numbered row)
  const b2 = 6 + EFISIENSI_LAMA.length + 1;
  titles(ws, b2, W, [
    'Tabel 3.9 Perhitungan Efisiensi PK Perubahan (Dasar Renstra 2025-2029)',
    'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
  ]);
  head(b2 + 2);
  body(ws, b2 + 4, EFISIENSI_BARU, W);
  widths(ws, [7, 60, 10, 10, 11, 18, 18, 11, 16]);
}

export async function buildGumukmas2025(outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kecamatan Gumukmas';
  wb.created = new Date(Date.UTC(2026, 1, 19));
  wb.modified = wb.created;
  sheetTc25Lama(wb);
  sheetTc25Baru(wb);
  sheetPk(
    wb,
    'PK 2025',
    [
      'PERJANJIAN KINERJA TAHUN 2025',
      'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
      'Dasar Renstra 2021-2026',
    ],
    'Target',
    PK_LAMA,
    'Dukungan Anggaran Tahun 2025 (APBD)',
    PK_LAMA_PROGRAM,
  );
  sheetPk(
    wb,
    'PK Perubahan',
    [
      'PERJANJIAN KINERJA PERUBAHAN TAHUN 2025',
      'KECAMATAN GUMUKMAS KABUPATEN JEMBER',
      'Dasar Renstra 2025-2029',
    ],
    'Target Tahun 2025',
    PK_BARU,
    'Dukungan Anggaran Tahun 2025 (P-APBD)',
    PK_BARU_PROGRAM,
  );
  sheetRealisasiLama(wb);
  sheetRealisasiBaru(wb);
  sheetAnggaran(wb);
  sheetEfisiensi(wb);
  await wb.xlsx.writeFile(outPath);
}

if (require.main === module) {
  const out = path.resolve(__dirname, '../../assets/gumukmas-2025.xlsx');
  buildGumukmas2025(out)
    .then(() => console.log(`written ${out}`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
