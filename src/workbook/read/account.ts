/**
 * Stage 8: no sheet passes silently. Every sheet classified as TC.25, PK or Realisasi from which
 * no indicator row was read gets one finding at the sheet — at the header row of its closest
 * table, else at A1 — saying which header or column was missing, or that the table is empty.
 * TC.25 is optional (DOMAIN.md §7), so its finding is a warning.
 */
import type { FindingList } from '../../engine/findings';
import type { ClassifiedSheet } from '../sheets';
import type { RoleKey, Table } from '../table';

type Checked = 'tc25' | 'pk' | 'realisasi';

interface Need {
  /** What the planner must write, as a header name. */
  label: string;
  /** Any of these roles satisfies it. */
  roles: RoleKey[];
}

const NEEDS: Record<Checked, Need[]> = {
  tc25: [
    { label: '"Indikator"', roles: ['indikator'] },
    {
      label:
        'target per tahun ("Target 2025" …, atau "Tahun ke-1" … dengan periode Renstra di judul)',
      roles: ['targetTahun', 'targetTahunKe', 'targetAkhir'],
    },
  ],
  pk: [
    { label: '"Indikator Kinerja"', roles: ['indikator'] },
    { label: '"Target"', roles: ['target', 'targetTahun'] },
  ],
  realisasi: [
    { label: '"Indikator Kinerja"', roles: ['indikator'] },
    { label: '"Realisasi" (atau "TW I" … "TW IV")', roles: ['realisasi', 'tw', 'realisasiTahun'] },
  ],
};

const SHEET_WORD: Record<Checked, string> = {
  tc25: 'TC.25',
  pk: 'PK',
  realisasi: 'Realisasi',
};

function isChecked(kind: string): kind is Checked {
  return kind === 'tc25' || kind === 'pk' || kind === 'realisasi';
}

/** The needs a table does not meet. */
export function missingNeeds(t: Table, kind: Checked): Need[] {
  const has = new Set(t.columns.map((c) => c.role.k));
  return NEEDS[kind].filter((n) => !n.roles.some((r) => has.has(r)));
}

/**
 * One finding for each checked sheet that yielded no indicator row, unless a COLUMN_MISSING or
 * SHEET_MISSING finding already names that sheet.
 */
export function checkEverySheetRead(
  sheets: ClassifiedSheet[],
  rowsRead: (cs: ClassifiedSheet) => number,
  findings: FindingList,
): void {
  for (const cs of sheets) {
    if (!isChecked(cs.kind) || rowsRead(cs) > 0) continue;
    const name = cs.sheet.name;
    const told = findings.items.some(
      (f) => f.sheet === name && (f.code === 'COLUMN_MISSING' || f.code === 'SHEET_MISSING'),
    );
    if (!told) reportUnread(cs, cs.kind, findings);
  }
}

function reportUnread(cs: ClassifiedSheet, kind: Checked, findings: FindingList): void {
  const name = cs.sheet.name;
  const severity = kind === 'tc25' ? 'warning' : undefined;
  const pk = kind === 'pk' ? name : null;
  // The closest table: the one that meets the most needs (the first on a tie).
  let best: { t: Table; missing: Need[] } | null = null;
  for (const t of cs.tables) {
    const missing = missingNeeds(t, kind);
    if (!best || missing.length < best.missing.length) best = { t, missing };
  }
  const what = `Lembar ${name} tidak menghasilkan satu pun baris indikator ${SHEET_WORD[kind]}`;
  if (!best) {
    const labels = NEEDS[kind].map((n) => n.label).join(' dan ');
    findings.push(
      'COLUMN_MISSING',
      `${what}: kepala tabel dengan kolom ${labels} tidak ditemukan.`,
      { sheet: name, cell: 'A1' },
      pk,
      severity,
    );
    return;
  }
  const row = best.t.headerTop + 1;
  const cell = `A${row}`;
  if (best.missing.length) {
    const labels = best.missing.map((n) => n.label).join(' dan ');
    findings.push(
      'COLUMN_MISSING',
      `${what}: pada kepala tabel baris ${row}, kolom ${labels} tidak ditemukan.`,
      { sheet: name, cell },
      pk,
      severity,
    );
    return;
  }
  findings.push(
    'SHEET_MISSING',
    `${what}: tabel di baris ${row} belum berisi baris indikator (kolom "Indikator" kosong).`,
    { sheet: name, cell },
    pk,
    severity,
  );
}
