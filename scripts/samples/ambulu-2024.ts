/**
 * Sample workbook "Ambulu 2024" — built from the figures of the LAKIP Kecamatan Ambulu TA 2024
 * (/work/shared/reports/ambulu-2024.txt; "A612" = line 612 of that report).
 *
 * Sheets: TC.25 (Sebelum / Sesudah Perubahan of Renstra 2021-2026), PK (murni, superseded),
 * PK Perubahan (measured), Realisasi (Tabel 3.2 + 3.3 + 3.4 + 3.7 tick columns, then the
 * program / sub-kegiatan indicator table), Anggaran (Tabel 3.8 grouped by sasaran as Tabel 3.5),
 * Efisiensi (Tabel 3.6) and Pengaturan (defaults written out).
 *
 * The report's own mistakes are kept as typed: SAKIP capaian `102%` (truncated 102,77), the
 * `Tinggi` ticks for capaian >= 90, SAKIP target akhir `100` / `84%` (TC.25 says 85), Dok target
 * akhir `100%` (TC.25 says 4 Dok), the IKU "Persentase Indikator Program yang tercapai" realised
 * `100%` while Program Penunjang reached 90,21 % of its 100 % target, and Tabel 3.6's capped 100.
 *
 * Run: npx tsx scripts/samples/ambulu-2024.ts   (writes assets/ambulu-2024.xlsx)
 */
import ExcelJS from 'exceljs';
import * as path from 'path';

/** A numeric cell shown with a percent number format (0.9433 shown as 94,33%). */
interface Pct {
  readonly pct: number;
  readonly fmt: string;
}
/** "Merged with the cell above" (a tujuan / sasaran written once over its rows). */
interface Up {
  readonly up: true;
}
type V = string | number | null | Pct | Up;

const UP: Up = { up: true };
const pct = (value: number, fmt = '0%'): Pct => ({ pct: value, fmt });
const TICK = '✓'; // A1217–1235

// ---------------------------------------------------------------------------------------------
// TC.25 — Tabel 2.1 / Lampiran 1 "Matriks Tujuan dan Sasaran Renstra 2021-2026"
// Columns: No · Tujuan · Sasaran · Indikator Kinerja · Kondisi Awal · 2021 … 2026 · Target Akhir
// (no Kondisi Awal is printed anywhere in the report: the column is left empty)
// ---------------------------------------------------------------------------------------------
const TUJUAN_LAMA =
  'Meningkatnya Tata kelola Pemerintahan yang Efektif, melalui Sinergis dengan Seluruh Elemen Pembangunan Daerah dan Peningkatan Kualitas Pelayanan Publik';
const TUJUAN_1 =
  'Meningkatnya kualitas pengelolaan keuangan dan aset daerah yang profesional, efektif, dan efisien.';
const TUJUAN_2 =
  'Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik.';
const SAS_PROGRAM = 'Meningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah';
const SAS_IKM =
  'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan';
const SAS_TRANTIB = 'Terjaganya ketertiban umum dan ketentraman masyarakat di Kecamatan';
const IND_SAKIP = 'Nilai SAKIP Ambulu';
const IND_PROGRAM = 'Persentase Indikator Program yang tercapai';
const IND_DOK = 'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah';
const IND_IKM = 'Indeks Kepuasan Masyarakat';
const IND_TRANTIB =
  'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat';

const TC25_SEBELUM: V[][] = [
  // A437 (+A440), A1471: SKM Aparatur 95 95 96 97 98 99
  [
    1,
    TUJUAN_LAMA,
    'Meningkatnya kualitas pelayanan aparatur dan publik',
    'SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap layanan Kecamatan secara kelembagaan)',
    null,
    95,
    95,
    96,
    97,
    98,
    99,
    99,
  ],
  // A442, A1472
  [
    UP,
    UP,
    UP,
    'Persentase Peningkatan PBB, Pajak Lainnya dan Retribusi',
    null,
    100,
    100,
    100,
    100,
    100,
    100,
    100,
  ],
  // A443, A1473
  [
    UP,
    UP,
    UP,
    'Persentase Desa Mandiri pada Kecamatan Ambulu',
    null,
    100,
    100,
    100,
    100,
    100,
    100,
    100,
  ],
];

const TC25_SESUDAH: V[][] = [
  // A449–451 (tujuan 1, its indicator), targets from Lampiran 1 A1479: – – 80 82 85 85
  [1, TUJUAN_1, null, IND_SAKIP, null, null, null, 80, 82, 85, 85, 85],
  // A455 ("Pencairan" [sic]), A1480: – – 80 80 80 100
  [
    UP,
    UP,
    'Meningkatnya Efektifitas Pencairan Target Kinerja Perangkat Daerah',
    IND_PROGRAM,
    null,
    null,
    null,
    80,
    80,
    80,
    100,
    100,
  ],
  // A459–461 (tujuan 2, its indicator), targets from Lampiran 1 A1481: – – 4 Dok ×4
  [2, TUJUAN_2, null, IND_DOK, null, null, null, '4 Dok', '4 Dok', '4 Dok', '4 Dok', '4 Dok'],
  // A465, A1485: – – 80 82 82 85
  [UP, UP, SAS_IKM, IND_IKM, null, null, null, 80, 82, 82, 85, 85],
  // A466 ("Fasilitasi", as Tabel 2.1 prints it), A1486: – – 100% ×4
  [
    UP,
    UP,
    'Meningkatnya Fasilitasi Kesejahteraan Masyarakat di Kecamatan',
    'Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan',
    null,
    null,
    null,
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
  ],
  // A467, A1487: – – 100% ×4 (typed here as numeric cells formatted 0%)
  [UP, UP, SAS_TRANTIB, IND_TRANTIB, null, null, null, pct(1), pct(1), pct(1), pct(1), pct(1)],
];

