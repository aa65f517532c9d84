/**
 * The subset of the Excel JavaScript API the Excel host uses, over an `InMemoryWorkbook`, with
 * Office's rules:
 *
 * - every object is a proxy; nothing reaches the workbook until `context.sync()`;
 * - `load()` queues a read; the value is there only after the sync, and reading a property that
 *   was not loaded throws `PropertyNotLoaded`;
 * - `getItem` of a missing sheet fails at the sync with `ItemNotFound`; the `…OrNullObject`
 *   methods give an object whose `isNullObject` is known after the sync;
 * - a batch is not a transaction: actions before a failing one stay applied;
 * - methods newer than the simulated requirement set fail with `ApiNotFound`;
 * - writes to a protected sheet fail with `AccessDenied`, and so do adding, deleting, renaming,
 *   hiding and unhiding sheets while the workbook's structure is protected;
 * - `tables.add` puts a table on the sheet its address names — the active sheet when it names none;
 * - each sync's request is measured (JSON of its object paths and actions) and, when the
 *   workbook is told so, rejected over the limit (`RequestPayloadSizeLimitExceeded`); likewise
 *   the response. Measuring costs a JSON of the batch, so it is done only when a limit is set or
 *   `measureBytes` asks for it.
 */
import {
  cellCount,
  fullAddress,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseRef,
  rectToRef,
  splitSheet,
  type Rect,
} from './address';
import {
  cellValue,
  compareVersions,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  hasValue,
  MAX_CELLS_READ,
  type InMemoryWorkbook,
  type ModelCell,
  type ModelSheet,
  type ModelTable,
  type PageZoom,
  writeInput,
} from './model';

export class OfficeApiError extends Error {
  override name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, location?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const NOT_LOADED = (prop: string) =>
  new OfficeApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const NULL = Symbol('null object');
type Target = unknown;

/** Minimum ExcelApi version of members newer than 1.1. */
const REQUIRES: Record<string, string> = {
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.protection': '1.2',
  'Workbook.protection': '1.7',
  'Worksheet.pageLayout': '1.9',
  'Range.getCellProperties': '1.9',
  'Range.hyperlink': '1.7',
  'Range.setCellProperties': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'PageLayout.zoom': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'RangeFill.pattern': '1.9',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Runtime.enableEvents': '1.8',
  'Table.showBandedRows': '1.3',
  'Table.showFilterButton': '1.3',
  'TableCollection.add(Range)': '1.3',
};

type Action =
  | { kind: 'load'; obj: ClientObject; select: string[] }
  | { kind: 'set'; obj: ClientObject; prop: string; value: unknown }
  | { kind: 'call'; obj: ClientObject; method: string; args: unknown[]; result?: Resultish };

type Resultish = ClientObject | ClientResult<unknown>;

/** `OfficeExtension.ClientResult`: a method's result, readable after the sync. */
export class ClientResult<T> {
  private _value: T | undefined;
  private _set = false;

  get value(): T {
    if (!this._set) throw NOT_LOADED('value');
    return this._value as T;
  }

  /** @internal */
  _resolve(v: T): void {
    this._value = v;
    this._set = true;
  }
}

function normaliseSelect(opt: unknown): string[] {
  if (opt === undefined || opt === null) return [];
  if (typeof opt === 'string')
    return opt
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(opt)) return opt.flatMap((x) => normaliseSelect(x));
  if (typeof opt === 'object') {
    const o = opt as Record<string, unknown>;
    if ('select' in o || 'expand' in o)
      return [...normaliseSelect(o.select), ...normaliseSelect(o.expand)];
    const out: string[] = [];
    const walk = (obj: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(obj)) {
        if (k.startsWith('$')) continue;
        if (v === true) out.push(prefix + k);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(o, '');
    return out;
  }
  return [];
}

/** UTF-8 length of a string without allocating its bytes. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class PreviewRequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  readonly runtime: Runtime;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** @internal */
  readonly _wb: InMemoryWorkbook;
  /** @internal */
  _queue: Action[] = [];
  /** @internal */
  _nextId = 1;
  /** @internal proxies resolved during the running sync (their isNullObject is known after it). */
  private _touched: ClientObject[] = [];

  constructor(wb: InMemoryWorkbook) {
    this._wb = wb;
    this.workbook = new Workbook(this, null, 'Workbook', []);
    this.application = this.workbook.application;
    this.runtime = new Runtime(this, null, 'Runtime', []);
  }

