/**
 * The settings form's draft: what the planner is editing (strings, as typed), and the settings it
 * saves — or the Indonesian problems that stop the save (a custom scale with a hole, an unknown
 * colour, a year that is not a year).
 */
import type { MetodeEfisiensi, RumusNegatif, Settings } from '../engine/model';
import {
  buildCustomScale,
  parseColour,
  SCALE_JEMBER,
  type CustomBandInput,
  type ScaleId,
} from '../engine/scales';
import { bandsOfScale } from '../workbook/settings-plan';

export interface SettingsDraft {
  skala: ScaleId;
  batas: 'tidak' | '100' | '120';
  rumus: RumusNegatif;
  metode: MetodeEfisiensi;
  instansi: string;
  kabupaten: string;
  tahun: string;
  bands: CustomBandInput[];
}

export function draftOf(s: Settings): SettingsDraft {
  return {
    skala: s.skala,
    batas: s.batasAtasCapaian === null ? 'tidak' : s.batasAtasCapaian === 120 ? '120' : '100',
    rumus: s.rumusNegatif,
    metode: s.metodeEfisiensi,
    instansi: s.instansi ?? '',
    kabupaten: s.kabupaten ?? '',
    tahun: s.tahun ? String(s.tahun) : '',
    bands: bandsOfScale(s.skala === 'kustom' && s.skalaKustom ? s.skalaKustom : SCALE_JEMBER),
  };
}

/** The settings a draft saves, or the problems that stop it. */
export function settingsOfDraft(d: SettingsDraft): {
  settings: Settings;
  bands?: CustomBandInput[];
  problems: string[];
} {
  const problems: string[] = [];
  const tahun = d.tahun.trim() ? Number(d.tahun.trim()) : null;
  if (tahun !== null && !(Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100))
    problems.push('Tahun harus empat angka, mis. 2025.');
  const settings: Settings = {
    skala: d.skala,
    batasAtasCapaian: d.batas === 'tidak' ? null : Number(d.batas),
    rumusNegatif: d.rumus,
    metodeEfisiensi: d.metode,
    instansi: d.instansi.trim() || null,
    kabupaten: d.kabupaten.trim() || null,
    tahun: tahun !== null && Number.isFinite(tahun) ? tahun : null,
  };
  if (d.skala !== 'kustom') return { settings, problems };
  const bands = d.bands
    .map((b) => ({ ...b, colour: b.colour?.trim() || null }))
    .filter((b) => b.interval.trim() || b.label.trim());
  for (const b of bands) {
    if (!b.label.trim()) problems.push(`Pita "${b.interval}" belum diberi kriteria.`);
    if (b.colour && !parseColour(b.colour))
      problems.push(`Warna "${b.colour}" tidak dikenal (tulis #RRGGBB atau mis. "biru muda").`);
  }
  const built = buildCustomScale(bands);
  problems.push(...built.problems);
  return { settings: { ...settings, skalaKustom: built.scale }, bands, problems };
}