// ---------------------------------------------------------------------------------------------
// PK — Lampiran 3a, murni, 26 Jan 2024 (A1616–1630) and Lampiran 3b, Perubahan, 26 Nop 2024
// (A1693–1707). Table 1: No · Tujuan · Sasaran Strategis · Indikator Kinerja · Target 2024 ·
// Polaritas. The report prints one "TUJUAN/SASARAN STRATEGIS" column; the two tujuan statements
// (SAKIP, Dok) go in the Tujuan column with an empty Sasaran, as in TC.25 (A1479, A1481).
// ---------------------------------------------------------------------------------------------
const PK_MURNI: V[][] = [
  [1, TUJUAN_1, null, IND_SAKIP, 'B (82)', 'positif'], // A1618
  [2, UP, SAS_PROGRAM, IND_PROGRAM, 80, 'positif'], // A1619
  [3, TUJUAN_2, null, IND_DOK, '4 Dok', 'positif'], // A1620
  [4, UP, SAS_IKM, IND_IKM, 82, 'positif'], // A1621
  [
    5,
    UP,
    'Meningkatnya Fasilitasi Kesejahteraan Masyarakat di Kecamatan',
    'Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan',
    '100%',
    'positif',
  ], // A1622
  [6, UP, SAS_TRANTIB, IND_TRANTIB, '100%', 'positif'], // A1623
];
const PK_PERUBAHAN: V[][] = [
  [1, TUJUAN_1, null, IND_SAKIP, 'B (82)', 'positif'], // A1695 (82 is grade A on AKIP)
  [2, UP, SAS_PROGRAM, IND_PROGRAM, 80, 'positif'], // A1696
  [3, TUJUAN_2, null, IND_DOK, '4 Dok', 'positif'], // A1697 (row 3)
  [4, UP, SAS_IKM, IND_IKM, 82, 'positif'], // A1698
  [
    5,
    UP,
    'Meningkatnya Fasilitas Kesejahteraan Masyarakat di Kecamatan',
    'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    '100%',
    'positif',
  ], // A1699 ("Fasilitas" in the Perubahan)
  [6, UP, SAS_TRANTIB, IND_TRANTIB, pct(1), 'positif'], // A1700
];

// Table 2: No · Program · Anggaran (Rp) · Sasaran · Keterangan. Sasaran numbers count the
// sasaran rows of Table 1 only (1 Efektifitas, 2 IKM, 3 Fasilitas, 4 Trantib) — BAB II.D, A536–560.
const PK_MURNI_PROGRAM: V[][] = [
  [1, 'Penunjang Urusan Pemerintah Daerah Kabupaten/Kota', 'Rp. 2.925.063.617', 1, 'APBD'], // A1626
  [2, 'Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Rp. 1.041.115.000', 2, 'APBD'], // A1627
  [3, 'Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp. 236.227.800', 3, 'APBD'], // A1628
  [4, 'Koordinasi Ketentraman dan Ketertiban Umum', 'Rp. 273.664.376', 4, 'APBD'], // A1629
  [null, 'Jumlah', 'Rp. 4.476.070.793', null, null], // A1630
];
const PK_PERUBAHAN_PROGRAM: V[][] = [
  [1, 'Penunjang Urusan Pemerintah Daerah Kabupaten/Kota', 'Rp. 2.941.063.617', 1, 'P-APBD'], // A1703
  [2, 'Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Rp. 1.041.115.000', 2, 'P-APBD'], // A1704
  [3, 'Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp. 236.227.800', 3, 'P-APBD'], // A1705
  [4, 'Koordinasi Ketentraman dan Ketertiban Umum', 'Rp. 273.664.376', 4, 'P-APBD'], // A1706
  [null, 'J u m l a h', 'Rp. 4.492.070.793', null, null], // A1707 (label as Tabel 2.3, A530)
];

// ---------------------------------------------------------------------------------------------
// Realisasi Table 1 — Tabel 3.2 (A599–620) + Tabel 3.3 (A777–790) + Tabel 3.4 (A844–853) +
// Tabel 3.7 tick columns (A1211–1237) + faktor texts (A1239–1390). Row order of Tabel 3.2.
// Columns: A No · B Sasaran Strategis · C Indikator Kinerja · D Target 2024 · E Realisasi 2024 ·
// F Capaian (%) · G–K Predikat (Sangat Tinggi | Tinggi | Sedang | Rendah | Sangat Rendah) ·
// L–N Realisasi 2021–2023 · O Target Akhir Renstra (2026) · P Capaian thd Target Akhir (%) ·
// Q Benchmark · R Faktor Pendorong · S Faktor Penghambat · T Solusi
// ---------------------------------------------------------------------------------------------
const FAKTOR_IKM_PENDORONG =
  '1. Program yang sesuai kebutuhan masyarakat. 2. Koordinasi antar perangkat daerah yang cukup baik. 3. Langkah awal peningkatan sarana dan prasarana layanan administrasi kependudukan (Adminduk).'; // A1274–1277
