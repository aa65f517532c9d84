/**
 * The page's side of one open workbook: a worker (worker.ts) and the requests sent to it. One
 * session per workbook: opening another file starts a new worker and, once that file is open,
 * ends the old one — so a file that cannot be opened leaves the previous workbook as it was.
 */
import type { Analysis } from '../../workbook/analyze';
import type { Plan } from '../../workbook/plan';
import type { Progress } from '../host';
import type { WorkerRequest, WorkerResponse, WorkerResults } from './protocol';

/** A request that failed: `message` is Indonesian and ready to show. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** The session was ended (another file opened, or opening cancelled) before the answer came. */
export const CANCELLED = 'dibatalkan';

export interface Changed {
  /** The pane's latest analysis (without budget rows). */
  analysis: Analysis;
  /** Plans applied to the workbook so far. */
  changes: number;
  /** The plan the action applied (writes and sheet names only), if any. */
  plan?: Plan;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  progress?: Progress;
}

/** The worker's address: next to the page, wherever the page is hosted. */
export function workerUrl(): string {
  return new URL('preview/worker.js', document.baseURI).href;
}

export class Session {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(c: Changed) => void>();
  private ended = false;

  constructor(
    /** ExcelApi version the in-memory Excel reports (`?api=1.6` plays an old Excel). */
    readonly apiVersion: string | undefined,
    url: string = workerUrl(),
  ) {
    this.worker = new Worker(url);
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new WorkerError(
          'Peramban tidak dapat menyelesaikan pekerjaan ini (mungkin kehabisan memori). Tutup tab lain lalu coba lagi, atau pakai perintah capaian di komputer.',
        ),
      );
    };
  }

  /** Does the in-memory Excel support ExcelApi 1.7 (as `excelApiSupported` asks Office)? */
  get apiSupported(): boolean {
    const have = (this.apiVersion ?? '1.17').split('.').map(Number);
    const need = [1, 7];
    for (let i = 0; i < 2; i++) {
      const d = (have[i] ?? 0) - need[i];
      if (d !== 0) return d > 0;
    }
    return true;
  }

  call<K extends WorkerRequest['kind']>(
    req: Extract<WorkerRequest, { kind: K }>,
    progress?: Progress,
    transfer: Transferable[] = [],
  ): Promise<WorkerResults[K]> {
    if (this.ended) return Promise.reject(new WorkerError(CANCELLED, CANCELLED));
    const id = this.next++;
    return new Promise<WorkerResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      this.worker.postMessage({ id, req }, transfer);
    }).then((result) => {
      const changed = result as {
        outcome?: { analysis: Analysis; plan?: Plan };
        changes?: number;
      } | null;
      if (changed?.outcome && typeof changed.changes === 'number') {
        const { analysis, plan } = changed.outcome;
        const c: Changed = { analysis, changes: changed.changes, plan };
        for (const l of this.listeners) l(c);
      }
      return result;
    });
  }

  /** Called after every action that may have changed the workbook. */
  onChanged(listener: (c: Changed) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.worker.terminate();
    this.failAll(new WorkerError(CANCELLED, CANCELLED));
    this.listeners.clear();
  }

  private failAll(e: WorkerError): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.kind === 'progress') {
      p.progress?.(msg.step, msg.fraction);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.kind === 'done') p.resolve(msg.result);
    else p.reject(new WorkerError(msg.message, msg.reason));
  }
}

export { DOCX_TYPE, saveBytes } from '../download';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
