/**
 * The parts of an `IndicatorInput` most engine tests leave empty. A test's indicator builder
 * spreads this first and then sets what it tests, so a field added to the model is added here
 * once, not in every test file.
 */
import type { IndicatorInput } from '../../src/engine/model';

export const EMPTY_PARTS = {
  kode: null,
  satuan: null,
  targetAkhir: null,
  targetAkhirRef: null,
  tahunAkhir: null,
  kondisiAwal: null,
  realisasiLalu: [],
  benchmark: null,
  benchmarks: [],
  formulasi: null,
  sumberData: null,
  faktorPendorong: null,
  faktorPenghambat: null,
  solusi: null,
  tantangan: null,
  typedCapaian: null,
  typedPredikat: null,
  typedCapaianAkhir: null,
} satisfies Partial<IndicatorInput>;
