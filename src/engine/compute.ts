/**
 * Computing and validating one PK: every indicator's capaian and predicate, tujuan and sasaran
 * aggregates, budget absorption per sasaran, efficiency, and the typed figures checked (§2–§7).
 */
import { formatId, formatRupiah, roundHalfUp } from './decimal';
import {
  aggregateCapaian,
  clampForAggregate,
  indicatorCapaian,
  isMelampaui,
  isTercapai,
  mean,
} from './capaian';
import { computeBudget, programKey } from './budget';
import { efficiency } from './efficiency';
import { FindingList, type CellRef } from './findings';
import type {
  BudgetRowResult,
  IndicatorInput,
  IndicatorResult,
  PkInput,
  PkResult,
  Ringkasan,
  SasaranResult,
  Settings,
  TujuanResult,
} from './model';
import {
  classify,
  fontFor,
  gradeOf,
  gradeOrdinal,
  gradeScaleFor,
  PRESET_SCALES,
  SCALE_JEMBER,
  type Scale,
} from './scales';
import { bestMatch, normaliseName, shortName } from './text';
import { computedPercent, correctedBudget, correctedInput } from './corrections';
import { indicatorTrend } from './trend';
import { checkTyped, typedMessage } from './typed';
import { hasNumber, type Value } from './values';

/** The predicate scale in force for the settings. */
export function scaleFor(settings: Settings): Scale {
  if (settings.skala === 'kustom') return settings.skalaKustom ?? SCALE_JEMBER;
  return PRESET_SCALES[settings.skala] ?? SCALE_JEMBER;
}

function predicateNorm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z]/g, '');
}

/** Compare a typed predicate label with the scale's label (case and spacing ignored). */
export function samePredicate(typed: string, label: string): boolean {
  return predicateNorm(typed) === predicateNorm(label);
}

/** `B (85)` where the score belongs to another grade of the indicator's scale (§4). */
export function checkGradeScore(
  nama: string,
  v: Value,
  ref: CellRef | null,
  findings: FindingList,
  pk: string | null,
): void {
  if (!ref || v.kind !== 'number' || !v.grade || v.num === null) return;
  const scale = gradeScaleFor(nama);
  if (!scale) return;
  const g = gradeOf(scale, v.num);
  if (g && g !== v.grade && gradeOrdinal(scale, v.grade) !== null) {
    findings.push(
      'GRADE_SCORE_MISMATCH',
      `Nilai ${v.raw.trim()} pada "${shortName(nama)}": skor ${formatId(v.num, v.precision)} termasuk ${g} pada skala ${scale.name} (${scale.source}), bukan ${v.grade}.`,
      ref,
      pk,
    );
  }
}

