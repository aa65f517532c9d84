/**
 * From sheet grids to the engine's input: find the TC.25, PK and Realisasi sheets and their
 * tables, link indicators across sheets by kode or normalised name, and record where every
 * figure came from. Structural problems become findings; nothing here throws on bad input.
 */
import { formatId, roundHalfUp } from '../engine/decimal';
import { checkGradeScore } from '../engine/compute';
import { FindingList, type CellRef } from '../engine/findings';
import type {
  BudgetRow,
  IndicatorInput,
  PkInput,
  PriorRealisasi,
  ProgramIndicatorRow,
  ProgramInput,
  Settings,
  TypedEfficiencyRow,
  TypedPredikat,
} from '../engine/model';
import { bestMatch, looseKey, normaliseName, shortName } from '../engine/text';
import { emptyValue, hasNumber, type Value } from '../engine/values';
import { Sheet, type WorkbookGrid } from './grid';
import {
  readBudgetRows,
  readEfficiencyRows,
  readIndicatorRows,
  readProgramKinerja,
  readProgramList,
  stripLabel,
  type BudgetTableRow,
  type EfficiencyTableRow,
  type IndicatorRow,
  type LocValue,
  type ProgramKinerjaRow,
} from './rows';
import { readSettings } from './settings';
import { classifySheet, periodIn, yearIn, type ClassifiedSheet } from './sheets';
import { col, tableKind, type Table } from './table';

export interface ReadResult {
  settings: Settings;
  pks: PkInput[];
  findings: FindingList;
  sheets: { name: string; kind: string }[];
  /** True when the workbook has no usable PK sheet (exit 2 for the command line). */
  noPk: boolean;
}

interface Tc25Block {
  sheet: string;
  periode: string | null;
  years: number[];
  rows: IndicatorRow[];
  hasAkhirColumn: boolean;
  order: number;
}

