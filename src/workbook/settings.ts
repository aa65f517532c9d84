/**
 * The Pengaturan sheet (WORKBOOK.md): label / value pairs, and the custom band table.
 */
import { FindingList } from '../engine/findings';
import { DEFAULT_SETTINGS, type MetodeEfisiensi, type Settings } from '../engine/model';
import { buildCustomScale, type CustomBandInput } from '../engine/scales';
import { a1, Sheet } from './grid';

export const SETTINGS_LABELS = {
  instansi: 'Instansi',
  kabupaten: 'Kabupaten',
  tahun: 'Tahun',
  skala: 'Skala',
  batas: 'Batas Atas Capaian',
  rumus: 'Rumus Polaritas Negatif',
  metode: 'Metode Efisiensi',
} as const;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9/()-]+/g, ' ')
    .trim();
}

interface CustomHeader {
  r: number;
  cInterval: number;
  cLabel: number;
  cColour: number | null;
}

/** The band rows under the `Interval | Kriteria | Warna` header, up to the first blank row. */
function customRows(sheet: Sheet, h: CustomHeader): { rows: CustomBandInput[]; at: number[] } {
  const rows: CustomBandInput[] = [];
  const at: number[] = [];
  for (let r = h.r + 1; r < sheet.rowCount; r++) {
    const iv = sheet.text(r, h.cInterval);
    const lab = sheet.text(r, h.cLabel);
    if (!iv && !lab) {
      if (rows.length) break;
      continue;
    }
    rows.push({
      interval: iv,
      label: lab,
      colour: h.cColour !== null ? sheet.text(r, h.cColour) : null,
    });
    at.push(r);
  }
  return { rows, at };
}

/**
 * The custom scale of `Skala: Kustom`. When its bands cannot be used, the planner's rows are kept
 * in `skalaKustomInvalid` (the pane shows them to be fixed), the finding points at the first
 * band the problems name, and the computation falls back to the default scale.
 */
function readCustomScale(
  sheet: Sheet,
  header: CustomHeader | null,
  s: Settings,
  findings: FindingList,
): void {
  const { rows, at } = header ? customRows(sheet, header) : { rows: [], at: [] };
  const built = buildCustomScale(rows);
  if (built.scale) {
    s.skalaKustom = built.scale;
    return;
  }
  const first = Math.min(...built.issues.flatMap((i) => i.rows));
  const cell = header ? a1(Number.isFinite(first) ? at[first] : header.r, header.cInterval) : null;
  findings.push(
    'SCALE_INVALID',
    `Skala kustom tidak dapat dipakai: ${built.problems.join(' ')} Untuk perhitungan ini dipakai skala Permendagri 86/2017; perbaiki pitanya di lembar ${sheet.name} atau di tab Pengaturan panel.`,
    { sheet: sheet.name, cell },
  );
  s.skala = 'permendagri86-jember';
  s.skalaKustom = null;
  s.skalaKustomInvalid = { rows, problems: built.problems };
}

export function readSettings(sheet: Sheet | null, findings: FindingList): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS };
  if (!sheet) return s;
  const at = (r: number, c: number) => ({ sheet: sheet.name, cell: a1(r, c) });
  let customHeader: CustomHeader | null = null;
  for (let r = 0; r < sheet.rowCount; r++) {
    const texts = sheet.rowTexts(r);
    if (texts.length === 0) continue;
    const labelCell = texts[0];
    const label = norm(labelCell.t);
    const valueCell = texts[1];
    const value = valueCell ? valueCell.t.trim() : '';
    const v = norm(value);
    if (/^interval/.test(label) && texts.some((x) => /kriteria|predikat|label/i.test(x.t))) {
      const cLabel = texts.find((x) => /kriteria|predikat|label/i.test(x.t))!.c;
      const cColour = texts.find((x) => /warna|kode warna|colou?r/i.test(x.t))?.c ?? null;
      customHeader = { r, cInterval: labelCell.c, cLabel, cColour };
      break;
    }
    if (/^instansi|^nama instansi|^perangkat daerah/.test(label)) s.instansi = value || null;
    else if (/^kabupaten|^kota/.test(label)) s.kabupaten = value || null;
    else if (/^tahun/.test(label)) {
      const y = Number(value.match(/\d{4}/)?.[0]);
      s.tahun = Number.isFinite(y) && y > 0 ? y : null;
    } else if (/^skala/.test(label)) {
      if (/kustom|custom/.test(v)) s.skala = 'kustom';
      else if (/akip/.test(v)) s.skala = 'akip';
      else if (/\(91\)|91/.test(v)) s.skala = 'permendagri86-91';
      else if (/permendagri|86|^$/.test(v)) s.skala = 'permendagri86-jember';
      else
        findings.push(
          'SCALE_INVALID',
          `Skala "${value}" tidak dikenal; dipakai Permendagri 86/2017.`,
          valueCell ? at(r, valueCell.c) : at(r, labelCell.c),
        );
    } else if (/^batas atas/.test(label)) {
      if (/^(tidak|tanpa|none|-|$)/.test(v)) s.batasAtasCapaian = null;
      else if (/^100/.test(v)) s.batasAtasCapaian = 100;
      else if (/^120/.test(v)) s.batasAtasCapaian = 120;
      else
        findings.push(
          'SCALE_INVALID',
          `Batas atas capaian "${value}" tidak dikenal (pilihan: Tidak ada, 100, 120); dipakai "Tidak ada".`,
          valueCell ? at(r, valueCell.c) : at(r, labelCell.c),
        );
    } else if (/^rumus/.test(label)) {
      s.rumusNegatif = /t\s*\/\s*r/.test(v) ? 'T/R' : '2T-R';
    } else if (/^metode/.test(label)) {
      const m = v.replace(/\s+/g, '');
      const known: MetodeEfisiensi[] = ['selisih-5', 'selisih', 'rasio', 'pmk'];
      const found = known.find((k) => m.startsWith(k.replace('-', '')) || m.startsWith(k));
      if (found) s.metodeEfisiensi = m.includes('5') && found === 'selisih' ? 'selisih-5' : found;
    }
  }
  if (s.skala === 'kustom') readCustomScale(sheet, customHeader, s, findings);
  return s;
}
