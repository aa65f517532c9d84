/**
 * A simple view of the in-memory workbook: one tab per visible sheet, cells with their values,
 * number formats, fills and font colours, merged areas — enough to see what Hitung wrote.
 */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { formatId } from '../../engine/decimal';
import type { ModelCell, ModelSheet } from '../../hosts/preview/model';
import { colName } from '../../workbook/grid';

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
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
});

/** A cell's text the way Excel would roughly show it. */
export function displayValue(cell: ModelCell | undefined): string {
  if (!cell) return '';
  if (cell.err) return cell.err;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = cell.fmt ?? '';
  const decimals = (fmt.match(/\.(0+)/)?.[1].length ?? 0) as number;
  if (/%/.test(fmt)) return `${formatId(v * 100, decimals)}%`;
  if (/[dmy]{2}/i.test(fmt) && !/0/.test(fmt)) {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (/0/.test(fmt)) return formatId(v, decimals);
  return formatId(v, 4, { trim: true });
}

interface Props {
  sheets: ModelSheet[];
  active: string;
  onActivate: (name: string) => void;
  /** `A1` address to outline (a finding's cell the pane selected). */
  selected: string | null;
  /** Changes after every action, to recompute the view. */
  version: number;
}

function cellStyle(cell: ModelCell | undefined): React.CSSProperties | undefined {
  if (!cell) return undefined;
  const st: React.CSSProperties = {};
  if (cell.fill) st.backgroundColor = cell.fill;
  if (cell.font) st.color = cell.font;
  if (cell.bold) st.fontWeight = 'bold';
  if (cell.hAlign) st.textAlign = cell.hAlign.toLowerCase() as React.CSSProperties['textAlign'];
  else if (typeof cell.v === 'number') st.textAlign = 'right';
  return st;
}

export function GridView({ sheets, active, onActivate, selected, version }: Props) {
  const s = useStyles();
  const visible = sheets.filter((x) => x.visibility === 'Visible');
  const sheet = visible.find((x) => x.name === active) ?? visible[0];
  const scroller = useRef<HTMLDivElement>(null);

  const view = useMemo(() => {
    if (!sheet) return null;
    let rows = 0;
    let cols = 0;
    for (const { r, c } of sheet.entries()) {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    for (const m of sheet.merges) {
      rows = Math.max(rows, m.r1 + 1);
      cols = Math.max(cols, m.c1 + 1);
    }
    rows = Math.min(rows + 2, 2000);
    cols = Math.min(cols + 1, 100);
    const spans = new Map<number, { rowSpan: number; colSpan: number }>();
    const hidden = new Set<number>();
    for (const m of sheet.merges) {
      spans.set(m.r0 * 100000 + m.c0, { rowSpan: m.r1 - m.r0 + 1, colSpan: m.c1 - m.c0 + 1 });
      for (let r = m.r0; r <= m.r1; r++)
        for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) hidden.add(r * 100000 + c);
    }
    return { rows, cols, spans, hidden };
  }, [sheet, version]); // `version`: the workbook changed under the same sheet object

  useEffect(() => {
    if (!selected) return;
    scroller.current
      ?.querySelector(`[data-cell="${selected}"]`)
      ?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected, active, version]);

  if (!sheet || !view) return <div className={s.wrap}>Buku kerja kosong.</div>;
  const colIdx = Array.from({ length: view.cols }, (_, c) => c);
  return (
    <div className={s.wrap}>
      <div className={s.scroller} ref={scroller}>
        <table className={s.table} data-sheet-view={sheet.name}>
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
            {Array.from({ length: view.rows }, (_, r) => (
              <tr key={r}>
                <th className={s.rowHead}>{r + 1}</th>
                {colIdx.map((c) => {
                  const k = r * 100000 + c;
                  if (view.hidden.has(k)) return null;
                  const cell = sheet.get(r, c);
                  const addr = `${colName(c)}${r + 1}`;
                  const span = view.spans.get(k);
                  const text = displayValue(cell);
                  const classes = [s.cell];
                  if (cell?.wrap) classes.push(s.wrapped);
                  if (selected === addr) classes.push(s.selected);
                  return (
                    <td
                      key={c}
                      className={classes.join(' ')}
                      title={text.length > 24 ? text : undefined}
                      style={cellStyle(cell)}
                      data-sheet={sheet.name}
                      data-cell={addr}
                      data-fill={cell?.fill ?? undefined}
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
          </tbody>
        </table>
      </div>
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, d) => onActivate(String(d.value))}
        aria-label="Lembar"
      >
        {visible.map((x) => (
          <Tab key={x.id} value={x.name} data-sheet-tab={x.name}>
            {x.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