function periodYears(p: string): number[] {
  const [a, b] = p.split('-').map(Number);
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

function indicatorKey(row: { kode: string | null; nama: string }): string {
  return normaliseName(row.nama);
}

/** Match an indicator among candidates: kode first, then normalised name, then fuzzy. */
function matchIndicator<T extends { kode: string | null; nama: string }>(
  ind: { kode: string | null; nama: string },
  candidates: T[],
  index?: { byName: Map<string, T>; byKode: Map<string, T> },
): { item: T; exact: boolean } | null {
  if (ind.kode) {
    const byKode = index
      ? index.byKode.get(looseKey(ind.kode))
      : candidates.find((c) => c.kode && looseKey(c.kode) === looseKey(ind.kode!));
    if (byKode) return { item: byKode, exact: true };
  }
  if (index) {
    const hit = index.byName.get(normaliseName(ind.nama));
    if (hit) return { item: hit, exact: true };
  }
  const m = bestMatch(ind.nama, candidates, (c) => c.nama, 0.72);
  return m ? { item: m.item, exact: m.exact } : null;
}

function realisasiFromTw(row: IndicatorRow, findings: FindingList, pk: string): LocValue | null {
  if (row.tw.length === 0) return null;
  const sorted = [...row.tw].sort((a, b) => a.n - b.n);
  const nonEmpty = sorted.filter((t) => t.v.value.kind !== 'empty');
  const tw4 = sorted.find((t) => t.n === 4);
  if (tw4 && tw4.v.value.kind === 'empty') {
    findings.push(
      'TW_INCOMPLETE',
      `"${shortName(row.nama)}": TW IV belum diisi; realisasi tahunan dihitung dari triwulan yang ada.`,
      tw4.v.ref,
      pk,
    );
  }
  if (nonEmpty.length === 0) return tw4 ? { value: emptyValue(), ref: tw4.v.ref } : null;
  const jenis = (row.jenis ?? '').toLowerCase();
  const last = nonEmpty[nonEmpty.length - 1];
  if (!jenis) {
    findings.push(
      'TW_ASSUMED',
      `"${shortName(row.nama)}": kolom Jenis tidak ada; realisasi diambil dari triwulan terakhir yang terisi.`,
      last.v.ref,
      pk,
    );
    return last.v;
  }
  const nums = nonEmpty.map((t) => t.v.value).filter(hasNumber);
  if (/jumlah|total|akumulasi/.test(jenis) && nums.length === nonEmpty.length) {
    const total = nums.reduce((a, v) => a + v.num, 0);
    const precision = Math.max(...nums.map((v) => v.precision));
    return {
      value: {
        kind: 'number',
        num: total,
        grade: null,
        unit: nums[0].unit,
        precision,
        raw: formatId(total, precision),
      },
      ref: last.v.ref,
    };
  }
  if (/rata/.test(jenis) && nums.length === nonEmpty.length) {
    const avg = nums.reduce((a, v) => a + v.num, 0) / nums.length;
    const precision = Math.max(2, ...nums.map((v) => v.precision));
    return {
      value: {
        kind: 'number',
        num: avg,
        grade: null,
        unit: nums[0].unit,
        precision,
        raw: formatId(avg, precision),
      },
      ref: last.v.ref,
    };
  }
  return last.v;
}

/** Read a whole workbook. */
export function readWorkbook(wb: WorkbookGrid): ReadResult {
  const findings = new FindingList();
  const classified: ClassifiedSheet[] = wb.sheets.map((g) => classifySheet(new Sheet(g)));
  const byKind = (k: string) => classified.filter((c) => c.kind === k);
  const settingsSheet = byKind('pengaturan')[0]?.sheet ?? null;
  const settings = readSettings(settingsSheet, findings);

  const pkSheets = byKind('pk');
  const sheetsOut = classified.map((c) => ({ name: c.sheet.name, kind: c.kind }));
  if (pkSheets.length === 0) {
    findings.push(
      'SHEET_MISSING',
      'Lembar PK (Perjanjian Kinerja) tidak ditemukan. Beri nama lembar "PK" atau "Perjanjian Kinerja" dengan kolom Indikator Kinerja dan Target.',
      null,
    );
    return { settings, pks: [], findings, sheets: sheetsOut, noPk: true };
  }

  // --- TC.25 blocks ---------------------------------------------------------------------------
  const tcSheets = byKind('tc25');
  if (tcSheets.length === 0) {
    findings.push(
      'SHEET_MISSING',
      'Lembar TC.25 (Renstra) tidak ditemukan: target tahunan dan target akhir Renstra tidak dapat diperiksa.',
      null,
      null,
      'warning',
    );
  }
  const blocks: Tc25Block[] = [];
  let order = 0;
  for (const cs of tcSheets) {
    const tables = cs.tables.filter((t) => col(t, 'indikator'));
    if (tables.length === 0) {
      findings.push(
        'COLUMN_MISSING',
        `Lembar ${cs.sheet.name}: tabel dengan kolom Indikator dan target per tahun tidak ditemukan.`,
        { sheet: cs.sheet.name, cell: null },
      );
    }
    for (const t of tables) {
      const titlePeriod = periodIn(t.title) ?? periodIn(cs.sheet.name);
      const yearCols = t.columns
        .filter((c) => c.role.k === 'targetTahun')
        .map((c) => (c.role.k === 'targetTahun' ? c.role.tahun : 0));
      const keCols = t.columns.filter((c) => c.role.k === 'targetTahunKe');
      let yearsOfKe: number[] | null = null;
      if (keCols.length) {
        if (titlePeriod && periodYears(titlePeriod).length === keCols.length)
          yearsOfKe = periodYears(titlePeriod);
        else {
          findings.push(
            'COLUMN_MISSING',
            `Lembar ${cs.sheet.name}: kolom "Tahun ke-…" tidak dapat dipetakan ke tahun — tulis periode Renstra (mis. "Renstra 2025-2029") di judul tabel atau tahun pada kepala kolom.`,
            { sheet: cs.sheet.name, cell: `A${t.headerTop + 1}` },
          );
        }
      }
      const years = yearsOfKe ?? yearCols;
      const periode =
        titlePeriod ?? (years.length >= 2 ? `${Math.min(...years)}-${Math.max(...years)}` : null);
      blocks.push({
        sheet: cs.sheet.name,
        periode,
        years,
        rows: readIndicatorRows(t, yearsOfKe),
        hasAkhirColumn: !!col(t, 'targetAkhir'),
        order: order++,
      });
    }
  }
  // Grades written with a score anywhere in TC.25 (every block) and on the Realisasi sheets.
  const gradeCells = (row: IndicatorRow): LocValue[] =>
    [
      row.target,
      row.realisasi,
      row.targetAkhir,
      row.kondisiAwal,
      ...row.yearTargets.values(),
      ...row.yearRealisasi.values(),
    ].filter((x): x is LocValue => x !== null);
  for (const b of blocks)
    for (const row of b.rows)
      for (const c of gradeCells(row)) checkGradeScore(row.nama, c.value, c.ref, findings, null);

  // Name index of each TC.25 block (first row of a name wins, as a linear search would).
  type TcIndex = { byName: Map<string, IndicatorRow>; byKode: Map<string, IndicatorRow> };
  const tcIndexes = new Map<Tc25Block, TcIndex>();
  const tcIndexOf = (b: Tc25Block): TcIndex => {
    let idx = tcIndexes.get(b);
    if (!idx) {
      idx = { byName: new Map(), byKode: new Map() };
      for (const r of b.rows) {
        const k = normaliseName(r.nama);
        if (!idx.byName.has(k)) idx.byName.set(k, r);
        if (r.kode && !idx.byKode.has(looseKey(r.kode))) idx.byKode.set(looseKey(r.kode), r);
      }
      tcIndexes.set(b, idx);
    }
    return idx;
  };

  // Of the blocks for one period, the last is in force.
  const blockFor = new Map<string, Tc25Block>();
  for (const b of blocks) if (b.periode) blockFor.set(b.periode, b);
  const periods = [...blockFor.keys()];

  // --- PK sheets ------------------------------------------------------------------------------
  interface PkDraft {
    cs: ClassifiedSheet;
    tahun: number | null;
    periode: string | null;
    jenis: 'awal' | 'perubahan';
    rows: IndicatorRow[];
    programs: ProgramInput[];
    table: Table | null;
  }
  const programSheets = byKind('program');
  const drafts: PkDraft[] = pkSheets.map((cs) => {
    const t1 =
      cs.tables.find(
        (t) => ['pk', 'kinerja', 'tc25'].includes(tableKind(t)) && col(t, 'indikator'),
      ) ?? null;
    const titleText = [cs.sheet.name, ...cs.tables.map((t) => t.title)].join(' \n ');
    const topTitle = t1 ? t1.title : titleText;
    if (!t1) {
      findings.push(
        'COLUMN_MISSING',
        `Lembar ${cs.sheet.name}: tabel PK dengan kolom "Indikator Kinerja" dan "Target" tidak ditemukan.`,
        { sheet: cs.sheet.name, cell: null },
        cs.sheet.name,
      );
    } else if (!col(t1, 'target') && !t1.columns.some((c) => c.role.k === 'targetTahun')) {
      findings.push(
        'COLUMN_MISSING',
        `Lembar ${cs.sheet.name}: kolom "Target" tidak ditemukan pada tabel PK.`,
        { sheet: cs.sheet.name, cell: `A${t1.headerTop + 1}` },
        cs.sheet.name,
      );
    }
    const tahun = yearIn(topTitle) ?? yearIn(cs.sheet.name) ?? settings.tahun ?? null;
    const periode =
      periodIn(topTitle) ?? periodIn(titleText) ?? (periods.length === 1 ? periods[0] : null);
    const jenis: 'awal' | 'perubahan' =
      /perubahan/i.test(cs.sheet.name) || /perubahan/i.test(topTitle) ? 'perubahan' : 'awal';
    const rows = t1 ? readIndicatorRows(t1, null) : [];
    const progTables = cs.tables.filter((t) => tableKind(t) === 'pkProgram');
    const extra =
      programSheets.length && pkSheets.length === 1
        ? programSheets.flatMap((p) => p.tables.filter((t) => tableKind(t) === 'pkProgram'))
        : [];
    const programs: ProgramInput[] = [...progTables, ...extra].flatMap((t) =>
      readProgramList(t).map((p) => ({
        nama: p.nama,
        kode: p.kode,
        anggaran: p.anggaran?.value ?? emptyValue(),
        anggaranRef: p.anggaran?.ref ?? null,
        sasaran: [] as number[],
        sasaranRef: p.sasaranRef,
        sasaranText: p.sasaran,
      })),
    ) as (ProgramInput & { sasaranText: string | null })[];
    return { cs, tahun, periode, jenis, rows, programs, table: t1 };
  });

  // Which PK is measured: on the same period and year, the Perubahan, else the one further right.
  const dilaporkan = new Map<PkDraft, boolean>();
  for (const d of drafts) dilaporkan.set(d, true);
  for (let i = 0; i < drafts.length; i++) {
    for (let j = 0; j < drafts.length; j++) {
      if (i === j) continue;
      const a = drafts[i];
      const b = drafts[j];
      if (a.tahun !== b.tahun || a.periode !== b.periode) continue;
      const bWins =
        (b.jenis === 'perubahan' && a.jenis === 'awal') || (b.jenis === a.jenis && j > i);
      if (bWins && dilaporkan.get(a)) {
        dilaporkan.set(a, false);
        findings.push(
          'PK_SUPERSEDED',
          `Lembar ${a.cs.sheet.name} digantikan oleh ${b.cs.sheet.name} (tahun ${a.tahun ?? '?'}, Renstra ${a.periode ?? '?'}); yang diukur adalah ${b.cs.sheet.name}.`,
          { sheet: a.cs.sheet.name, cell: null },
          a.cs.sheet.name,
        );
      }
    }
  }

  // --- Realisasi, Anggaran, Efisiensi ---------------------------------------------------------
  const realSheets = byKind('realisasi');
  if (realSheets.length === 0) {
    findings.push(
      'SHEET_MISSING',
      'Lembar Realisasi tidak ditemukan: capaian tidak dapat dihitung. Tambahkan lembar "Realisasi" dengan kolom Indikator dan Realisasi.',
      null,
    );
  }
  const pkNames = drafts.map((d) => d.cs.sheet.name);
  /** Which PK a sheet or table title names ("Realisasi PK Perubahan", "… — PK 2025"). */
  const pkNamed = (text: string): string | null => {
    const key = looseKey(text);
    // Longest PK name contained in the text wins ("PK Perubahan 2025" before "PK 2025").
    const sorted = [...pkNames].sort((a, b) => looseKey(b).length - looseKey(a).length);
    for (const n of sorted) if (key.includes(looseKey(n))) return n;
    if (/perubahan/i.test(text)) {
      const p = drafts.filter((d) => d.jenis === 'perubahan');
      if (p.length === 1) return p[0].cs.sheet.name;
    }
    const per = periodIn(text);
    if (per) {
      const p = drafts.filter((d) => d.periode === per);
      if (p.length === 1) return p[0].cs.sheet.name;
    }
    return null;
  };
  const pkOfTag = (tag: string | null): string | null =>
    tag ? (pkNamed(tag) ?? pkNamed(`PK ${tag}`)) : null;

  interface Tagged<T> {
    item: T;
    pk: string | null;
  }
  const realRows: Tagged<IndicatorRow>[] = [];
  const progKinerja: Tagged<ProgramKinerjaRow & { titleSasaran: number | null }>[] = [];
  const budgetTables: Tagged<BudgetTableRow[]>[] = [];
  const effTables: Tagged<EfficiencyTableRow[]>[] = [];
  const sheetPk = (cs: ClassifiedSheet) => {
    const rest = cs.sheet.name.replace(/^\S+\s*/, '');
    return rest ? pkNamed(rest) : null;
  };
  for (const cs of [
    ...realSheets,
    ...byKind('anggaran'),
    ...byKind('efisiensi'),
    ...byKind('program'),
  ]) {
    const sPk = sheetPk(cs);
    let sawKinerja = false;
    for (const t of cs.tables) {
      const kind = tableKind(t);
      const tPk = pkNamed(t.title) ?? sPk;
      if (kind === 'kinerja' && cs.kind === 'realisasi') {
        sawKinerja = true;
        if (
          !col(t, 'realisasi') &&
          t.columns.every((c) => c.role.k !== 'tw' && c.role.k !== 'realisasiTahun')
        ) {
          findings.push(
            'COLUMN_MISSING',
            `Lembar ${cs.sheet.name}: kolom "Realisasi" tidak ditemukan.`,
            { sheet: cs.sheet.name, cell: `A${t.headerTop + 1}` },
          );
        }
        for (const row of readIndicatorRows(t, null)) {
          const rowPk = pkOfTag(row.pkTag) ?? tPk;
          realRows.push({ item: row, pk: rowPk });
          for (const c of gradeCells(row))
            checkGradeScore(row.nama, c.value, c.ref, findings, rowPk);
        }
        // The same indicator twice in one table (for one PK).
        const seen = new Map<string, IndicatorRow>();
        for (const x of realRows.filter((x) => x.item.table === t)) {
          const k = `${x.pk ?? ''}|${normaliseName(x.item.sasaran ?? '')}|${indicatorKey(x.item)}`;
          const first = seen.get(k);
          if (first) {
            findings.push(
              'INDICATOR_DUPLICATE',
              `Indikator "${shortName(x.item.nama)}" tertulis dua kali di ${cs.sheet.name} (juga di ${first.namaRef.cell}).`,
              x.item.namaRef,
              x.pk,
            );
          } else seen.set(k, x.item);
        }
      } else if (kind === 'programKinerja') {
        const m = t.title.match(/sasaran\s*(\d+)/i);
        for (const row of readProgramKinerja(t)) {
          progKinerja.push({
            item: { ...row, titleSasaran: m ? Number(m[1]) : null },
            pk: pkOfTag(row.pkTag) ?? tPk,
          });
        }
      } else if (kind === 'anggaran') {
        budgetTables.push({ item: readBudgetRows(t), pk: tPk });
      } else if (kind === 'efisiensi') {
        effTables.push({ item: readEfficiencyRows(t), pk: tPk });
      }
    }
    if (cs.kind === 'realisasi' && !sawKinerja) {
      findings.push(
        'COLUMN_MISSING',
        `Lembar ${cs.sheet.name}: tabel realisasi kinerja (kolom Indikator dan Realisasi) tidak ditemukan.`,
        { sheet: cs.sheet.name, cell: null },
      );
    }
  }

  // --- Assemble each PK ------------------------------------------------------------------------
  const measured = drafts.filter((d) => dilaporkan.get(d));
  const pks: PkInput[] = [];
  const usedRealRows = new Set<IndicatorRow>();
  for (const d of drafts) {
    const name = d.cs.sheet.name;
    const isMeasured = dilaporkan.get(d) === true;
    const base: PkInput = {
      sheet: name,
      tahun: d.tahun,
      periode: d.periode,
      jenis: d.jenis,
      dilaporkan: isMeasured,
      indikator: [],
      programs: [],
      budget: [],
      programIndicators: [],
      efficiencyTable: [],
    };
    if (!isMeasured) {
      pks.push(base);
      continue;
    }
    const block = d.periode
      ? (blockFor.get(d.periode) ?? null)
      : blocks.length === 1
        ? blocks[0]
        : null;
    if (tcSheets.length && !block) {
      findings.push(
        'INDICATOR_UNMATCHED',
        `PK ${name}: tidak ada blok TC.25 untuk Renstra ${d.periode ?? '(periode tidak tertulis)'}; target tahunan tidak diperiksa. Tulis periode Renstra di judul PK dan TC.25.`,
        { sheet: name, cell: null },
        name,
        'warning',
      );
    }

    // Sasaran numbering: order of distinct sasaran among sasaran-level rows.
    const sasaranNames: string[] = [];
    for (const row of d.rows) {
      if (
        row.level === 'sasaran' &&
        row.sasaran &&
        !sasaranNames.some((s) => normaliseName(s) === normaliseName(row.sasaran!))
      )
        sasaranNames.push(row.sasaran);
    }
    // When the PK has no sasaran column at all, every indicator is its own sasaran.
    const noSasaranColumn = d.rows.length > 0 && d.rows.every((r) => !r.sasaran && !r.tujuan);
    const sasaranNo = (s: string | null): number | null => {
      if (!s) return null;
      const i = sasaranNames.findIndex((x) => normaliseName(x) === normaliseName(s));
      return i < 0 ? null : i + 1;
    };
    const refsCache = new Map<string, number[]>();
    const parseSasaranRefs = (text: string | null): number[] => {
      if (!text) return [];
      const hit = refsCache.get(text);
      if (hit) return hit;
      const refs = parseSasaranRefsUncached(text);
      refsCache.set(text, refs);
      return refs;
    };
    const parseSasaranRefsUncached = (text: string): number[] => {
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
        const m = named ? bestMatch(named, sasaranNames, (x) => x, 0.7) : null;
        if (m) out.push(sasaranNames.indexOf(m.item) + 1);
        else if (!named || named === p.trim()) {
          const numPrefix = p.match(/^sasaran\s*(\d+)/i);
          if (numPrefix) out.push(Number(numPrefix[1]));
        }
      }
      return [...new Set(out)].filter((n) => n >= 1 && n <= Math.max(sasaranNames.length, 1));
    };

    // Realisasi rows for this PK: tagged with it, or untagged.
    const candidates = realRows.filter((x) => x.pk === name || x.pk === null);
    const polarityGiven =
      d.rows.some((r) => r.polaritas) ||
      candidates.some((x) => x.item.polaritas) ||
      (block?.rows.some((r) => r.polaritas) ?? false);
    if (!polarityGiven && d.rows.length) {
      findings.push(
        'POLARITY_ASSUMED',
        `Lembar ${name}: tidak ada kolom Polaritas; semua indikator dianggap berpolaritas positif (makin tinggi makin baik).`,
        { sheet: name, cell: null },
        name,
      );
    }
    // Pass 1: exact matches (kode or normalised name); pass 2: fuzzy among what is left.
    // Indexed by kode and by normalised name, so that linking stays linear in the rows.
    const byKodeIdx = new Map<string, Tagged<IndicatorRow>[]>();
    const byNameIdx = new Map<string, Tagged<IndicatorRow>[]>();
    for (const c of candidates) {
      const push = (m: Map<string, Tagged<IndicatorRow>[]>, k: string) => {
        const list = m.get(k);
        if (list) list.push(c);
        else m.set(k, [c]);
      };
      if (c.item.kode) push(byKodeIdx, looseKey(c.item.kode));
      push(byNameIdx, normaliseName(c.item.nama));
    }
    const exactOf = new Map<IndicatorRow, Tagged<IndicatorRow>[]>();
    for (const row of d.rows) {
      // A kode on both sides decides; otherwise the normalised name (rows without kode, or
      // candidates without one).
      const byKode = row.kode ? (byKodeIdx.get(looseKey(row.kode)) ?? []) : [];
      const byName = (byNameIdx.get(normaliseName(row.nama)) ?? []).filter(
        (c) => !(row.kode && c.item.kode),
      );
      const matches = [...byKode, ...byName];
      exactOf.set(row, matches);
      for (const m of matches) usedRealRows.add(m.item);
    }
    const unmatchedPkRows = d.rows.filter((x) => (exactOf.get(x) ?? []).length === 0);
    const seenInPk = new Map<string, IndicatorRow>();
    d.rows.forEach((row, idx) => {
      const key = indicatorKey(row);
      const dup = seenInPk.get(key);
      if (dup && normaliseName(dup.sasaran ?? '') === normaliseName(row.sasaran ?? '')) {
        findings.push(
          'INDICATOR_DUPLICATE',
          `Indikator "${shortName(row.nama)}" tertulis dua kali pada ${name} (juga di ${dup.namaRef.cell}).`,
          row.namaRef,
          name,
        );
      }
      seenInPk.set(key, row);

      // Realisasi rows.
      const matches = exactOf.get(row) ?? [];
      let real: Tagged<IndicatorRow> | null = null;
      if (matches.length) {
        const tagged = matches.filter((m) => m.pk === name);
        const pool = tagged.length ? tagged : matches;
        // Same sasaran first when the indicator appears under several sasaran.
        real =
          pool.find(
            (m) =>
              row.sasaran &&
              m.item.sasaran &&
              normaliseName(m.item.sasaran) === normaliseName(row.sasaran),
          ) ?? pool[0];
        const values = new Set(pool.map((m) => m.item.realisasi?.value.raw.trim() ?? ''));
        if (!tagged.length && pool.length > 1 && values.size > 1) {
          findings.push(
            'REALISASI_CONFLICT',
            `"${shortName(row.nama)}" punya beberapa realisasi berbeda (${[...values].filter(Boolean).join(' / ')}) tanpa keterangan PK. Tambahkan kolom PK atau pisahkan lembar Realisasi per PK.`,
            pool[1].item.realisasi?.ref ?? pool[1].item.namaRef,
            name,
          );
        } else if (
          tagged.length > 1 &&
          new Set(tagged.map((m) => m.item.realisasi?.value.raw.trim() ?? '')).size > 1
        ) {
          findings.push(
            'REALISASI_CONFLICT',
            `"${shortName(row.nama)}" punya dua realisasi berbeda untuk ${name}.`,
            tagged[1].item.realisasi?.ref ?? tagged[1].item.namaRef,
            name,
          );
        }
      } else {
        const free = candidates.map((c) => c.item).filter((c) => !usedRealRows.has(c));
        const fuzzy = matchIndicator(row, free) ?? matchByKeyword(row, free, unmatchedPkRows);
        if (fuzzy) {
          real = candidates.find((c) => c.item === fuzzy.item) ?? null;
          findings.push(
            'INDICATOR_UNMATCHED',
            `Indikator PK "${shortName(row.nama)}" dicocokkan dengan "${shortName(fuzzy.item.nama)}" di ${fuzzy.item.namaRef.sheet}!${fuzzy.item.namaRef.cell} (nama tidak sama persis). Periksa bahwa itu indikator yang sama.`,
            row.namaRef,
            name,
          );
        } else if (realSheets.length) {
          findings.push(
            'INDICATOR_UNMATCHED',
            `Indikator PK "${shortName(row.nama)}" tidak ditemukan di lembar Realisasi: capaiannya tidak dihitung.`,
            row.namaRef,
            name,
          );
        }
      }
      if (real) usedRealRows.add(real.item);
      const r = real?.item ?? null;

      // TC.25 row.
      let tc: IndicatorRow | null = null;
      if (block) {
        const m = matchIndicator(row, block.rows, tcIndexOf(block));
        if (m) {
          tc = m.item;
          if (!m.exact) {
            findings.push(
              'INDICATOR_UNMATCHED',
              `Indikator PK "${shortName(row.nama)}" dicocokkan dengan "${shortName(m.item.nama)}" pada TC.25 (${m.item.namaRef.sheet}!${m.item.namaRef.cell}).`,
              row.namaRef,
              name,
            );
          }
        } else {
          findings.push(
            'INDICATOR_UNMATCHED',
            `Indikator PK "${shortName(row.nama)}" tidak ditemukan di TC.25 Renstra ${block.periode}.`,
            row.namaRef,
            name,
          );
        }
      }

      // Target: the PK's.
      let target: LocValue | null = row.target;
      if (!target || target.value.kind === 'empty') {
        const y = d.tahun !== null ? row.yearTargets.get(d.tahun) : undefined;
        if (y) target = y;
      }
      if (!target) target = { value: emptyValue(), ref: row.namaRef };
      if (target.value.kind === 'unreadable') {
        findings.push(
          'VALUE_UNREADABLE',
          `Target "${shortName(row.nama)}" tidak dapat dibaca: ${target.value.reason}.`,
          target.ref,
          name,
        );
      }
      // Compare with TC.25 and Realisasi targets.
      if (tc && d.tahun !== null) {
        const tcT = tc.yearTargets.get(d.tahun);
        if (tcT) compareTargets(findings, name, row.nama, target, tcT, `TC.25 tahun ${d.tahun}`);
        compareUnits(findings, name, row, tc, 'TC.25');
      }
      if (r?.target && r.target.value.kind !== 'empty')
        compareTargets(findings, name, row.nama, target, r.target, 'lembar Realisasi');
      if (r) compareUnits(findings, name, row, r, 'Realisasi');

      // Realisasi value.
      let realisasi: LocValue | null = r?.realisasi ?? null;
      if (r && (!realisasi || (realisasi.value.kind === 'empty' && r.tw.length)))
        realisasi = realisasiFromTw(r, findings, name) ?? realisasi;
      if (
        r &&
        (!realisasi || realisasi.value.kind === 'empty') &&
        d.tahun !== null &&
        r.yearRealisasi.has(d.tahun)
      )
        realisasi = r.yearRealisasi.get(d.tahun)!;
      if (realisasi?.value.kind === 'unreadable') {
        findings.push(
          'VALUE_UNREADABLE',
          `Realisasi "${shortName(row.nama)}" tidak dapat dibaca: ${realisasi.value.reason}.`,
          realisasi.ref,
          name,
        );
      }

      // End-of-Renstra target: TC.25's explicit column, else its last year.
      let targetAkhir: LocValue | null = null;
      let tahunAkhir: number | null = null;
      if (tc && block) {
        const lastYear = block.years.length ? Math.max(...block.years) : null;
        const lastT = lastYear !== null ? (tc.yearTargets.get(lastYear) ?? null) : null;
        const explicit =
          tc.targetAkhir && tc.targetAkhir.value.kind !== 'empty' ? tc.targetAkhir : null;
        targetAkhir = explicit ?? (lastT && lastT.value.kind !== 'empty' ? lastT : null);
        tahunAkhir = lastYear;
        if (
          explicit &&
          lastT &&
          lastT.value.kind !== 'empty' &&
          !sameValue(explicit.value, lastT.value)
        ) {
          findings.push(
            'TARGET_MISMATCH',
            `"${shortName(row.nama)}": Target Akhir Renstra ${explicit.value.raw.trim()} berbeda dari target tahun ${lastYear} (${lastT.value.raw.trim()}) pada TC.25.`,
            explicit.ref,
            name,
          );
        }
        checkImplausible(
          findings,
          name,
          row,
          tc,
          block,
          row.polaritas ?? tc.polaritas ?? 'positif',
        );
      } else if (r?.targetAkhir && r.targetAkhir.value.kind !== 'empty') {
        // Without TC.25 the Realisasi sheet's target akhir is all we have.
        targetAkhir = r.targetAkhir;
      }
      if (
        tc &&
        r?.targetAkhir &&
        r.targetAkhir.value.kind !== 'empty' &&
        targetAkhir &&
        targetAkhir !== r.targetAkhir &&
        !sameValue(targetAkhir.value, r.targetAkhir.value)
      ) {
        const ua = unitKey(r.targetAkhir.value.unit ?? r.satuan);
        const ub = unitKey(targetAkhir.value.unit ?? tc.satuan);
        if (ua && ub && ua !== ub) {
          findings.push(
            'UNIT_MISMATCH',
            `"${shortName(row.nama)}": target akhir pada lembar Realisasi ditulis ${r.targetAkhir.value.raw.trim()} (satuan ${ua}), pada TC.25 ${targetAkhir.value.raw.trim()} (satuan ${ub}); yang dipakai TC.25.`,
            r.targetAkhir.ref,
            name,
          );
        } else {
          findings.push(
            'TARGET_MISMATCH',
            `"${shortName(row.nama)}": target akhir pada lembar Realisasi (${r.targetAkhir.value.raw.trim()}) berbeda dari TC.25 (${targetAkhir.value.raw.trim()}); yang dipakai TC.25.`,
            r.targetAkhir.ref,
            name,
          );
        }
      }

      const prior: PriorRealisasi[] = [];
      if (r) {
        for (const [y, v] of r.yearRealisasi) {
          if (d.tahun !== null && y >= d.tahun) continue;
          if (v.value.kind === 'empty') continue;
          prior.push({ tahun: y, value: v.value, ref: v.ref });
        }
      }
      let typedPredikat: TypedPredikat | null = null;
      if (r?.ticks.length) typedPredikat = { kind: 'ticks', columns: r.ticks };
      else if (r?.kriteria)
        typedPredikat = { kind: 'text', text: r.kriteria.text || null, ref: r.kriteria.ref };

      const faktor = (x: { text: string | null; ref: CellRef } | null | undefined) =>
        x?.text ?? null;
      if (r) {
        for (const [label, x] of [
          ['faktor pendorong', r.faktorPendorong],
          ['faktor penghambat', r.faktorPenghambat],
          ['solusi', r.solusi],
        ] as const) {
          if (x && !x.text) {
            findings.push(
              'FAKTOR_EMPTY',
              `"${shortName(row.nama)}": ${label} belum diisi; narasi akan memuat tanda [isi ${label}].`,
              x.ref,
              name,
            );
          }
        }
      }

      const ind: IndicatorInput = {
        key: `${name}#${idx}`,
        level: noSasaranColumn ? 'sasaran' : row.level,
        tujuan: row.tujuan,
        sasaran: noSasaranColumn ? row.nama : row.level === 'sasaran' ? row.sasaran : null,
        sasaranNo: noSasaranColumn
          ? idx + 1
          : row.level === 'sasaran'
            ? sasaranNo(row.sasaran)
            : null,
        nama: row.nama,
        kode: row.kode ?? tc?.kode ?? r?.kode ?? null,
        satuan: row.satuan ?? tc?.satuan ?? r?.satuan ?? unitOf(target.value),
        polaritas: row.polaritas ?? tc?.polaritas ?? r?.polaritas ?? 'positif',
        target: target.value,
        targetRef: target.ref,
        realisasi: realisasi?.value ?? emptyValue(),
        realisasiRef: realisasi?.ref ?? null,
        targetAkhir: targetAkhir?.value ?? null,
        targetAkhirRef: targetAkhir?.ref ?? null,
        tahunAkhir,
        kondisiAwal: (tc?.kondisiAwal ?? r?.kondisiAwal ?? row.kondisiAwal)?.value ?? null,
        realisasiLalu: prior,
        benchmark: r?.benchmark ?? null,
        formulasi: row.formulasi ?? tc?.formulasi ?? r?.formulasi ?? null,
        faktorPendorong: faktor(r?.faktorPendorong),
        faktorPenghambat: faktor(r?.faktorPenghambat),
        solusi: faktor(r?.solusi),
        tantangan: faktor(r?.tantangan),
        typedCapaian: r?.capaian ? { value: r.capaian.value, ref: r.capaian.ref } : null,
        typedPredikat,
        typedCapaianAkhir: r?.capaianAkhir
          ? { value: r.capaianAkhir.value, ref: r.capaianAkhir.ref }
          : null,
      };
      if (!r) ind.realisasiRef = null;
      base.indikator.push(ind);
    });

    // Programs of the PK.
    base.programs = (d.programs as (ProgramInput & { sasaranText: string | null })[]).map((p) => ({
      nama: p.nama,
      kode: p.kode,
      anggaran: p.anggaran,
      anggaranRef: p.anggaranRef,
      sasaran: parseSasaranRefs(p.sasaranText),
      sasaranRef: p.sasaranRef,
    }));

    // Budget: tables for this PK, else untagged ones.
    const bt = budgetTables.filter((b) => b.pk === name);
    const budgetSource = bt.length ? bt : budgetTables.filter((b) => b.pk === null);
    base.budget = budgetSource.flatMap((b, ti) =>
      b.item.map((row, i): BudgetRow => {
        const refs = [row.sasaranText, row.heading].filter((x): x is string => !!x);
        return {
          key: `${ti}:${i}`,
          level: row.level,
          kode: row.kode,
          nama: row.nama,
          parent: null,
          pagu: row.pagu?.value ?? emptyValue(),
          realisasi: row.realisasi?.value ?? emptyValue(),
          persen: row.persen?.value ?? emptyValue(),
          sisa: row.sisa?.value ?? emptyValue(),
          refs: {
            pagu: row.pagu?.ref ?? null,
            realisasi: row.realisasi?.ref ?? null,
            persen: row.persen?.ref ?? null,
            sisa: row.sisa?.ref ?? null,
            nama: row.namaRef,
          },
          sasaran: refs.length ? parseSasaranRefs(refs[0]) : [],
          pk: b.pk,
        };
      }),
    );
    for (const b of base.budget) {
      for (const [v, ref, what] of [
        [b.pagu, b.refs.pagu, 'Pagu'],
        [b.realisasi, b.refs.realisasi, 'Realisasi anggaran'],
      ] as const) {
        if (v.kind === 'unreadable')
          findings.push(
            'VALUE_UNREADABLE',
            `${what} "${shortName(b.nama)}" tidak dapat dibaca: ${v.reason}.`,
            ref,
            name,
          );
      }
    }
    // Program-indicator rows.
    const pkRows = progKinerja.filter((p) => p.pk === name);
    const progSource = pkRows.length ? pkRows : progKinerja.filter((p) => p.pk === null);
    base.programIndicators = progSource.map(({ item }): ProgramIndicatorRow => ({
      level: item.level,
      kode: item.kode,
      nama: item.nama,
      indikator: item.indikator,
      satuan: item.satuan,
      target: item.target?.value ?? emptyValue(),
      realisasi: item.realisasi?.value ?? emptyValue(),
      persen: item.persen ? { value: item.persen.value, ref: item.persen.ref } : null,
      sasaran: item.sasaran
        ? parseSasaranRefs(item.sasaran)
        : item.titleSasaran !== null
          ? [item.titleSasaran]
          : [],
      refs: {
        target: item.target?.ref ?? null,
        realisasi: item.realisasi?.ref ?? null,
        nama: item.namaRef,
      },
    }));
    // Efficiency table.
    const et = effTables.filter((e) => e.pk === name);
    const effSource = et.length
      ? et
      : measured.length === 1
        ? effTables.filter((e) => e.pk === null)
        : [];
    let lastSasaranNo: number | null = null;
    base.efficiencyTable = effSource.flatMap((e) =>
      e.item.map((row): TypedEfficiencyRow => {
        const num = row.label.match(/^(?:sasaran\s*)?(\d+)[\s.:)]/i);
        let no: number | null = num ? Number(num[1]) : null;
        let indikator = row.indikator;
        if (indikator !== null) no = lastSasaranNo;
        else if (!row.isTotal) {
          const label = stripLabel(row.label.replace(/^\d+[.)]?\s*/, ''));
          const ms = bestMatch(label, sasaranNames, (x) => x, 0.6);
          const mi = bestMatch(label, base.indikator, (x) => x.nama, 0.6);
          if (/^rata[\s-]*rata/i.test(label)) no = lastSasaranNo;
          else if (mi && (!ms || mi.score > ms.score)) {
            // An indicator written under its sasaran without an "Indikator :" prefix.
            indikator = label;
            no = mi.item.sasaranNo ?? lastSasaranNo;
          } else if (ms) no = sasaranNames.indexOf(ms.item) + 1;
          else no = null;
        }
        if (!row.isTotal && indikator === null && no !== null) lastSasaranNo = no;
        return {
          label: row.label,
          isTotal: row.isTotal,
          sasaranNo: row.isTotal ? null : no,
          indikator,
          capaian: row.capaian,
          serapan: row.serapan,
          efisiensi: row.efisiensi,
          kategori: row.kategori ? { value: row.kategori.text, ref: row.kategori.ref } : null,
          pagu: row.pagu,
          realisasiAnggaran: row.realisasiAnggaran,
          labelRef: row.labelRef,
        };
      }),
    );
    pks.push(base);
  }

  // Realisasi rows that belong to no PK indicator.
  for (const x of realRows) {
    if (usedRealRows.has(x.item)) continue;
    if (x.pk && !measured.some((m) => m.cs.sheet.name === x.pk)) continue;
    findings.push(
      'INDICATOR_UNMATCHED',
      `Indikator "${shortName(x.item.nama)}" di lembar ${x.item.namaRef.sheet} tidak ada di PK yang diukur.`,
      x.item.namaRef,
      x.pk,
    );
  }
  return { settings, pks, findings, sheets: sheetsOut, noPk: false };
}

