/**
 * The typed efficiency table of a PK: each row given its sasaran number — by its leading number,
 * by the sasaran or indicator its label names, or the sasaran of the rows above it.
 */
import type { IndicatorInput, TypedEfficiencyRow } from '../../engine/model';
import { bestMatch } from '../../engine/text';
import { stripLabel, type EfficiencyTableRow } from '../rows';

export function efficiencyRows(
  rows: EfficiencyTableRow[],
  sasaranNames: string[],
  indikator: IndicatorInput[],
): TypedEfficiencyRow[] {
  let lastSasaranNo: number | null = null;
  return rows.map((row): TypedEfficiencyRow => {
    const { no, indikator: ind } = placeRow(row, lastSasaranNo, sasaranNames, indikator);
    if (!row.isTotal && ind === null && no !== null) lastSasaranNo = no;
    return {
      label: row.label,
      isTotal: row.isTotal,
      sasaranNo: row.isTotal ? null : no,
      indikator: ind,
      capaian: row.capaian,
      serapan: row.serapan,
      efisiensi: row.efisiensi,
      kategori: row.kategori ? { value: row.kategori.text, ref: row.kategori.ref } : null,
      pagu: row.pagu,
      realisasiAnggaran: row.realisasiAnggaran,
      labelRef: row.labelRef,
    };
  });
}

/** The sasaran number of a row and the indicator it is about (null: a sasaran row). */
function placeRow(
  row: EfficiencyTableRow,
  lastSasaranNo: number | null,
  sasaranNames: string[],
  indikator: IndicatorInput[],
): { no: number | null; indikator: string | null } {
  const num = row.label.match(/^(?:sasaran\s*)?(\d+)[\s.:)]/i);
  const no: number | null = num ? Number(num[1]) : null;
  if (row.indikator !== null) return { no: lastSasaranNo, indikator: row.indikator };
  if (row.isTotal) return { no, indikator: null };
  const label = stripLabel(row.label.replace(/^\d+[.)]?\s*/, ''));
  const ms = bestMatch(label, sasaranNames, (x) => x, 0.6);
  const mi = bestMatch(label, indikator, (x) => x.nama, 0.6);
  if (/^rata[\s-]*rata/i.test(label)) return { no: lastSasaranNo, indikator: null };
  if (mi && (!ms || mi.score > ms.score)) {
    // An indicator written under its sasaran without an "Indikator :" prefix.
    return { no: mi.item.sasaranNo ?? lastSasaranNo, indikator: label };
  }
  if (ms) return { no: sasaranNames.indexOf(ms.item) + 1, indikator: null };
  return { no: null, indikator: null };
}
