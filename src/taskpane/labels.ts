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