  /** Run the queued batch against the workbook. */
  async sync(): Promise<void> {
    await Promise.resolve();
    const wb = this._wb;
    const queue = this._queue;
    this._queue = [];
    const index = wb.syncLog.length + 1;
    wb.onSync?.(index);
    // Measuring a request costs a JSON of the whole batch: only when a limit or the caller asks.
    const measure = wb.measureBytes || wb.maxRequestBytes !== null;
    const requestBytes = measure ? utf8Length(JSON.stringify(requestJson(queue))) : 0;
    const record: {
      index: number;
      requestBytes: number;
      responseBytes: number;
      actions: number;
      error?: string;
    } = { index, requestBytes, responseBytes: 0, actions: queue.length };
    wb.syncLog.push(record);
    if (wb.takeHang(index)) {
      record.error = 'NoAnswer';
      return new Promise<never>(() => undefined);
    }
    if (!wb.enableEvents) wb.counters.syncsWithEventsOff++;
    if (wb.maxRequestBytes !== null && requestBytes > wb.maxRequestBytes) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new OfficeApiError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      );
    }
    this._touched = [];
    const failure = wb.takeFailure(index);
    const loads: (() => void)[] = [];
    const results: unknown[] = [];
    try {
      queue.forEach((a, i) => {
        if (failure && i >= (failure.afterActions ?? 0))
          throw new OfficeApiError(failure.code, failure.message ?? failure.code);
        this.execute(a, loads, results);
      });
      if (failure && queue.length <= (failure.afterActions ?? 0))
        throw new OfficeApiError(failure.code, failure.message ?? failure.code);
    } catch (e) {
      record.error = e instanceof OfficeApiError ? e.code : 'GeneralException';
      wb.calculationSuspended = false;
      if (e instanceof OfficeApiError) throw e;
      throw new OfficeApiError('GeneralException', (e as Error).message);
    }
    wb.calculationSuspended = false;
    if (wb.measureBytes || wb.maxResponseBytes !== null)
      record.responseBytes = utf8Length(JSON.stringify(results));
    if (wb.maxResponseBytes !== null && record.responseBytes > wb.maxResponseBytes) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeApiError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      );
    }
    for (const p of this._touched) p._markNull(p._target === NULL);
    for (const f of loads) f();
  }

  private execute(a: Action, loads: (() => void)[], results: unknown[]): void {
    const t = this.resolve(a.obj);
    if (a.kind === 'load') {
      if (t === NULL) {
        loads.push(() => a.obj._markNull(true));
        return;
      }
      const snap = a.obj._snapshot(t, a.select);
      results.push(snap.json);
      loads.push(() => {
        a.obj._markNull(false);
        snap.apply();
      });
      return;
    }
    if (t === NULL)
      throw new OfficeApiError(
        'InvalidOperation',
        'The operation cannot be performed on a null object.',
        `${a.obj._className}.${a.kind === 'set' ? a.prop : a.method}`,
      );
    a.obj._markNull(false);
    countChange(this._wb, a);
    if (a.kind === 'set') {
      this.requireApi(`${a.obj._className}.${a.prop}`);
      a.obj._setOn(t, a.prop, a.value);
      return;
    }
    this.requireApi(`${a.obj._className}.${a.method}`);
    const out = a.obj._callOn(t, a.method, a.args);
    if (a.result instanceof ClientResult) {
      a.result._resolve(out);
      results.push(out);
    } else if (a.result) {
      a.result._target = out === null ? NULL : out;
    }
  }

  /** @internal */
  requireApi(member: string): void {
    const need = REQUIRES[member];
    if (need && compareVersions(need, this._wb.apiVersion) > 0)
      throw new OfficeApiError(
        'ApiNotFound',
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (${member}, ExcelApi ${need}).`,
        member,
      );
  }

  /** @internal Find what a proxy stands for now; NULL for a null object. */
  resolve(p: ClientObject): Target | typeof NULL {
    if (p._target !== undefined) {
      if (p._target !== NULL) p._checkAlive(p._target);
      return p._target;
    }
    const parent = p._parent ? this.resolve(p._parent) : this._wb;
    if (parent === NULL) {
      p._target = NULL;
      return NULL;
    }
    const t = p._resolveFrom(parent);
    p._target = t === null ? NULL : t;
    this._touched.push(p);
    return p._target;
  }
}

/** Count a change to the workbook as made with events on or off (not reads, not settings). */
function countChange(wb: InMemoryWorkbook, a: Action): void {
  const cls = a.obj._className;
  if (cls === 'Runtime' || cls === 'Application') return;
  if (a.kind === 'call' && a.method.startsWith('get')) return;
  if (wb.enableEvents) wb.counters.changesWithEventsOn++;
  else wb.counters.changesWithEventsOff++;
}

function requestJson(queue: Action[]): unknown {
  const paths: Record<number, unknown> = {};
  const addPath = (o: ClientObject | null) => {
    while (o && !(o._id in paths)) {
      paths[o._id] = {
        Id: o._id,
        ObjectPathType: o._parent ? 3 : 1,
        Name: o._pathName,
        ParentObjectPathId: o._parent?._id,
        ArgumentInfo: o._pathArgs.length ? { Arguments: o._pathArgs } : {},
      };
      o = o._parent;
    }
  };
  const actions = queue.map((a, i) => {
    addPath(a.obj);
    if (a.kind === 'load')
      return {
        Id: i + 1,
        ActionType: 2,
        Name: '',
        ObjectPathId: a.obj._id,
        QueryInfo: { Select: a.select },
      };
    if (a.kind === 'set')
      return {
        Id: i + 1,
        ActionType: 4,
        Name: a.prop,
        ObjectPathId: a.obj._id,
        ArgumentInfo: { Arguments: [a.value] },
      };
    if (a.result instanceof ClientObject) addPath(a.result);
    return {
      Id: i + 1,
      ActionType: 3,
      Name: a.method,
      ObjectPathId: a.obj._id,
      ArgumentInfo: { Arguments: a.args },
    };
  });
  return { Actions: actions, ObjectPaths: paths };
}

/** Base of every proxy. */
abstract class ClientObject {
  abstract readonly _className: string;
  /** @internal */ readonly _ctx: PreviewRequestContext;
  /** @internal */ readonly _id: number;
  /** @internal */ readonly _parent: ClientObject | null;
  /** @internal */ readonly _pathName: string;
  /** @internal */ readonly _pathArgs: unknown[];
  /** @internal */ _target: Target | typeof NULL | undefined;
  /** @internal */ readonly _loaded = new Map<string, unknown>();
  /** @internal */ readonly _local = new Map<string, unknown>();
  private _null: boolean | undefined;
  private readonly _children = new Map<string, ClientObject>();

  constructor(
    ctx: PreviewRequestContext,
    parent: ClientObject | null,
    pathName: string,
    pathArgs: unknown[],
  ) {
    this._ctx = ctx;
    this._id = ctx._nextId++;
    this._parent = parent;
    this._pathName = pathName;
    this._pathArgs = pathArgs;
  }

  get context(): PreviewRequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw NOT_LOADED('isNullObject');
    return this._null;
  }

  load(select?: unknown): this {
    this._ctx._queue.push({ kind: 'load', obj: this, select: normaliseSelect(select) });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  /** @internal */
  _markNull(v: boolean): void {
    this._null = v;
  }

  /** @internal */
  _read<T>(prop: string): T {
    if (this._local.has(prop)) return this._local.get(prop) as T;
    if (!this._loaded.has(prop)) throw NOT_LOADED(prop);
    return this._loaded.get(prop) as T;
  }

  /** @internal */
  _write(prop: string, value: unknown): void {
    this._local.set(prop, value);
    this._ctx._queue.push({ kind: 'set', obj: this, prop, value });
  }

  /** @internal */
  _invoke(method: string, args: unknown[], result?: Resultish): void {
    this._ctx._queue.push({ kind: 'call', obj: this, method, args, result });
  }

  /** @internal a child proxy reached by a property (format, fill …), created once. */
  _child<T extends ClientObject>(name: string, make: () => T): T {
    let c = this._children.get(name);
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c as T;
  }

  /** @internal */
  _navigation(): Record<string, () => ClientObject> {
    return {};
  }

  /** @internal */
  abstract _scalars(): string[];

  /** @internal */
  abstract _resolveFrom(parent: Target): Target | null;

  /** @internal */
  _checkAlive(t: Target): void {
    void t;
  }

  /** @internal */
  _get(t: Target, prop: string): unknown {
    void t;
    throw new OfficeApiError('InvalidArgument', `Unknown property '${prop}'.`);
  }

  /** @internal */
  _setOn(t: Target, prop: string, value: unknown): void {
    void t;
    void value;
    throw new OfficeApiError('InvalidArgument', `Property '${prop}' cannot be set.`);
  }

  /** @internal */
  _callOn(t: Target, method: string, args: unknown[]): unknown {
    void t;
    void args;
    throw new OfficeApiError('InvalidArgument', `Unknown method '${method}'.`);
  }

  /** @internal Read the selected properties now; apply them to the proxies after the sync. */
  _snapshot(t: Target, select: string[]): { json: unknown; apply: () => void } {
    const paths = select.length ? select : this._scalars();
    const json: Record<string, unknown> = {};
    const applies: (() => void)[] = [];
    const nav = this._navigation();
    const grouped = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (nav[head]) {
        const g = grouped.get(head) ?? [];
        if (rest.length) g.push(rest.join('/'));
        grouped.set(head, g);
      } else {
        this._ctx.requireApi(`${this._className}.${head}`);
        const v = this._get(t, head);
        json[head] = v;
        applies.push(() => {
          this._loaded.set(head, v);
          this._local.delete(head);
        });
      }
    }
    for (const [head, sub] of grouped) {
      this._ctx.requireApi(`${this._className}.${head}`);
      const child = nav[head]();
      const ct = this._ctx.resolve(child);
      if (ct === NULL) {
        applies.push(() => child._markNull(true));
        continue;
      }
      const s = child._snapshot(ct, sub);
      json[head] = s.json;
      applies.push(() => {
        child._markNull(false);
        s.apply();
      });
    }
    return { json, apply: () => applies.forEach((f) => f()) };
  }
}

/** Base of collections: `items` after a load. */
abstract class ClientCollection<T extends ClientObject> extends ClientObject {
  get items(): T[] {
    return this._read<T[]>('items');
  }

  /** @internal the targets of the items, in order. */
  abstract _itemTargets(t: Target): Target[];

  /** @internal */
  abstract _itemProxy(target: Target, i: number): T;

  override _scalars(): string[] {
    return [];
  }

  override _snapshot(t: Target, select: string[]): { json: unknown; apply: () => void } {
    const sub = select
      .map((p) => (p.startsWith('items/') ? p.slice(6) : p))
      .filter((p) => p !== 'items');
    const targets = this._itemTargets(t);
    const proxies = targets.map((x, i) => {
      const p = this._itemProxy(x, i);
      p._target = x;
      return p;
    });
    const snaps = proxies.map((p, i) => p._snapshot(targets[i], sub));
    return {
      json: { items: snaps.map((s) => s.json) },
      apply: () => {
        snaps.forEach((s, i) => {
          proxies[i]._markNull(false);
          s.apply();
        });
        this._loaded.set('items', proxies);
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets

export class Workbook extends ClientObject {
  readonly _className = 'Workbook';

  get worksheets(): WorksheetCollection {
    return this._child(
      'worksheets',
      () => new WorksheetCollection(this._ctx, this, 'Worksheets', []),
    );
  }

  get application(): Application {
    return this._child('application', () => new Application(this._ctx, this, 'Application', []));
  }

  get protection(): WorkbookProtection {
    return this._child(
      'protection',
      () => new WorkbookProtection(this._ctx, this, 'Protection', []),
    );
  }

  override _navigation() {
    return { worksheets: () => this.worksheets, protection: () => this.protection };
  }

  _scalars(): string[] {
    return [];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }
}

/** The sheet the planner has open: the one last activated, else the first visible one. */
function activeSheetOf(wb: InMemoryWorkbook): ModelSheet | undefined {
  return (
    (wb.activeSheet ? wb.sheet(wb.activeSheet) : undefined) ??
    wb.sheets.find((s) => s.visibility === 'Visible')
  );
}

/**
 * `Workbook.protection` (ExcelApi 1.7): the structure protection of Review › Protect Workbook.
 * `protect` "fails if the workbook has been protected" (learn.microsoft.com/javascript/api/excel/
 * excel.workbookprotection); the error code is not documented, so the model does not guess one.
 */
export class WorkbookProtection extends ClientObject {
  readonly _className = 'WorkbookProtection';

  get protected(): boolean {
    return this._read('protected');
  }

  protect(password?: string): void {
    this._invoke('protect', [password]);
  }

  unprotect(password?: string): void {
    this._invoke('unprotect', [password]);
  }

  _scalars(): string[] {
    return ['protected'];
  }

  _resolveFrom(parent: Target): Target {
    this._ctx.requireApi('Workbook.protection');
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    if (prop === 'protected') return (t as InMemoryWorkbook).structureProtected;
    return super._get(t, prop);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    if (method === 'protect' || method === 'unprotect') {
      (t as InMemoryWorkbook).structureProtected = method === 'protect';
      return undefined;
    }
    return super._callOn(t, method, args);
  }
}

/**
 * With the structure protected, "worksheets can't be moved, deleted, hidden, unhidden, or renamed,
 * and new worksheets can't be inserted" (support.microsoft.com, "Protect a workbook"). Office.js
 * refuses such a call with `AccessDenied` — "You cannot perform the requested operation"
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), the
 * code and message Excel gives protection refusals (e.g. office-js #6784).
 */
function assertStructureWritable(wb: InMemoryWorkbook, what: string): void {
  if (wb.structureProtected)
    throw new OfficeApiError('AccessDenied', 'You cannot perform the requested operation.', what);
}

const BAD_NAME = /[[\]:*?/\\]/;

function validSheetName(wb: InMemoryWorkbook, name: string, except?: ModelSheet): void {
  if (!name || name.length > 31 || BAD_NAME.test(name) || /^'|'$/.test(name))
    throw new OfficeApiError('InvalidArgument', `The worksheet name '${name}' is not valid.`);
  const other = wb.sheet(name);
  if (other && other !== except)
    throw new OfficeApiError(
      'ItemAlreadyExists',
      `A worksheet with the name '${name}' already exists.`,
    );
}

export class WorksheetCollection extends ClientCollection<Worksheet> {
  readonly _className = 'WorksheetCollection';

  getItem(key: string): Worksheet {
    return new Worksheet(this._ctx, this, 'GetItem', [key], false);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this._ctx, this, 'GetItemOrNullObject', [key], true);
  }

  add(name?: string): Worksheet {
    const ws = new Worksheet(this._ctx, this, 'Add', [name], false);
    this._invoke('add', [name], ws);
    return ws;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this._ctx, this, 'GetActiveWorksheet', [], false);
  }

  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._invoke('getCount', [], r);
    return r;
  }

  _itemTargets(t: Target): Target[] {
    return [...(t as InMemoryWorkbook).sheets];
  }

  _itemProxy(target: Target, i: number): Worksheet {
    return new Worksheet(this._ctx, this, 'GetItemAt', [i], false);
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    const wb = t as InMemoryWorkbook;
    if (method === 'add') {
      let name = args[0] as string | undefined;
      if (name === undefined || name === null) {
        let n = wb.sheets.length + 1;
        while (wb.sheet(`Sheet${n}`)) n++;
        name = `Sheet${n}`;
      }
      assertStructureWritable(wb, 'WorksheetCollection.add');
      validSheetName(wb, name);
      return wb.addSheet(name);
    }
    if (method === 'getCount') return wb.sheets.length;
    return super._callOn(t, method, args);
  }
}

export class Worksheet extends ClientObject {
  readonly _className = 'Worksheet';
  /** @internal */ readonly _nullable: boolean;

  constructor(
    ctx: PreviewRequestContext,
    parent: ClientObject,
    pathName: string,
    args: unknown[],
    nullable: boolean,
  ) {
    super(ctx, parent, pathName, args);
    this._nullable = nullable;
  }

  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._write('name', v);
  }
  get id(): string {
    return this._read('id');
  }
  get position(): number {
    return this._read('position');
  }
  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this._read('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this._write('visibility', v);
  }
  get protection(): WorksheetProtection {
    return this._child(
      'protection',
      () => new WorksheetProtection(this._ctx, this, 'Protection', []),
    );
  }
  get pageLayout(): PageLayout {
    return this._child('pageLayout', () => new PageLayout(this._ctx, this, 'PageLayout', []));
  }
  get tables(): TableCollection {
    return this._child('tables', () => new TableCollection(this._ctx, this, 'Tables', []));
  }

  getRange(address?: string): Range {
    return new Range(this._ctx, this, 'GetRange', address === undefined ? [] : [address], {
      kind: 'address',
      address,
    });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this._ctx, this, 'GetUsedRange', [!!valuesOnly], {
      kind: 'used',
      valuesOnly: !!valuesOnly,
      nullable: false,
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(this._ctx, this, 'GetUsedRangeOrNullObject', [!!valuesOnly], {
      kind: 'used',
      valuesOnly: !!valuesOnly,
      nullable: true,
    });
  }

  delete(): void {
    this._invoke('delete', []);
  }

  activate(): void {
    this._invoke('activate', []);
  }

  override _navigation() {
    return {
      protection: () => this.protection,
      pageLayout: () => this.pageLayout,
      tables: () => this.tables,
    };
  }

  _scalars(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }

  _resolveFrom(parent: Target): Target | null {
    const wb = this._ctx._wb;
    if (this._pathName === 'Worksheet') return (parent as RangeTarget).sheet;
    if (this._pathName === 'GetItemAt') return wb.sheets[this._pathArgs[0] as number] ?? null;
    if (this._pathName === 'GetActiveWorksheet') return activeSheetOf(wb) ?? null;
    if (this._pathName === 'Add')
      throw new OfficeApiError('InvalidOperation', 'The worksheet has not been added yet.');
    if (this._pathName === 'GetItemOrNullObject')
      this._ctx.requireApi('WorksheetCollection.getItemOrNullObject');
    const key = String(this._pathArgs[0]);
    const s = wb.sheet(key) ?? wb.sheets.find((x) => x.id === key);
    if (s) return s;
    if (this._nullable) return null;
    throw new OfficeApiError(
      'ItemNotFound',
      `The requested resource doesn't exist. (Worksheet '${key}')`,
      'WorksheetCollection.getItem',
    );
  }

  override _checkAlive(t: Target): void {
    if (!this._ctx._wb.sheets.includes(t as ModelSheet))
      throw new OfficeApiError(
        'ItemNotFound',
        `The requested resource doesn't exist. (Worksheet '${(t as ModelSheet).name}' was deleted)`,
        'Worksheet',
      );
  }

  override _get(t: Target, prop: string): unknown {
    const s = t as ModelSheet;
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this._ctx._wb.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
    }
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const s = t as ModelSheet;
    const wb = this._ctx._wb;
    if (prop === 'name') {
      if (String(value) !== s.name) assertStructureWritable(wb, 'Worksheet.name');
      validSheetName(wb, String(value), s);
      s.name = String(value);
      return;
    }
    if (prop === 'visibility') {
      const v = String(value) as ModelSheet['visibility'];
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v))
        throw new OfficeApiError('InvalidArgument', `Invalid visibility '${v}'.`);
      if (v !== s.visibility) assertStructureWritable(wb, 'Worksheet.visibility');
      if (v !== 'Visible' && s.visibility === 'Visible') {
        const visible = wb.sheets.filter((x) => x.visibility === 'Visible');
        if (visible.length <= 1)
          throw new OfficeApiError(
            'InvalidOperation',
            'A workbook must contain at least one visible worksheet.',
          );
      }
      s.visibility = v;
      return;
    }
    super._setOn(t, prop, value);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    const s = t as ModelSheet;
    const wb = this._ctx._wb;
    if (method === 'delete') {
      assertStructureWritable(wb, 'Worksheet.delete');
      const visible = wb.sheets.filter((x) => x.visibility === 'Visible');
      if (s.visibility === 'Visible' && visible.length <= 1)
        throw new OfficeApiError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      wb.sheets = wb.sheets.filter((x) => x !== s);
      if (wb.activeSheet === s.name) wb.activeSheet = null;
      return undefined;
    }
    if (method === 'activate') {
      if (s.visibility !== 'Visible')
        throw new OfficeApiError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      wb.activeSheet = s.name;
      return undefined;
    }
    return super._callOn(t, method, args);
  }
}

