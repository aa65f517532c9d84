/**
 * What the aggregates of a PK need from its computed indicators, gathered while each indicator
 * is computed: the indicators of each sasaran and tujuan, the sasaran-level ones (the JUMLAH row),
 * the counts of the ringkasan, and each capaian with its error bound (CapaianFigures). One pass
 * over 100 000 indicators instead of one per aggregate: on a large PK every pass costs a cache
 * miss per indicator.
 */
import { CapaianFigures, isMelampaui, isTercapai } from './capaian';
import type { IndicatorResult, RumusNegatif } from './model';

function pushTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

export class IndicatorTally {
  readonly indikator: IndicatorResult[] = [];
  /** Indices into `indikator`, per sasaran number (sasaran-level indicators with a number). */
  readonly sasaran = new Map<number, number[]>();
  /** Indices into `indikator`, per tujuan (tujuan-level indicators). */
  readonly tujuan = new Map<string, number[]>();
  /** Indices of every sasaran-level indicator. */
  readonly sasaranLevel: number[] = [];
  withCapaian = 0;
  tercapai = 0;
  melampaui = 0;
  private readonly values: Float64Array;
  private readonly errs: Float64Array;

  constructor(count: number) {
    this.values = new Float64Array(count);
    this.errs = new Float64Array(count);
  }

  /** The next indicator's result, and the bound on its capaian's error (CapaianFigures.errOf). */
  add(r: IndicatorResult, err: number): void {
    const i = this.indikator.length;
    this.indikator.push(r);
    const input = r.input;
    if (input.level === 'sasaran') {
      this.sasaranLevel.push(i);
      if (input.sasaranNo !== null) pushTo(this.sasaran, input.sasaranNo, i);
    } else if (input.level === 'tujuan') pushTo(this.tujuan, input.tujuan ?? input.nama, i);
    this.values[i] = r.capaian ?? NaN;
    this.errs[i] = err;
    if (r.capaian !== null) {
      this.withCapaian++;
      if (isTercapai(r.capaian)) this.tercapai++;
      if (isMelampaui(r.capaian)) this.melampaui++;
    }
  }

  /** The exact capaian of the indicators added (all of the PK's, once the pass is done). */
  figures(rumus: RumusNegatif): CapaianFigures {
    return new CapaianFigures(this.indikator, this.errs, rumus, this.values);
  }
}