const FAKTOR_IKM_PENGHAMBAT =
  '- Beberapa layanan belum memenuhi harapan masyarakat. - Sarana dan Prasarana Terbatas yaitu Fasilitas pelayanan di beberapa desa masih minim. - Sumber daya manusia kurang Kompeten Kapasitas penyelenggara layanan perlu ditingkatkan.'; // A1281–1283
const FAKTOR_IKM_SOLUSI =
  '1. Menyusun SOP dan persyaratan layanan yang seragam. 2. Mengalokasikan anggaran untuk memperbaiki dan menambah fasilitas pelayanan. 3. Memberikan pelatihan rutin bagi sumber daya manusia agar lebih profesional. 4. Memperluas layanan berbasis digital, seperti administrasi online dan pengaduan elektronik. 5. Melakukan survei kepuasan masyarakat secara rutin (E-Sukma) untuk menemukan dan memperbaiki kekurangan.'; // A1285–1291

const REALISASI_KINERJA: V[][] = [
  // A605 (+A608) Tabel 3.2 · A782 Tabel 3.3 · A1217 Tabel 3.7 · A1262 faktor
  [
    1,
    TUJUAN_2,
    IND_DOK,
    '4 Dok',
    '4 Dok',
    '100%',
    null,
    TICK,
    null,
    null,
    null,
    null,
    '4 Dok',
    '4 Dok',
    '100%', // target akhir typed "100%" (A605); TC.25 2026 = 4 Dok (A1481)
    '100%',
    null,
    'Seluruh dokumen tersebut telah disusun dan dipenuhi dengan baik pada tahun 2024.',
    null,
    null,
  ],
  // A609 · A783 · A849 (benchmark) · A1223 · A1272–1291
  [
    2,
    SAS_IKM,
    IND_IKM,
    82,
    '83,63',
    '102%', // 101,99 rounded: correct
    null,
    TICK,
    null,
    null,
    null,
    null,
    72,
    '83,57',
    85,
    '98%',
    '87,33 (IKM Kab. Jember)',
    FAKTOR_IKM_PENDORONG,
    FAKTOR_IKM_PENGHAMBAT,
    FAKTOR_IKM_SOLUSI,
  ],
  // A610 · A785 · A1225 · A1306, A1156, A1308–1311
  [
    3,
    'Meningkatnya Fasilitas Kesejahteraan Masyarakat di Kecamatan',
    'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    '100%',
    pct(1),
    '100%',
    null,
    TICK,
    null,
    null,
    null,
    null,
    '100%',
    '100%',
    '100%',
    '100%',
    null,
    'Keberhasilan perangkat daerah dalam melaksanakan program yang mendukung peningkatan kesejahteraan masyarakat di tingkat kecamatan.',
    'Minimnya partisipasi peserta, keterbatasan waktu, serta kurangnya sumber daya.',
    '1. Mengevaluasi program yang kurang efektif agar bisa diperbaiki atau disesuaikan supaya lebih efisien. 2. Mengajukan tambahan anggaran dan memanfaatkan fasilitas yang ada secara maksimal. 3. Memberikan pelatihan rutin kepada aparatur kecamatan agar lebih kompeten. 4. Mengajak masyarakat untuk lebih aktif terlibat dalam program kesejahteraan.',
  ],
  // A611 · A786 · A1227 · A1328, A1332–1335
  [
    4,
    SAS_TRANTIB,
    IND_TRANTIB,
    '100%',
    '100%',
    '100%',
    null,
    TICK,
    null,
    null,
    null,
    null,
    pct(0.9433, '0.00%'),
    '96%',
    pct(1),
    '100%',
    null,
    'Koordinasi yang baik antara perangkat daerah dan masyarakat; program yang dilaksanakan sudah sesuai dengan kebutuhan masyarakat.',
    'Keterbatasan anggaran dan fasilitas yang memadai.',
    '1. Mengevaluasi program yang belum efektif dan membuat perbaikan agar lebih efisien. 2. Mengoptimalkan anggaran dan fasilitas yang ada untuk mendukung program. 3. Memperkuat koordinasi dengan pemerintah daerah dan masyarakat. 4. Meningkatkan partisipasi masyarakat dalam menjaga ketertiban.',
  ],
  // A612 · A787 · A1233 · A1366–1372 (Peluang Perbaikan)
  [
    5,
    TUJUAN_1,
    'Nilai SAKIP OPD', // as Tabel 3.2 / 3.3 / IKU print it; PK says "Nilai SAKIP Ambulu"
    82,
    '84.27', // dot decimal as printed
    '102%', // 84,27/82 = 102,77: truncated (A612)
    null,
    TICK,
    null,
    null,
    null,
    null,
    null,
    '53,30',
    100, // typed 100 (A612); TC.25 2026 = 85 (A1479)
    '84%', // 84,27/100; with 85 it is 99,14
    null,
    null,
    null,
    '1. Menyusun rencana yang lebih terkait rencana Pembangunan Kab Jember. 2. Memperbaiki cara pengukuran kinerja agar lebih tepat sasaran. 3. Menggunakan hasil evaluasi untuk membuat yang lebih baik dan efektif.',
  ],
  // A613 · A788 · A1235 · A1380–1384 (realisasi 100% from 4/4, A771)
  [
    6,
    SAS_PROGRAM,
    IND_PROGRAM,
    '80%',
    '100%',
    '125%',
    null,
    TICK,
    null,
    null,
    null,
    null,
    '88%',
    '98.83%',
    '100%',
    '100%',
    null,
    'Program yang tepat sasaran, sumber daya manusia yang kompeten, dan strategi yang sesuai dengan kebutuhan masyarakat.',
    'Perubahan regulasi yang memerlukan penyesuaian mendadak, lemahnya koordinasi antar perangkat daerah, serta kurangnya sumber daya manusia dan anggaran.',
    'a. Penyesuaian Regulasi: sesuaikan aturan dengan kebijakan terbaru dan buat SOP yang lebih fleksibel. b. Melakukan pemetaan kebutuhan sumber daya manusia sesuai prioritas program dan anggaran digunakan secara efisien. c. Pemantauan dan Evaluasi rutin agar masalah cepat terdeteksi dan diperbaiki.',
  ],
];

