/**
 * Efficiency per sasaran (DOMAIN.md §5). In every method C < 100 is Tidak Efisien.
 */
import { roundHalfUp } from './decimal';
import type { MetodeEfisiensi } from './model';

export interface EfficiencyInput {
  /** Capaian kinerja of the sasaran (clamped as in §3). */
  capaian: number;
  /** Serapan of its programs. */
  serapan: number;
  /** Σ pagu and Σ realisasi of its programs (needed by `pmk`). */
  pagu: number;
  realisasi: number;
}

export interface EfficiencyOutcome {
  nilai: number | null;
  kategori: 'Efisien' | 'Cukup Efisien' | 'Tidak Efisien';
}

export function efficiency(metode: MetodeEfisiensi, x: EfficiencyInput): EfficiencyOutcome {
  const c = roundHalfUp(x.capaian, 2);
  const met = c >= 100;
  switch (metode) {
    case 'selisih': {
      const nilai = x.capaian - x.serapan;
      return { nilai, kategori: met && roundHalfUp(nilai, 2) > 0 ? 'Efisien' : 'Tidak Efisien' };
    }
    case 'selisih-5': {
      const nilai = x.capaian - x.serapan;
      const d = roundHalfUp(nilai, 2);
      if (met && d > 5) return { nilai, kategori: 'Efisien' };
      if (met && d >= -5 && d <= 5) return { nilai, kategori: 'Cukup Efisien' };
      return { nilai, kategori: 'Tidak Efisien' };
    }
    case 'rasio': {
      if (x.serapan === 0) return { nilai: null, kategori: 'Tidak Efisien' };
      const nilai = x.capaian / x.serapan;
      return { nilai, kategori: met && roundHalfUp(nilai, 4) > 1 ? 'Efisien' : 'Tidak Efisien' };
    }
    case 'pmk': {
      const ck = Math.min(x.capaian, 100) / 100;
      const denom = x.pagu * ck;
      if (denom === 0) return { nilai: null, kategori: 'Tidak Efisien' };
      const nilai = ((x.pagu * ck - x.realisasi) / denom) * 100;
      return { nilai, kategori: met && roundHalfUp(nilai, 2) > 0 ? 'Efisien' : 'Tidak Efisien' };
    }
  }
}

export const METODE_TEXT: Record<MetodeEfisiensi, string> = {
  selisih:
    'Efisiensi = capaian kinerja − serapan anggaran (poin persen). Efisien bila capaian kinerja ≥ 100 % dan selisihnya lebih dari 0; capaian di bawah 100 % selalu Tidak Efisien.',
  'selisih-5':
    'Efisiensi = capaian kinerja − serapan anggaran. Efisien bila capaian ≥ 100 % dan selisih > 5; Cukup Efisien bila capaian ≥ 100 % dan selisih antara −5 dan 5; selain itu Tidak Efisien.',
  rasio:
    'Efisiensi = capaian kinerja ÷ serapan anggaran. Efisien bila capaian ≥ 100 % dan rasionya lebih dari 1; selain itu Tidak Efisien.',
  pmk: 'Efisiensi = Σ(pagu × CK − realisasi) ÷ Σ(pagu × CK) × 100, CK = min(capaian, 100)/100 (gaya PMK 22/2021). Efisien bila capaian ≥ 100 % dan nilainya lebih dari 0.',
};