const COMMON_WORDS = new Set([
  'persentase',
  'jumlah',
  'nilai',
  'indeks',
  'tingkat',
  'cakupan',
  'rasio',
  'angka',
  'kinerja',
  'perangkat',
  'daerah',
  'kecamatan',
  'masyarakat',
  'pelayanan',
  'program',
  'kegiatan',
  'yang',
  'tercapai',
  'dokumen',
]);

function keywords(s: string): Set<string> {
  return new Set(
    normaliseName(s)
      .split(' ')
      .filter((w) => w.length >= 4 && !COMMON_WORDS.has(w)),
  );
}

/**
 * Last resort: a distinctive word (SAKIP, IKM, trantib …) shared by exactly one unmatched
 * indicator on each side ("Nilai SAKIP Ambulu" ↔ "Nilai SAKIP OPD").
 */
function matchByKeyword(
  row: IndicatorRow,
  free: IndicatorRow[],
  unmatchedPk: IndicatorRow[],
): { item: IndicatorRow; exact: boolean } | null {
  const mine = keywords(row.nama);
  for (const w of mine) {
    const theirs = free.filter((f) => keywords(f.nama).has(w));
    const ours = unmatchedPk.filter((p) => keywords(p.nama).has(w));
    if (theirs.length === 1 && ours.length === 1 && ours[0] === row)
      return { item: theirs[0], exact: false };
  }
  return null;
}