// ---------------------------------------------------------------------------------------------
// Realisasi Table 2 — program indicators (A761–767, targets RKT A1518/1536/1543/1550) and the
// sub-kegiatan Output rows of the Input/Output tables (A909–1170).
// Columns: Kode · Program / Kegiatan / Sub Kegiatan · Indikator · Satuan · Target · Realisasi · % ·
// Sasaran. The % column is left empty (the report prints none).
// ---------------------------------------------------------------------------------------------
const REALISASI_PROGRAM: V[][] = [
  // A763, A1518 (target 100%), A862 (realisasi 90,21%)
  [
    '1',
    'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    'Persentase realisasi anggaran',
    '%',
    '100%',
    '90,21%',
    null,
    1,
  ],
  [
    '1.1.1',
    'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN',
    'Jumlah Orang/Bulan',
    'Orang/Bulan',
    18,
    17,
    null,
    1,
  ], // A911
  [
    '1.1.2',
    'Sub Kegiatan Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD',
    'Jumlah dokumen',
    'Dokumen',
    12,
    12,
    null,
    1,
  ], // A917
  [
    '1.2.1',
    'Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor',
    'Jumlah Paket',
    'Paket',
    1,
    1,
    null,
    1,
  ], // A925
  [
    '1.3.1',
    'Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor',
    'Jumlah Laporan',
    'Laporan',
    12,
    12,
    null,
    1,
  ], // A933
  [
    '1.4.1',
    'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan',
    'Jumlah Unit',
    'Unit',
    1,
    1,
    null,
    1,
  ], // A941
  [
    '1.4.2',
    'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
    'Jumlah Unit',
    'Unit',
    1,
    1,
    null,
    1,
  ], // A947
  [
    '1.4.3',
    'Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
    'Jumlah Unit',
    'Unit',
    3,
    3,
    null,
    1,
  ], // A953
  // A764, A1536 (target 100%); realisasi 100% as claimed at A771 ("semua program … 100%")
  [
    '2',
    'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
    'Terselenggarakannya pemerintahan dan pelayanan publik di tingkat kecamatan',
    '%',
    '100%',
    '100%',
    null,
    2,
  ],
  [
    '2.1.1',
    'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemerintahan di Tk. Kecamatan',
    'Jumlah Dokumen',
    'Dokumen',
    12,
    12,
    null,
    2,
  ], // A965
  [
    '2.2.1',
    'Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan',
    'Jumlah Laporan',
    'Laporan',
    12,
    12,
    null,
    2,
  ], // A990
  // A765, A1543 (target 100%); realisasi 100% per A771
  [
    '3',
    'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
    'Persentase hasil koordinasi Penyelenggaraan Kegiatan Pemberdayaan Masyarakat Desa yang ditindaklanjuti',
    '%',
    '100%',
    '100%',
    null,
    3,
  ],
  [
    '3.1.1',
    'Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
    'Jumlah Lembaga Kemasyarakatan',
    'Lembaga Kemasyarakatan',
    12,
    12,
    null,
    3,
  ], // A1064
  [
    '3.1.2',
    'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
    'Jumlah Laporan',
    'Laporan',
    12,
    12,
    null,
    3,
  ], // A1090
  // A767, A1550 (target 100%); realisasi 100% per A771
  [
    '4',
    'Program Koordinasi Ketentraman dan Ketertiban Umum',
    'Persentase koordinasi ketentraman dan ketertiban yang dapat terfasilitasi kecamatan',
    '%',
    '100%',
    '100%',
    null,
    4,
  ],
  [
    '4.1.1',
    'Sub Kegiatan Koordinasi/Sinergi Dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia',
    'Jumlah Laporan',
    'Laporan',
    12,
    12,
    null,
    4,
  ], // A1170
];

