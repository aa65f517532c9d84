/**
 * A simple view of the workbook: one tab per visible sheet, a window of rows with the cells'
 * values, number formats, fills and font colours and merged areas — enough to see what Hitung
 * wrote — and the cells with findings marked (red: kesalahan, orange: peringatan, blue: info),
 * the finding's text in the cell's tooltip. The data comes from the worker (view.ts).
 */
import { Button, Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Severity } from '../../engine/findings';
import { colName } from '../../workbook/grid';
import type { BookView, ViewCell } from './protocol';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  scroller: { flex: 1, overflow: 'auto', backgroundColor: '#fff' },
  table: {
    borderCollapse: 'collapse',
    fontSize: '12px',
    fontFamily: 'Calibri, "Segoe UI", sans-serif',
    tableLayout: 'auto',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 'normal',
    border: '1px solid #d4d4d4',
    padding: '1px 4px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: '1px solid #d4d4d4',
    padding: '1px 4px',
    textAlign: 'right',
  },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '1px 4px',
    maxWidth: '220px',
    minWidth: '36px',
    verticalAlign: 'top',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  wrapped: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: '120px' },
  selected: { outline: '2px solid #107C41', outlineOffset: '-2px' },
  // Every sheet's tab in view at any width: the tabs wrap onto a second row rather than scroll.
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap', flexShrink: 0 },
  pager: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  empty: { padding: tokens.spacingHorizontalL },
});

/**
 * Rows drawn at first, and added each time the planner scrolls near the end of those drawn: the
 * window holds up to 1 000 rows (view.ts), the screen about 40 — drawing the rest only when
 * scrolled to keeps a big sheet's first screen quick (issue 15).
 */
export const FIRST_ROWS = 80;
export const MORE_ROWS = 200;
/** Height of a row without wrapped text, for the space kept for rows not yet drawn. */
const ROW_PX = 20;

/** The mark of a cell with findings. */
export interface CellMark {
  severity: Severity;
  messages: string[];
}

export const MARK_COLOUR: Record<Severity, string> = {
  error: '#C50F1F',
  warning: '#F7630C',
  info: '#0F6CBD',
};

interface Props {
  view: BookView | null;
  /** `A1` address to outline (a finding's cell the pane selected). */
  selected: string | null;
  /** Cells of the sheet on screen with findings, by `A1` address. */
  marks: Map<string, CellMark>;
  onActivate: (sheet: string) => void;
  /** Show the window of rows starting at this row (0-based). */
  onPage: (start: number) => void;
}

function cellStyle(cell: ViewCell | undefined, mark: CellMark | undefined): React.CSSProperties {
  const st: React.CSSProperties = {};
  if (cell?.fill) st.backgroundColor = cell.fill;
  if (cell?.font) st.color = cell.font;
  if (cell?.bold) st.fontWeight = 'bold';
  if (cell?.align && cell.align !== 'general')
    st.textAlign = cell.align as React.CSSProperties['textAlign'];
  else if (cell?.num) st.textAlign = 'right';
  if (mark) st.boxShadow = `inset 0 0 0 2px ${MARK_COLOUR[mark.severity]}`;
  return st;
}

