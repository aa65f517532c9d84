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
  type ScaleIssue,
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

/** The bands the editor starts from: the planner's own (even when invalid), else the preset. */
function draftBands(s: Settings): CustomBandInput[] {
  if (s.skalaKustomInvalid) return s.skalaKustomInvalid.rows.map((b) => ({ ...b }));
  return bandsOfScale(s.skala === 'kustom' && s.skalaKustom ? s.skalaKustom : SCALE_JEMBER);
}

export function draftOf(s: Settings): SettingsDraft {
  return {
    // A custom scale that cannot be used is still the planner's choice: shown to be fixed.
    skala: s.skalaKustomInvalid ? 'kustom' : s.skala,
    batas: s.batasAtasCapaian === null ? 'tidak' : s.batasAtasCapaian === 120 ? '120' : '100',
    rumus: s.rumusNegatif,
    metode: s.metodeEfisiensi,
    instansi: s.instansi ?? '',
    kabupaten: s.kabupaten ?? '',
    tahun: s.tahun ? String(s.tahun) : '',
    bands: draftBands(s),
  };
}

export interface CheckedDraft {
  settings: Settings;
  bands?: CustomBandInput[];
  /** Everything that stops the save (Indonesian). */
  problems: string[];
  /** The problems of the custom bands, each with the rows of `draft.bands` it is about. */
  bandIssues: ScaleIssue[];
}

/** The problems of each band row on its own: a missing kriteria, an unknown colour. */
function rowIssues(bands: CustomBandInput[], rows: number[]): ScaleIssue[] {
  const issues: ScaleIssue[] = [];
  bands.forEach((b, i) => {
    if (!b.label.trim())
      issues.push({ rows: [rows[i]], message: `Pita "${b.interval}" belum diberi kriteria.` });
    if (b.colour && !parseColour(b.colour))
      issues.push({
        rows: [rows[i]],
        message: `Warna "${b.colour}" tidak dikenal (tulis #RRGGBB atau mis. "biru muda").`,
      });
  });
  return issues;
}

/** The settings a draft saves, or the problems that stop it. */
export function settingsOfDraft(d: SettingsDraft): CheckedDraft {
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
  if (d.skala !== 'kustom') return { settings, problems, bandIssues: [] };
  // Blank rows are dropped; `rows` maps the bands kept back to the editor's rows.
  const rows: number[] = [];
  const bands = d.bands
    .map((b) => ({ ...b, colour: b.colour?.trim() || null }))
    .filter((b, i) => (b.interval.trim() || b.label.trim() ? rows.push(i) : false));
  const built = buildCustomScale(bands);
  const bandIssues = [
    ...rowIssues(bands, rows),
    ...built.issues.map((x) => ({ ...x, rows: x.rows.map((r) => rows[r]) })),
  ];
  problems.push(...bandIssues.map((x) => x.message));
  return { settings: { ...settings, skalaKustom: built.scale }, bands, problems, bandIssues };
}