// ---------------------------------------------------------------------------------------------
// Anggaran — Tabel 3.8 (A1401–1438, kode 1 / 1.1 as printed, sub-kegiatan numbered 1.1.1 …)
// grouped under the sasaran headings of Tabel 3.5 (A862–899). Each program stands under one
// sasaran in this report. Columns: Kode · Program/ Kegiatan/ Sub Kegiatan · Anggaran (Rp,-) ·
// Realisasi (Rp,-) · % Realisasi · Sisa (Rp,-). % typed as numeric percent cells (all correct,
// A1406–1436); Sisa empty (not printed).
// ---------------------------------------------------------------------------------------------
interface BudgetRow {
  kode: string | null;
  nama: string;
  pagu: number | string | null;
  realisasi: number | null;
  persen: number | null; // as typed: fraction shown with '0.00%'
  heading?: true;
}
const heading = (nama: string): BudgetRow => ({
  kode: null,
  nama,
  pagu: null,
  realisasi: null,
  persen: null,
  heading: true,
});
const ANGGARAN: BudgetRow[] = [
  heading(`Sasaran 1 : ${SAS_PROGRAM}`), // A862
  {
    kode: '1',
    nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    pagu: 2941063617,
    realisasi: 2653011709,
    persen: 0.9021,
  }, // A1406
  {
    kode: '1.1',
    nama: 'Kegiatan Administrasi Keuangan Perangkat Daerah',
    pagu: 2519451117,
    realisasi: 2297148008,
    persen: 0.9118,
  }, // A1407
  {
    kode: '1.1.1',
    nama: 'Sub Kegiatan Penyediaan Gaji Dan Tunjangan ASN',
    pagu: 2421621117,
    realisasi: 2202538008,
    persen: 0.9095,
  }, // A1408
  {
    kode: '1.1.2',
    nama: 'Sub Kegiatan Pelaksanaan Penatausahaan Dan Pengujian/Verifikasi Keuangan SKPD',
    pagu: 97830000,
    realisasi: 94610000,
    persen: 0.9671,
  }, // A1409
  {
    kode: '1.2',
    nama: 'Administrasi Umum Perangkat Daerah',
    pagu: 78511800,
    realisasi: 72776000,
    persen: 0.9269,
  }, // A1410
  {
    kode: '1.2.1',
    nama: 'Sub Kegiatan Penyediaan Peralatan Dan Perlengkapan Kantor',
    pagu: 78511800,
    realisasi: 72776000,
    persen: 0.9269,
  }, // A1411
  {
    kode: '1.3',
    nama: 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
    pagu: 252339200,
    realisasi: 211045025,
    persen: 0.8364,
  }, // A1415
  {
    kode: '1.3.1',
    nama: 'Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor',
    pagu: 252339200,
    realisasi: 211045025,
    persen: 0.8364,
  }, // A1416
  {
    kode: '1.4',
    nama: 'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
    pagu: 90761500,
    realisasi: 72042676,
    persen: 0.7938,
  }, // A1417
  {
    kode: '1.4.1',
    nama: 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan Dan Pajak Kendaraan Perorangan Dinas Atau Kendaraan Dinas Jabatan',
    pagu: 49391700,
    realisasi: 42549800,
    persen: 0.8615,
  }, // A1418
  {
    kode: '1.4.2',
    nama: 'Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, Dan Perizinan Kendaraan Dinas Operasional Atau Lapangan',
    pagu: 31849000,
    realisasi: 20021776,
    persen: 0.6286,
  }, // A1419
  {
    kode: '1.4.3',
    nama: 'Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor Dan Bangunan Lainnya',
    pagu: 9520800,
    realisasi: 9471100,
    persen: 0.9948,
  }, // A1420
  heading(`Sasaran 2 : ${SAS_IKM}`), // A879
  {
    kode: '2',
    nama: 'Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik',
    pagu: 1041115000,
    realisasi: 1032500000,
    persen: 0.9917,
  }, // A1421
  {
    kode: '2.1',
    nama: 'Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan Di Tingkat Kecamatan',
    pagu: 1031035000,
    realisasi: 1023200000,
    persen: 0.9924,
  }, // A1422
  {
    kode: '2.1.1',
    nama: 'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemerintahan Di Tk. Kecamatan',
    pagu: 1031035000,
    realisasi: 1023200000,
    persen: 0.9924,
  }, // A1423
  {
    kode: '2.2',
    nama: 'Kegiatan Penyelenggaraan Urusan Pemerintahan Yang Tidak Dilaksanakan Oleh Unit Kerja Perangkat Daerah Yang Ada Di Kecamatan',
    pagu: 10080000,
    realisasi: 9300000,
    persen: 0.9226,
  }, // A1424
  {
    kode: '2.2.1',
    nama: 'Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan Kepada Masyarakat Di Wilayah Kecamatan',
    pagu: 'Rp10.080.000',
    realisasi: 9300000,
    persen: 0.9226,
  }, // A1425 (pagu pasted as text, as A887)
  heading('Sasaran 3 : Meningkatnya Fasilitasi Kesejahteraan Masyarakat di Kecamatan'), // A888
  {
    kode: '3',
    nama: 'Program Pemberdayaan Masyarakat Desa Dan Kelurahan',
    pagu: 236227800,
    realisasi: 194582000,
    persen: 0.8237,
  }, // A1429
  {
    kode: '3.1',
    nama: 'Kegiatan Koordinasi Kegiatan Pemberdayaan Desa',
    pagu: 236227800,
    realisasi: 194582000,
    persen: 0.8237,
  }, // A1430
  {
    kode: '3.1.1',
    nama: 'Sub Kegiatan Peningkatan Partisipasi Masyarakat Dalam Forum Musyawarah Perencanaan Pembangunan Di Desa',
    pagu: 7231800,
    realisasi: 6460000,
    persen: 0.8933,
  }, // A1431
  {
    kode: '3.1.2',
    nama: 'Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat Di Wilayah Kecamatan',
    pagu: 228996000,
    realisasi: 188122000,
    persen: 0.8215,
  }, // A1432
  heading(`Sasaran 4 : ${SAS_TRANTIB}`), // A896
  {
    kode: '4',
    nama: 'Program Koordinasi Ketentraman Dan Ketertiban Umum',
    pagu: 273664376,
    realisasi: 244304640,
    persen: 0.8927,
  }, // A1433
  {
    kode: '4.1',
    nama: 'Kegiatan Koordinasi Penerapan Dan Penegakan Peraturan Daerah Dan Peraturan Kepala Daerah',
    pagu: 273664376,
    realisasi: 244304640,
    persen: 0.8927,
  }, // A1434
  {
    kode: '4.1.1',
    nama: 'Sub Kegiatan Koordinasi/Sinergi Dengan Perangkat Daerah Yang Tugas Dan Fungsinya Di Bidang Penegakan Peraturan Perundang-Undangan Dan/Atau Kepolisian Negara Republik Indonesia',
    pagu: 273664376,
    realisasi: 244304640,
    persen: 0.8927,
  }, // A1435
  { kode: null, nama: 'Jumlah', pagu: 4492070793, realisasi: 4124398349, persen: 0.9182 }, // A1436
];

