/**
 * The shape of one PK as the report walks it: tujuan in the order the PK names them, each with its
 * own indicators and the sasaran under it; sasaran without a tujuan at the end.
 */
import type { IndicatorResult, PkResult, SasaranResult, TujuanResult } from '../model';

export interface TujuanNode {
  no: number;
  nama: string;
  result: TujuanResult | null;
  indikator: IndicatorResult[];
  sasaran: SasaranResult[];
}

export interface Outline {
  tujuan: TujuanNode[];
  /** Sasaran whose indicators name no tujuan. */
  lepas: SasaranResult[];
  /** Tujuan number by name. */
  tujuanNo: Map<string, number>;
}

export function outlineOf(res: PkResult): Outline {
  const tujuan: TujuanNode[] = [];
  const byName = new Map<string, TujuanNode>();
  const node = (nama: string): TujuanNode => {
    let n = byName.get(nama);
    if (!n) {
      n = { no: tujuan.length + 1, nama, result: null, indikator: [], sasaran: [] };
      byName.set(nama, n);
      tujuan.push(n);
    }
    return n;
  };
  for (const ind of res.indikator) {
    const t = ind.input.tujuan?.trim();
    if (ind.input.level === 'tujuan') node(t || ind.input.nama).indikator.push(ind);
    else if (t) node(t);
  }
  for (const r of res.tujuan) {
    const n = byName.get(r.nama.trim());
    if (n) n.result = r;
  }
  const lepas: SasaranResult[] = [];
  for (const s of res.sasaran) {
    const t = s.tujuan?.trim();
    if (t && byName.has(t)) byName.get(t)!.sasaran.push(s);
    else lepas.push(s);
  }
  return { tujuan, lepas, tujuanNo: new Map(tujuan.map((t) => [t.nama, t.no])) };
}