export class WorksheetProtection extends ClientObject {
  readonly _className = 'WorksheetProtection';

  get protected(): boolean {
    return this._read('protected');
  }

  protect(): void {
    this._invoke('protect', []);
  }

  unprotect(): void {
    this._invoke('unprotect', []);
  }

  _scalars(): string[] {
    return ['protected'];
  }

  _resolveFrom(parent: Target): Target {
    this._ctx.requireApi('Worksheet.protection');
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    if (prop === 'protected') return (t as ModelSheet).protected;
    return super._get(t, prop);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    if (method === 'protect' || method === 'unprotect') {
      (t as ModelSheet).protected = method === 'protect';
      return undefined;
    }
    return super._callOn(t, method, args);
  }
}

export class PageLayout extends ClientObject {
  readonly _className = 'PageLayout';

  get orientation(): string {
    return this._read('orientation');
  }
  set orientation(v: string) {
    this._write('orientation', v);
  }
  get paperSize(): string {
    return this._read('paperSize');
  }
  set paperSize(v: string) {
    this._write('paperSize', v);
  }
  /** Set as a whole object (`zoom = {…}`), as Microsoft's reference says. */
  get zoom(): PageZoom {
    return this._read('zoom');
  }
  set zoom(v: PageZoom) {
    this._write('zoom', v);
  }

