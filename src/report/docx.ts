/**
 * The Word draft of Bab III (NARRATIVE.md "Word"): the report model rendered with the `docx`
 * library — headings, the tables with predicate fills and contrast fonts, A4 portrait with the wide
 * tables on landscape pages, page numbers. No file system here: the bytes are returned, so the
 * same code runs in Node (the `capaian report` command) and in the browser (the task pane).
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  buildReport,
  type Block,
  type Report,
  type ReportCell,
  type ReportTable,
} from '../engine/report';
import { formatId } from '../engine/decimal';
import { REPORT_FONT } from '../engine/report/font';
import type { Analysis } from '../workbook/analyze';
import { GENERATED_PREFIX } from '../workbook/sheets';

/** A4 in twips, 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const USABLE = { portrait: A4.width - 2 * MARGIN, landscape: A4.height - 2 * MARGIN };

const HEADER_FILL = 'D9D9D9';
const NUMBERING_FILL = 'F2F2F2';
const FONT = REPORT_FONT;

const hex = (c: string) => c.replace('#', '').toUpperCase();

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Runs of a text, the `[isi …]` placeholders highlighted so the planner sees them. */
function runs(
  text: string,
  opts: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {},
): TextRun[] {
  return text
    .split(/(\[isi [^\]]+\])/)
    .filter((s) => s !== '')
    .map((s) =>
      s.startsWith('[isi ')
        ? new TextRun({ text: s, ...opts, bold: true, highlight: HighlightColor.YELLOW })
        : new TextRun({ text: s, ...opts }),
    );
}

function cellParagraphs(
  text: string,
  opts: { bold?: boolean; size: number; color?: string; align?: 'left' | 'center' | 'right' },
): Paragraph[] {
  const lines = text === '' ? [''] : text.split('\n');
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: opts.align ? ALIGN[opts.align] : undefined,
        spacing: { before: 0, after: 0 },
        children: runs(line, { bold: opts.bold, size: opts.size, color: opts.color }),
      }),
  );
}

function tableElement(t: ReportTable, landscape: boolean): Table {
  const total = landscape ? USABLE.landscape : USABLE.portrait;
  const sum = t.columns.reduce((a, c) => a + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / sum) * total));
  const size = t.columns.length > 9 || sum > 110 ? 14 : 16; // half-points: 7 / 8 pt
  const margins = { top: 30, bottom: 30, left: 60, right: 60 };
  const span = (from: number, to: number) => widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const header = (text: string, colSpan = 1, rowSpan = 1, from = 0) =>
    new TableCell({
      children: cellParagraphs(text, { bold: true, size, align: 'center' }),
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
      verticalAlign: VerticalAlignTable.CENTER,
      columnSpan: colSpan > 1 ? colSpan : undefined,
      rowSpan: rowSpan > 1 ? rowSpan : undefined,
      width: { size: span(from, from + colSpan - 1), type: WidthType.DXA },
      margins,
    });
  const rows: TableRow[] = [];
  const grouped = t.columns.some((c) => c.group);
  if (grouped) {
    const top: TableCell[] = [];
    const second: TableCell[] = [];
    for (let c = 0; c < t.columns.length; c++) {
      const g = t.columns[c].group;
      if (!g) {
        top.push(header(t.columns[c].header, 1, 2, c));
        continue;
      }
      const start = c;
      while (c + 1 < t.columns.length && t.columns[c + 1].group === g) c++;
      top.push(header(g, c - start + 1, 1, start));
      for (let k = start; k <= c; k++) second.push(header(t.columns[k].header, 1, 1, k));
    }
    rows.push(new TableRow({ children: top, tableHeader: true, cantSplit: true }));
    rows.push(new TableRow({ children: second, tableHeader: true, cantSplit: true }));
  } else {
    rows.push(
      new TableRow({
        children: t.columns.map((c, i) => header(c.header, 1, 1, i)),
        tableHeader: true,
        cantSplit: true,
      }),
    );
  }
  if (t.numbering) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.numbering.map(
          (x, i) =>
            new TableCell({
              children: cellParagraphs(x, { size, align: 'center' }),
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: NUMBERING_FILL },
              width: { size: widths[i], type: WidthType.DXA },
              margins,
            }),
        ),
      }),
    );
  }
  for (const row of t.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.cells.map((cell: ReportCell, i) => {
          const col = t.columns[i];
          return new TableCell({
            children: cellParagraphs(cell.text, {
              size,
              bold: cell.bold,
              color: cell.font ? hex(cell.font) : undefined,
              align: cell.align ?? col?.align,
            }),
            shading: cell.fill
              ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(cell.fill) }
              : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            width: { size: widths[i], type: WidthType.DXA },
            margins,
          });
        }),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/**
 * A Word table longer than this shows its program rows and totals only: thousands of
 * sub-kegiatan rows make hundreds of pages nobody signs, and the `docx` library holds every cell
 * in memory. The generated sheet (`LKjIP Anggaran`) keeps every row, and a note says so.
 */