export function GridView({ view, selected, marks, onActivate, onPage }: Props) {
  const s = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const win = view?.window ?? null;
  const info = view?.sheets.find((x) => x.name === win?.sheet);
  const drawn = useDrawnRows(win, selected, scroller);

  const layout = useMemo(() => {
    if (!win) return null;
    const cells = new Map<number, ViewCell>();
    for (const c of win.cells) cells.set(c.r * 100000 + c.c, c);
    const spans = new Map<number, { rowSpan: number; colSpan: number }>();
    const hidden = new Set<number>();
    for (const m of win.merges) {
      spans.set(m.r0 * 100000 + m.c0, { rowSpan: m.r1 - m.r0 + 1, colSpan: m.c1 - m.c0 + 1 });
      for (let r = m.r0; r <= m.r1; r++)
        for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) hidden.add(r * 100000 + c);
    }
    return { cells, spans, hidden };
  }, [win]);

  useEffect(() => {
    if (!selected) return;
    scroller.current
      ?.querySelector(`[data-cell="${selected}"]`)
      ?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected, win]);

  if (!view || !win || !layout)
    return (
      <div className={`${s.wrap} ${s.empty}`}>Buku kerja ini tidak punya lembar yang tampak.</div>
    );
  const colIdx = Array.from({ length: win.cols }, (_, c) => c);
  const last = Math.min(win.end, win.start + drawn.count);
  const rowIdx = Array.from({ length: last - win.start }, (_, i) => win.start + i);
  const total = (info?.rows ?? 0) + 2;
  const size = win.end - win.start;
  return (
    <div className={s.wrap}>
      <div className={s.scroller} ref={scroller} onScroll={drawn.onScroll}>
        <table className={s.table} data-sheet-view={win.sheet}>
          <thead>
            <tr>
              <th className={s.head} />
              {colIdx.map((c) => (
                <th key={c} className={s.head}>
                  {colName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowIdx.map((r) => (
              <tr key={r}>
                <th className={s.rowHead}>{r + 1}</th>
                {colIdx.map((c) => {
                  const k = r * 100000 + c;
                  if (layout.hidden.has(k)) return null;
                  const cell = layout.cells.get(k);
                  const addr = `${colName(c)}${r + 1}`;
                  const span = clipped(layout.spans.get(k), r, last);
                  const mark = marks.get(addr);
                  const text = cell?.text ?? '';
                  const classes = [s.cell];
                  if (cell?.wrap) classes.push(s.wrapped);
                  if (selected === addr) classes.push(s.selected);
                  const tip = mark ? mark.messages.join('\n') : text.length > 24 ? text : undefined;
                  return (
                    <td
                      key={c}
                      className={classes.join(' ')}
                      title={tip}
                      style={cellStyle(cell, mark)}
                      data-sheet={win.sheet}
                      data-cell={addr}
                      data-fill={cell?.fill ?? undefined}
                      data-finding={mark?.severity}
                      data-selected={selected === addr ? '' : undefined}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
            {last < win.end && (
              <tr aria-hidden data-rows-later={win.end - last}>
                <td colSpan={win.cols + 1} style={{ height: (win.end - last) * ROW_PX }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {total > size && (
        <div className={s.pager}>
          <Button
            size="small"
            disabled={win.start === 0}
            onClick={() => onPage(Math.max(0, win.start - size))}
          >
            ‹ Sebelumnya
          </Button>
          <Caption1>
            Baris {(win.start + 1).toLocaleString('id-ID')}–{win.end.toLocaleString('id-ID')} dari{' '}
            {(info?.rows ?? win.end).toLocaleString('id-ID')}
          </Caption1>
          <Button size="small" disabled={win.end >= total} onClick={() => onPage(win.end)}>
            Berikutnya ›
          </Button>
        </div>
      )}
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={win.sheet}
        onTabSelect={(_, d) => onActivate(String(d.value))}
        aria-label="Lembar"
      >
        {view.sheets
          .filter((x) => x.visible)
          .map((x) => (
            <Tab key={x.name} value={x.name} data-sheet-tab={x.name}>
              {x.name}
            </Tab>
          ))}
      </TabList>
    </div>
  );
}

/** A merged area's span, cut at the last row drawn. */
function clipped(
  span: { rowSpan: number; colSpan: number } | undefined,
  row: number,
  last: number,
): { rowSpan: number; colSpan: number } | undefined {
  if (!span || row + span.rowSpan <= last) return span;
  return { rowSpan: last - row, colSpan: span.colSpan };
}

/** How many rows of the window are drawn: FIRST_ROWS, more as the planner scrolls down, and
 *  always down to the selected cell. */
function useDrawnRows(
  win: BookView['window'],
  selected: string | null,
  scroller: React.RefObject<HTMLDivElement>,
): { count: number; onScroll: (e: React.UIEvent<HTMLDivElement>) => void } {
  const [drawn, setDrawn] = useState({ key: '', count: FIRST_ROWS });
  // Another sheet or window of rows starts at its top (a selected cell is then scrolled to).
  const key = win ? `${win.sheet}\n${win.start}` : '';
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [key, scroller]);
  const base = drawn.key === key ? drawn.count : FIRST_ROWS;
  const sel = selected && win ? /(\d+)$/.exec(selected) : null;
  const need = sel ? Number(sel[1]) - win!.start + MORE_ROWS / 4 : 0;
  const count = Math.max(base, need);
  const onScroll = (e: React.UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    if (!win || count >= win.end - win.start) return;
    // Rows down to the bottom of the screen (counted at the least height a row has), and more.
    const wanted = Math.ceil((el.scrollTop + el.clientHeight) / ROW_PX) + MORE_ROWS / 2;
    if (wanted > count)
      setDrawn({ key, count: count + MORE_ROWS * Math.ceil((wanted - count) / MORE_ROWS) });
  };
  return { count, onScroll };
}