  setPrintTitleRows(rows: string): void {
    this._invoke('setPrintTitleRows', [rows]);
  }

  _scalars(): string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }

  _resolveFrom(parent: Target): Target {
    this._ctx.requireApi('Worksheet.pageLayout');
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    const s = t as ModelSheet;
    if (prop === 'orientation') return s.orientation;
    if (prop === 'paperSize') return s.paperSize;
    if (prop === 'zoom') return { ...s.zoom };
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const s = t as ModelSheet;
    if (prop === 'orientation') {
      if (value !== 'Portrait' && value !== 'Landscape')
        throw new OfficeApiError('InvalidArgument', `Invalid orientation '${String(value)}'.`);
      s.orientation = value;
      return;
    }
    if (prop === 'paperSize') {
      s.paperSize = String(value);
      return;
    }
    if (prop === 'zoom') {
      s.zoom = validZoom(value);
      return;
    }
    super._setOn(t, prop, value);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    const s = t as ModelSheet;
    if (method === 'setPrintTitleRows') {
      s.printTitleRows = wholeRows(args[0]);
      return undefined;
    }
    return super._callOn(t, method, args);
  }
}

/**
 * `PageLayout.zoom` as Excel takes it. Microsoft's reference
 * (learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions): a `scale` of 10 to 400
 * percent, or a number of pages to fit wide and tall (null when a scale is used). Pages are
 * whole numbers up to 32767 as in Excel's Page Setup dialog, and 0 means "as many as needed" —
 * SpreadsheetML's `fitToHeight="0"`, and what Excel's action recorder writes for "fit all
 * columns on one page" (`{ horizontalFitToPages: 1, verticalFitToPages: 0, scale: null }`).
 */
function validZoom(value: unknown): PageZoom {
  const bad = () =>
    new OfficeApiError('InvalidArgument', 'The argument is invalid or missing.', 'PageLayout.zoom');
  if (!value || typeof value !== 'object') throw bad();
  const z = value as Record<string, unknown>;
  // The model stores what was given (the reference says nothing of members left out).
  const out: PageZoom = {};
  for (const k of ['scale', 'horizontalFitToPages', 'verticalFitToPages'] as const) {
    const v = z[k];
    if (v === undefined || v === null) {
      if (v === null) out[k] = null;
      continue;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) throw bad();
    if (k === 'scale' ? v < 10 || v > 400 : v < 0 || v > 32767) throw bad();
    out[k] = v;
  }
  return out;
}

/** The rows of `setPrintTitleRows`: "The range must span the entire row to be valid". */
function wholeRows(arg: unknown): { r0: number; r1: number } {
  const rect = typeof arg === 'string' ? parseRef(arg) : null;
  if (!rect || rect.c0 !== 0 || rect.c1 !== MAX_COLS - 1)
    throw new OfficeApiError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
      'PageLayout.setPrintTitleRows',
    );
  return { r0: rect.r0, r1: rect.r1 };
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: ModelSheet;
  rect: Rect;
}

type RangeSource =
  | { kind: 'address'; address: string | undefined }
  | { kind: 'used'; valuesOnly: boolean; nullable: boolean }
  | { kind: 'fixed' };

function assertWritable(sheet: ModelSheet, what: string): void {
  if (sheet.protected)
    throw new OfficeApiError(
      'AccessDenied',
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
      what,
    );
}

/** Whether the cell (r, c) lies inside `rect`. */
function contains(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

function cellsOf(rect: Rect, what: string, limit: number): void {
  if (cellCount(rect) > limit)
    throw new OfficeApiError(
      'RangeExceedsLimit',
      'The number of cells in the range has exceeded the maximum supported number.',
      what,
    );
}

/** Every cell position of a rectangle (or only existing cells for huge ranges). */
function eachCell(
  t: RangeTarget,
  create: boolean,
  fn: (cell: ModelCell | undefined, r: number, c: number) => void,
): void {
  const { sheet, rect } = t;
  if (cellCount(rect) > 1_000_000) {
    for (const { r, c, cell } of [...sheet.entries()]) {
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) fn(cell, r, c);
    }
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++)
      fn(create ? sheet.ensure(r, c) : sheet.get(r, c), r, c);
}

function grid2d<T>(
  t: RangeTarget,
  f: (cell: ModelCell | undefined, r: number, c: number) => T,
  limit = MAX_CELLS_READ,
): T[][] {
  cellsOf(t.rect, 'Range', limit);
  const out: T[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: T[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(f(t.sheet.get(r, c), r, c));
    out.push(row);
  }
  return out;
}

function checkDims(t: RangeTarget, v: unknown, prop: string): unknown[][] {
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  if (
    !Array.isArray(v) ||
    v.length !== rows ||
    v.some((row) => !Array.isArray(row) || row.length !== cols)
  )
    throw new OfficeApiError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      `Range.${prop}`,
    );
  return v as unknown[][];
}

/** Uniform value of a property over a range, or null when the cells differ. */
function uniform<T>(t: RangeTarget, f: (cell: ModelCell | undefined) => T): T | null {
  let first = true;
  let out: T | null = null;
  let mixed = false;
  const visit = (cell: ModelCell | undefined) => {
    const v = f(cell);
    if (first) {
      out = v;
      first = false;
    } else if (v !== out) mixed = true;
  };
  if (cellCount(t.rect) > 1_000_000) {
    visit(undefined);
    eachCell(t, false, (cell) => visit(cell));
  } else eachCell(t, false, (cell) => visit(cell));
  return mixed ? null : out;
}

function isColour(v: unknown): v is string {
  return typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v);
}

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  gray: '#808080',
  grey: '#808080',
};

function colour(v: unknown, what: string): string {
  if (isColour(v)) return v.toUpperCase();
  const named = typeof v === 'string' ? NAMED_COLOURS[v.toLowerCase()] : undefined;
  if (named) return named;
  throw new OfficeApiError('InvalidArgument', `Invalid colour '${String(v)}'.`, what);
}

/**
 * Cell-level properties: `null` when the range has more cells than Excel reads at once
 * (`MAX_CELLS_READ`; OfficeDev/office-js #4783, #6781), as for an unbounded range
 * (learn.microsoft.com, "Read or write to an unbounded range using the Excel JavaScript API").
 */
const CELL_LEVEL = new Set(['values', 'numberFormat', 'formulas', 'text', 'valueTypes']);