export const MAX_WORD_ROWS = 1000;

export function forWord(t: ReportTable): ReportTable {
  if (t.rows.length <= MAX_WORD_ROWS) return t;
  const totals = t.rows.filter((r) => r.kind === 'total');
  const groups = t.rows.filter((r) => r.kind === 'group').slice(0, MAX_WORD_ROWS - totals.length);
  const keep = new Set([...groups, ...totals]);
  const rows = t.rows.filter((r) => keep.has(r));
  const left = t.rows.length - rows.length;
  return {
    ...t,
    rows,
    notes: [
      ...t.notes,
      `Tabel ini memuat ${formatId(t.rows.length, 0)} baris; di sini ditampilkan ${formatId(rows.length, 0)} baris program dan jumlahnya. Rincian ${formatId(left, 0)} baris lainnya (kegiatan dan sub kegiatan) ada pada lembar "${GENERATED_PREFIX}${t.sheetTitle}" di buku kerja hasil Buat Laporan.`,
    ],
  };
}

function tableBlock(full: ReportTable, landscape: boolean): (Paragraph | Table)[] {
  const t = forWord(full);
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160, after: 80 },
      children: runs(t.title, { bold: true, size: 20 }),
    }),
    tableElement(t, landscape),
  ];
  for (const note of t.notes) {
    out.push(
      new Paragraph({
        spacing: { before: 40, after: 0 },
        children: runs(note, { italics: true, size: 16 }),
      }),
    );
  }
  out.push(new Paragraph({ children: [] }));
  return out;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function blockElements(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1],
          keepNext: true,
          // A chapter (BAB IV after BAB III) starts on its own page.
          pageBreakBefore: b.level === 1 && !b.text.startsWith('BAB III'),
          children: runs(b.text),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          children: runs(b.text),
        }),
      ];
    case 'list':
      return b.items.map(
        (it) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { left: 567, hanging: 340 },
            spacing: { after: 80 },
            children: runs(`${it.label} ${it.text}`),
          }),
      );
    case 'table':
      return tableBlock(b.table, false);
  }
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT], size: 18 })],
      }),
    ],
  });
}

function section(children: (Paragraph | Table)[], landscape: boolean): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
      },
    },
    footers: { default: footer() },
    children,
  };
}

/** Text length of a run of blocks (to decide whether a short run may share a landscape page). */
function textLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'table') return Infinity;
    n += b.kind === 'list' ? b.items.reduce((a, i) => a + i.text.length, 0) : b.text.length;
  }
  return n;
}

/** Short portrait text between landscape tables stays on the landscape pages. */
const SHORT_RUN = 1500;

/** The Document for a report: portrait sections, a landscape section for each run of wide tables. */
export function reportDocument(report: Report): Document {
  // Runs of blocks by orientation.
  const groups: { landscape: boolean; blocks: Block[] }[] = [];
  for (const b of report.blocks) {
    const wide = b.kind === 'table' && b.table.wide;
    const last = groups[groups.length - 1];
    if (last && last.landscape === wide) last.blocks.push(b);
    else groups.push({ landscape: wide, blocks: [b] });
  }
  groups.forEach((g, i) => {
    if (g.landscape || i === 0) return;
    const next = groups[i + 1];
    if (groups[i - 1].landscape && next?.landscape && textLength(g.blocks) < SHORT_RUN)
      g.landscape = true;
  });
  const merged: { landscape: boolean; blocks: Block[] }[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last && last.landscape === g.landscape) last.blocks.push(...g.blocks);
    else merged.push({ landscape: g.landscape, blocks: [...g.blocks] });
  }
  const sections: ISectionOptions[] = merged.map((g) => {
    const children: (Paragraph | Table)[] = [];
    for (const b of g.blocks)
      children.push(...(b.kind === 'table' ? tableBlock(b.table, g.landscape) : blockElements(b)));
    return section(children, g.landscape);
  });
  if (sections.length === 0)
    sections.push(
      section(
        [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.judul) })],
        false,
      ),
    );
  return new Document({
    creator: 'Capaian Kinerja',
    title: report.judul,
    description: 'Draf Bab III dan Bab IV LKjIP yang disusun otomatis dari buku kerja.',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 100 } },
        },
        heading4: {
          run: { font: FONT, size: 22, bold: true, italics: true, color: '000000' },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' } },
      },
    },
    sections,
  });
}

/** The .docx bytes of a report. */
export async function reportDocx(report: Report): Promise<Uint8Array> {
  return Packer.pack(reportDocument(report), 'uint8array');
}

/**
 * For the task pane's "Unduh Laporan (.docx)" and `capaian report`: the Bab III draft of an
 * analysed workbook, as .docx bytes.
 */
export async function buildLaporanDocx(analysis: Analysis): Promise<Uint8Array> {
  return reportDocx(buildReport(analysis.results, analysis.settings, analysis.findings));
}
