/**
 * The browser page (preview.html; `npm run preview`, and dist/ on any static HTTPS host): for
 * planners whose Excel cannot run the add-in. The planner opens a workbook from disk (file picker
 * or drag-and-drop) or a bundled sample; the real task pane works on it beside a grid view; the
 * result downloads as .xlsx (the same plan and writes as `capaian compute`) and the report as
 * .docx. The workbook lives in a worker (worker.ts) — read, computed and written there, off the
 * main thread — and nothing leaves the browser: the only requests after load are the page's own
 * chunks, its worker and its bundled samples.
 */
import {
  Button,
  Caption1,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Title2,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FINDING_TITLE, type Severity } from '../../engine/findings';
import type { Analysis } from '../../workbook/analyze';
import { parseA1, a1 } from '../../workbook/grid';
import { App } from '../components/App';
import { DOCX_BUTTON } from '../download';
import { forward } from '../progress';
import { firstChangedSheet } from './changed';
import { GridView, type CellMark } from './GridView';
import { setPageSession } from './page-host';
import type { BookView, OpenResult } from './protocol';
import { CANCELLED, DOCX_TYPE, saveBytes, Session, WorkerError, XLSX_TYPE } from './session';

interface SampleInfo {
  id: string;
  title: string;
}

const BLANK_ID = 'kosong';

/** The promise of the page, in one sentence. */
export const PRIVACY =
  'Buku kerja Anda dibuka, dihitung dan disimpan di peramban ini saja — tidak ada data yang dikirim ke server mana pun.';

type Source =
  { kind: 'file'; file: File } | { kind: 'sample'; sample: SampleInfo } | { kind: 'blank' };

interface Book {
  session: Session;
  name: string;
  key: number;
}

interface Task {
  label: string;
  step: string;
  fraction: number;
  started: number;
  /** Opening a file can be cancelled (its worker is ended). */
  cancel?: () => void;
}

/**
 * Below this width the grid and the pane do not fit side by side (the pane needs about 340 px, the
 * grid as much again): the grid comes first at a fixed height, the pane below it at full width,
 * and the page scrolls down — never sideways (a task pane in Excel is 350 px wide).
 */
const NARROW = '@media (max-width: 759px)';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    [NARROW]: { height: 'auto', minHeight: '100vh' },
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#107C41',
    color: '#fff',
    flexWrap: 'wrap',
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  file: { fontWeight: tokens.fontWeightSemibold },
  note: { color: '#fff', opacity: 0.92, flexBasis: '100%' },
  strip: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  progressField: { flex: 1, minWidth: 0 },
  // The bar shows the fraction its label is about: no 0,3 s slide behind a new label.
  progressBar: { transitionProperty: 'none' },
  main: {
    display: 'flex',
    flex: 1,
    minHeight: 0,
    [NARROW]: { flexDirection: 'column', flex: 'none' },
  },
  grid: {
    flex: 1,
    minWidth: 0,
    [NARROW]: { flex: 'none', height: '62vh', minHeight: '320px' },
  },
  // 380 px, and up to 480 px on a wide screen: the settings' rows and long names breathe.
  pane: {
    width: 'clamp(380px, 25vw, 480px)',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: {
      width: 'auto',
      overflowY: 'visible',
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  start: {
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    lineHeight: tokens.lineHeightBase400,
  },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXXL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  samples: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  overlay: {
    position: 'fixed',
    inset: 0,
    zIndex: 100,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(16, 124, 65, 0.85)',
    color: '#fff',
    fontSize: tokens.fontSizeBase600,
    pointerEvents: 'none',
  },
});

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Cells of `sheet` with findings; a range marks each of its cells (up to a few hundred). */
function findingMarks(analysis: Analysis | null, sheet: string | undefined): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  if (!analysis || !sheet) return marks;
  const name = sheet.toLowerCase();
  for (const f of analysis.findings) {
    if (!f.cell || f.sheet?.toLowerCase() !== name) continue;
    const [from, to] = f.cell.split(':');
    const a = parseA1(from);
    const b = to ? parseA1(to) : a;
    if (!a || !b) continue;
    const text = `${FINDING_TITLE[f.code]}: ${f.message}`;
    let n = 0;
    for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r) && n < 500; r++)
      for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c) && n < 500; c++, n++) {
        const k = a1(r, c);
        const m = marks.get(k);
        if (!m) marks.set(k, { severity: f.severity, messages: [text] });
        else {
          m.messages.push(text);
          if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[m.severity]) m.severity = f.severity;
        }
      }
  }
  return marks;
}