export class Range extends ClientObject {
  readonly _className = 'Range';
  /** @internal */ readonly _source: RangeSource;

  constructor(
    ctx: PreviewRequestContext,
    parent: ClientObject,
    pathName: string,
    args: unknown[],
    source: RangeSource,
  ) {
    super(ctx, parent, pathName, args);
    this._source = source;
  }

  get address(): string {
    return this._read('address');
  }
  get addressLocal(): string {
    return this._read('addressLocal');
  }
  get rowIndex(): number {
    return this._read('rowIndex');
  }
  get columnIndex(): number {
    return this._read('columnIndex');
  }
  get rowCount(): number {
    return this._read('rowCount');
  }
  get columnCount(): number {
    return this._read('columnCount');
  }
  get cellCount(): number {
    return this._read('cellCount');
  }
  get values(): unknown[][] {
    return this._read('values');
  }
  set values(v: unknown[][]) {
    this._write('values', v);
  }
  get numberFormat(): unknown[][] {
    return this._read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._write('numberFormat', v);
  }
  get formulas(): unknown[][] {
    return this._read('formulas');
  }
  set formulas(v: unknown[][]) {
    this._write('formulas', v);
  }
  get text(): string[][] {
    return this._read('text');
  }
  get valueTypes(): string[][] {
    return this._read('valueTypes');
  }
  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this._ctx, this, 'Format', []));
  }
  /** `Range.hyperlink` (ExcelApi 1.7): the top-left cell's link; set on every cell. */
  get hyperlink(): unknown {
    return this._read('hyperlink');
  }
  set hyperlink(v: unknown) {
    this._write('hyperlink', v);
  }
  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this._ctx, this, 'Worksheet', [], false));
  }

  merge(across?: boolean): void {
    this._invoke('merge', [!!across]);
  }

  unmerge(): void {
    this._invoke('unmerge', []);
  }

  select(): void {
    this._invoke('select', []);
  }

  clear(applyTo?: string): void {
    this._invoke('clear', [applyTo ?? 'All']);
  }

  getCellProperties(opts: Record<string, unknown>): ClientResult<unknown[][]> {
    const r = new ClientResult<unknown[][]>();
    this._invoke('getCellProperties', [opts], r);
    return r;
  }

  setCellProperties(props: unknown[][]): void {
    this._invoke('setCellProperties', [props]);
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this._ctx, this, 'GetMergedAreasOrNullObject', []);
  }

  override _navigation() {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }

  _scalars(): string[] {
    return [
      'address',
      'addressLocal',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'cellCount',
      'values',
      'numberFormat',
      'formulas',
      'text',
      'valueTypes',
      'hyperlink',
    ];
  }

  _resolveFrom(parent: Target): Target | null {
    const src = this._source;
    if (src.kind === 'fixed')
      throw new OfficeApiError('GeneralException', 'A range of a collection lost its target.');
    const sheet = parent as ModelSheet;
    if (src.kind === 'address') {
      if (src.address === undefined)
        return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      const { sheet: named, ref } = splitSheet(src.address);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
        throw new OfficeApiError(
          'InvalidArgument',
          `The address '${src.address}' is not on this sheet.`,
        );
      const rect = parseRef(ref);
      if (!rect)
        throw new OfficeApiError(
          'InvalidArgument',
          `The argument is invalid or missing: '${src.address}'.`,
          'Worksheet.getRange',
        );
      return { sheet, rect };
    }
    if (src.nullable) this._ctx.requireApi('Worksheet.getUsedRangeOrNullObject');
    const rect = sheet.usedRect(src.valuesOnly);
    if (!rect) return src.nullable ? null : { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    return { sheet, rect };
  }

  override _checkAlive(t: Target): void {
    const { sheet } = t as RangeTarget;
    if (!this._ctx._wb.sheets.includes(sheet))
      throw new OfficeApiError(
        'ItemNotFound',
        `The requested resource doesn't exist. (Worksheet '${sheet.name}' was deleted)`,
        'Range',
      );
  }

  override _get(t: Target, prop: string): unknown {
    const rt = t as RangeTarget;
    const { rect, sheet } = rt;
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return fullAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'cellCount':
        return cellCount(rect);
      case 'hyperlink':
        this._ctx.requireApi('Range.hyperlink');
        return hyperlinkOf(sheet.get(rect.r0, rect.c0));
    }
    if (CELL_LEVEL.has(prop)) return this._cells(rt, prop);
    return super._get(t, prop);
  }

  /** A cell-level property: the grid, or `null` past Excel's cell limit (see CELL_LEVEL). */
  private _cells(rt: RangeTarget, prop: string): unknown {
    if (cellCount(rt.rect) > this._ctx._wb.maxCellsRead) return null;
    switch (prop) {
      case 'values':
        return grid2d(rt, (cell) => cellValue(cell));
      case 'numberFormat':
        return grid2d(rt, (cell) => cell?.fmt ?? 'General');
      case 'formulas':
        return grid2d(rt, (cell) =>
          cell?.formula !== undefined ? `=${cell.formula}` : cellValue(cell),
        );
      case 'text':
        return grid2d(rt, (cell) => String(cellValue(cell)));
      case 'valueTypes':
        return grid2d(rt, (cell) =>
          !cell || !hasValue(cell)
            ? 'Empty'
            : cell.err
              ? 'Error'
              : typeof cell.v === 'number'
                ? 'Double'
                : typeof cell.v === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
    }
    return undefined;
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const rt = t as RangeTarget;
    if (prop === 'hyperlink') {
      this._ctx.requireApi('Range.hyperlink');
      assertWritable(rt.sheet, 'Range.hyperlink');
      for (let r = rt.rect.r0; r <= rt.rect.r1; r++)
        for (let c = rt.rect.c0; c <= rt.rect.c1; c++)
          setHyperlink(rt.sheet.ensure(r, c), value as Record<string, unknown> | null);
      return;
    }
    if (prop === 'values' || prop === 'formulas' || prop === 'numberFormat') {
      assertWritable(rt.sheet, `Range.${prop}`);
      const rows = checkDims(rt, value, prop);
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return; // null leaves the cell as it is
          const r = rt.rect.r0 + i;
          const c = rt.rect.c0 + j;
          if (prop !== 'numberFormat' && rt.sheet.isMergedChild(r, c) && v !== '') return;
          const cell = rt.sheet.ensure(r, c);
          if (prop === 'numberFormat') {
            const f = String(v);
            if (f === '' || f === 'General') delete cell.fmt;
            else cell.fmt = f;
          } else {
            if (typeof v === 'number' && !Number.isFinite(v))
              throw new OfficeApiError(
                'InvalidArgument',
                'The argument is invalid or missing or has an incorrect format.',
                `Range.${prop}`,
              );
            writeInput(cell, v);
          }
        }),
      );
      return;
    }
    super._setOn(t, prop, value);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    const rt = t as RangeTarget;
    const { sheet, rect } = rt;
    const wb = this._ctx._wb;
    switch (method) {
      case 'select':
        if (sheet.visibility !== 'Visible')
          throw new OfficeApiError(
            'InvalidSelection',
            'The current selection is invalid for this operation.',
            'Range.select',
          );
        wb.activeSheet = sheet.name;
        wb.selection = { sheet: sheet.name, address: rectToRef(rect) };
        return undefined;
      case 'merge': {
        assertWritable(sheet, 'Range.merge');
        const across = args[0] === true;
        const areas: Rect[] = across
          ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({
              r0: rect.r0 + i,
              r1: rect.r0 + i,
              c0: rect.c0,
              c1: rect.c1,
            }))
          : [rect];
        for (const a of areas) {
          if (cellCount(a) < 2) continue;
          if (sheet.tables.some((x) => intersects(x.rect, a)))
            throw new OfficeApiError(
              'InvalidOperation',
              'Cells in a table cannot be merged.',
              'Range.merge',
            );
          sheet.merges = [...sheet.merges.filter((m) => !intersects(m, a)), { ...a }];
          // Only the upper-left value survives.
          for (let r = a.r0; r <= a.r1; r++)
            for (let c = a.c0; c <= a.c1; c++) {
              if (r === a.r0 && c === a.c0) continue;
              const cell = sheet.get(r, c);
              if (cell) {
                cell.v = null;
                delete cell.err;
                delete cell.formula;
              }
            }
        }
        return undefined;
      }
      case 'unmerge':
        assertWritable(sheet, 'Range.unmerge');
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        return undefined;
      case 'clear': {
        assertWritable(sheet, 'Range.clear');
        const what = String(args[0] ?? 'All');
        eachCell(rt, false, (cell) => {
          if (!cell) return;
          if (what === 'All' || what === 'Contents') {
            cell.v = null;
            delete cell.err;
            delete cell.formula;
          }
          if (what === 'All' || what === 'Formats') {
            delete cell.fmt;
            delete cell.fill;
            delete cell.font;
            delete cell.bold;
            delete cell.wrap;
            delete cell.hAlign;
            delete cell.vAlign;
            delete cell.borders;
          }
        });
        if (what === 'All' || what === 'Formats')
          sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        return undefined;
      }
      case 'getCellProperties': {
        const opts = (args[0] ?? {}) as Record<string, unknown>;
        return grid2d(
          rt,
          (cell, r, c) => cellProperties(sheet, cell, r, c, opts),
          this._ctx._wb.maxCellsRead,
        );
      }
      case 'setCellProperties': {
        assertWritable(sheet, 'Range.setCellProperties');
        const rows = checkDims(rt, args[0], 'setCellProperties');
        rows.forEach((row, i) =>
          row.forEach((p, j) => {
            if (!p || typeof p !== 'object') return;
            applyCellProperties(
              sheet.ensure(rect.r0 + i, rect.c0 + j),
              p as Record<string, unknown>,
            );
          }),
        );
        return undefined;
      }
    }
    return super._callOn(t, method, args);
  }
}

