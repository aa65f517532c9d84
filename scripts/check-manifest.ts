/**
 * Offline checks of the add-in manifests: the schema-level facts we can verify without
 * Microsoft's online validator (`npm run validate` keeps that one for machines that can reach it).
 *
 *   npm run check:manifest                 # manifest.xml and manifest.dev.xml
 *   npm run check:manifest -- a.xml b.xml  # the given files
 *
 * Checks: well-formed XML with declared namespace prefixes; an OfficeApp TaskPaneApp root; the Id
 * is a GUID and differs between the manifests checked together; every `resid` resolves to a
 * bt:Image / bt:Url / bt:ShortString / bt:LongString of the kind its element needs; resource ids
 * are unique and at most 32 characters; strings within 125 / 250 characters; every URL is HTTPS
 * (localhost only in a dev manifest, `*.dev.xml`); every ExecuteFunction name is registered with
 * `Office.actions.associate("<name>", …)` in src/commands/*.ts; icons exist in assets/ (the URL's
 * file name) at the pixel size the manifest gives them; each Icon has the 16, 32 and 80 px images
 * Office requires. Prints each problem and exits 1 when there are any.
 */
import fs from 'fs';
import path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { imageSize } from 'image-size';

export interface CheckOptions {
  /** Project root; assets/ and src/commands/ are found from it. Default: this repository. */
  root?: string;
  /** Where icon files are looked up by file name. Default: `<root>/assets`. */
  assetsDir?: string;
  /** Where `Office.actions.associate` calls are looked for (*.ts). Default: `<root>/src/commands`. */
  commandsDir?: string;
  /** Allow localhost URLs. Default: true for `*.dev.xml` files, false otherwise. */
  dev?: boolean;
}

export interface ManifestReport {
  file: string;
  /** The manifest's Id, when it could be read. */
  id?: string;
  problems: string[];
}

