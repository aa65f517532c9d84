/**
 * The whole job on a workbook grid: read, compute every measured PK, collect findings — and
 * its JSON shape (WORKBOOK.md, `capaian check --json`). Pure; every host calls this.
 */
import { computePk } from '../engine/compute';
import { checkSummaries } from '../engine/summary';
import { FindingList, sortFindings, type Finding } from '../engine/findings';
import type { PkResult, Settings } from '../engine/model';
import type { WorkbookGrid } from './grid';
import { readWorkbook } from './read';
import { resultCells, withoutOurFigures } from './plan';
import { resultCellFindings } from './result-cells';

export interface Analysis {
  settings: Settings;
  results: PkResult[];
  findings: Finding[];
  sheets: { name: string; kind: string }[];
  noPk: boolean;
}

export function analyze(typed: WorkbookGrid): Analysis {
  // A figure an earlier run filled is ours to fill again, not the planner's to be checked.
  const grid = withoutOurFigures(typed);
  const read = readWorkbook(grid);
  const findings = new FindingList();
  findings.addAll(read.findings.items);
  const results = read.pks.map((pk) => computePk(pk, read.settings, findings));
  resultCellFindings(grid, resultCells(results), findings.items, findings);
  for (const r of results)
    checkSummaries(
      r,
      read.summaries,
      read.settings.batasAtasCapaian,
      read.settings.rumusNegatif,
      findings,
    );
  return {
    settings: read.settings,
    results,
    findings: sortFindings(findings.items),
    sheets: read.sheets,
    noPk: read.noPk,
  };
}

const num = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

/** The stable JSON object of `capaian check --json`. */
export function toJson(file: string, a: Analysis): unknown {
  const s = a.settings;
  return {
    file,
    settings: {
      skala: s.skala,
      batasAtasCapaian: s.batasAtasCapaian,
      rumusNegatif: s.rumusNegatif,
      metodeEfisiensi: s.metodeEfisiensi,
    },
    pk: a.results.map((r) => ({
      sheet: r.pk.sheet,
      tahun: r.pk.tahun,
      periode: r.pk.periode,
      jenis: r.pk.jenis,
      dilaporkan: r.pk.dilaporkan,
      indikator: r.indikator.map((i) => ({
        tujuan: i.input.tujuan,
        sasaran: i.input.sasaran,
        indikator: i.input.nama,
        satuan: i.input.satuan,
        polaritas: i.input.polaritas,
        target: i.input.target.num,
        realisasi: i.input.realisasi.num,
        capaian: num(i.capaian),
        predikat: i.predikat,
        warna: i.warna,
        targetAkhirRenstra: i.input.targetAkhir?.num ?? null,
        capaianAkhirRenstra: num(i.capaianAkhir),
        tertulis: {
          // The realisasi as typed, when a finding rejected it and `realisasi` is the computed one.
          ...(i.typed ? { realisasi: i.typed.realisasi.num } : {}),
          capaian: i.input.typedCapaian?.value.num ?? null,
          predikat:
            i.input.typedPredikat?.kind === 'text'
              ? i.input.typedPredikat.text
              : i.input.typedPredikat?.kind === 'ticks'
                ? (i.input.typedPredikat.columns.filter((c) => c.marked).map((c) => c.label)[0] ??
                  null)
                : null,
        },
        sel: {
          target: i.input.targetRef ? `${i.input.targetRef.sheet}!${i.input.targetRef.cell}` : null,
          realisasi: i.input.realisasiRef
            ? `${i.input.realisasiRef.sheet}!${i.input.realisasiRef.cell}`
            : null,
          capaian: i.input.typedCapaian?.ref
            ? `${i.input.typedCapaian.ref.sheet}!${i.input.typedCapaian.ref.cell}`
            : null,
          predikat:
            i.input.typedPredikat?.kind === 'text'
              ? `${i.input.typedPredikat.ref.sheet}!${i.input.typedPredikat.ref.cell}`
              : null,
        },
      })),
      sasaran: r.sasaran.map((x) => ({
        nama: x.nama,
        capaian: num(x.capaian),
        predikat: x.predikat,
        pagu: num(x.pagu),
        realisasiAnggaran: num(x.realisasiAnggaran),
        serapan: num(x.serapan),
        efisiensi: num(x.efisiensi),
        kategoriEfisiensi: x.kategoriEfisiensi,
      })),
      ringkasan: {
        jumlahIndikator: r.ringkasan.jumlahIndikator,
        tercapai: r.ringkasan.tercapai,
        melampaui: r.ringkasan.melampaui,
        tidakTercapai: r.ringkasan.tidakTercapai,
        tanpaCapaian: r.ringkasan.tanpaCapaian,
        rataRataCapaian: num(r.ringkasan.rataRataCapaian),
        predikat: r.ringkasan.predikat,
        pagu: num(r.ringkasan.pagu),
        realisasiAnggaran: num(r.ringkasan.realisasiAnggaran),
        serapan: num(r.ringkasan.serapan),
      },
    })),
    temuan: a.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      pk: f.pk,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
    })),
  };
}