function cellProperties(
  sheet: ModelSheet,
  cell: ModelCell | undefined,
  r: number,
  c: number,
  opts: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (opts.address) out.address = fullAddress(sheet.name, { r0: r, c0: c, r1: r, c1: c });
  if (opts.hyperlink)
    out.hyperlink = cell?.link
      ? {
          address: cell.link.address,
          textToDisplay: String(cell.v ?? cell.link.address),
          ...(cell.link.screenTip !== undefined && { screenTip: cell.link.screenTip }),
        }
      : null;
  const f = opts.format as Record<string, unknown> | undefined;
  if (f) {
    const format: Record<string, unknown> = {};
    const fill = f.fill as Record<string, boolean> | undefined;
    if (fill) {
      const o: Record<string, unknown> = {};
      if (fill.color) o.color = cell?.fill ?? '#FFFFFF';
      if (fill.pattern) o.pattern = cell?.pattern ?? (cell?.fill ? 'Solid' : 'None');
      if (fill.patternColor) o.patternColor = cell?.patternColor ?? null;
      if (fill.tintAndShade) o.tintAndShade = cell?.tint ?? 0;
      if (fill.patternTintAndShade) o.patternTintAndShade = cell?.patternTint ?? 0;
      format.fill = o;
    }
    const font = f.font as Record<string, boolean> | undefined;
    if (font) {
      const o: Record<string, unknown> = {};
      if (font.color) o.color = cell?.font ?? '#000000';
      if (font.tintAndShade) o.tintAndShade = cell?.fontTint ?? 0;
      if (font.bold) o.bold = !!cell?.bold;
      format.font = o;
    }
    if (f.wrapText) format.wrapText = !!cell?.wrap;
    if (f.horizontalAlignment) format.horizontalAlignment = cell?.hAlign ?? 'General';
    if (f.columnWidth) format.columnWidth = sheet.columnWidth(c);
    out.format = format;
  }
  return out;
}

/**
 * A `RangeHyperlink` as Excel reports it: `address` for a web or file link, `documentReference`
 * for a place in the workbook (`'Realisasi'!F11`), kept in the model as `#…` as a file stores it.
 */
function hyperlinkOf(cell: ModelCell | undefined): Record<string, unknown> | null {
  if (!cell?.link) return null;
  const a = cell.link.address;
  return {
    ...(a.startsWith('#') ? { documentReference: a.slice(1) } : { address: a }),
    textToDisplay: String(cell.v ?? a),
    ...(cell.link.screenTip !== undefined && { screenTip: cell.link.screenTip }),
  };
}

/** Set (or with null, remove) a cell's hyperlink from a `RangeHyperlink`. */
function setHyperlink(cell: ModelCell, link: Record<string, unknown> | null): void {
  if (!link) {
    delete cell.link;
    return;
  }
  const target =
    typeof link.documentReference === 'string'
      ? `#${link.documentReference}`
      : typeof link.address === 'string'
        ? link.address
        : null;
  if (target === null)
    throw new OfficeApiError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
      'Range.hyperlink',
    );
  cell.link = {
    address: target,
    ...(typeof link.screenTip === 'string' && { screenTip: link.screenTip }),
  };
  if (typeof link.textToDisplay === 'string') cell.v = link.textToDisplay;
}

function applyCellProperties(cell: ModelCell, p: Record<string, unknown>): void {
  const link = p.hyperlink as Record<string, unknown> | undefined;
  if (link && typeof link.address === 'string') {
    cell.link = {
      address: link.address,
      ...(typeof link.screenTip === 'string' && { screenTip: link.screenTip }),
    };
    if (typeof link.textToDisplay === 'string') cell.v = link.textToDisplay;
  }
  const f = p.format as Record<string, unknown> | undefined;
  if (!f) return;
  const fill = f.fill as Record<string, unknown> | undefined;
  if (fill) applyFill(cell, fill);
  const font = f.font as Record<string, unknown> | undefined;
  if (font) {
    if (font.color !== undefined) cell.font = colour(font.color, 'Range.setCellProperties');
    if (font.tintAndShade !== undefined) setTint(cell, 'fontTint', font.tintAndShade);
    if (font.bold !== undefined) cell.bold = !!font.bold;
  }
  if (f.wrapText !== undefined) cell.wrap = !!f.wrapText;
  if (f.horizontalAlignment !== undefined) cell.hAlign = String(f.horizontalAlignment);
}

/** `format.fill` of setCellProperties: colour, pattern, pattern colour and tints. */
function applyFill(cell: ModelCell, fill: Record<string, unknown>): void {
  if (fill.color !== undefined) cell.fill = colour(fill.color, 'Range.setCellProperties');
  if (fill.pattern === 'None') {
    cell.fill = null;
    delete cell.pattern;
    delete cell.patternColor;
  } else if (fill.pattern === 'Solid') {
    delete cell.pattern;
    delete cell.patternColor;
  } else if (typeof fill.pattern === 'string') {
    cell.pattern = fill.pattern;
    cell.fill ??= '#FFFFFF';
  }
  if (fill.patternColor !== undefined)
    cell.patternColor =
      fill.patternColor === null ? null : colour(fill.patternColor, 'Range.setCellProperties');
  if (fill.tintAndShade !== undefined) setTint(cell, 'tint', fill.tintAndShade);
  if (fill.patternTintAndShade !== undefined)
    setTint(cell, 'patternTint', fill.patternTintAndShade);
}

function setTint(cell: ModelCell, prop: 'tint' | 'patternTint' | 'fontTint', v: unknown): void {
  const t = Number(v);
  if (!Number.isFinite(t) || t < -1 || t > 1)
    throw new OfficeApiError(
      'InvalidArgument',
      `tintAndShade must lie between -1 and 1 (${String(v)}).`,
      'Range.setCellProperties',
    );
  if (t === 0) delete cell[prop];
  else cell[prop] = t;
}

export class RangeAreas extends ClientObject {
  readonly _className = 'RangeAreas';

  get address(): string {
    return this._read('address');
  }
  get areaCount(): number {
    return this._read('areaCount');
  }
  get areas(): RangeCollection {
    return this._child('areas', () => new RangeCollection(this._ctx, this, 'Areas', []));
  }

  override _navigation() {
    return { areas: () => this.areas };
  }

  _scalars(): string[] {
    return ['address', 'areaCount'];
  }

