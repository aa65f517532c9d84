/**
 * Every script we ship parses at the oldest engine we support (`OLDEST_ENGINE` in
 * webpack.config.js, docs/ARCHITECTURE.md "The oldest engine"), checked with es-check on the
 * built dist/:
 *
 * - the scripts taskpane.html, commands.html and preview.html load (their `<script src>` from our
 *   own origin and the app scripts their guard loads), and every other dist/**\/*.js (chunks
 *   loaded on demand, the page's worker and its chunks): at the declared edition;
 * - the pages' inline scripts and preview/start.js, which must run in Internet Explorer 11 to
 *   say that it cannot run the pane: at ES5.
 *
 * Each file twice: parsed at that edition (syntax), then es-check's `checkFeatures` (built-ins
 * and syntax of later editions, e.g. `Array.prototype.at`). office.js comes from Microsoft's CDN
 * and is not ours to check.
 *
 *   npx tsx scripts/check-es-level.ts [dist]     # part of `npm run build`; exit 1 on a problem
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runChecks } from 'es-check';
import { initialScripts } from '../bench/pane-size';

const root = path.join(__dirname, '..');
export const DIST = path.join(root, 'dist');
export const PAGES = ['taskpane.html', 'commands.html', 'hasil.html', 'preview.html'];
/** Served as written, no build step: plain ES5 (see webpack.config.js). */
export const ES5_FILES = [
  'preview/start.js',
  // The guards and the result dialog run before anything else, in IE11 and the old Edge too.
  'taskpane-guard.js',
  'commands-guard.js',
  'hasil.js',
];

export interface EngineLevel {
  /** The ECMAScript edition every shipped script must parse at, e.g. es2021. */
  ecmaVersion: string;
  /** esbuild's target list. */
  esbuild: string[];
}

export interface LevelProblem {
  /** The file (relative to dist/), or "page.html (inline script n)". */
  file: string;
  message: string;
}

/** The oldest engine, from the one place it is declared. */
export function oldestEngine(): EngineLevel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, 'webpack.config.js')) as { OLDEST_ENGINE: EngineLevel };
  return config.OLDEST_ENGINE;
}

/** Every .js file under dir, relative to it, with "/" separators. */
export function jsFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...jsFiles(dir, rel));
    else if (/\.[cm]?js$/.test(name)) out.push(rel);
  }
  return out;
}

/** The inline scripts of a page (not JSON data blocks), in order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1].toLowerCase();
    if (type && !/^(text|application)\/(java|ecma)script$|^module$/.test(type)) continue;
    if (m[2].trim()) out.push(m[2]);
  }
  return out;
}

/** The scripts of our own each page loads at start (relative to dist/). */
export function pageScripts(dist = DIST): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const page of PAGES)
    out.set(page, initialScripts(readFileSync(path.join(dist, page), 'utf8')));
  return out;
}

/**
 * Array.prototype.findLast (ES2023, Safari 15.4) is reported by es-check for any call of a method
 * named findLast. Tabster (Fluent UI's focus library) has its own `findLast({ container, … })`;
 * es-check's report is switched off for it and this stricter test takes its place: a findLast or
 * findLastIndex call whose argument is not an object literal is a problem.
 */
export function arrayFindLastCalls(code: string): number {
  return [...code.matchAll(/\.findLast(?:Index)?\(\s*(?!\{)/g)].length;
}

/** es-check on files (absolute paths) at one edition: syntax, then features. */
export function checkFiles(files: string[], ecmaVersion: string, label = (f: string) => f) {
  const problems: LevelProblem[] = [];
  if (files.length === 0) return problems;
  const passes = [
    { ecmaVersion, files, cache: false },
    { ecmaVersion, files, cache: false, checkFeatures: true, ignore: 'ArrayFindLast' },
  ];
  for (const config of passes) {
    const { errors } = runChecks([config], { logger: null });
    for (const e of errors) problems.push({ file: label(e.file), message: String(e.err) });
  }
  for (const f of files)
    if (arrayFindLastCalls(readFileSync(f, 'utf8')) > 0)
      problems.push({
        file: label(f),
        message: `Array.prototype.findLast/findLastIndex (ES2023) is above ${ecmaVersion}`,
      });
  return problems;
}

/** The pages' inline scripts at ES5 (written to a temporary folder for es-check). */
function checkInline(dist: string): LevelProblem[] {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'capaian-inline-'));
  try {
    const names = new Map<string, string>();
    for (const page of PAGES) {
      const scripts = inlineScripts(readFileSync(path.join(dist, page), 'utf8'));
      scripts.forEach((code, i) => {
        const file = path.join(tmp, `${page}.${i + 1}.js`);
        writeFileSync(file, code);
        names.set(file, `${page} (inline script ${i + 1})`);
      });
    }
    return checkFiles([...names.keys()], 'es5', (f) => names.get(path.resolve(f)) ?? f);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Check the built dist/: every script the pages load and every other .js there at the declared
 * edition, the ES5 ones at ES5. A script a page loads that is missing from dist/ is a problem.
 */
export function checkDist(dist = DIST): { checked: string[]; problems: LevelProblem[] } {
  const { ecmaVersion } = oldestEngine();
  const problems: LevelProblem[] = [];
  const all = new Set(jsFiles(dist));
  for (const [page, scripts] of pageScripts(dist))
    for (const s of scripts)
      if (!all.has(s)) problems.push({ file: s, message: `loaded by ${page}, missing from dist/` });
  const es5 = [...all].filter((f) => ES5_FILES.includes(f));
  const rest = [...all].filter((f) => !ES5_FILES.includes(f));
  const abs = (fs: string[]) => fs.map((f) => path.join(dist, f));
  const rel = (f: string) => path.relative(dist, path.resolve(f)).split(path.sep).join('/');
  problems.push(...checkFiles(abs(rest), ecmaVersion, rel));
  problems.push(...checkFiles(abs(es5), 'es5', rel));
  problems.push(...checkInline(dist));
  return { checked: [...all], problems };
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? DIST);
  const { ecmaVersion } = oldestEngine();
  const { checked, problems } = checkDist(dist);
  for (const p of problems) console.error(`${p.file}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`ES-level: ${problems.length} problem(s) above ${ecmaVersion} (or ES5).`);
    process.exitCode = 1;
  } else
    console.log(
      `ES-level: ${checked.length} scripts at ${ecmaVersion} (guards at ES5), all parse.`,
    );
}