function unitOf(v: Value): string | null {
  return v.unit;
}

function sameValue(a: Value, b: Value): boolean {
  if (hasNumber(a) && hasNumber(b)) return roundHalfUp(a.num, 4) === roundHalfUp(b.num, 4);
  const ga = a.grade ?? null;
  const gb = b.grade ?? null;
  if (ga && gb) return ga === gb;
  return a.raw.trim().toLowerCase() === b.raw.trim().toLowerCase();
}

function compareTargets(
  findings: FindingList,
  pk: string,
  nama: string,
  pkTarget: LocValue,
  other: LocValue,
  where: string,
): void {
  if (pkTarget.value.kind === 'empty' || other.value.kind === 'empty') return;
  if (pkTarget.value.kind === 'unreadable' || other.value.kind === 'unreadable') return;
  if (sameValue(pkTarget.value, other.value)) return;
  findings.push(
    'TARGET_MISMATCH',
    `"${shortName(nama)}": target PK ${pkTarget.value.raw.trim()} berbeda dari target di ${where} (${other.value.raw.trim()}). Capaian diukur terhadap target PK.`,
    other.ref,
    pk,
  );
}

function unitKey(u: string | null): string | null {
  if (!u) return null;
  const t = u.toLowerCase().replace(/[^a-z%]/g, '');
  if (!t) return null;
  if (/^(persen|%|prosen)/.test(t)) return '%';
  if (/^dok/.test(t)) return 'dok';
  return t;
}

