/**
 * Nothing shipped parses above the oldest engine we support (issue 13, item 10; spec
 * ARCHITECTURE.md "Real Excel, which we cannot run here"). Before, Fluent UI's tabster put
 * ES2022 class static blocks into taskpane.js and preview.js: a syntax error, and a blank pane,
 * in the Safari 14.1/15 WKWebView of an older Mac.
 *
 * - the built dist/ (built here when missing or older than the sources, as the browser tests do):
 *   every script taskpane.html, commands.html and preview.html load, and every other .js there,
 *   parses at `OLDEST_ENGINE.ecmaVersion` (webpack.config.js), the guards at ES5;
 * - the checker itself fails on what it must catch (a static block, a later built-in, a
 *   non-ES5 guard), so that a passing build says something;
 * - the declared engine is the one docs/ARCHITECTURE.md states and esbuild targets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ensureDist } from '../../scripts/preview';
import {
  arrayFindLastCalls,
  checkDist,
  checkFiles,
  DIST,
  inlineScripts,
  oldestEngine,
  pageScripts,
} from '../../scripts/check-es-level';

// A build of dist/ may be needed first (about two minutes on a busy machine).
jest.setTimeout(600000);

const root = path.join(__dirname, '..', '..');

describe('the declared oldest engine', () => {
  test('es2021 for Safari 14.1 and Chromium 85, in webpack.config.js and the docs', () => {
    const engine = oldestEngine();
    expect(engine.ecmaVersion).toBe('es2021');
    expect(engine.esbuild).toEqual(expect.arrayContaining(['es2021', 'safari14.1']));
    const docs = readFileSync(path.join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
    expect(docs).toContain('## The oldest engine');
    const section = docs.slice(docs.indexOf('## The oldest engine'));
    expect(section).toContain('ES2021');
    expect(section).toContain('Safari 14.1');
  });
});

describe('the level checker catches what it must', () => {
  let dir: string;
  const file = (name: string, code: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, code);
    return f;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'capaian-eslevel-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a class static block (ES2022) fails es2021; logical assignment and WeakRef pass', () => {
    const block = file('block.js', 'class A { static { this.x = 1; } }\n');
    expect(checkFiles([block], 'es2021').length).toBeGreaterThan(0);
    const ok = file('ok.js', 'var a = {}; a.b ??= new WeakRef(a);\n');
    expect(checkFiles([ok], 'es2021')).toEqual([]);
    expect(checkFiles([ok], 'es2020').length).toBeGreaterThan(0);
  });

  test('a later built-in fails (Array.prototype.at, ES2022; findLast, ES2023)', () => {
    expect(checkFiles([file('at.js', 'var x = [1, 2].at(-1);\n')], 'es2021').length).toBe(1);
    const last = file('last.js', 'var y = [1, 2].findLast(function (v) { return v > 1; });\n');
    expect(checkFiles([last], 'es2021').length).toBeGreaterThan(0);
  });

  test("tabster's own findLast({ … }) is not Array.prototype.findLast", () => {
    expect(arrayFindLastCalls('b=u.findLast({container:s,useActiveModalizer:!0})')).toBe(0);
    expect(arrayFindLastCalls('r=a.findLast(e=>e.ok)')).toBe(1);
    expect(arrayFindLastCalls('r=a.findLastIndex(f)')).toBe(1);
  });

  test('a guard must be ES5: `const` fails es5', () => {
    expect(checkFiles([file('guard.js', 'const old = true;\n')], 'es5').length).toBeGreaterThan(0);
    expect(checkFiles([file('guard5.js', 'var old = true;\n')], 'es5')).toEqual([]);
  });

  test("a page's inline scripts, not its JSON data blocks", () => {
    const html =
      '<script src="a.js"></script><script id="x" type="application/json">["a.js"]</script>' +
      '<script>var a = 1;</script><script type="text/javascript">var b = 2;</script>';
    expect(inlineScripts(html)).toEqual(['var a = 1;', 'var b = 2;']);
  });
});

describe('the built dist/', () => {
  beforeAll(() => ensureDist());

  test('the pages load their app scripts from dist/ (office.js comes from the CDN)', () => {
    const scripts = pageScripts(DIST);
    expect(scripts.get('taskpane.html')).toContain('taskpane.js');
    expect(scripts.get('commands.html')).toContain('commands.js');
    expect(scripts.get('preview.html')).toEqual(
      expect.arrayContaining(['preview/start.js', 'preview.js']),
    );
  });

  test('every script parses at the declared engine (the guards at ES5)', () => {
    const { checked, problems } = checkDist(DIST);
    // The pages' scripts, the on-demand chunks and the page's worker are all among them.
    expect(checked).toEqual(
      expect.arrayContaining(['taskpane.js', 'commands.js', 'preview.js', 'preview/worker.js']),
    );
    expect(checked.filter((f) => /\.[0-9a-f]{8}\.js$/.test(f)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