  _resolveFrom(parent: Target): Target | null {
    this._ctx.requireApi('Range.getMergedAreasOrNullObject');
    const { sheet, rect } = parent as RangeTarget;
    // Like Excel: only the merged areas whose top-left cell lies inside the range, not every one
    // that overlaps it (OfficeDev/office-js #3611, reproduced on desktop and on the web).
    const areas = sheet.merges.filter((m) => contains(rect, m.r0, m.c0));
    if (areas.length > 512)
      throw new OfficeApiError(
        'GeneralException',
        'The merged areas count in this range is more than 512.',
        'Range.getMergedAreasOrNullObject',
      );
    if (!areas.length) return null;
    return { sheet, areas: areas.map((a) => ({ ...a })) };
  }

  override _get(t: Target, prop: string): unknown {
    const { sheet, areas } = t as { sheet: ModelSheet; areas: Rect[] };
    if (prop === 'address') return areas.map((a) => fullAddress(sheet.name, a)).join(', ');
    if (prop === 'areaCount') return areas.length;
    return super._get(t, prop);
  }
}

export class RangeCollection extends ClientCollection<Range> {
  readonly _className = 'RangeCollection';

  _itemTargets(t: Target): Target[] {
    const { sheet, areas } = t as { sheet: ModelSheet; areas: Rect[] };
    return areas.map((rect) => ({ sheet, rect }));
  }

  _itemProxy(target: Target, i: number): Range {
    return new Range(this._ctx, this, 'GetItemAt', [i], { kind: 'fixed' });
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

export class RangeFormat extends ClientObject {
  readonly _className = 'RangeFormat';

  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this._ctx, this, 'Fill', []));
  }
  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this._ctx, this, 'Font', []));
  }
  get borders(): RangeBorderCollection {
    return this._child('borders', () => new RangeBorderCollection(this._ctx, this, 'Borders', []));
  }
  get wrapText(): boolean {
    return this._read('wrapText');
  }
  set wrapText(v: boolean) {
    this._write('wrapText', v);
  }
  get columnWidth(): number {
    return this._read('columnWidth');
  }
  set columnWidth(v: number) {
    this._write('columnWidth', v);
  }
  get rowHeight(): number {
    return this._read('rowHeight');
  }
  set rowHeight(v: number) {
    this._write('rowHeight', v);
  }
  get horizontalAlignment(): string {
    return this._read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._write('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this._read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._write('verticalAlignment', v);
  }

  override _navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }

  _scalars(): string[] {
    return ['wrapText', 'columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment'];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    const rt = t as RangeTarget;
    switch (prop) {
      case 'wrapText':
        return uniform(rt, (c) => !!c?.wrap);
      case 'horizontalAlignment':
        return uniform(rt, (c) => c?.hAlign ?? 'General');
      case 'verticalAlignment':
        return uniform(rt, (c) => c?.vAlign ?? 'Bottom');
      case 'columnWidth': {
        const ws = new Set<number>();
        for (let c = rt.rect.c0; c <= rt.rect.c1 && ws.size < 2; c++)
          ws.add(rt.sheet.columnWidth(c));
        return ws.size === 1 ? [...ws][0] : null;
      }
      case 'rowHeight': {
        const hs = new Set<number>();
        for (let r = rt.rect.r0; r <= rt.rect.r1 && hs.size < 2; r++) hs.add(rt.sheet.rowHeight(r));
        return hs.size === 1 ? [...hs][0] : null;
      }
    }
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const rt = t as RangeTarget;
    if (prop === 'columnWidth') {
      if (typeof value !== 'number' || !(value >= 0))
        throw new OfficeApiError(
          'InvalidArgument',
          'Invalid column width.',
          'RangeFormat.columnWidth',
        );
      for (let c = rt.rect.c0; c <= rt.rect.c1; c++) {
        if (value === DEFAULT_COLUMN_WIDTH) rt.sheet.columnWidths.delete(c);
        else rt.sheet.columnWidths.set(c, value);
      }
      return;
    }
    if (prop === 'rowHeight') {
      // Excel's limit on a row's height is 409 points (Excel specifications and limits).
      if (typeof value !== 'number' || !(value >= 0 && value <= 409))
        throw new OfficeApiError('InvalidArgument', 'Invalid row height.', 'RangeFormat.rowHeight');
      for (let r = rt.rect.r0; r <= rt.rect.r1; r++) {
        if (value === DEFAULT_ROW_HEIGHT) rt.sheet.rowHeights.delete(r);
        else rt.sheet.rowHeights.set(r, value);
      }
      return;
    }
    if (!['wrapText', 'horizontalAlignment', 'verticalAlignment'].includes(prop)) {
      super._setOn(t, prop, value);
      return;
    }
    assertWritable(rt.sheet, `RangeFormat.${prop}`);
    eachCell(rt, true, (cell) => {
      if (!cell) return;
      if (prop === 'wrapText') cell.wrap = !!value;
      else if (prop === 'horizontalAlignment') cell.hAlign = String(value);
      else cell.vAlign = String(value);
    });
  }
}

export class RangeFill extends ClientObject {
  readonly _className = 'RangeFill';

  get color(): string {
    return this._read('color');
  }
  set color(v: string) {
    this._write('color', v);
  }
  get pattern(): string {
    return this._read('pattern');
  }

  clear(): void {
    this._invoke('clear', []);
  }

  _scalars(): string[] {
    return ['color'];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    const rt = t as RangeTarget;
    if (prop === 'color') return uniform(rt, (c) => c?.fill ?? '#FFFFFF');
    if (prop === 'pattern') return uniform(rt, (c) => (c?.fill ? 'Solid' : 'None'));
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const rt = t as RangeTarget;
    if (prop === 'color') {
      assertWritable(rt.sheet, 'RangeFill.color');
      const c = colour(value, 'RangeFill.color');
      eachCell(rt, true, (cell) => {
        if (cell) cell.fill = c;
      });
      return;
    }
    super._setOn(t, prop, value);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    const rt = t as RangeTarget;
    if (method === 'clear') {
      assertWritable(rt.sheet, 'RangeFill.clear');
      eachCell(rt, false, (cell) => {
        if (!cell) return;
        delete cell.fill;
        delete cell.pattern;
        delete cell.patternColor;
        delete cell.tint;
        delete cell.patternTint;
      });
      return undefined;
    }
    return super._callOn(t, method, args);
  }
}

/** The font of a cell nobody set one for (Excel's Normal style). */
const DEFAULT_FONT = { name: 'Calibri', size: 11 };

export class RangeFont extends ClientObject {
  readonly _className = 'RangeFont';

  get color(): string {
    return this._read('color');
  }
  set color(v: string) {
    this._write('color', v);
  }
  get bold(): boolean {
    return this._read('bold');
  }
  set bold(v: boolean) {
    this._write('bold', v);
  }
  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._write('name', v);
  }
  get size(): number {
    return this._read('size');
  }
  set size(v: number) {
    this._write('size', v);
  }

  _scalars(): string[] {
    return ['color', 'bold', 'name', 'size'];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    const rt = t as RangeTarget;
    if (prop === 'color') return uniform(rt, (c) => c?.font ?? '#000000');
    if (prop === 'bold') return uniform(rt, (c) => !!c?.bold);
    if (prop === 'name') return uniform(rt, (c) => c?.fontName ?? DEFAULT_FONT.name);
    if (prop === 'size') return uniform(rt, (c) => c?.fontSize ?? DEFAULT_FONT.size);
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const rt = t as RangeTarget;
    if (prop === 'color' || prop === 'bold') {
      assertWritable(rt.sheet, `RangeFont.${prop}`);
      const c = prop === 'color' ? colour(value, 'RangeFont.color') : null;
      eachCell(rt, true, (cell) => {
        if (!cell) return;
        if (c !== null) cell.font = c;
        else cell.bold = !!value;
      });
      return;
    }
    if (prop === 'name' || prop === 'size') {
      assertWritable(rt.sheet, `RangeFont.${prop}`);
      // Excel takes font sizes of 1 to 409 points; a name must be text.
      const ok =
        prop === 'name'
          ? typeof value === 'string' && value.trim() !== ''
          : typeof value === 'number' && value >= 1 && value <= 409;
      if (!ok)
        throw new OfficeApiError('InvalidArgument', `Invalid font ${prop}.`, `RangeFont.${prop}`);
      eachCell(rt, true, (cell) => {
        if (!cell) return;
        if (prop === 'name') cell.fontName = value as string;
        else cell.fontSize = value as number;
      });
      return;
    }
    super._setOn(t, prop, value);
  }
}