function compareUnits(
  findings: FindingList,
  pk: string,
  row: IndicatorRow,
  other: IndicatorRow,
  where: string,
): void {
  const a = unitKey(row.satuan ?? row.target?.value.unit ?? null);
  const b = unitKey(other.satuan ?? other.target?.value.unit ?? null);
  if (!a || !b || a === b) return;
  findings.push(
    'UNIT_MISMATCH',
    `"${shortName(row.nama)}": satuan PK "${row.satuan ?? row.target?.value.unit}" berbeda dari ${where} "${other.satuan ?? other.target?.value.unit}".`,
    other.namaRef,
    pk,
  );
}

function checkImplausible(
  findings: FindingList,
  pk: string,
  row: IndicatorRow,
  tc: IndicatorRow,
  block: Tc25Block,
  pol: 'positif' | 'negatif',
): void {
  const years = [...tc.yearTargets.keys()].sort((a, b) => a - b);
  const vals = years
    .map((y) => tc.yearTargets.get(y)!)
    .map((l) => ({ l, n: hasNumber(l.value) ? l.value.num : null }));
  for (let i = 1; i + 1 < vals.length; i++) {
    const prev = vals
      .slice(0, i)
      .reverse()
      .find((v) => v.n !== null);
    const next = vals.slice(i + 1).find((v) => v.n !== null);
    const cur = vals[i];
    if (cur.n === 0 && prev && next && prev.n! > 0 && next.n! > 0) {
      findings.push(
        'TARGET_IMPLAUSIBLE',
        `"${shortName(row.nama)}": target tahun ${years[i]} bernilai 0 di antara tahun-tahun bertarget ${formatId(prev.n!, 2, { trim: true })}.`,
        cur.l.ref,
        pk,
      );
    }
  }
  const akhir = tc.targetAkhir && hasNumber(tc.targetAkhir.value) ? tc.targetAkhir : null;
  if (akhir && hasNumber(akhir.value)) {
    const annual = vals.filter((v) => v.n !== null).map((v) => v.n!);
    if (annual.length) {
      const bad =
        pol === 'positif'
          ? akhir.value.num < Math.max(...annual)
          : akhir.value.num > Math.min(...annual);
      if (bad) {
        findings.push(
          'TARGET_IMPLAUSIBLE',
          `"${shortName(row.nama)}": target akhir Renstra ${akhir.value.raw.trim()} ${pol === 'positif' ? 'lebih rendah' : 'lebih tinggi'} dari target tahunan (${block.periode}).`,
          akhir.ref,
          pk,
        );
      }
    }
  }
}
