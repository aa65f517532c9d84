/**
 * The in-memory Excel: `Excel.run`, the proxies of ./api over an `InMemoryWorkbook`, and the
 * `Office.context.requirements` the host feature-tests. `installExcel(window, wb)` sets the
 * globals for the browser preview; the tests install them on `globalThis`.
 */
import { OfficeApiError, PreviewRequestContext } from './api';
import type { InMemoryWorkbook } from './model';

export {
  InMemoryWorkbook,
  MAX_CELLS_READ,
  WEB_PAYLOAD_LIMIT,
  type ExportedWorkbook,
  type InMemoryOptions,
  type ModelCell,
  type SimulatedFailure,
  type SyncRecord,
} from './model';
export { OfficeApiError, PreviewRequestContext, ClientResult } from './api';

export interface PreviewExcel {
  run<T>(batch: (context: PreviewRequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => PreviewRequestContext;
  ErrorCodes: Record<string, string>;
}

export interface PreviewOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    host: string;
    platform: string;
  };
  HostType: { Excel: string };
  PlatformType: { OfficeOnline: string; PC: string; Mac: string };
  onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{
    host: string;
    platform: string;
  }>;
  actions: {
    associate(name: string, fn: (...args: unknown[]) => unknown): void;
    /** The functions associated so far (ribbon commands in the preview). */
    registered: Map<string, (...args: unknown[]) => unknown>;
  };
}

const ERROR_CODES = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
};

/** `Excel` and `Office` objects over one in-memory workbook. */
export function createExcelApi(wb: InMemoryWorkbook): {
  Excel: PreviewExcel;
  Office: PreviewOffice;
} {
  const Excel: PreviewExcel = {
    async run<T>(batch: (context: PreviewRequestContext) => Promise<T>): Promise<T> {
      if (typeof batch !== 'function')
        throw new OfficeApiError('InvalidArgument', 'Excel.run needs a batch function.');
      const context = new PreviewRequestContext(wb);
      const result = await batch(context);
      // Like Office: what is still queued when the batch returns is sent.
      if (context._queue.length) await context.sync();
      return result;
    },
    RequestContext: class extends PreviewRequestContext {
      constructor() {
        super(wb);
      }
    },
    ErrorCodes: ERROR_CODES,
  };
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const info = { host: 'Excel', platform: wb.platform };
  const Office: PreviewOffice = {
    context: {
      requirements: { isSetSupported: (name, v) => wb.isSetSupported(name, v) },
      host: 'Excel',
      platform: wb.platform,
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady(cb) {
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    actions: {
      associate(name, fn) {
        registered.set(name, fn);
      },
      registered,
    },
  };
  return { Excel, Office };
}

/**
 * Set `Excel` and `Office` on `target` (window in the browser preview, globalThis in tests).
 * When office.js is already loaded there, its `Office` object is kept and only its
 * requirement check and platform are pointed at the in-memory workbook. Returns a function that restores
 * what was there before.
 */
export function installExcel(target: object, wb: InMemoryWorkbook): () => void {
  const t = target as Record<string, unknown>;
  const before = { Excel: t.Excel, Office: t.Office };
  const api = createExcelApi(wb);
  t.Excel = api.Excel;
  const existing = t.Office as Record<string, unknown> | undefined;
  let restoreOffice = () => {
    t.Office = before.Office;
  };
  if (existing && typeof existing === 'object') {
    const ctx = (existing.context ?? {}) as Record<string, unknown>;
    const hadContext = 'context' in existing;
    const oldRequirements = ctx.requirements;
    const oldPlatform = ctx.platform;
    try {
      ctx.requirements = api.Office.context.requirements;
      // The platform too: the host sizes its reads for Excel on the web (5 MB answers).
      ctx.platform = api.Office.context.platform;
      if (!hadContext) existing.context = ctx;
      restoreOffice = () => {
        ctx.requirements = oldRequirements;
        ctx.platform = oldPlatform;
        if (!hadContext) delete existing.context;
      };
    } catch {
      t.Office = api.Office;
    }
  } else {
    t.Office = api.Office;
  }
  return () => {
    t.Excel = before.Excel;
    restoreOffice();
  };
}
