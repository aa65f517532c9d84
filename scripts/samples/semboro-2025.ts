// Sample workbook: Laporan Kinerja Kecamatan Semboro (Kab. Jember) Tahun 2025.
// Built from the figures of ../shared/reports/semboro-2025.txt (line numbers "S…").
// Two PKs in one year on two different Renstra periods (S539): `PK 2025` (Renstra 2021-2026)
// and `PK Perubahan 2025` (Renstra 2025-2029), both measured. The typed Capaian (%), Kriteria,
// serapan, totals and efficiency cells carry the report's own figures, mistakes included.
//
// Run: npx tsx scripts/samples/semboro-2025.ts   (writes assets/semboro-2025.xlsx)

import ExcelJS from 'exceljs';
import path from 'path';

/** A numeric cell with an explicit number format (percent cells hold fractions). */
interface Num {
  value: number;
  numFmt: string;
}
type CellValue = string | number | null | Num;
type Row = CellValue[];

const pc = (value: number, numFmt = '0%'): Num => ({ value, numFmt });
const rp = (value: number): Num => ({ value, numFmt: '#,##0.00' });

// ───────────────────────────── TC.25 ─────────────────────────────
// Block 1: Renstra 2021-2026, the kertas kerja TC.25 (S1460–1485) with the
// Target Akhir Renstra column of Tabel 2.3 (S311–322). Columns A–J:
// No. · Tujuan · Sasaran · Indikator Tujuan/Sasaran · 1 (2022) … 5 (2026) · Target Akhir Renstra (2026)
const TC25_BLOK1_TITLE = [
  'KERTAS KERJA PERANGKAT DAERAH',
  'Tabel TC. 25 Renstra Kecamatan Semboro (Pemutakhiran)',
  'Periode Renstra 2021-2026',
];
const TUJUAN_KEU =
  'Meningkatnya kualitas pengelolaan keuangan dan aset daerah yang profesional, efektif, dan efisien.';
const TUJUAN_TATA =
  'Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik.';
const TC25_BLOK1: Row[] = [
  // S1471 (akhir "A": S317/S321)
  [1, TUJUAN_KEU, null, 'Nilai SAKIP OPD', 'B', 'B', 'BB', 'A', 'A', 'A'],
  // S1472 (akhir: S322)
  [
    null,
    null,
    'Meningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah',
    'Persentase Indikator Program yang tercapai',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
  ],
  // S1482 (akhir: S313)
  [
    2,
    TUJUAN_TATA,
    null,
    'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah',
    '4 Dok',
    '4 Dok',
    '4 Dok',
    '4 Dok',
    '4 Dok',
    '4 Dok',
  ],
  // S1483 (akhir: S314) — 2025 target 95, the PK says 88 (S414)
  [
    null,
    null,
    'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan',
    'Indeks Kepuasan Masyarakat',
    85,
    85,
    90,
    95,
    100,
    100,
  ],
  // S1484 named "Fasilitas Kesehatan" in the kertas kerja; written with Tabel 2.3's wording (S315)
  [
    null,
    null,
    'Meningkatnya Fasilitas Kesejahteraan Masyarakat di Kecamatan',
    'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
  ],
  // S1485 (akhir: S316)
  [
    null,
    null,
    'Terjaganya ketertiban umum dan ketentraman masyarakat di Kecamatan',
    'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
  ],
];

// Block 2: Renstra 2025-2029, Tabel 2.4 (S326–335). Columns A–L:
// No · Tujuan · Sasaran · Indikator · Satuan · Kondisi Awal · 2025 … 2029 · Target Akhir Renstra (2029)
const TC25_BLOK2_TITLE = [
  'Tabel 2.4 Matriks Tujuan dan Sasaran Rencana Strategis Kecamatan Semboro',
  'Renstra 2025-2029',
];
const TC25_BLOK2: Row[] = [
  // S330
  [
    1,
    'Meningkatnya Kualitas Pelayanan Publik di Kecamatan',
    null,
    'Indeks Pelayanan Publik Kecamatan. (Indeks)',
    'Indeks',
    '2,7',
    '4,3',
    '4,64',
    '4,65',
    '4,66',
    '4,67',
    '4,67',
  ],
  // S331 — target akhir 97,97 ≠ 2029 target 97,96 (as printed)
  [
    null,
    null,
    'Meningkatnya Kepuasan Masyarakat terhadap Pelayanan Publik di Kecamatan',
    'Indeks Kepuasan Masyarakat (Indeks)',
    'Indeks',
    0,
    '97,93',
    '97,94',
    '97,95',
    '97,96',
    '97,96',
    '97,97',
  ],
  // S332 — 2027 target 0% between 100% years (as printed)
  [
    null,
    null,
    'Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja perangkat daerah',
    'Presentase Capaian Kinerja Program yang Tercapai (%)',
    '%',
    100,
    '100%',
    '100%',
    '0%',
    '100%',
    '100%',
    '100%',
  ],
  // S333
  [null, null, null, 'Nilai Sakip Kecamatan (Angka)', 'Angka', '64,58', 81, 82, 83, 84, 86, 86],
];