const ROOT = path.join(__dirname, '..');
export const DEFAULT_MANIFESTS = ['manifest.xml', 'manifest.dev.xml'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RESID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
/** Icon sizes every <Icon> must provide (AddinCommands; the other sizes are optional). */
const REQUIRED_ICON_SIZES = [16, 32, 80];
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type ResKind = 'Image' | 'Url' | 'ShortString' | 'LongString';
const KIND_NAME: Record<ResKind, string> = {
  Image: 'bt:Image',
  Url: 'bt:Url',
  ShortString: 'bt:ShortString',
  LongString: 'bt:LongString',
};
/** The resource kind an element's `resid` must point to, by the element's local name. */
const RESID_KIND: Record<string, ResKind> = {
  Image: 'Image',
  SourceLocation: 'Url',
  FunctionFile: 'Url',
  LearnMoreUrl: 'Url',
  Label: 'ShortString',
  Title: 'ShortString',
  Description: 'LongString',
  Tooltip: 'LongString',
};
/** Top-level icon elements and the size Office expects for a task pane add-in. */
const TOP_ICONS: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** Elements whose DefaultValue must be an absolute URL. */
const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']);

interface XNode {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  parent?: XNode;
}

interface Resource {
  id: string;
  kind: ResKind;
  values: string[];
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function describe(node: XNode): string {
  const id = node.attrs.id ?? node.attrs.resid;
  return id === undefined
    ? `<${node.name}>`
    : `<${node.name} ${node.attrs.id ? 'id' : 'resid'}="${id}">`;
}

/** fast-xml-parser's ordered output → a plain element tree. */
function toTree(items: unknown[], parent?: XNode): XNode[] {
  const out: XNode[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?') || name === '#comment') {
      if (name === '#text' && parent) parent.text += String(item['#text']);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries((item[':@'] as Record<string, unknown>) ?? {})) {
      attrs[k] = String(v);
    }
    const node: XNode = { name, local: localName(name), attrs, children: [], text: '', parent };
    node.children = toTree(item[name] as unknown[], node);
    node.text = node.text.trim();
    out.push(node);
  }
  return out;
}

function* walk(node: XNode): Generator<XNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

const child = (node: XNode | undefined, local: string): XNode | undefined =>
  node?.children.find((c) => c.local === local);

/** The local part of an xsi:type value ("bt:Foo" → "Foo"). */
const xsiType = (node: XNode): string | undefined => {
  const v = node.attrs['xsi:type'];
  return v === undefined ? undefined : localName(v);
};

/** Names passed to Office.actions.associate("<name>", …) in the *.ts files of `dir`. */
export function associatedFunctions(dir: string): Set<string> {
  const names = new Set<string>();
  if (!fs.existsSync(dir)) return names;
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.ts')) continue;
    const source = fs
      .readFileSync(path.join(dir, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    const call = /Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(['"`])([^'"`]+)\1/g;
    for (const m of source.matchAll(call)) names.add(m[2]);
  }
  return names;
}

/** Pixel sizes named by a resource id such as "Icon.16", "Icon.16x16" or "icon-80". */
function sizeFromId(id: string): number | undefined {
  const m = /(?:^|\D)(\d{2,3})(?:x(\d{2,3}))?$/.exec(id);
  if (!m) return undefined;
  return Number(m[1]);
}

/** Checks one manifest's text. `file` is only used to name it and to tell a dev manifest. */
export function checkManifestXml(
  xml: string,
  file: string,
  opts: CheckOptions = {},
): ManifestReport {
  const root = opts.root ?? ROOT;
  const assetsDir = opts.assetsDir ?? path.join(root, 'assets');
  const commandsDir = opts.commandsDir ?? path.join(root, 'src', 'commands');
  const dev = opts.dev ?? /\.dev\.xml$/i.test(file);
  const report: ManifestReport = { file, problems: [] };
  const problem = (msg: string): void => {
    report.problems.push(msg);
  };

  // Well-formed XML, one root element.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    problem(
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
    return report;
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const tops = toTree(parser.parse(xml) as unknown[]);
  if (tops.length !== 1) {
    problem(`not well-formed XML: expected one root element, found ${tops.length}`);
    return report;
  }
  const app = tops[0];
  if (app.local !== 'OfficeApp') {
    problem(`root element is <${app.name}>, expected <OfficeApp>`);
    return report;
  }
  if (xsiType(app) !== 'TaskPaneApp') {
    problem(`<OfficeApp> xsi:type is "${app.attrs['xsi:type'] ?? ''}", expected "TaskPaneApp"`);
  }

  // Namespace prefixes must be declared on the element or an ancestor.
  const checkPrefixes = (node: XNode, scope: Set<string>): void => {
    const here = new Set(scope);
    for (const a of Object.keys(node.attrs)) if (a.startsWith('xmlns:')) here.add(a.slice(6));
    const used = [node.name, ...Object.keys(node.attrs).filter((a) => !a.startsWith('xmlns'))];
    for (const name of used) {
      const i = name.indexOf(':');
      if (i > 0 && !here.has(name.slice(0, i))) {
        problem(`namespace prefix "${name.slice(0, i)}" is not declared (${describe(node)})`);
      }
    }
    for (const c of node.children) checkPrefixes(c, here);
  };
  checkPrefixes(app, new Set(['xml']));

  // Id, Version.
  const idNode = child(app, 'Id');
  if (!idNode || !idNode.text) problem('<Id> is missing');
  else {
    report.id = idNode.text;
    if (!GUID.test(idNode.text)) problem(`<Id> "${idNode.text}" is not a GUID`);
  }
  const version = child(app, 'Version')?.text;
  if (!version || !/^\d+(\.\d+){0,3}$/.test(version)) {
    problem(`<Version> "${version ?? ''}" must be up to four numbers joined by dots`);
  }

  // Requirements: this add-in declares ExcelApi.
  const sets = child(child(app, 'Requirements'), 'Sets');
  if (!sets?.children.some((s) => s.local === 'Set' && s.attrs.Name === 'ExcelApi')) {
    problem('<Requirements><Sets> does not declare the ExcelApi requirement set');
  }

  // Resources.
  const resources = new Map<string, Resource>();
  const overrides = child(app, 'VersionOverrides');
  const resNode = child(overrides, 'Resources');
  const groups: [string, ResKind][] = [
    ['Images', 'Image'],
    ['Urls', 'Url'],
    ['ShortStrings', 'ShortString'],
    ['LongStrings', 'LongString'],
  ];
  for (const [group, kind] of groups) {
    for (const r of child(resNode, group)?.children ?? []) {
      const id = r.attrs.id;
      if (id === undefined) {
        problem(`${KIND_NAME[kind]} without an id`);
        continue;
      }
      if (id.length > MAX_RESID) {
        problem(`resource id "${id}" is ${id.length} characters (at most ${MAX_RESID})`);
      }
      if (resources.has(id)) problem(`resource id "${id}" is defined more than once`);
      const values = [r.attrs.DefaultValue, ...r.children.map((o) => o.attrs.Value)].filter(
        (v): v is string => v !== undefined,
      );
      if (r.attrs.DefaultValue === undefined)
        problem(`${KIND_NAME[kind]} "${id}" has no DefaultValue`);
      const max =
        kind === 'ShortString' ? MAX_SHORT_STRING : kind === 'LongString' ? MAX_LONG_STRING : 0;
      for (const v of values) {
        if (max && v.length > max) {
          problem(`${KIND_NAME[kind]} "${id}" is ${v.length} characters (at most ${max})`);
        }
        if ((kind === 'Image' || kind === 'Url') && !ABSOLUTE_URL.test(v)) {
          problem(`${KIND_NAME[kind]} "${id}" is not an absolute URL: "${v}"`);
        }
      }
      resources.set(id, { id, kind, values });
    }
  }

  // Every resid resolves, to the right kind; image sizes named by <Icon> references.
  const imageSizes = new Map<string, Set<number>>();
  for (const node of walk(app)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > MAX_RESID) {
      problem(`resid "${resid}" is ${resid.length} characters (at most ${MAX_RESID})`);
    }
    const res = resources.get(resid);
    if (!res) {
      problem(
        `resid "${resid}" (${describe(node)}) does not resolve to a bt:Image, bt:Url, bt:ShortString or bt:LongString`,
      );
      continue;
    }
    const want = RESID_KIND[node.local];
    if (want && res.kind !== want) {
      problem(
        `resid "${resid}" is a ${KIND_NAME[res.kind]}, but <${node.name}> needs a ${KIND_NAME[want]}`,
      );
    }
    if (node.local === 'Image' && node.attrs.size !== undefined) {
      const sizes = imageSizes.get(resid) ?? new Set<number>();
      sizes.add(Number(node.attrs.size));
      imageSizes.set(resid, sizes);
    }
  }
  for (const node of walk(app)) {
    if (node.local !== 'Icon' || xsiType(node) === 'MobileIconList') continue;
    const sizes = new Set(node.children.map((i) => Number(i.attrs.size)));
    const missing = REQUIRED_ICON_SIZES.filter((s) => !sizes.has(s));
    if (missing.length) {
      const owner = node.parent ? describe(node.parent) : '<Icon>';
      problem(`<Icon> of ${owner} lacks the ${missing.join(', ')} px image(s) Office requires`);
    }
  }

  // Unique ids of tabs, groups and controls.
  const uiIds = new Map<string, number>();
  for (const node of walk(app)) {
    if (['CustomTab', 'Group', 'Control'].includes(node.local) && node.attrs.id !== undefined) {
      uiIds.set(node.attrs.id, (uiIds.get(node.attrs.id) ?? 0) + 1);
    }
  }
  for (const [id, n] of uiIds)
    if (n > 1) problem(`id "${id}" is used by ${n} tabs/groups/controls`);

  // URLs: HTTPS, localhost only in a dev manifest.
  for (const node of walk(app)) {
    const values: [string, string][] = Object.entries(node.attrs).filter(
      ([k]) => !k.startsWith('xmlns') && !k.startsWith('xsi:'),
    );
    if (node.text) values.push(['text', node.text]);
    for (const [attr, raw] of values) {
      const v = raw.trim();
      const mustBeUrl = URL_ELEMENTS.has(node.local) && attr === 'DefaultValue';
      if (!ABSOLUTE_URL.test(v)) {
        if (mustBeUrl) problem(`${describe(node)} is not an absolute URL: "${v}"`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        problem(`invalid URL in ${describe(node)}: ${v}`);
        continue;
      }
      if (url.protocol !== 'https:') problem(`URL is not HTTPS (${describe(node)}): ${v}`);
      else if (LOCAL_HOSTS.has(url.hostname) && !dev) {
        problem(`localhost URL in a production manifest (${describe(node)}): ${v}`);
      }
    }
  }

  // ExecuteFunction names are associated in src/commands/*.ts; there is a FunctionFile.
  const associated = associatedFunctions(commandsDir);
  const commandsRel = path.relative(root, commandsDir) || '.';
  for (const node of walk(app)) {
    if (node.local !== 'Action' || xsiType(node) !== 'ExecuteFunction') continue;
    const name = child(node, 'FunctionName')?.text;
    if (!name) {
      problem(`ExecuteFunction action without a <FunctionName> (${describe(node.parent ?? node)})`);
      continue;
    }
    if (!associated.has(name)) {
      problem(
        `ExecuteFunction "${name}" is not registered with Office.actions.associate("${name}", …) in ${commandsRel}/*.ts`,
      );
    }
    let form: XNode | undefined = node.parent;
    while (form && form.local !== 'DesktopFormFactor' && form.local !== 'MobileFormFactor')
      form = form.parent;
    if (form && !child(form, 'FunctionFile')) {
      problem(`ExecuteFunction "${name}" is used but <${form.name}> has no <FunctionFile>`);
    }
  }

  // Icons exist in assets/ at their pixel size.
  const icons: { url: string; size: number | undefined; what: string }[] = [];
  for (const [local, size] of Object.entries(TOP_ICONS)) {
    const url = child(app, local)?.attrs.DefaultValue;
    if (url) icons.push({ url, size, what: `<${local}>` });
  }
  for (const res of resources.values()) {
    if (res.kind !== 'Image') continue;
    const sizes = new Set(imageSizes.get(res.id) ?? []);
    const fromId = sizeFromId(res.id);
    if (fromId !== undefined) sizes.add(fromId);
    if (sizes.size > 1) {
      problem(
        `bt:Image "${res.id}" is used as ${[...sizes].join(' and ')} px (its id or <Icon> size attributes disagree)`,
      );
    }
    const size = sizes.size === 1 ? [...sizes][0] : undefined;
    for (const url of res.values) icons.push({ url, size, what: `bt:Image "${res.id}"` });
  }
  for (const { url, size, what } of icons) {
    let name: string;
    try {
      name = path.posix.basename(new URL(url).pathname);
    } catch {
      continue; // reported above
    }
    const local = path.join(assetsDir, name);
    const rel = path.relative(root, local);
    if (!name || !fs.existsSync(local)) {
      problem(`icon file missing: ${rel} (${what}, ${url})`);
      continue;
    }
    let dims: { width?: number; height?: number };
    try {
      dims = imageSize(fs.readFileSync(local));
    } catch (e) {
      problem(`icon file ${rel} is not an image (${what}): ${(e as Error).message}`);
      continue;
    }
    if (size !== undefined && (dims.width !== size || dims.height !== size)) {
      problem(`icon ${rel} is ${dims.width}×${dims.height} px, expected ${size}×${size} (${what})`);
    }
  }

  return report;
}

/** Checks one manifest file. */
export function checkManifest(file: string, opts: CheckOptions = {}): ManifestReport {
  let xml: string;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, problems: [`cannot read: ${(e as Error).message}`] };
  }
  return checkManifestXml(xml, file, opts);
}

/** Checks several manifests, and that no two of them share an Id. */
export function checkManifests(files: string[], opts: CheckOptions = {}): ManifestReport[] {
  const reports = files.map((f) => checkManifest(f, opts));
  const byId = new Map<string, ManifestReport>();
  for (const r of reports) {
    if (!r.id) continue;
    const key = r.id.toLowerCase();
    const first = byId.get(key);
    if (first)
      r.problems.push(`<Id> ${r.id} is the same as in ${first.file}; each manifest needs its own`);
    else byId.set(key, r);
  }
  return reports;
}

function main(argv: string[]): number {
  const files = argv.length ? argv : DEFAULT_MANIFESTS.map((f) => path.join(ROOT, f));
  const reports = checkManifests(files);
  let count = 0;
  for (const r of reports) {
    const name = path.relative(process.cwd(), r.file) || r.file;
    if (r.problems.length === 0) console.log(`ok   ${name}`);
    for (const p of r.problems) console.error(`FAIL ${name}: ${p}`);
    count += r.problems.length;
  }
  if (count) console.error(`${count} problem(s) found.`);
  return count ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