function computeIndicator(
  typed: IndicatorInput,
  realisasi: Value | null,
  settings: Settings,
  scale: Scale,
  findings: FindingList,
  pk: string,
): IndicatorResult {
  checkGradeScore(typed.nama, typed.target, typed.targetRef, findings, pk);
  checkGradeScore(typed.nama, typed.realisasi, typed.realisasiRef, findings, pk);
  for (const p of typed.realisasiLalu) checkGradeScore(typed.nama, p.value, p.ref, findings, pk);
  if (typed.targetAkhir)
    checkGradeScore(typed.nama, typed.targetAkhir, typed.targetAkhirRef, findings, pk);
  // Figures the findings reject are replaced by the computed ones before any use (issue 10 §2).
  const ind = correctedInput(typed, realisasi);

  const out = indicatorCapaian(
    ind.nama,
    ind.target,
    ind.realisasi,
    ind.polaritas,
    settings.rumusNegatif,
  );
  // An indicator with no Realisasi row at all is already reported as unmatched.
  if (out.note && !(out.note.code === 'REALISASI_EMPTY' && !ind.realisasiRef)) {
    const at = out.note.code === 'TARGET_ZERO' ? ind.targetRef : ind.realisasiRef;
    findings.push(out.note.code, `"${shortName(ind.nama)}": ${out.note.message}`, at, pk);
  }
  const capaian = out.capaian;
  let predikat: string | null = null;
  let warna: string | null = null;
  let font: string | null = null;
  if (capaian !== null) {
    const b = classify(scale, capaian);
    predikat = b.label;
    warna = b.fill;
    font = fontFor(b.fill);
  }

  // Capaian against the end-of-Renstra target: the same formula.
  let capaianAkhir: number | null = null;
  if (ind.targetAkhir && ind.realisasi.kind !== 'empty') {
    const ca = indicatorCapaian(
      ind.nama,
      ind.targetAkhir,
      ind.realisasi,
      ind.polaritas,
      settings.rumusNegatif,
    );
    capaianAkhir = ca.capaian;
  }

  // Trend over the baseline, earlier years and this year.
  const { trend, trendValues } = indicatorTrend(ind);

  // Typed capaian.
  const tc = ind.typedCapaian;
  if (tc && tc.ref && capaian !== null) {
    if (hasNumber(tc.value)) {
      const v = checkTyped(tc.value.num, tc.value.precision, capaian);
      if (!v.ok) {
        findings.push(
          'CAPAIAN_MISMATCH',
          `"${shortName(ind.nama)}": ${typedMessage('Capaian', tc.value, v)}`,
          tc.ref,
          pk,
        );
      } else if (classify(scale, tc.value.num).label !== classify(scale, capaian).label) {
        findings.push(
          'CAPAIAN_PRECISION',
          `"${shortName(ind.nama)}": capaian tertulis ${tc.value.raw.trim()} dibulatkan dari ${formatId(capaian, 2)} %, yang termasuk ${classify(scale, capaian).label}, bukan ${classify(scale, tc.value.num).label}. Tulis dua angka desimal.`,
          tc.ref,
          pk,
        );
      }
    } else if (tc.value.kind === 'unreadable') {
      findings.push(
        'VALUE_UNREADABLE',
        `Capaian "${shortName(ind.nama)}" ${tc.value.reason}.`,
        tc.ref,
        pk,
      );
    }
  }
  // Typed capaian against the end target.
  const tca = ind.typedCapaianAkhir;
  if (tca && tca.ref && capaianAkhir !== null && hasNumber(tca.value)) {
    const v = checkTyped(tca.value.num, tca.value.precision, capaianAkhir);
    if (!v.ok) {
      findings.push(
        'CAPAIAN_MISMATCH',
        `"${shortName(ind.nama)}": ${typedMessage('Capaian terhadap target akhir Renstra', tca.value, v)}`,
        tca.ref,
        pk,
      );
    }
  }
  // Typed predicate.
  const tp = ind.typedPredikat;
  if (tp && predikat !== null) {
    if (tp.kind === 'text' && tp.text && tp.text.trim()) {
      if (!samePredicate(tp.text, predikat)) {
        findings.push(
          'PREDIKAT_MISMATCH',
          `"${shortName(ind.nama)}": kriteria tertulis "${tp.text.trim()}", menurut skala ${scale.name} capaian ${formatId(capaian!, 2)} % adalah ${predikat}.`,
          tp.ref,
          pk,
        );
      }
    } else if (tp.kind === 'ticks') {
      const marked = tp.columns.filter((c) => c.marked);
      const ok = marked.length === 1 && samePredicate(marked[0].label, predikat);
      if (marked.length > 0 && !ok) {
        const at = marked.find((c) => !samePredicate(c.label, predikat)) ?? marked[0];
        findings.push(
          'PREDIKAT_MISMATCH',
          `"${shortName(ind.nama)}": tanda pada kolom ${marked.map((m) => `"${m.label}"`).join(', ')}, menurut skala ${scale.name} capaian ${formatId(capaian!, 2)} % adalah ${predikat}.`,
          at.ref,
          pk,
        );
      }
    }
  }
  return {
    input: ind,
    ...(ind !== typed ? { typed } : {}),
    capaian,
    predikat,
    warna,
    font,
    ordinal: out.ordinal,
    capaianAkhir,
    trend,
    trendValues,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Compute one PK. Findings go to `findings`. */
export function computePk(pk: PkInput, settings: Settings, findings: FindingList): PkResult {
  const scale = scaleFor(settings);
  const batas = settings.batasAtasCapaian;
  const pkName = pk.sheet;

  // Program-indicator table: typed % and the program IKU.
  for (const row of pk.programIndicators) {
    if (!row.persen || !row.persen.ref || !hasNumber(row.persen.value)) continue;
    const c = indicatorCapaian(
      row.indikator,
      row.target,
      row.realisasi,
      'positif',
      settings.rumusNegatif,
    );
    if (c.capaian === null) continue;
    const v = checkTyped(row.persen.value.num, row.persen.value.precision, c.capaian);
    if (!v.ok) {
      findings.push(
        'CAPAIAN_MISMATCH',
        `${shortName(row.nama)} — "${shortName(row.indikator)}": ${typedMessage('Capaian', row.persen.value, v)}`,
        row.persen.ref,
        pkName,
      );
    }
  }
  const programRows = pk.programIndicators.filter((r) => r.level === 'program');
  // A "% indikator program tercapai" realisasi the program table disproves: the computed share.
  const programIku = new Map<IndicatorInput, Value>();
  if (programRows.length) {
    const achieved = programRows.filter((r) => {
      const c = indicatorCapaian(
        r.indikator,
        r.target,
        r.realisasi,
        'positif',
        settings.rumusNegatif,
      ).capaian;
      return c !== null && isTercapai(c);
    }).length;
    const pct = (achieved / programRows.length) * 100;
    for (const ind of pk.indikator) {
      if (!/tercapai/i.test(ind.nama)) continue;
      const n = normaliseName(ind.nama);
      if (!/indikator program.*tercapai|program.*tercapai/.test(n)) continue;
      const r = ind.realisasi;
      if (!hasNumber(r)) continue;
      if (roundHalfUp(r.num, r.precision) > roundHalfUp(pct, r.precision)) {
        findings.push(
          'PROGRAM_IKU_MISMATCH',
          `"${shortName(ind.nama)}" tertulis ${r.raw.trim()}, tetapi hanya ${achieved} dari ${programRows.length} indikator program yang tercapai (${formatId(pct, 2)} %).`,
          ind.realisasiRef,
          pkName,
        );
        programIku.set(ind, computedPercent(pct, r));
      }
    }
  }
  const indikator = pk.indikator.map((ind) =>
    computeIndicator(ind, programIku.get(ind) ?? null, settings, scale, findings, pkName),
  );

  // Budget.
  const budget: BudgetRowResult[] = correctedBudget(
    computeBudget(pk.budget, findings, { pk: pkName }),
    findings,
    pkName,
  );
  const depths = budget
    .filter((b) => b.row.level !== 'total' && b.row.level !== 'rata')
    .map((b) => b.row.level);
  const topLevel = depths.includes('program')
    ? 'program'
    : depths.includes('kegiatan')
      ? 'kegiatan'
      : 'subkegiatan';
  const topRows = budget.filter((b) => b.row.level === topLevel);

  // Sasaran of each budget program: its own mapping, else the PK's program table.
  const sasaranOfProgram = new Map<string, { res: BudgetRowResult; sasaran: Set<number> }>();
  for (const b of topRows) {
    const k = programKey(b.row);
    const entry = sasaranOfProgram.get(k) ?? { res: b, sasaran: new Set<number>() };
    b.row.sasaran.forEach((s) => entry.sasaran.add(s));
    sasaranOfProgram.set(k, entry);
  }
  const entries = [...sasaranOfProgram.values()];
  const sasaranCount = new Set(
    pk.indikator.filter((i) => i.level === 'sasaran').map((i) => i.sasaranNo),
  ).size;
  const unmappedAtPk = new Set<(typeof entries)[number]>();
  for (const p of pk.programs) {
    const match =
      (p.kode ? entries.find((e) => e.res.row.kode === p.kode) : undefined) ??
      bestMatch(p.nama, entries, (e) => e.res.row.nama, 0.8)?.item;
    if (!match) {
      if (entries.length) {
        findings.push(
          'PROGRAM_UNMAPPED',
          `Program "${shortName(p.nama)}" pada PK tidak ditemukan di tabel realisasi anggaran: serapannya tidak dapat dihitung.`,
          p.anggaranRef,
          pkName,
        );
      }
      continue;
    }
    p.sasaran.forEach((s) => match.sasaran.add(s));
    if (p.sasaran.length === 0 && p.sasaranRef && sasaranCount > 0) {
      unmappedAtPk.add(match);
      findings.push(
        'PROGRAM_UNMAPPED',
        `Program "${shortName(p.nama)}" pada ${pkName} tidak dipetakan ke sasaran mana pun: isi kolom Sasaran (nomor sasaran, mis. "1" atau "1; 2").`,
        p.sasaranRef,
        pkName,
      );
    }
    if (
      hasNumber(p.anggaran) &&
      match.res.pagu !== null &&
      roundHalfUp(p.anggaran.num, 2) !== roundHalfUp(match.res.pagu, 2)
    ) {
      findings.push(
        'PAGU_CHANGED',
        `Anggaran "${shortName(p.nama)}" pada PK ${formatId(p.anggaran.num, 0)} berbeda dari pagu tabel anggaran ${formatId(match.res.pagu, 0)}; serapan memakai pagu tabel anggaran.`,
        p.anggaranRef,
        pkName,
      );
    }
  }

  // Tujuan and sasaran.
  const sasaranMap = new Map<number, IndicatorResult[]>();
  const tujuanMap = new Map<string, IndicatorResult[]>();
  for (const r of indikator) {
    if (r.input.level === 'sasaran' && r.input.sasaranNo !== null) {
      const list = sasaranMap.get(r.input.sasaranNo) ?? [];
      list.push(r);
      sasaranMap.set(r.input.sasaranNo, list);
    } else if (r.input.level === 'tujuan') {
      const k = r.input.tujuan ?? r.input.nama;
      const list = tujuanMap.get(k) ?? [];
      list.push(r);
      tujuanMap.set(k, list);
    }
  }
  const sasaran: SasaranResult[] = [];
  for (const [no, inds] of [...sasaranMap.entries()].sort((a, b) => a[0] - b[0])) {
    // §3: the sasaran capaian is the mean of the clamped values, the figure every output shows.
    const capaianAgregat = aggregateCapaian(
      inds.map((i) => i.capaian),
      batas,
    );
    const capaian = capaianAgregat;
    const progs = entries.filter((e) => e.sasaran.has(no));
    const pagus = progs.map((p) => p.res.pagu);
    const reals = progs.map((p) => p.res.realisasi);
    const pagu = progs.length && pagus.every((x) => x !== null) ? sum(pagus as number[]) : null;
    const realisasiAnggaran =
      progs.length && reals.every((x) => x !== null) ? sum(reals as number[]) : null;
    const serapan = pagu && realisasiAnggaran !== null ? (realisasiAnggaran / pagu) * 100 : null;
    let efisiensi: number | null = null;
    let kategori: string | null = null;
    if (
      capaianAgregat !== null &&
      serapan !== null &&
      pagu !== null &&
      realisasiAnggaran !== null
    ) {
      const e = efficiency(settings.metodeEfisiensi, {
        capaian: capaianAgregat,
        serapan,
        pagu,
        realisasi: realisasiAnggaran,
      });
      efisiensi = e.nilai;
      kategori = e.kategori;
    }
    const band = capaianAgregat !== null ? classify(scale, capaianAgregat) : null;
    const nama = inds[0].input.sasaran ?? inds[0].input.nama;
    if (progs.length === 0 && entries.length) {
      findings.push(
        'PROGRAM_UNMAPPED',
        `Sasaran ${no} "${shortName(nama)}" tidak didukung program mana pun (isi kolom Sasaran pada tabel program PK): efisiensinya tidak dapat dihitung.`,
        inds[0].input.targetRef
          ? { sheet: inds[0].input.targetRef.sheet, cell: inds[0].input.targetRef.cell }
          : null,
        pkName,
      );
    }
    sasaran.push({
      no,
      nama,
      tujuan: inds[0].input.tujuan,
      indikator: inds,
      capaian,
      capaianAgregat,
      predikat: band?.label ?? null,
      warna: band?.fill ?? null,
      programs: progs.map((p) => p.res.row.nama),
      pagu,
      realisasiAnggaran,
      serapan,
      efisiensi,
      kategoriEfisiensi: kategori,
    });
  }
  if (sasaranMap.size > 0) {
    for (const e of entries) {
      if (e.sasaran.size === 0 && !unmappedAtPk.has(e)) {
        findings.push(
          'PROGRAM_UNMAPPED',
          `Program "${shortName(e.res.row.nama)}" tidak dipetakan ke sasaran mana pun: isi kolom Sasaran pada tabel program PK atau tabel anggaran.`,
          e.res.row.refs.nama,
          pkName,
        );
      }
    }
  }
  const tujuan: TujuanResult[] = [...tujuanMap.entries()].map(([nama, inds]) => {
    const capaian = aggregateCapaian(
      inds.map((i) => i.capaian),
      batas,
    );
    const band = capaian !== null ? classify(scale, capaian) : null;
    return {
      nama,
      indikator: inds,
      capaian,
      predikat: band?.label ?? null,
      warna: band?.fill ?? null,
    };
  });

  // Ringkasan.
  const withCapaian = indikator.filter((i) => i.capaian !== null);
  const rata = aggregateCapaian(
    indikator.map((i) => i.capaian),
    batas,
  );
  const allPagu = topRows.length ? uniqueSum(topRows, 'pagu') : null;
  const allReal = topRows.length ? uniqueSum(topRows, 'realisasi') : null;
  const mapped = entries.filter((e) => e.sasaran.size > 0);
  const mPagu =
    mapped.length && mapped.every((e) => e.res.pagu !== null)
      ? sum(mapped.map((e) => e.res.pagu!))
      : null;
  const mReal =
    mapped.length && mapped.every((e) => e.res.realisasi !== null)
      ? sum(mapped.map((e) => e.res.realisasi!))
      : null;
  const sasaranCaps = indikator.filter((i) => i.input.level === 'sasaran').map((i) => i.capaian);
  const jC = aggregateCapaian(sasaranCaps, batas);
  const jS = mPagu && mReal !== null ? (mReal / mPagu) * 100 : null;
  let jE: number | null = null;
  let jK: string | null = null;
  if (jC !== null && jS !== null && mPagu !== null && mReal !== null) {
    const e = efficiency(settings.metodeEfisiensi, {
      capaian: jC,
      serapan: jS,
      pagu: mPagu,
      realisasi: mReal,
    });
    jE = e.nilai;
    jK = e.kategori;
  }
  const ringkasan: Ringkasan = {
    jumlahIndikator: indikator.length,
    tercapai: withCapaian.filter((i) => isTercapai(i.capaian!)).length,
    melampaui: withCapaian.filter((i) => isMelampaui(i.capaian!)).length,
    tidakTercapai: withCapaian.filter((i) => !isTercapai(i.capaian!)).length,
    tanpaCapaian: indikator.length - withCapaian.length,
    rataRataCapaian: rata,
    predikat: rata !== null ? classify(scale, rata).label : null,
    pagu: allPagu,
    realisasiAnggaran: allReal,
    serapan: allPagu && allReal !== null ? (allReal / allPagu) * 100 : null,
    efisiensi: { capaian: jC, serapan: jS, nilai: jE, kategori: jK, pagu: mPagu, realisasi: mReal },
  };

  checkEfficiencyTable(pk, sasaran, ringkasan, settings, findings);
  return { pk, indikator, sasaran, tujuan, budget, ringkasan };
}

function uniqueSum(rows: BudgetRowResult[], which: 'pagu' | 'realisasi'): number | null {
  const seen = new Set<string>();
  let total = 0;
  for (const r of rows) {
    const k = programKey(r.row);
    if (seen.has(k)) continue;
    seen.add(k);
    const v = r[which];
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** A typed efficiency table checked cell by cell against the method (§5). */
function checkEfficiencyTable(
  pk: PkInput,
  sasaran: SasaranResult[],
  ringkasan: Ringkasan,
  settings: Settings,
  findings: FindingList,
): void {
  const pkName = pk.sheet;
  for (const row of pk.efficiencyTable) {
    let c: number | null;
    let s: number | null;
    let pagu: number | null;
    let real: number | null;
    let label: string;
    if (row.isTotal) {
      c = ringkasan.efisiensi.capaian;
      s = ringkasan.efisiensi.serapan;
      pagu = ringkasan.efisiensi.pagu;
      real = ringkasan.efisiensi.realisasi;
      label = 'JUMLAH';
    } else {
      const target =
        (row.sasaranNo !== null ? sasaran.find((x) => x.no === row.sasaranNo) : undefined) ??
        bestMatch(row.label, sasaran, (x) => x.nama, 0.7)?.item;
      if (!target) continue;
      c = target.capaianAgregat;
      s = target.serapan;
      pagu = target.pagu;
      real = target.realisasiAnggaran;
      label = `Sasaran ${target.no}`;
      if (row.indikator !== null) {
        // An indicator row under its sasaran: its own capaian; the budget is the sasaran's.
        const ind = bestMatch(row.indikator, target.indikator, (x) => x.input.nama, 0.6)?.item;
        c =
          ind && ind.capaian !== null
            ? clampForAggregate(ind.capaian, settings.batasAtasCapaian)
            : null;
        label = `Sasaran ${target.no}, indikator "${shortName(row.indikator, 40)}"`;
      }
    }
    const check = (
      code: 'CAPAIAN_MISMATCH' | 'SERAPAN_MISMATCH' | 'EFISIENSI_MISMATCH',
      cell: { value: Value; ref: CellRef | null } | null,
      computed: number | null,
      what: string,
    ) => {
      if (!cell || !cell.ref || computed === null || !hasNumber(cell.value)) return true;
      const v = checkTyped(cell.value.num, cell.value.precision, computed);
      if (!v.ok)
        findings.push(code, `${label}: ${typedMessage(what, cell.value, v)}`, cell.ref, pkName);
      return v.ok;
    };
    const cOk = check('CAPAIAN_MISMATCH', row.capaian, c, 'Capaian kinerja');
    // Serapan: against the row's own pagu and realisasi when it has them, else the programs'.
    const ownPagu = row.pagu && hasNumber(row.pagu.value) ? row.pagu.value.num : null;
    const ownReal =
      row.realisasiAnggaran && hasNumber(row.realisasiAnggaran.value)
        ? row.realisasiAnggaran.value.num
        : null;
    const ownS = ownPagu && ownReal !== null ? (ownReal / ownPagu) * 100 : s;
    const sOk = check('SERAPAN_MISMATCH', row.serapan, ownS, 'Serapan anggaran');
    const code = row.isTotal ? 'TOTAL_MISMATCH' : 'EFISIENSI_MISMATCH';
    const whose = row.isTotal ? 'jumlah program pendukung semua sasaran' : 'program pendukungnya';
    if (
      row.pagu &&
      row.pagu.ref &&
      pagu !== null &&
      hasNumber(row.pagu.value) &&
      roundHalfUp(row.pagu.value.num, 2) !== roundHalfUp(pagu, 2)
    ) {
      findings.push(
        code,
        `${label}: pagu tertulis ${formatRupiah(row.pagu.value.num)}, pagu ${whose} ${formatRupiah(pagu)}.`,
        row.pagu.ref,
        pkName,
      );
    }
    if (
      row.realisasiAnggaran &&
      row.realisasiAnggaran.ref &&
      real !== null &&
      hasNumber(row.realisasiAnggaran.value) &&
      roundHalfUp(row.realisasiAnggaran.value.num, 2) !== roundHalfUp(real, 2)
    ) {
      findings.push(
        code,
        `${label}: realisasi anggaran tertulis ${formatRupiah(row.realisasiAnggaran.value.num)}, realisasi ${whose} ${formatRupiah(real)}.`,
        row.realisasiAnggaran.ref,
        pkName,
      );
    }
    // The figure and the category follow the method applied to the row's own C and S when they
    // are typed and right (a wrong one is already reported), else to the computed ones.
    const tC = cOk && row.capaian && hasNumber(row.capaian.value) ? row.capaian.value.num : c;
    const tS = sOk && row.serapan && hasNumber(row.serapan.value) ? row.serapan.value.num : ownS;
    if (tC === null || tS === null) continue;
    const e = efficiency(settings.metodeEfisiensi, {
      capaian: clampForAggregate(tC, settings.batasAtasCapaian),
      serapan: tS,
      pagu: pagu ?? 0,
      realisasi: real ?? 0,
    });
    if (settings.metodeEfisiensi !== 'pmk' || pagu !== null)
      check('EFISIENSI_MISMATCH', row.efisiensi, e.nilai, 'Efisiensi');
    const k = row.kategori;
    if (k && k.ref && k.value && k.value.trim()) {
      if (predicateNorm(k.value) !== predicateNorm(e.kategori)) {
        findings.push(
          'EFISIENSI_MISMATCH',
          `${label}: kategori tertulis "${k.value.trim()}", padahal dengan capaian ${formatId(tC, 2)} % dan serapan ${formatId(tS, 2)} % metode ${settings.metodeEfisiensi} memberi "${e.kategori}".`,
          k.ref,
          pkName,
        );
      }
    }
  }
}

export { mean };