// ---------------------------------------------------------------------------------------------
// Efisiensi — Tabel 3.6 (A1184–1193): Sasaran · % Capaian Kinerja · % Serapan Anggaran ·
// Kategori Efisiensi. The capaian column holds 100 where Tabel 3.2 has 125 and 102 (A1188–1189).
// ---------------------------------------------------------------------------------------------
const EFISIENSI: V[][] = [
  [`1. ${SAS_PROGRAM}`, 100, '90,21', 'Efisien'], // A1188
  [`2. ${SAS_IKM}`, 100, '99,17', 'Efisien'], // A1189
  ['3. Meningkatnya Fasilitas Kesejahteraan Masyarakat di Kecamatan', 100, '82,37', 'Efisien'], // A1190
  [`4. ${SAS_TRANTIB}`, 100, '89,27', 'Efisien'], // A1191
];

// Pengaturan — the defaults written out (WORKBOOK.md "Pengaturan").
const PENGATURAN: V[][] = [
  ['Instansi', 'Kecamatan Ambulu'], // A5
  ['Kabupaten', 'Jember'], // A13
  ['Tahun', 2024], // A5
  ['Skala', 'Permendagri 86/2017'], // A570–582
  ['Batas Atas Capaian', 'Tidak ada'],
  ['Rumus Polaritas Negatif', '(2T-R)/T'], // A589–591
  ['Metode Efisiensi', 'selisih'],
];

// =============================================================================================
// Writing helpers
// =============================================================================================
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
const NUMBER_ROW_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};

function isPct(v: V): v is Pct {
  return typeof v === 'object' && v !== null && 'pct' in v;
}
function isUp(v: V): v is Up {
  return typeof v === 'object' && v !== null && 'up' in v;
}

function setValue(cell: ExcelJS.Cell, v: V): void {
  if (v === null || isUp(v)) return;
  if (isPct(v)) {
    cell.value = v.pct;
    cell.numFmt = v.fmt;
  } else {
    cell.value = v;
  }
}

/** Title rows merged across the table width (columns 1..width). */
function title(ws: ExcelJS.Worksheet, row: number, width: number, text: string, size = 12): void {
  ws.mergeCells(row, 1, row, width);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { bold: true, size };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** A header cell, optionally merged over a range (r1,c1)–(r2,c2). */
function header(
  ws: ExcelJS.Worksheet,
  r1: number,
  c1: number,
  text: string,
  r2 = r1,
  c2 = c1,
): void {
  if (r2 !== r1 || c2 !== c1) ws.mergeCells(r1, c1, r2, c2);
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
  }
  const cell = ws.getCell(r1, c1);
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** A simple one-row header starting at column 1. */
function headerRow(ws: ExcelJS.Worksheet, row: number, texts: string[]): void {
  texts.forEach((t, i) => header(ws, row, i + 1, t));
}

/** The numbered-column row under a header ("1 | 2 | … | 6 = 5/4*100"). */
function numberRow(ws: ExcelJS.Worksheet, row: number, labels: (string | number)[]): void {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = { italic: true, size: 9 };
    cell.alignment = { horizontal: 'center' };
    cell.border = BORDER;
    cell.fill = NUMBER_ROW_FILL;
  });
}

