/**
 * The sasaran of a PK: numbered by the order of the distinct sasaran among its sasaran-level
 * rows, and references to them ("1", "Sasaran 2", "1.2", "Sasaran 1: Meningkatnya …") read
 * into those numbers.
 */
import { bestMatch, normaliseName } from '../../engine/text';
import { stripLabel, type IndicatorRow } from '../rows';

export interface SasaranIndex {
  /** Distinct sasaran, in order: sasaran n is names[n - 1]. */
  names: string[];
  /** True when the PK has no sasaran column at all: every indicator is its own sasaran. */
  noSasaranColumn: boolean;
  /** The number of a sasaran by its name; null when it is not one of the PK's. */
  no(s: string | null): number | null;
  /** The sasaran numbers a reference text names (cached per text). */
  refs(text: string | null): number[];
}

export function sasaranIndex(rows: IndicatorRow[]): SasaranIndex {
  const names: string[] = [];
  for (const row of rows) {
    if (
      row.level === 'sasaran' &&
      row.sasaran &&
      !names.some((s) => normaliseName(s) === normaliseName(row.sasaran!))
    )
      names.push(row.sasaran);
  }
  const cache = new Map<string, number[]>();
  return {
    names,
    noSasaranColumn: rows.length > 0 && rows.every((r) => !r.sasaran && !r.tujuan),
    no: (s) => {
      if (!s) return null;
      const i = names.findIndex((x) => normaliseName(x) === normaliseName(s));
      return i < 0 ? null : i + 1;
    },
    refs: (text) => {
      if (!text) return [];
      let hit = cache.get(text);
      if (!hit) {
        hit = parseSasaranRefs(text, names);
        cache.set(text, hit);
      }
      return hit;
    },
  };
}

/** "1, 2", "Sasaran 1 dan 3", "1.2" (the number after the dot), or sasaran names. */
export function parseSasaranRefs(text: string, names: string[]): number[] {
  const out: number[] = [];
  for (const part of text.split(/[;,&]|\bdan\b/)) {
    const p = part.trim();
    if (!p) continue;
    const num = p.match(/^(?:sasaran\s*)?(\d+)(?:\.(\d+))?\s*$/i);
    if (num) {
      out.push(Number(num[2] ?? num[1]));
      continue;
    }
    // "Sasaran 1: Meningkatnya …": the name decides (numbers differ between PKs).
    const named = stripLabel(p);
    const m = named ? bestMatch(named, names, (x) => x, 0.7) : null;
    if (m) out.push(names.indexOf(m.item) + 1);
    else if (!named || named === p.trim()) {
      const numPrefix = p.match(/^sasaran\s*(\d+)/i);
      if (numPrefix) out.push(Number(numPrefix[1]));
    }
  }
  return [...new Set(out)].filter((n) => n >= 1 && n <= Math.max(names.length, 1));
}