const seconds = (ms: number) =>
  `${(ms / 1000).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} detik`;

function messageOf(e: unknown): string {
  if (e instanceof WorkerError) return e.message;
  return `Terjadi kesalahan yang tidak terduga: ${e instanceof Error ? e.message : String(e)}.`;
}

function BrowserPage({
  samples,
  initial,
  apiVersion,
}: {
  samples: SampleInfo[];
  initial: Source | null;
  apiVersion: string | undefined;
}) {
  const s = useStyles();
  const [book, setBook] = useState<Book | null>(null);
  const [view, setViewState] = useState<{ view: BookView | null; version: number }>({
    view: null,
    version: 0,
  });
  const setView = useCallback(
    (v: BookView | null) => setViewState((x) => ({ view: v, version: x.version + 1 })),
    [],
  );
  const [viewsPending, setViewsPending] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [changes, setChanges] = useState(0);
  const [task, setTask] = useState<Task | null>(null);
  const [error, setError] = useState<{ title: string; text: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [now, setNow] = useState(() => performance.now());
  const fileInput = useRef<HTMLInputElement>(null);
  const gridBox = useRef<HTMLDivElement>(null);
  /** The first sheet the last action changed: shown when the pane says it is done. */
  const jumpTo = useRef<string | null>(null);
  const opening = useRef<Session | null>(null);
  const bookRef = useRef<Book | null>(null);
  const viewRef = useRef<BookView | null>(null);
  const keys = useRef(0);
  bookRef.current = book;
  viewRef.current = view.view;

  // A clock while something runs: the page visibly stays alive during a long read.
  useEffect(() => {
    if (!task) return;
    const t = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(t);
  }, [task]);

  const open = useCallback(
    async (src: Source) => {
      opening.current?.end();
      const session = new Session(apiVersion);
      opening.current = session;
      const label =
        src.kind === 'file'
          ? src.file.name
          : src.kind === 'sample'
            ? src.sample.title
            : 'Buku kerja kosong';
      setError(null);
      setNotice(null);
      setTask({
        label: `Membuka ${label}`,
        step: 'Membaca berkas …',
        fraction: 0,
        started: performance.now(),
        cancel: () => {
          session.end();
          if (opening.current === session) opening.current = null;
          setTask(null);
        },
      });
      const progress = forward((step, fraction) => {
        if (opening.current === session) setTask((t) => t && { ...t, step, fraction });
      });
      try {
        let res: OpenResult;
        if (src.kind === 'file') {
          const bytes = await src.file.arrayBuffer();
          res = await session.call(
            { kind: 'open-file', name: src.file.name, bytes, apiVersion },
            progress,
            [bytes],
          );
        } else if (src.kind === 'sample') {
          const base = `preview/samples/${encodeURIComponent(src.sample.id)}`;
          res = await session.call(
            {
              kind: 'open-sample',
              name: src.sample.title,
              jsonUrl: new URL(`${base}.json`, document.baseURI).href,
              xlsxUrl: new URL(`${base}.xlsx`, document.baseURI).href,
              apiVersion,
            },
            progress,
          );
        } else {
          res = await session.call({ kind: 'open-blank', apiVersion }, progress);
        }
        if (opening.current !== session) return;
        opening.current = null;
        const old = bookRef.current;
        setPageSession(session);
        session.onChanged((c) => {
          setAnalysis(c.analysis);
          setChanges(c.changes);
          jumpTo.current = firstChangedSheet(c.plan, viewRef.current?.sheets ?? []);
        });
        setBook({ session, name: res.name, key: ++keys.current });
        setView(res.view);
        setSelected(null);
        setAnalysis(null);
        setChanges(0);
        setTask(null);
        document.title = `${res.name} — Capaian Kinerja`;
        old?.session.end();
      } catch (e) {
        session.end();
        if (opening.current !== session) return;
        opening.current = null;
        setTask(null);
        if (e instanceof WorkerError && e.reason === CANCELLED) return;
        setError({ title: `Berkas tidak dapat dibuka`, text: messageOf(e) });
      }
    },
    [apiVersion, setView],
  );

  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    if (initial) void openRef.current(initial);
  }, [initial]);

  // Drag a file anywhere onto the page.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) =>
      !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openRef.current({ kind: 'file', file });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const refresh = useCallback(
    (sheet: string | null, opts: { start?: number; focus?: string | null } = {}) => {
      const b = bookRef.current;
      if (!b) return;
      setViewsPending((n) => n + 1);
      b.session
        .call({ kind: 'view', sheet, ...opts })
        .then((v) => {
          if (bookRef.current === b) setView(v);
        })
        .catch(() => undefined)
        .finally(() => setViewsPending((n) => n - 1));
    },
    [setView],
  );

  // After a job: the first sheet it changed (from its top), else the rows on screen again.
  const changed = useCallback(() => {
    const w = viewRef.current?.window;
    const jump = jumpTo.current;
    jumpTo.current = null;
    if (jump && jump !== w?.sheet) {
      setSelected(null);
      refresh(jump, { start: 0 });
    } else refresh(w?.sheet ?? null, { start: w?.start });
  }, [refresh]);

  const onCell = useCallback(
    (sheet: string, cell: string | null) => {
      setSelected(cell);
      refresh(sheet, { focus: cell });
      // On a narrow screen the grid is above the pane: bring it into view.
      gridBox.current?.scrollIntoView({ block: 'nearest' });
    },
    [refresh],
  );

  const download = async (kind: 'download-xlsx' | 'download-docx') => {
    const b = book;
    if (!b || task) return;
    setError(null);
    setNotice(null);
    setTask({
      label: kind === 'download-xlsx' ? 'Menyiapkan hasil (.xlsx)' : 'Menyusun Laporan (.docx)',
      step: '…',
      fraction: 0,
      started: performance.now(),
    });
    try {
      const r = await b.session.call(
        { kind },
        forward((step, fraction) => setTask((t) => t && { ...t, step, fraction })),
      );
      saveBytes(r.bytes, r.name, kind === 'download-xlsx' ? XLSX_TYPE : DOCX_TYPE);
      setNotice(`Diunduh: ${r.name}`);
    } catch (e) {
      if (!(e instanceof WorkerError && e.reason === CANCELLED))
        setError({ title: 'Tidak dapat mengunduh', text: messageOf(e) });
    } finally {
      setTask(null);
    }
  };

  const shown = view.view;
  const marks = useMemo(
    () => findingMarks(analysis, shown?.window?.sheet),
    [analysis, shown?.window?.sheet],
  );

  const pickFile = () => fileInput.current?.click();
  const reportable = !!analysis?.results.some((r) => r.pk.dilaporkan);
  const sampleSelect = (
    <Select
      size="small"
      aria-label="Buka contoh"
      value=""
      onChange={(_, d) => {
        if (d.value === BLANK_ID) void open({ kind: 'blank' });
        const sample = samples.find((x) => x.id === d.value);
        if (sample) void open({ kind: 'sample', sample });
      }}
    >
      <option value="">Buka contoh …</option>
      {samples.map((x) => (
        <option key={x.id} value={x.id}>
          {x.title}
        </option>
      ))}
      <option value={BLANK_ID}>Buku kerja kosong</option>
    </Select>
  );

  const strips = (
    <>
      {task && (
        <div className={s.progress} data-task aria-live="polite">
          <Field
            className={s.progressField}
            label={task.label}
            validationMessage={`${task.step} · ${seconds(Math.max(0, now - task.started))}`}
            validationState="none"
          >
            <ProgressBar
              value={task.fraction > 0 ? task.fraction : undefined}
              thickness="large"
              bar={{ className: s.progressBar }}
            />
          </Field>
          {task.cancel && (
            <Button size="small" onClick={task.cancel}>
              Batal
            </Button>
          )}
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" data-page-error>
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Tutup" onClick={() => setError(null)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-page-notice>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );

  return (
    <div className={s.page}>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Pilih berkas .xlsx"
        data-file-input
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void open({ kind: 'file', file });
        }}
      />
      {dragging && <div className={s.overlay}>Lepaskan untuk membuka berkas</div>}
      {book ? (
        <>
          <header className={s.bar}>
            <span className={s.title}>Capaian Kinerja</span>
            <span className={s.file} data-book={book.name}>
              {book.name}
            </span>
            <Button size="small" onClick={pickFile}>
              Buka berkas lain …
            </Button>
            {sampleSelect}
            <Button
              size="small"
              appearance="primary"
              disabled={changes === 0 || !!task}
              title={
                changes === 0
                  ? 'Tekan Hitung & Warnai (atau Buat Laporan) di panel lebih dulu.'
                  : undefined
              }
              onClick={() => void download('download-xlsx')}
            >
              Unduh hasil (.xlsx)
            </Button>
            <Button
              size="small"
              disabled={!reportable || !!task}
              onClick={() => void download('download-docx')}
            >
              {DOCX_BUTTON}
            </Button>
            <Caption1 className={s.note} data-privacy>
              {PRIVACY}
            </Caption1>
          </header>
          {(task || error || notice) && <div className={s.strip}>{strips}</div>}
          <div className={s.main}>
            <div
              ref={gridBox}
              className={s.grid}
              data-view-version={view.version}
              data-view-pending={viewsPending > 0 ? '' : undefined}
            >
              <GridView
                view={shown}
                selected={selected}
                marks={marks}
                onActivate={(sheet) => {
                  setSelected(null);
                  refresh(sheet, { start: 0 });
                }}
                onPage={(start) => refresh(shown?.window?.sheet ?? null, { start })}
              />
            </div>
            <aside className={s.pane} aria-label="Panel Capaian Kinerja">
              <App
                key={book.key}
                onWorkbookChanged={changed}
                onCellSelected={onCell}
                showDocx={false}
              />
            </aside>
          </div>
        </>
      ) : (
        <main className={s.start}>
          <Title2 as="h1">Capaian Kinerja — tanpa add-in</Title2>
          <p>
            Untuk Excel yang tidak dapat menjalankan add-in (Office 2016 atau 2019) atau kantor yang
            melarang add-in: hitung capaian, warnai predikat, periksa angka dan susun laporan di
            peramban.
          </p>
          <ol>
            <li>Pilih berkas .xlsx Anda, atau seret berkasnya ke halaman ini.</li>
            <li>Di panel kanan tekan Validasi, Hitung &amp; Warnai atau Buat Laporan.</li>
            <li>Tekan Unduh hasil (.xlsx) — dan {DOCX_BUTTON} bila perlu.</li>
          </ol>
          <div className={s.drop}>
            <Button appearance="primary" size="large" onClick={pickFile}>
              Pilih berkas .xlsx
            </Button>
            <Caption1>atau seret berkas ke sini</Caption1>
          </div>
          {strips}
          <div className={s.samples}>
            <Caption1>Belum punya berkas? Coba contoh:</Caption1>
            {samples.map((x) => (
              <Button
                key={x.id}
                size="small"
                onClick={() => void open({ kind: 'sample', sample: x })}
              >
                {x.title}
              </Button>
            ))}
            <Button size="small" onClick={() => void open({ kind: 'blank' })}>
              Buku kerja kosong
            </Button>
          </div>
          <Caption1 data-privacy>{PRIVACY}</Caption1>
        </main>
      )}
    </div>
  );
}

async function start(): Promise<void> {
  const el = document.getElementById('root')!;
  try {
    const res = await fetch('preview/samples/index.json');
    const samples = res.ok ? ((await res.json()) as SampleInfo[]) : [];
    const params = new URLSearchParams(window.location.search);
    const wanted = params.get('contoh');
    const sample = samples.find((x) => x.id === wanted);
    const initial: Source | null =
      wanted === BLANK_ID ? { kind: 'blank' } : sample ? { kind: 'sample', sample } : null;
    // `?api=1.6` plays an old Excel (the pane then explains itself).
    const apiVersion = params.get('api') ?? undefined;
    createRoot(el).render(
      <FluentProvider theme={webLightTheme}>
        <BrowserPage samples={samples} initial={initial} apiVersion={apiVersion} />
      </FluentProvider>,
    );
  } catch (e) {
    el.textContent = `Halaman tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
  }
}

void start();
