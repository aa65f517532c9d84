/** Indonesian labels shared by the pane's components. */
import type { Severity } from '../engine/findings';

export const KIND_LABELS: Record<string, string> = {
  tc25: 'TC.25 (Renstra)',
  pk: 'Perjanjian Kinerja',
  realisasi: 'Realisasi',
  anggaran: 'Anggaran',
  efisiensi: 'Efisiensi',
  program: 'Program',
  pengaturan: 'Pengaturan',
  generated: 'Hasil (LKjIP)',
  record: 'Catatan add-in',
  other: 'Tidak dibaca',
};

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/**
 * The heading of a PK's results: "Hasil PK Perubahan 2024"; the year only when the sheet's name
 * does not already say it ("Hasil PK 2025", never "Hasil PK 2025 2025").
 */
export function pkTitle(sheet: string, tahun: number | null | undefined): string {
  if (!tahun) return `Hasil ${sheet}`;
  const named = new RegExp(`(^|\\D)${Math.trunc(tahun)}(\\D|$)`).test(sheet);
  return named ? `Hasil ${sheet}` : `Hasil ${sheet} ${tahun}`;
}