export class RangeBorderCollection extends ClientObject {
  readonly _className = 'RangeBorderCollection';

  getItem(index: string): RangeBorder {
    return new RangeBorder(this._ctx, this, 'GetItem', [index]);
  }

  _scalars(): string[] {
    return [];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }
}

export class RangeBorder extends ClientObject {
  readonly _className = 'RangeBorder';

  get style(): string {
    return this._read('style');
  }
  set style(v: string) {
    this._write('style', v);
  }

  _scalars(): string[] {
    return ['style'];
  }

  _resolveFrom(parent: Target): Target {
    return { ...(parent as RangeTarget), edge: String(this._pathArgs[0]) };
  }

  override _get(t: Target, prop: string): unknown {
    const rt = t as RangeTarget & { edge: string };
    if (prop === 'style') return uniform(rt, (c) => c?.borders?.[rt.edge] ?? 'None');
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const rt = t as RangeTarget & { edge: string };
    if (prop === 'style') {
      assertWritable(rt.sheet, 'RangeBorder.style');
      eachCell(rt, true, (cell) => {
        if (cell) cell.borders = { ...(cell.borders ?? {}), [rt.edge]: String(value) };
      });
      return;
    }
    super._setOn(t, prop, value);
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class TableCollection extends ClientCollection<Table> {
  readonly _className = 'TableCollection';

  add(address: Range | string, hasHeaders: boolean): Table {
    const t = new Table(this._ctx, this, 'Add', [address, hasHeaders]);
    this._invoke('add', [address, hasHeaders], t);
    return t;
  }

  _itemTargets(t: Target): Target[] {
    return [...(t as ModelSheet).tables];
  }

  _itemProxy(target: Target, i: number): Table {
    return new Table(this._ctx, this, 'GetItemAt', [i]);
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  /**
   * The sheet and cells a table goes on. "The range object or source address determines the
   * worksheet under which the table will be added … If the address does not contain a sheet
   * name, the currently-active sheet is used" (learn.microsoft.com/javascript/api/excel/
   * excel.tablecollection#excel-excel-tablecollection-add-member(1)) — also when the collection
   * is another sheet's `worksheet.tables`. A Range object needs ExcelApi 1.3.
   */
  private _source(address: unknown): RangeTarget {
    if (address instanceof ClientObject) {
      this._ctx.requireApi('TableCollection.add(Range)');
      const r = this._ctx.resolve(address);
      if (r === NULL || !(address instanceof Range))
        throw new OfficeApiError('InvalidArgument', 'Invalid table range.', 'TableCollection.add');
      return r as RangeTarget;
    }
    const wb = this._ctx._wb;
    const { sheet: named, ref } = splitSheet(String(address));
    const sheet = named === null ? activeSheetOf(wb) : wb.sheet(named);
    const rect = parseRef(ref);
    if (!sheet || !rect)
      throw new OfficeApiError(
        'InvalidArgument',
        `Invalid table address '${String(address)}'.`,
        'TableCollection.add',
      );
    return { sheet, rect };
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    if (method === 'add') {
      const { sheet, rect } = this._source(args[0]);
      assertWritable(sheet, 'TableCollection.add');
      if (sheet.tables.some((x) => intersects(x.rect, rect)))
        throw new OfficeApiError(
          'InvalidOperation',
          'A table cannot overlap another table.',
          'TableCollection.add',
        );
      if (sheet.merges.some((m) => intersects(m, rect)))
        throw new OfficeApiError(
          'InvalidOperation',
          'A table cannot overlap a range with merged cells.',
          'TableCollection.add',
        );
      const wb = this._ctx._wb;
      const names = new Set(wb.sheets.flatMap((s) => s.tables.map((x) => x.name.toLowerCase())));
      let n = 1;
      while (names.has(`table${n}`)) n++;
      if (args[1] === true) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = sheet.ensure(rect.r0, c);
          if (!hasValue(cell)) writeInput(cell, `Column${c - rect.c0 + 1}`);
          else if (typeof cell.v !== 'string') cell.v = String(cellValue(cell));
        }
      }
      const table: ModelTable = {
        name: `Table${n}`,
        rect,
        showBandedRows: true,
        showFilterButton: true,
        style: 'TableStyleMedium2',
      };
      sheet.tables.push(table);
      return table;
    }
    return super._callOn(t, method, args);
  }
}

export class Table extends ClientObject {
  readonly _className = 'Table';

  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._write('name', v);
  }
  get showBandedRows(): boolean {
    return this._read('showBandedRows');
  }
  set showBandedRows(v: boolean) {
    this._write('showBandedRows', v);
  }
  get showFilterButton(): boolean {
    return this._read('showFilterButton');
  }
  set showFilterButton(v: boolean) {
    this._write('showFilterButton', v);
  }
  get style(): string {
    return this._read('style');
  }
  set style(v: string) {
    this._write('style', v);
  }

  _scalars(): string[] {
    return ['name', 'showBandedRows', 'showFilterButton', 'style'];
  }

  _resolveFrom(parent: Target): Target | null {
    if (this._pathName === 'GetItemAt')
      return (parent as ModelSheet).tables[this._pathArgs[0] as number] ?? null;
    throw new OfficeApiError('InvalidOperation', 'The table has not been added yet.');
  }

  override _get(t: Target, prop: string): unknown {
    const x = t as ModelTable;
    if (prop === 'name') return x.name;
    if (prop === 'showBandedRows') return x.showBandedRows;
    if (prop === 'showFilterButton') return x.showFilterButton;
    if (prop === 'style') return x.style;
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    const x = t as ModelTable;
    if (prop === 'name') {
      const name = String(value);
      if (
        !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
        /^[A-Za-z]{1,3}\d+$/.test(name) ||
        /^[rRcC]$/.test(name)
      )
        throw new OfficeApiError(
          'InvalidArgument',
          `The table name '${name}' is not valid.`,
          'Table.name',
        );
      const taken = this._ctx._wb.sheets.some((s) =>
        s.tables.some((o) => o !== x && o.name.toLowerCase() === name.toLowerCase()),
      );
      if (taken)
        throw new OfficeApiError(
          'ItemAlreadyExists',
          `A table named '${name}' already exists.`,
          'Table.name',
        );
      x.name = name;
      return;
    }
    if (prop === 'showBandedRows') x.showBandedRows = !!value;
    else if (prop === 'showFilterButton') x.showFilterButton = !!value;
    else if (prop === 'style') x.style = String(value);
    else super._setOn(t, prop, value);
  }
}

// ---------------------------------------------------------------------------------------------
// Application, runtime

export class Application extends ClientObject {
  readonly _className = 'Application';

  get calculationMode(): string {
    return this._read('calculationMode');
  }

  suspendApiCalculationUntilNextSync(): void {
    this._invoke('suspendApiCalculationUntilNextSync', []);
  }

  _scalars(): string[] {
    return ['calculationMode'];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    if (prop === 'calculationMode') return 'Automatic';
    return super._get(t, prop);
  }

  override _callOn(t: Target, method: string, args: unknown[]): unknown {
    if (method === 'suspendApiCalculationUntilNextSync') {
      const wb = t as InMemoryWorkbook;
      wb.calculationSuspended = true;
      wb.counters.calculationSuspensions++;
      return undefined;
    }
    return super._callOn(t, method, args);
  }
}

export class Runtime extends ClientObject {
  readonly _className = 'Runtime';

  get enableEvents(): boolean {
    return this._read('enableEvents');
  }
  set enableEvents(v: boolean) {
    this._write('enableEvents', v);
  }

  _scalars(): string[] {
    return ['enableEvents'];
  }

  _resolveFrom(parent: Target): Target {
    return parent;
  }

  override _get(t: Target, prop: string): unknown {
    if (prop === 'enableEvents') return (t as InMemoryWorkbook).enableEvents;
    return super._get(t, prop);
  }

  override _setOn(t: Target, prop: string, value: unknown): void {
    if (prop === 'enableEvents') {
      (t as InMemoryWorkbook).enableEvents = !!value;
      return;
    }
    super._setOn(t, prop, value);
  }
}
