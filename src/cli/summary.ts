/**
 * The readable summary the command prints: per PK a table of indicators and one of sasaran,
 * then the findings grouped by severity.
 */
import { formatPercent, formatRupiah } from '../engine/decimal';
import { EFF_HEADER, EFF_RULE, formatEfisiensi } from '../engine/figures';
import { formatValue } from '../engine/report/format';
import { FINDING_TITLE, SEVERITY_TITLE } from '../engine/findings';
import type { Analysis } from '../workbook/analyze';
import { scaleFor } from '../engine/compute';
import type { RumusNegatif } from '../engine/model';

function pad(s: string, n: number): string {
  const t = s.length > n ? s.slice(0, n - 1) + '…' : s;
  return t + ' '.repeat(Math.max(0, n - t.length));
}

function padL(s: string, n: number): string {
  return ' '.repeat(Math.max(0, n - s.length)) + s;
}

/**
 * One line of a plain-text table: cells cut to their column's width (with `…`), right-aligned
 * where `right` says. A row with fewer cells than columns lets its last cell run on uncut (a
 * message in place of the figures).
 */
export function tableLine(cells: string[], widths: number[], right: boolean[]): string {
  return cells
    .map((c, i) =>
      i === cells.length - 1 && cells.length < widths.length
        ? c
        : right[i]
          ? padL(c, widths[i])
          : pad(c, widths[i]),
    )
    .join('  ');
}

/** The rule under a table's header. */
export function tableRule(widths: number[]): string {
  return widths.map((w) => '─'.repeat(w)).join('  ');
}

/** A plain-text table: the header, its rule, the rows (see `tableLine`). */
export function table(
  headers: string[],
  widths: number[],
  rows: string[][],
  right: boolean[],
): string {
  const line = (cells: string[]) => tableLine(cells, widths, right);
  return [line(headers), tableRule(widths), ...rows.map(line)].join('\n');
}

const RUMUS: Record<RumusNegatif, string> = { '2T-R': '(2T − R)/T', 'T/R': 'T/R' };

/** The settings in words (never a setting id): the scale by its name, the formula as written. */
function settingsLine(a: Analysis): string {
  const s = a.settings;
  const scale = scaleFor(s);
  const skala = scale.id === 'kustom' ? 'yang ditetapkan dalam Pengaturan' : scale.name;
  const batas = s.batasAtasCapaian === null ? 'tidak ada' : `${s.batasAtasCapaian}%`;
  return `Skala: ${skala} · batas atas capaian: ${batas} · rumus polaritas negatif: ${RUMUS[s.rumusNegatif]} · metode efisiensi: ${s.metodeEfisiensi}`;
}

export function summaryText(file: string, a: Analysis): string {
  const out: string[] = [];
  out.push(`Capaian Kinerja — ${file}`);
  out.push(`${settingsLine(a)}`);
  for (const r of a.results) {
    out.push('');
    const head = `${r.pk.sheet} — tahun ${r.pk.tahun ?? '?'}, Renstra ${r.pk.periode ?? '?'} (${r.pk.jenis})`;
    if (!r.pk.dilaporkan) {
      out.push(`${head}: digantikan, tidak diukur.`);
      continue;
    }
    out.push(head);
    out.push(
      table(
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
        [3, 48, 10, 10, 9, 14],
        r.indikator.map((i, n) => [
          String(n + 1),
          (i.input.level === 'tujuan' ? '[T] ' : '') + i.input.nama,
          formatValue(i.input.target),
          formatValue(i.input.realisasi),
          i.capaian === null ? '-' : formatPercent(i.capaian),
          i.predikat ?? '-',
        ]),
        [true, false, true, true, true, false],
      ),
    );
    if (r.sasaran.length) {
      out.push('');
      out.push(
        table(
          [
            'No',
            'Sasaran',
            'Capaian',
            'Serapan',
            EFF_HEADER[a.settings.metodeEfisiensi],
            'Kategori',
          ],
          [3, 48, 9, 9, 17, 14],
          r.sasaran.map((s) => [
            String(s.no),
            s.nama,
            s.capaian === null ? '-' : formatPercent(s.capaian),
            s.serapan === null ? '-' : formatPercent(s.serapan),
            formatEfisiensi(s.efisiensi, a.settings.metodeEfisiensi),
            s.kategoriEfisiensi ?? '-',
          ]),
          [true, false, true, true, true, false],
        ),
      );
      // After a blank line: the table ends at the first blank line, as readers of it expect.
      if (r.sasaran.some((s) => s.kategoriEfisiensi !== null))
        out.push('', `Kategori efisiensi: ${EFF_RULE[a.settings.metodeEfisiensi]}`);
    }
    const g = r.ringkasan;
    out.push('');
    out.push(
      `${g.jumlahIndikator} indikator: ${g.tercapai} tercapai (${g.melampaui} melampaui), ${g.tidakTercapai} tidak tercapai, ${g.tanpaCapaian} tanpa capaian. Rata-rata capaian ${g.rataRataCapaian === null ? '-' : formatPercent(g.rataRataCapaian)} (${g.predikat ?? '-'}).`,
    );
    if (g.pagu !== null) {
      out.push(
        `Anggaran: realisasi ${formatRupiah(g.realisasiAnggaran)} dari pagu ${formatRupiah(g.pagu)} (${formatPercent(g.serapan)}).`,
      );
    }
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  out.push('');
  out.push(
    `Temuan: ${counts.error} kesalahan, ${counts.warning} peringatan, ${counts.info} informasi.`,
  );
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = a.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push('');
    out.push(`${SEVERITY_TITLE[sev]}:`);
    for (const f of list) {
      const where = f.sheet ? `${f.sheet}${f.cell ? '!' + f.cell : ''}` : '(buku kerja)';
      out.push(`  ${FINDING_TITLE[f.code]} — ${where}: ${f.message} (${f.code})`);
    }
  }
  return out.join('\n');
}