// ───────────────────────────── PK 2025 ─────────────────────────────
// Tabel 2.7 (S410–420), split into Tujuan / Sasaran Strategis columns following the
// tujuan/sasaran structure of TC.25 (S1471–1485) and Tabel 3.2 (S548–558).
const PK1_TITLE = [
  'PERJANJIAN KINERJA TAHUN 2025',
  'KECAMATAN SEMBORO KABUPATEN JEMBER',
  'Dasar Renstra 2021-2026',
];
const PK1_T1: Row[] = [
  // S413
  [
    1,
    'Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik',
    null,
    'Jumlah dokumen penataan organisasi dan tata laksana pemerintah daerah',
    '4 dokumen',
  ],
  // S414
  [
    2,
    null,
    'Meningkatnya kepuasan masyarakat dalam hal pelayanan publik yang merata dan berkualitas di kecamatan',
    'Indeks kepuasan masyarakat',
    88,
  ],
  // S415
  [
    3,
    null,
    'Meningkatnya fasilitasi kesejahteraan masyarakat kecamatan',
    'Persentase fasilitasi kesejahteraan masyarakat yang dilaksanakan',
    '100 %',
  ],
  // S416
  [
    4,
    null,
    'Terjaganya ketertiban umum dan ketentraman masyarakat di kecamatan',
    'Persentase tingkat penyelesaian laporan dan pelanggaran ketertiban umum serta ketentraman masyarakat',
    '100 %',
  ],
  // S417
  [
    5,
    'Meningkatnya kualitas pengelolaan keuangan dan aset daerah yang profesional, efektif, dan efisien',
    null,
    'Nilai SAKIP OPD',
    77,
  ],
  // S418
  [
    6,
    null,
    'Meningkatnya efektifitas pencapaian target kinerja perangkat daerah',
    'Persentase indikator program yang tercapai',
    '100%',
  ],
];
// PK budget S424–429. Sasaran numbers follow PK Table 1 (tujuan rows not counted):
// 1 IKM, 2 fasilitasi kesejahteraan, 3 ketertiban, 4 efektifitas (as Tabel 3.5 and 3.10 group them).
const PK1_T2: Row[] = [
  // S425
  [
    1,
    'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    'Rp. 3.416.528.572,00',
    'APBD',
    4,
  ],
  [2, 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Rp. 673.360.000,00', 'APBD', 1], // S426
  [3, 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp. 338.052.700,00', 'APBD', 2], // S427
  [4, 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp. 94.454.800,00', 'APBD', 3], // S428
  ['Jumlah', null, 'Rp. 4.522.396.072,00', 'APBD', null], // S429
];

// ───────────────────────────── PK Perubahan 2025 ─────────────────────────────
const PK2_TITLE = [
  'PERJANJIAN KINERJA PERUBAHAN TAHUN 2025',
  'KECAMATAN SEMBORO KABUPATEN JEMBER',
  'Dasar Renstra 2025-2029',
];
const PK2_T1: Row[] = [
  // S436
  [
    1,
    'Meningkatnya Kualitas Pelayanan Publik di Kecamatan',
    null,
    'Indeks Pelayanan Publik Kecamatan',
    '4,3',
  ],
  // S437
  [
    2,
    null,
    'Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan',
    'Indeks Kepuasan Masyarakat',
    '97,93',
  ],
  // S438
  [
    3,
    null,
    'Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja perangkat daerah',
    'Nilai SAKIP Kecamatan',
    81,
  ],
  // S439 (No and sasaran blank in the print: sasaran merged from the row above)
  [null, null, null, 'Persentase Capaian Kinerja Program Yang tercapai', pc(1)],
];
// PK Perubahan budget S445–450. Sasaran as Tabel 3.9 (S921–927) groups the programs:
// 1 IKM ← Program 2 + 3 (Rp668.228.800); 2 akuntabilitas ← Program 4 (SAKIP row) + Program 1.
const PK2_T2: Row[] = [
  // S446
  [
    1,
    'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    'Rp. 3.252.841.137,00',
    'P- APBD',
    2,
  ],
  // S447
  [
    2,
    'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
    'Rp. 555.120.000,00',
    'P- APBD',
    1,
  ],
  [3, 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp. 113.108.800,00', 'P- APBD', 1], // S448
  [4, 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Rp. 49.569.400,00', 'P- APBD', 2], // S449
  ['Jumlah', null, 'Rp. 3.970.639.337,00', 'P- APBD', null], // S450
];

// ───────────────────────────── Realisasi 2025 ─────────────────────────────
// Table 1 (kinerja): Tabel 3.2 (S543–558) and Tabel 3.6 (S792–799) with a PK column. Columns A–R:
// A No · B PK · C Tujuan / Sasaran Strategis · D Indikator · E Kondisi Awal / Baseline ·
// F Target · G Realisasi · H Capaian (%) · I Kriteria · J–L Realisasi 2022–2024 ·
// M Target Akhir Renstra · N Capaian terhadap Target Akhir Renstra (%) · O Benchmark ·
// P Faktor Pendorong · Q Faktor Penghambat · R Tantangan
const BENCH_NONE = 'Tidak tersedia data benchmark/ perbandingan target nasional';
const REAL_T1: Row[] = [
  // S548 — "100 %" printed for 81,13/77 = 105,36 (capped); akhir A(85), 95%
  [
    1,
    'PK 2025',
    'Tujuan 1 : Meningkatkan Kualitas Pengelolaan Keuangan Aset Daerah yang profesional, efektif dan efisien',
    'Nilai SAKIP OPD',
    '64,58',
    77,
    '81,13',
    '100 %',
    'Sangat Tinggi',
    'CC',
    'B',
    'BB',
    'A(85)',
    '95%',
    'Target Nilai AKIP Rata Rata Nasional : 71 (BB/ Sangat Baik',
    null,
    null,
    null,
  ],
  // S549 (faktor: S620, S624–625, S627)
  [
    2,
    'PK 2025',
    'Sasaran 1.1 Meningkatkan Efektivitas Pencapaian Target Kinerja PD',
    '% indikator program yang tercapai',
    '100%',
    '100%',
    '100%',
    '100 %',
    'Sangat Tinggi',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    BENCH_NONE,
    'a. Tersusunnya perencanaan program dan kegiatan yang selaras dengan dokumen perencanaan dan penganggaran (Renja dan DPA).\nb. Pelaksanaan kegiatan yang berjalan sesuai jadwal serta didukung oleh koordinasi dan pengendalian internal yang efektif.',
    'Dalam pencapaian realisasi anggaran antara lain terdapat pagu lebih pada belanja gaji dan TPP sehingga realisasi anggaran tidak terserap secara maksima. Hal ini dikarenakan adanya pengurangan pada jumlah pegawai yang dibayarkan gaji dan TPP nya akibat pension atau meninggal dunia.',
    'Perlunya peningkatan ketepatan perencanaan anggaran agar lebih adaptif terhadap kebijakan efisiensi, serta penguatan monitoring dan evaluasi untuk mendorong optimalisasi capaian kinerja dan realisasi anggaran.',
  ],
  // S550
  [
    3,
    'PK 2025',
    'Tujuan 2 Meningkatkan Penataan OPD dan Tata Laksana Penyelenggara Pemerintahan dan Pelayanan Publik',
    'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah',
    '4 Dok',
    '4 Dok',
    '4 Dok',
    '100 %',
    'Sangat Tinggi',
    '4 Dok',
    '4 Dok',
    '4 Dok',
    '4 Dok',
    '100%',
    BENCH_NONE,
    null,
    null,
    null,
  ],
  // S551 + S556 — % left blank in the report; akhir printed 90 and 92,86% (= 83,57/90)
  // (faktor: S677, S681–682, S684)
  [
    4,
    'PK 2025',
    'Sasaran 2.1 Meningkatnya Kepuasan Kepuasan Masyarakat',
    'Indeks Kepuasan Masyarakat',
    0,
    88,
    '97,92',
    null,
    'Sangat Tinggi',
    85,
    90,
    '83,57',
    90,
    pc(0.9286, '0.00%'),
    'Tidak tersedia data benchmark/perbandingan target nasional',
    '- koordinasi dan komitmen aparatur kecamatan dalam penyelenggaraan pelayanan publik\n- penerapan standar operasional prosedur pelayanan serta dukungan sarana prasarana yang memadai',
    'keterbatasan anggaran, sarana prasarana yang belum memadai, tingginya beban kerja aparatur, serta penyesuaian terhadap perubahan kebijakan',
    'peningkatan kualitas dan pemerataan sarana prasarana pelayanan, penguatan kapasitas sumber daya aparatur, serta optimalisasi anggaran dan pemanfaatan teknologi informasi guna meningkatkan kepuasan masyarakat secara berkelanjutan.',
  ],
  // S557 (faktor: S709, S713–714, S716)
  [
    5,
    'PK 2025',
    'Sasaran 2.2 Meningkatnya Fasilitas Kesejahteraan Masyarakat',
    'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    '100%',
    '100%',
    '100%',
    '100%',
    'Sangat Tinggi',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    'Tidak tersedia data benchmark/perbandingan target nasional',
    '- koordinasi dan sinergi yang baik antara kecamatan, desa, dan kelurahan dalam pelaksanaan program pemberdayaan masyarakat;\n- partisipasi aktif masyarakat serta dukungan aparatur dalam memfasilitasi kegiatan kesejahteraan',
    'keterbatasan anggaran pada beberapa kegiatan, perbedaan kapasitas sumber daya di desa, serta keterbatasan sarana pendukung pelaksanaan pemberdayaan masyarakat',
    'peningkatan kapasitas sumber daya aparatur dan masyarakat, pemerataan kualitas pelaksanaan program di seluruh desa dan kelurahan, serta optimalisasi dukungan anggaran dan sarana prasarana.',
  ],
  // S558 (faktor: S741+S743, S747–748, S750)
  [
    6,
    'PK 2025',
    'Sasaran 2.3 Terjaganya Ketertiban Umum dan Ketentraman Masyarakat',
    'Persentase Tingkat penyelesaian Laporan dan pelanggaran Ketertiban Umum',
    '100%',
    '100%',
    '100%',
    '100%',
    'Sangat Tinggi',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    'Tidak tersedia data benchmark/perbandingan target nasional',
    '- terjalinnya koordinasi dan sinergi yang baik antara kecamatan, perangkat daerah terkait, serta aparat penegak hukum\n- komitmen aparatur dalam pelaksanaan pengawasan, penegakan peraturan, dan penanganan gangguan ketertiban umum',
    'keterbatasan anggaran operasional, luasnya wilayah pengawasan, serta potensi gangguan ketertiban yang bersifat situasional dan memerlukan penanganan cepat dan terpadu',
    'peningkatan intensitas koordinasi lintas sektor, penguatan kapasitas dan sarana pendukung pengawasan, serta peningkatan kesadaran dan partisipasi masyarakat dalam menjaga ketertiban dan ketenteraman lingkungan.',
  ],
  // S796 — 56% printed for 2,61/4,3 = 60,70 (56 is the capaian vs akhir)
  [
    1,
    'PK Perubahan 2025',
    'Tujuan 1 : Meningkatnya Kualitas Pelayanan Publik di Kecamatan',
    'Indeks Pelayanan Publik Kecamatan (IPP)',
    '2,7',
    '4,3',
    '2,61',
    '56%',
    'Rendah',
    null,
    null,
    null,
    '4,67',
    pc(0.5589, '0.00%'),
    'Target Nilai IPP Nasional 3,68',
    null,
    null,
    null,
  ],
  // S797 — target 85 / akhir 87 here, while the PK Perubahan says 97,93 (S437) and Tabel 2.4 97,97
  // (faktor: S851, S852; no tantangan in C.1.1)
  [
    2,
    'PK Perubahan 2025',
    'Sasaran 1.1 Meningkatnya Kepuasan Masyarakat terhadap Pelayanan Publik di Kecamatan',
    'Indeks Kepuasan Masyarakat (IKM)',
    '83,73',
    85,
    '85,96',
    '101 %',
    'Sangat Tinggi',
    null,
    null,
    null,
    87,
    pc(0.98, '0%'),
    'Tidak tersedia data benchmark / perbandingan target nasional',
    'komitmen dan kedisiplinan SDM yang baik serta dukungan penyerapan dan realisasi anggaran yang tepat waktu dan efisien untuk mendukung kegiatan.',
    'terjadinya down-time (gangguan server) atau jaringan internet yang kurang stabil pada aplikasi pelayanan terintegrasi dari pusat/daerah, yang sesekali memperlambat proses pencetakan dokumen',
    null,
  ],
  // S798 (faktor of sasaran 2, C.1.2: S903, S907–909, S911 — merged over S798–799)
  [
    null,
    'PK Perubahan 2025',
    'Sasaran 1.2 Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja perangkat daerah',
    'Persentase Capaian Kinerja Program yang Tercapai %',
    '100%',
    '100%',
    '100%',
    '100 %',
    'Sangat Tinggi',
    null,
    null,
    null,
    '100%',
    '100%',
    'Tidak tersedia data benchmark / perbandingan target nasional',
    'a. Pengawasan Rutin dari Pimpinan dan adanya Monitoring langsung terhadap jadwal penyerapan anggaran.\nb. Pelaksanaan Kegiatan sesuai rencana tersebut memastikan bahwa kegiatan kegiatan pokok dapat terlaksana tepat waktu dan sesuai dengan perencanaan yang telah di tetapkan.',
    'Adanya penyesuaian kebijakan standar harga atau mekanisme pembayaran yang menyebabkan penundaan realisasi pada akun belanja tertentu.',
    'Mengoptimalkan penggunaan syste informasi keuangan untuk memantau realisasi secara real-time, sehingga kendala penyerapan dapat di deteksi dan dicari solusi lebih cepat.',
  ],
  // S799 — 98% printed for 80/81 = 98,77 (truncated)
  [
    null,
    'PK Perubahan 2025',
    null,
    'Nilai Sakip Kecamatan (angka)',
    '64,58',
    81,
    80,
    '98%',
    'Sangat Tinggi',
    null,
    null,
    null,
    86,
    '93%',
    'Target Nilai AKIP Rata Rata Nasional : 71',
    null,
    null,
    null,
  ],
];

// Table 2 (kinerja program): Tabel 3.3 (S591–614; Tabel 3.8, S873–897, repeats it) and the
// three Tabel 3.4 (S661–668, S696–702, S730–735). Columns A–G:
// Program/ Kegiatan/ Sub Kegiatan · Indikator · Satuan · Target · Realisasi · % capaian · Sasaran
const SAS_EFEKTIF = 'Meningkatnya efektifitas pencapaian target kinerja perangkat daerah';
const SAS_IKM =
  'Meningkatnya kepuasan masyarakat dalam hal pelayanan publik yang merata dan berkualitas di kecamatan';
const SAS_KESEJ = 'Meningkatnya fasilitasi kesejahteraan masyarakat kecamatan';
const SAS_TRANTIB = 'Terjaganya ketertiban umum dan ketentraman masyarakat di kecamatan';
const P100: Row = ['%', '100%', '100%', '100%'];
const REAL_T2: Row[] = [
  // S594
  [
    'Program : Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    'Persentase realisasi anggaran',
    '%',
    '100%',
    '89,17%',
    pc(0.8917, '0.00%'),
    SAS_EFEKTIF,
  ],
  // S595
  [
    'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
    'Jumlah dokumen perencanaan, penganggaran, dan evaluasi kinerja perangkat daerah',
    'Dokumen',
    '7 Dok',
    '7 Dok',
    '100%',
    null,
  ],
  // S596 — 88,40% printed for 13/15 = 86,67
  [
    'Penyusunan Dokumen Perencanaan Perangkat Daerah',
    'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN',
    'Orang/bulan',
    '15 Orang/bulan',
    '13 Orang/bulan',
    '88,40%',
    null,
  ],
  // S597 + S599
  [
    'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD',
    'Jumlah Dokumen Penatausahaan dan Pengujian/ Verifikasi Keuangan',
    'Dokumen',
    '12 Dokumen',
    '12 Dokumen',
    '100%',
    null,
  ],
  // S600
  [
    'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
    'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan',
    'Paket',
    '1 Paket',
    '1 Paket',
    '100%',
    null,
  ],
  // S601
  [
    'Administrasi Umum Perangkat Daerah',
    'Jumlah laporan penyediaan barang dan jasa',
    'Laporan',
    '3 laporan',
    '3 laporan',
    '100%',
    null,
  ],
  // S602
  [
    'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
    'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan',
    'Paket',
    '1 paket',
    '1 paket',
    '100%',
    null,
  ],
  // S603
  [
    'Penyediaan Peralatan dan Perlengkapan Kantor',
    'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan',
    'Paket',
    '1 Paket',
    '1 Paket',
    '100%',
    null,
  ],
  // S604
  [
    'Penyediaan Bahan Logistik Kantor',
    'Jumlah Paket Bahan Logistik Kantor yang Disediakan',
    'Paket',
    '1 Paket',
    '1 Paket',
    '100%',
    null,
  ],
  // S605
  [
    'Penyediaan Jasa Penunjang Urusan Pemerintah Daerah',
    'Jumlah laporan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
    'Laporan',
    '3 Laporan',
    '3 Laporan',
    '100%',
    null,
  ],
  // S606
  [
    'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
    'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan',
    'Laporan',
    '12 Laporan',
    '12 Laporan',
    '100%',
    null,
  ],
  // S607
  [
    'Penyediaan Jasa Peralatan dan Perlengkapan Kantor',
    'Jumlah Laporan Penyediaan Jasa Peralatan dan Perlengkapan Kantor yang Disediakan',
    'Laporan',
    '1 Laporan',
    '1 Laporan',
    '100%',
    null,
  ],
  // S608
  [
    'Penyediaan Jasa Pelayanan Umum Kantor',
    'Jumlah Laporan penyediaan jasa pelayanan umum kantor',
    'Laporan',
    '12 Laporan',
    '12 Laporan',
    '100%',
    null,
  ],
  // S609 + S611
  [
    'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
    'Jumlah laporan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
    'Laporan',
    '3 Laporan',
    '3 Laporan',
    '100%',
    null,
  ],
  // S612
  [
    'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan',
    'Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya',
    'Unit',
    '1 Unit',
    '1 Unit',
    '100%',
    null,
  ],
  // S613
  [
    'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
    'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya',
    'Unit',
    '1 Unit',
    '1 Unit',
    '100%',
    null,
  ],
  // S614
  [
    'Pemeliharaan/ Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
    'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/ Direhabilitasi',
    'Unit',
    '1 Unit',
    '1 Unit',
    '100%',
    null,
  ],
  // S664
  [
    'PROGRAM PENYELENGGARAAN PEMERINTAH DAN PELAYANAN PUBLIK',
    'Terselenggarakannya pemerintahan dan pelayanan publik di tingkat kecamatan',
    ...P100,
    SAS_IKM,
  ],
  // S665
  [
    'Koordinasi Penyelenggaraan Kegiatan Pemerintah di Tingkat Kecamatan',
    'Persentase Terselenggaranya Kegiatan Koordinasi Penyelenggaraan Pemerintahan di Tingkat Kecamatan',
    ...P100,
    null,
  ],
  // S666
  [
    'Peningkatan Efektifitas Kegiatan Pemerintah di Tingkat Kecamatan',
    'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
    'Dokumen',
    '12 Dokumen',
    '12 Dokumen',
    '100%',
    null,
  ],
  // S667
  [
    'Penyelenggaraan Urusan Pemerintah yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan',
    'Persentase Terselenggaranya Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan',
    ...P100,
    null,
  ],
  // S668
  [
    'Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan',
    'Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan',
    'Laporan',
    '12 laporan',
    '12 laporan',
    '100%',
    null,
  ],
  // S699
  [
    'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
    'Cakupan pemberdayaan desa dan kelurahan',
    ...P100,
    SAS_KESEJ,
  ],
  // S700
  [
    'Koordinasi Kegiatan Pemberdayaan Desa',
    'Persentase terlaksananya Kegiatan Pemberdayaan Desa',
    ...P100,
    null,
  ],
  // S701 (the print's "Kemasya rakatan" is a line-break artefact, joined)
  [
    'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
    'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
    'Lembaga Kemasyarakatan',
    '7 Lembaga Kemasyarakatan',
    '7 Lembaga Kemasyarakatan',
    '100%',
    null,
  ],
  // S702
  [
    'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
    'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
    'Laporan',
    '12 Laporan',
    '12 Laporan',
    '100%',
    null,
  ],
  // S733
  [
    'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
    'Terlaksananya koordinasi ketenteraman dan ketertibann umum di tingkat kecamatan',
    ...P100,
    SAS_TRANTIB,
  ],
  // S734
  [
    'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah',
    'Cakupan Penerapan dan Penegakan Peraturan Daerah',
    ...P100,
    null,
  ],
  // S735
  [
    'Koordinasi/Sinergi Dengan Prangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia',
    'Jumlah Laporan Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia',
    'Laporan',
    '12 Laporan',
    '12 laporan',
    '100%',
    null,
  ],
];
/** Sasaran cell of REAL_T2 merged down over its program's rows: [first index, last index]. */
const REAL_T2_SASARAN_GROUPS: [number, number][] = [
  [0, 16],
  [17, 21],
  [22, 25],
  [26, 28],
];

// Table 3 (anggaran): Tabel 3.10 (S952–995), no kode; level from the name prefix / capitals as
// printed; a "Total" row after each sasaran group, no grand total (as printed). Columns A–E:
// Sasaran · Program/ Kegiatan/ Sub Kegiatan Pendukung Sasaran · Anggaran (Rp) · Realisasi (Rp) ·
// Persentase Serapan Anggaran
const T310_GROUPS: { sasaran: string; rows: Row[] }[] = [
  {
    sasaran:
      'Sasaran 1: Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja perangkat daerah',
    rows: [
      // S955
      [
        null,
        'PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN / KOTA',
        rp(3246438737),
        rp(2376886333),
        pc(0.73),
      ],
      // S956
      [
        null,
        'Kegiatan A.1 Perencanaan, penganggaran, dan evalauasi kinerja perangkat daerah',
        rp(790800),
        rp(785000),
        pc(0.99),
      ],
      // S957
      [
        null,
        'Sub Kegiatan Penyusunan dokumen perencanaan perangkat daerah',
        rp(790800),
        rp(785000),
        pc(0.99),
      ],
      // S958 — kegiatan printed 2.611.733.686 / 1.805.689.729; its subs sum to 2.611.008.686 / 1.804.964.729
      [
        null,
        'Kegiatan A.1 Administrasi keuangan perangkat daerah',
        rp(2611733686),
        rp(1805689729),
        pc(0.69),
      ],
      // S959
      [
        null,
        'Sub Kegiatan Penyediaan gaji dan tunjangan ASN',
        rp(2509848686),
        rp(1711444729),
        pc(0.68),
      ],
      // S960
      [
        null,
        'Sub Kegiatan Pelaksanaan penatausahaan dan pengujian / verifikasi keuangan SKPD',
        rp(101160000),
        rp(93520000),
        pc(0.92),
      ],
      // S961 — kegiatan printed 43.328.700 / 38.034.400; its subs sum to 49.731.100 / 43.184.400
      [
        null,
        'Kegiatan A.1 Administrasi umum perangkat daerah',
        rp(43328700),
        rp(38034400),
        pc(0.88),
      ],
      // S962
      [
        null,
        'Sub Kegiatan penyediaan komponen instalasi Listrik / penerangan bangunan kantor',
        rp(3265000),
        rp(3170000),
        pc(0.97),
      ],
      // S965
      [
        null,
        'Sub Kegiatan Penyediaan peralatan dan perlengkapan kantor',
        rp(6402400),
        rp(5150000),
        pc(0.8),
      ],
      [null, 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', rp(40063700), rp(34864400), pc(0.87)], // S966
      // S967
      [
        null,
        'A.1 Kegiatan Penyediaan jasa penunjang urusan pemerintah daerah',
        rp(527512751),
        rp(477502204),
        pc(0.91),
      ],
      // S968
      [
        null,
        'Penyediaan jasa komunikasi, sumber daya air dan listrik',
        rp(37423151),
        rp(35955661),
        pc(0.96),
      ],
      // S969
      [
        null,
        'Penyediaan jasa peralatan dan perlengkapan kantor',
        rp(10000000),
        rp(10000000),
        pc(1),
      ],
      [null, 'Penyediaan jasa pelayanan umum kantor', rp(480089600), rp(431546543), pc(0.9)], // S970
      // S971
      [
        null,
        'Kegiatan A1 Pemeliharaan Barang milik daerah penunjang urusan pemerintah daerah',
        rp(63072800),
        rp(54875000),
        pc(0.87),
      ],
      // S972
      [
        null,
        'Sub Kegiatan Penyediaan jasa pemeliharaan, biaya pemeliharaan dan pajak kendaraan perorangan dinas atau kendaraan dinas jabatan',
        rp(39786400),
        rp(35750000),
        pc(0.9),
      ],
      // S973
      [
        null,
        'Sub Kegiatan Penyediaan jasa pemeliharaan, biaya pemeliharaan, pajak dan perizinan kendaraan dinas operasional dan lapangan',
        rp(14786400),
        rp(10750000),
        pc(0.73),
      ],
      // S974
      [
        null,
        'Sub Kegiatan Pemeliharaan / Rehabilitasi Gedung kantor dan bangunan lainnya',
        rp(8500000),
        rp(8375000),
        pc(0.99),
      ],
      ['Total', null, rp(3246438737), rp(2376886333), pc(0.73)], // S977
    ],
  },
  {
    sasaran: 'Sasaran 2 : Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan',
    rows: [
      // S978 (the print's "PENYELENGGARA AN" is a line-break artefact, joined)
      [
        null,
        'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
        rp(555120000),
        rp(546800000),
        pc(0.99),
      ],
      // S979, S980 — 99% printed for 543.600.000 / 545.040.000 = 99,74 (truncated)
      [
        null,
        'Kegiatan A.2 Koordinasi penyelenggaraan kegiatan pemerintahan di Tingkat Kecamatan',
        rp(545040000),
        rp(543600000),
        pc(0.99),
      ],
      [
        null,
        'Sub Kegiatan Peningkatan efektifitas kegiatan pemerintahan di Tingkat kecamatan',
        rp(545040000),
        rp(543600000),
        pc(0.99),
      ],
      // S981
      [
        null,
        'Kegiatan A.1 Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        rp(10080000),
        rp(3200000),
        pc(0.32),
      ],
      // S982
      [
        null,
        'Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain yang Dilimpahkan',
        rp(10080000),
        rp(3200000),
        pc(0.32),
      ],
      ['Total', null, rp(555120000), rp(546800000), pc(0.99)], // S983
    ],
  },
  {
    sasaran: 'Sasaran 3 : Meningkatnya fasilitasi kesejahteraan Masyarakat di kecamatan',
    rows: [
      // S984
      [
        null,
        'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
        rp(113108800),
        rp(109064000),
        pc(0.96),
      ],
      // S985
      [
        null,
        'Kegiatan A.3 Koordinasi kegiatan pemberdayaan desa',
        rp(113108800),
        rp(109064000),
        pc(0.96),
      ],
      // S986 + S989
      [
        null,
        'Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
        rp(550000),
        rp(510000),
        pc(0.93),
      ],
      // S990
      [
        null,
        'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
        rp(112558800),
        rp(108554000),
        pc(0.96),
      ],
      ['Total', null, rp(113108800), rp(109064000), pc(0.96)], // S991
    ],
  },
  {
    sasaran: 'Sasaran 4 : Terjaganya ketertiban umum dan ketentraman Masyarakat di kecamatan',
    rows: [
      // S992
      [
        null,
        'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
        rp(49569400),
        rp(47483635),
        pc(0.96),
      ],
      // S993
      [
        null,
        'Kegiatan A.4 Koordinasi penerapan dan penegakan peraturan daerah dan peraturan kepala daerah',
        rp(49569400),
        rp(47483635),
        pc(0.96),
      ],
      // S994
      [
        null,
        'Sub Kegiatan Koordinasi / sinergi dengan perangkat daerah yang tugas dan fungsinya dibidang penegakan peraturan perundang undangan dan/atau kepolisia negara Republik Indonesia',
        rp(49569400),
        rp(47483635),
        pc(0.96),
      ],
      ['Total', null, rp(49569400), rp(47483635), pc(0.96)], // S995
    ],
  },
];

// ───────────────────────────── Efisiensi ─────────────────────────────
// Tabel 3.5 (S756–776), PK 2025. Columns A–I: No · Sasaran dan Indikator Sasaran ·
// Kinerja (Target · realisasi · %) · Anggaran Program Pendukung Sasaran (Target · realisasi · %) ·
// Kategori Efisiensi. Sasaran and indikator in one cell, as printed.
const EF1_TITLE = ['Tabel 3.5 Perhitungan Efisiensi — PK 2025', 'Kecamatan Semboro Tahun 2025'];
const EF1: Row[] = [
  // S761 + S762 + S767
  [
    1,
    'Sasaran : Meningkatnya Efektivitas Pencapaian Target Kinerja PD\nIndikator : % indikator program yang tercapai',
    '100%',
    '100%',
    '100%',
    'Rp3.246.438.737,00',
    'Rp2.376.886.333,00',
    '73%',
    'Efisien',
  ],
  // S768 — "Tidak Efisien" for 100% kinerja / 99% serapan
  [
    2,
    'Sasaran : Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan\nIndikator : Indeks Kepuasan Masyarakat (IKM)',
    '97,93 (Nilai IKM)',
    '97,93 (Nilai IKM)',
    '100%',
    'Rp555.120.000,00',
    'Rp546.800.000,00',
    '99%',
    'Tidak Efisien',
  ],
  // S769 + S774 — "Efisien" for 100% / 96%
  [
    3,
    'Sasaran : Meningkatnya Fasilitas Kesejahteraan Masyarakat di Kecamatan\nIndikator : Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    '100%',
    '100%',
    '100%',
    'Rp113.108.800,00',
    'Rp109.064.000,00',
    '96%',
    'Efisien',
  ],
  // S775 — "Tidak Efisien" for the same 100% / 96%
  [
    4,
    'Sasaran : Terjaganya ketertiban umum dan ketentraman masyarakat di Kecamatan\nIndikator : Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat',
    '100%',
    '100%',
    '100%',
    'Rp49.569.400,00',
    'Rp47.483.635,00',
    '96%',
    'Tidak Efisien',
  ],
  // S776
  ['JUMLAH', null, null, null, null, 'Rp3.964.236.937,00', 'Rp3.080.233.968,00', '78%', null],
];

// Tabel 3.9 (S917–928), PK Perubahan 2025. Same columns, last one "% Efisiensi";
// sasaran rows and indikator rows separate, as printed; no numbered row.
const EF2_TITLE = [
  'Tabel 3.9 Perhitungan Efisiensi — PK Perubahan 2025',
  'Kecamatan Semboro Tahun 2025',
];
const EF2: Row[] = [
  // S921 — 13,90% not reproducible from the row
  [
    '1.',
    'Sasaran : Meningkatnya Kepuasan Masyarakat terhadap Pelayanan Publik di Kecamatan',
    null,
    null,
    null,
    'Rp668.228.800,00',
    'Rp655.864.000,00',
    '98%',
    pc(0.139, '0.00%'),
  ],
  // S922
  [null, 'Indikator : Indeks Kepuasan Masyarakat', 97.93, 97.93, '100 %', null, null, null, null],
  // S923 + S925 — "x" in the anggaran cell
  [
    '2.',
    'Sasaran : Meningkatnya Akuntabilitas Kinerja dan Efektivitas pencapaian target kinerja Perangkat Daerah',
    null,
    null,
    null,
    'x',
    null,
    null,
    null,
  ],
  // S926 — 47,52% not reproducible
  [
    null,
    'Indikator 1 : Nilai SAKIP Kecamatan',
    81,
    '81,13',
    '100,2%',
    'Rp49.569.400,00',
    'Rp47.483.635,00',
    '96%',
    pc(0.4752, '0.00%'),
  ],
  // S927 — 5,42% not reproducible
  [
    null,
    'Indikator 2 : Persentase Capaian Kinerja Program Yang tercapai',
    '100%',
    '100%',
    '100%',
    'Rp3.246.438.737,00',
    'Rp2.376.886.333,00',
    '73%',
    pc(0.0542, '0.00%'),
  ],
  // S928 — JUMLAH anggaran printed 3.970.639.337; the rows above sum to 3.964.236.937
  [
    'JUMLAH',
    null,
    null,
    null,
    null,
    'Rp3.970.639.337,00',
    'Rp3.080.233.968,00',
    '78%',
    pc(0.139, '0.00%'),
  ],
];

// ───────────────────────────── writing helpers ─────────────────────────────
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};

function put(ws: ExcelJS.Worksheet, r: number, c: number, v: CellValue): void {
  const cell = ws.getCell(r, c);
  if (v !== null) {
    if (typeof v === 'object') {
      cell.value = v.value;
      cell.numFmt = v.numFmt;
    } else {
      cell.value = v;
    }
  }
  cell.border = BOX;
  cell.alignment = { vertical: 'top', wrapText: true };
}

function title(ws: ExcelJS.Worksheet, r: number, width: number, text: string): void {
  ws.mergeCells(r, 1, r, width);
  const cell = ws.getCell(r, 1);
  cell.value = text;
  cell.font = { bold: true, size: 12 };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** Header cells: texts per row (null = part of a merge), plus merges [r1, c1, r2, c2] absolute. */
function header(
  ws: ExcelJS.Worksheet,
  top: number,
  rows: (string | number | null)[][],
  merges: [number, number, number, number][],
): void {
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const cell = ws.getCell(top + i, j + 1);
      if (v !== null) cell.value = v;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BOX;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }),
  );
  for (const [r1, c1, r2, c2] of merges) ws.mergeCells(r1, c1, r2, c2);
}

/** A numbered-column row (1 | 2 | 3 | … | 8 = 7/6*100), italic and centred. */
function numbered(ws: ExcelJS.Worksheet, r: number, labels: (string | number)[]): void {
  labels.forEach((v, j) => {
    const cell = ws.getCell(r, j + 1);
    cell.value = v;
    cell.font = { italic: true, size: 9 };
    cell.border = BOX;
    cell.alignment = { horizontal: 'center' };
  });
}

function body(ws: ExcelJS.Worksheet, top: number, rows: Row[]): void {
  rows.forEach((row, i) => row.forEach((v, j) => put(ws, top + i, j + 1, v)));
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

// ───────────────────────────── sheets ─────────────────────────────
function sheetTc25(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('TC.25');
  widths(ws, [6, 40, 40, 42, 10, 10, 10, 10, 10, 12, 10, 14]);
  // Block 1: titles rows 1–3, header rows 4–5, numbered row 6, data rows 7–12.
  TC25_BLOK1_TITLE.forEach((t, i) => title(ws, 1 + i, 10, t));
  header(
    ws,
    4,
    [
      [
        'No.',
        'Tujuan',
        'Sasaran',
        'Indikator Tujuan/Sasaran',
        'Target Kinerja Tujuan/Sasaran pada Tahun ke-',
        null,
        null,
        null,
        null,
        'Target Akhir Renstra (2026)',
      ],
      [null, null, null, null, '1 (2022)', '2 (2023)', '3 (2024)', '4 (2025)', '5 (2026)', null],
    ],
    [
      [4, 1, 5, 1],
      [4, 2, 5, 2],
      [4, 3, 5, 3],
      [4, 4, 5, 4],
      [4, 5, 4, 9],
      [4, 10, 5, 10],
    ],
  );
  numbered(ws, 6, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  body(ws, 7, TC25_BLOK1);
  ws.mergeCells('B7:B8'); // tujuan keuangan over SAKIP + program rows
  ws.mergeCells('B9:B12'); // tujuan penataan over its 4 rows

  // Block 2: titles rows 15–16, header rows 17–18, data rows 19–22.
  TC25_BLOK2_TITLE.forEach((t, i) => title(ws, 15 + i, 12, t));
  header(
    ws,
    17,
    [
      [
        'No',
        'Tujuan',
        'Sasaran',
        'Indikator',
        'Satuan',
        'Kondisi Awal/ Baseline 2024',
        'Target Kinerja Sasaran pada Tahun',
        null,
        null,
        null,
        null,
        'Target Akhir Renstra (2029)',
      ],
      [null, null, null, null, null, null, 2025, 2026, 2027, 2028, 2029, null],
    ],
    [
      [17, 1, 18, 1],
      [17, 2, 18, 2],
      [17, 3, 18, 3],
      [17, 4, 18, 4],
      [17, 5, 18, 5],
      [17, 6, 18, 6],
      [17, 7, 17, 11],
      [17, 12, 18, 12],
    ],
  );
  body(ws, 19, TC25_BLOK2);
  ws.mergeCells('B19:B22'); // tujuan pelayanan publik over all 4 rows
  ws.mergeCells('C21:C22'); // sasaran akuntabilitas over its 2 indicators
}

function sheetPk(
  wb: ExcelJS.Workbook,
  name: string,
  titles: string[],
  t1: Row[],
  t1Merges: string[],
  t2: Row[],
): void {
  const ws = wb.addWorksheet(name);
  widths(ws, [8, 45, 45, 50, 16]);
  titles.forEach((t, i) => title(ws, 1 + i, 5, t));
  // Table 1: header row 5, numbered row 6, data from row 7.
  header(
    ws,
    5,
    [['No', 'Tujuan', 'Sasaran Strategis', 'Indikator Kinerja', 'Target Tahun 2025']],
    [],
  );
  numbered(ws, 6, ['(1)', '(2)', '(3)', '(4)', '(5)']);
  body(ws, 7, t1);
  for (const m of t1Merges) ws.mergeCells(m);
  // Table 2: one blank row, a title row, header, programs and the Jumlah row.
  const t2Title = 7 + t1.length + 1;
  title(
    ws,
    t2Title,
    5,
    'Dukungan anggaran yang bersumber dari APBD/ APBN untuk mencapai kinerja yang diperjanjikan',
  );
  header(ws, t2Title + 1, [['No', 'Program', 'Anggaran (Rp)', 'Keterangan', 'Sasaran']], []);
  body(ws, t2Title + 2, t2);
  const jumlah = t2Title + 2 + t2.length - 1;
  ws.mergeCells(jumlah, 1, jumlah, 2);
}

function sheetRealisasi(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Realisasi 2025');
  widths(ws, [6, 12, 34, 34, 12, 10, 10, 10, 13, 10, 10, 10, 11, 13, 26, 40, 40, 40]);
  title(ws, 1, 18, 'PENGUKURAN KINERJA TAHUN 2025 KECAMATAN SEMBORO');
  title(ws, 2, 18, 'Capaian Kinerja Tahun 2025 atas PK 2025 dan PK Perubahan 2025');
  // Table 1: header rows 4–5, numbered row 6, data rows 7–16.
  header(
    ws,
    4,
    [
      [
        'No',
        'PK',
        'Tujuan / Sasaran Strategis',
        'Indikator',
        'Kondisi Awal / Baseline',
        'Capaian Tahun 2025',
        null,
        null,
        null,
        'Tren Realisasi',
        null,
        null,
        'Target Akhir Renstra',
        'Capaian terhadap Target Akhir Renstra (%)',
        '(Benchmark) Target Nasional/ Regional',
        'Faktor Pendorong',
        'Faktor Penghambat',
        'Tantangan',
      ],
      [
        null,
        null,
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
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ],
    [
      [4, 1, 5, 1],
      [4, 2, 5, 2],
      [4, 3, 5, 3],
      [4, 4, 5, 4],
      [4, 5, 5, 5],
      [4, 6, 4, 9],
      [4, 10, 4, 12],
      [4, 13, 5, 13],
      [4, 14, 5, 14],
      [4, 15, 5, 15],
      [4, 16, 5, 16],
      [4, 17, 5, 17],
      [4, 18, 5, 18],
    ],
  );
  numbered(ws, 6, [
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    '8 = 7/6*100',
    9,
    10,
    11,
    12,
    13,
    '14 = 7/13*100',
    15,
    16,
    17,
    18,
  ]);
  body(ws, 7, REAL_T1);
  // S798–799: one sasaran (and its faktor) for two indicators
  ws.mergeCells('C15:C16');
  ws.mergeCells('P15:P16');
  ws.mergeCells('Q15:Q16');
  ws.mergeCells('R15:R16');

  // Table 2 (kinerja program): title row 18, header row 19, data rows 20–48.
  title(
    ws,
    18,
    7,
    'Tabel 3.3 / 3.4 Kontribusi Capaian Program/ Kegiatan/ Sub Kegiatan Terhadap Sasaran',
  );
  header(
    ws,
    19,
    [
      [
        'Program/ Kegiatan/ Sub Kegiatan',
        'Indikator',
        'Satuan',
        'Target',
        'Realisasi',
        '% capaian',
        'Sasaran',
      ],
    ],
    [],
  );
  body(ws, 20, REAL_T2);
  for (const [a, b] of REAL_T2_SASARAN_GROUPS) ws.mergeCells(20 + a, 7, 20 + b, 7);

  // Table 3 (anggaran, Tabel 3.10): title row 50, header row 51, data rows 52–85.
  title(ws, 50, 5, 'Tabel 3.10 Realisasi Anggaran pada tahun 2025');
  header(
    ws,
    51,
    [
      [
        'Sasaran',
        'Program/ Kegiatan/ Sub Kegiatan Pendukung Sasaran',
        'Anggaran (Rp)',
        'Realisasi (Rp)',
        'Persentase Serapan Anggaran',
      ],
    ],
    [],
  );
  let r = 52;
  for (const g of T310_GROUPS) {
    body(ws, r, g.rows);
    ws.getCell(r, 1).value = g.sasaran;
    ws.mergeCells(r, 1, r + g.rows.length - 2, 1); // the sasaran heading over its rows, not the Total
    r += g.rows.length;
  }
}

function sheetEfisiensi(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Efisiensi');
  widths(ws, [8, 60, 16, 16, 10, 20, 20, 10, 16]);
  const head = (top: number, last: string): void =>
    header(
      ws,
      top,
      [
        [
          'No',
          'Sasaran dan Indikator Sasaran',
          'Kinerja',
          null,
          null,
          'Anggaran Program Pendukung Sasaran',
          null,
          null,
          last,
        ],
        [null, null, 'Target', 'realisasi', '%', 'Target', 'realisasi', '%', null],
      ],
      [
        [top, 1, top + 1, 1],
        [top, 2, top + 1, 2],
        [top, 3, top, 5],
        [top, 6, top, 8],
        [top, 9, top + 1, 9],
      ],
    );
  // Tabel 3.5: titles rows 1–2, header rows 3–4, numbered row 5, data rows 6–10.
  EF1_TITLE.forEach((t, i) => title(ws, 1 + i, 9, t));
  head(3, 'Kategori Efisiensi');
  numbered(ws, 5, [1, 2, 3, 4, '5= 4/3*100', 6, 7, '8= 7/6*100', 9]);
  body(ws, 6, EF1);
  ws.mergeCells('A10:B10');
  // Tabel 3.9: titles rows 13–14, header rows 15–16, data rows 17–22.
  EF2_TITLE.forEach((t, i) => title(ws, 13 + i, 9, t));
  head(15, '% Efisiensi');
  body(ws, 17, EF2);
  ws.mergeCells('A22:B22');
}

export async function buildSemboro2025(outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kecamatan Semboro';
  wb.created = new Date('2026-02-19T00:00:00Z');
  wb.modified = new Date('2026-02-19T00:00:00Z');
  sheetTc25(wb);
  sheetPk(wb, 'PK 2025', PK1_TITLE, PK1_T1, ['B7:B10', 'B11:B12'], PK1_T2);
  sheetPk(wb, 'PK Perubahan 2025', PK2_TITLE, PK2_T1, ['B7:B10', 'C9:C10'], PK2_T2);
  sheetRealisasi(wb);
  sheetEfisiensi(wb);
  await wb.xlsx.writeFile(outPath);
}

if (require.main === module) {
  const out = path.resolve(__dirname, '../../assets/semboro-2025.xlsx');
  buildSemboro2025(out).then(
    () => console.log(`ditulis: ${out}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