/** Body rows from column 1; `UP` cells are merged with the cell above (filled-down names). */
function body(ws: ExcelJS.Worksheet, startRow: number, rows: V[][], width: number): number {
  const anchor = new Map<number, number>(); // column -> first row of the current merge run
  const flush = (col: number, lastRow: number): void => {
    const top = anchor.get(col);
    if (top !== undefined && lastRow > top) ws.mergeCells(top, col, lastRow, col);
    anchor.delete(col);
  };
  rows.forEach((values, i) => {
    const r = startRow + i;
    for (let c = 1; c <= width; c++) {
      const v = c <= values.length ? values[c - 1] : null;
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (isUp(v)) {
        if (!anchor.has(c)) anchor.set(c, r - 1);
      } else {
        flush(c, r - 1);
        setValue(cell, v);
      }
    }
  });
  const last = startRow + rows.length - 1;
  for (let c = 1; c <= width; c++) flush(c, last);
  return last;
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

// =============================================================================================
// Sheets
// =============================================================================================
function tc25Header(ws: ExcelJS.Worksheet, r: number): void {
  header(ws, r, 1, 'No', r + 1, 1);
  header(ws, r, 2, 'Tujuan', r + 1, 2);
  header(ws, r, 3, 'Sasaran', r + 1, 3);
  header(ws, r, 4, 'Indikator Kinerja', r + 1, 4);
  header(ws, r, 5, 'Kondisi Awal', r + 1, 5);
  header(ws, r, 6, 'Target Kinerja pada Tahun', r, 11);
  [2021, 2022, 2023, 2024, 2025, 2026].forEach((y, i) => header(ws, r + 1, 6 + i, String(y)));
  header(ws, r, 12, 'Target Akhir Renstra', r + 1, 12);
}

function buildTc25(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('TC.25');
  widths(ws, [5, 38, 34, 40, 10, 8, 8, 8, 8, 8, 8, 12]);
  title(ws, 1, 12, 'TABEL T-C.25 TUJUAN DAN SASARAN JANGKA MENENGAH PELAYANAN PERANGKAT DAERAH');
  title(ws, 2, 12, 'KECAMATAN AMBULU KABUPATEN JEMBER', 11);
  title(ws, 3, 12, 'Sebelum Perubahan — Renstra Kecamatan Ambulu Tahun 2021-2026', 11);
  tc25Header(ws, 4); // rows 4–5
  numberRow(ws, 6, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  body(ws, 7, TC25_SEBELUM, 12); // rows 7–9
  // row 10 blank
  title(
    ws,
    11,
    12,
    'Sesudah Perubahan — Renstra Kecamatan Ambulu Tahun 2021-2026 (Perbup Jember No. 41 Tahun 2023)',
    11,
  );
  tc25Header(ws, 12); // rows 12–13
  body(ws, 14, TC25_SESUDAH, 12); // rows 14–19
}

function buildPk(
  wb: ExcelJS.Workbook,
  name: string,
  heading1: string,
  heading3: string,
  rows: V[][],
  programs: V[][],
): void {
  const ws = wb.addWorksheet(name);
  widths(ws, [5, 40, 40, 42, 16, 11]);
  title(ws, 1, 6, heading1);
  title(ws, 2, 6, 'KANTOR KECAMATAN AMBULU', 11);
  title(ws, 3, 6, heading3, 10);
  // row 4 blank
  headerRow(ws, 5, [
    'No',
    'Tujuan',
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Target 2024',
    'Polaritas',
  ]);
  body(ws, 6, rows, 6); // rows 6–11
  // row 12 blank
  title(ws, 13, 5, 'Program dan Anggaran', 11);
  headerRow(ws, 14, ['No', 'Program', 'Anggaran (Rp)', 'Sasaran', 'Keterangan']);
  const last = body(ws, 15, programs, 5); // rows 15–19, Jumlah on 19
  ws.getRow(last).font = { bold: true };
}

function buildRealisasi(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Realisasi');
  widths(ws, [5, 34, 36, 10, 11, 10, 8, 8, 8, 8, 8, 10, 10, 10, 12, 13, 20, 40, 40, 40]);
  title(ws, 1, 20, 'PENGUKURAN REALISASI KINERJA TAHUN 2024');
  title(ws, 2, 20, 'Realisasi TA 2024 — Kecamatan Ambulu, Kabupaten Jember', 11);
  // row 3 blank; two-row header 4–5
  const single: [number, string][] = [
    [1, 'No'],
    [2, 'Sasaran Strategis'],
    [3, 'Indikator Kinerja'],
    [4, 'Target 2024'],
    [5, 'Realisasi 2024'],
    [6, 'Capaian (%)'],
    [12, 'Realisasi 2021'],
    [13, 'Realisasi 2022'],
    [14, 'Realisasi 2023'],
    [15, 'Target Akhir Renstra (2026)'],
    [16, 'Capaian thd Target Akhir Renstra (%)'],
    [17, 'Benchmark'],
    [18, 'Faktor Pendorong'],
    [19, 'Faktor Penghambat'],
    [20, 'Solusi'],
  ];
  single.forEach(([c, t]) => header(ws, 4, c, t, 5, c));
  header(ws, 4, 7, 'Predikat', 4, 11);
  ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'].forEach((t, i) =>
    header(ws, 5, 7 + i, t),
  );
  numberRow(ws, 6, [
    1,
    2,
    3,
    4,
    5,
    '6 = 5/4*100',
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    '16 = 5/15*100',
    17,
    18,
    19,
    20,
  ]);
  body(ws, 7, REALISASI_KINERJA, 20); // rows 7–12
  for (let r = 7; r <= 12; r++) {
    for (let c = 7; c <= 11; c++) ws.getCell(r, c).alignment = { horizontal: 'center' };
  }
  // row 13 blank; Table 2 from row 14
  title(ws, 14, 8, 'KINERJA PROGRAM DAN SUB KEGIATAN PENDUKUNG SASARAN TAHUN 2024', 11);
  headerRow(ws, 15, [
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Indikator',
    'Satuan',
    'Target',
    'Realisasi',
    '%',
    'Sasaran',
  ]);
  body(ws, 16, REALISASI_PROGRAM, 8); // rows 16–31
}

function buildAnggaran(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Anggaran');
  widths(ws, [8, 62, 20, 20, 12, 18]);
  title(ws, 1, 6, 'REALISASI ANGGARAN KECAMATAN AMBULU TAHUN 2024');
  title(ws, 2, 6, 'Program / Kegiatan / Sub Kegiatan Pendukung Sasaran', 11);
  // row 3 blank
  headerRow(ws, 4, [
    'Kode',
    'Program/ Kegiatan/ Sub Kegiatan',
    'Anggaran (Rp,-)',
    'Realisasi (Rp,-)',
    '% Realisasi',
    'Sisa (Rp,-)',
  ]);
  numberRow(ws, 5, [1, 2, 3, 4, '5 = 4/3*100', '6 = 3-4']);
  ANGGARAN.forEach((row, i) => {
    const r = 6 + i; // rows 6–34, Jumlah on 34
    for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = BORDER;
    if (row.heading) {
      ws.mergeCells(r, 2, r, 6);
      const cell = ws.getCell(r, 2);
      cell.value = row.nama;
      cell.font = { bold: true, italic: true };
      return;
    }
    const level = row.kode === null ? 0 : row.kode.split('.').length;
    if (row.kode !== null) ws.getCell(r, 1).value = row.kode;
    const name = ws.getCell(r, 2);
    name.value = row.nama;
    name.alignment = { wrapText: true, vertical: 'top', indent: Math.max(0, level - 1) };
    const money = (c: number, v: number | string | null): void => {
      if (v === null) return;
      const cell = ws.getCell(r, c);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = '#,##0.00';
      cell.alignment = { horizontal: 'right', vertical: 'top' };
    };
    money(3, row.pagu);
    money(4, row.realisasi);
    if (row.persen !== null) {
      const cell = ws.getCell(r, 5);
      cell.value = row.persen;
      cell.numFmt = '0.00%';
    }
    if (level <= 1) ws.getRow(r).font = { bold: true };
  });
}

function buildEfisiensi(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Efisiensi');
  widths(ws, [60, 14, 14, 16]);
  title(ws, 1, 4, 'EFISIENSI PENGGUNAAN SUMBER DAYA TAHUN 2024');
  title(ws, 2, 4, 'Kecamatan Ambulu', 11);
  // row 3 blank
  headerRow(ws, 4, ['Sasaran', '% Capaian Kinerja', '% Serapan Anggaran', 'Kategori Efisiensi']);
  body(ws, 5, EFISIENSI, 4); // rows 5–8
}

function buildPengaturan(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Pengaturan');
  widths(ws, [26, 24]);
  PENGATURAN.forEach((row, i) => {
    setValue(ws.getCell(i + 1, 1), row[0]);
    setValue(ws.getCell(i + 1, 2), row[1]);
    ws.getCell(i + 1, 1).font = { bold: true };
  });
}

export async function buildAmbulu2024(outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kecamatan Ambulu';
  wb.created = new Date('2025-01-22T00:00:00Z');
  wb.modified = new Date('2025-01-22T00:00:00Z');
  buildTc25(wb);
  buildPk(
    wb,
    'PK',
    'PERJANJIAN KINERJA TAHUN 2024',
    'Dasar Renstra 2021-2026 · Jember, 26 Januari 2024',
    PK_MURNI,
    PK_MURNI_PROGRAM,
  );
  buildPk(
    wb,
    'PK Perubahan',
    'PERJANJIAN KINERJA – PERUBAHAN TAHUN 2024',
    'Dasar Renstra 2021-2026 · Jember, 26 Nopember 2024',
    PK_PERUBAHAN,
    PK_PERUBAHAN_PROGRAM,
  );
  buildRealisasi(wb);
  buildAnggaran(wb);
  buildEfisiensi(wb);
  buildPengaturan(wb);
  await wb.xlsx.writeFile(outPath);
}

if (require.main === module) {
  const out = path.resolve(__dirname, '..', '..', 'assets', 'ambulu-2024.xlsx');
  buildAmbulu2024(out)
    .then(() => console.log(`ditulis: ${out}`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
