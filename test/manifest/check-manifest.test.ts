/**
 * The offline manifest checker (scripts/check-manifest.ts) and the production URL rewrite
 * (scripts/manifest-url.ts): the real manifests pass, and broken copies fail with the right message.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PNG } from 'pngjs';
import {
  associatedFunctions,
  checkManifest,
  checkManifests,
  CheckOptions,
} from '../../scripts/check-manifest';
import {
  normalizeBaseUrl,
  PLACEHOLDER_BASE,
  rewriteManifest,
  writeDistManifest,
} from '../../scripts/manifest-url';

const root = path.join(__dirname, '..', '..');
const prodFile = path.join(root, 'manifest.xml');
const devFile = path.join(root, 'manifest.dev.xml');
const prod = fs.readFileSync(prodFile, 'utf8');
const dev = fs.readFileSync(devFile, 'utf8');

let tmp: string;
/**
 * Broken copies are checked against this stand-in src/commands that associates the four names,
 * so that each test sees only the fault it plants; the real src/commands is checked above.
 */
let commandsDir: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-manifest-'));
  commandsDir = path.join(tmp, 'commands-ok');
  fs.mkdirSync(commandsDir);
  fs.writeFileSync(
    path.join(commandsDir, 'commands.ts'),
    ['validasi', 'hitung', 'buatLaporan', 'hapusWarna']
      .map((name) => `Office.actions.associate('${name}', done);\n`)
      .join(''),
  );
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Problems of a copy of manifest.xml changed by `edit` (which must change something). */
function problemsOf(
  name: string,
  edit: (xml: string) => string,
  opts: CheckOptions = {},
): string[] {
  const xml = edit(prod);
  expect(xml).not.toBe(prod);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, xml);
  return checkManifest(file, { root, commandsDir, ...opts }).problems;
}

const replace = (from: string | RegExp, to: string) => (xml: string) => xml.replace(from, to);
const replaceAll = (from: string, to: string) => (xml: string) => xml.split(from).join(to);

describe('the real manifests', () => {
  test('manifest.xml and manifest.dev.xml pass every check', () => {
    const reports = checkManifests([prodFile, devFile]);
    expect(reports.map((r) => [path.basename(r.file), r.problems])).toEqual([
      ['manifest.xml', []],
      ['manifest.dev.xml', []],
    ]);
    expect(reports[0].id).not.toEqual(reports[1].id);
  });

  test('the dev manifest is the production one on https://localhost:3000/ with its own Id and name', () => {
    const strip = (xml: string) =>
      xml
        .replace(/<!--[\s\S]*?-->\s*/g, '')
        .replace(/<Id>[^<]*<\/Id>/, '<Id/>')
        .replace(/<DisplayName DefaultValue="[^"]*"/, '<DisplayName');
    expect(strip(dev)).toBe(strip(rewriteManifest(prod, 'https://localhost:3000/')));
    expect(dev).toContain('<DisplayName DefaultValue="Capaian Kinerja (Dev)" />');
    expect(dev).not.toContain(PLACEHOLDER_BASE);
  });

  test('declares ExcelApi 1.1, ReadWriteDocument, id-ID and the five ribbon buttons', () => {
    expect(prod).toMatch(
      /<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.1" \/>\s*<\/Sets>/,
    );
    expect(prod).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(prod).toContain('<DefaultLocale>id-ID</DefaultLocale>');
    const functions = [...prod.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions).toEqual(['validasi', 'hitung', 'buatLaporan', 'hapusWarna']);
    for (const label of [
      'Validasi',
      'Hitung &amp; Warnai',
      'Buat Laporan',
      'Hapus Warna',
      'Panel',
    ]) {
      expect(prod).toContain(`DefaultValue="${label}"`);
    }
    expect(prod).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?resid="Taskpane.Url"/);
  });

  test('src/commands associates every function the manifest names', () => {
    expect([...associatedFunctions(path.join(root, 'src', 'commands'))]).toEqual(
      expect.arrayContaining(['validasi', 'hitung', 'buatLaporan', 'hapusWarna']),
    );
  });
});

describe('broken copies fail with the right message', () => {
  test('malformed XML', () => {
    const problems = problemsOf('malformed.xml', replace('</bt:Images>', ''));
    expect(problems).toEqual([
      expect.stringMatching(/^not well-formed XML: .*\(line \d+, column \d+\)$/),
    ]);
  });

  test('two root elements', () => {
    const problems = problemsOf('two-roots.xml', (xml) => `${xml}\n<OfficeApp/>\n`);
    expect(problems).toEqual([
      expect.stringMatching(/not well-formed XML: expected one root element/),
    ]);
  });

  test('undeclared namespace prefix', () => {
    const problems = problemsOf('no-bt.xml', replace(/\s+xmlns:bt="[^"]*"/, ''));
    expect(problems).toContainEqual(expect.stringMatching(/namespace prefix "bt" is not declared/));
  });

  test('an Id that is not a GUID', () => {
    const problems = problemsOf('id.xml', replace(/<Id>[^<]*<\/Id>/, '<Id>capaian-kinerja</Id>'));
    expect(problems).toEqual(['<Id> "capaian-kinerja" is not a GUID']);
  });

  test('two manifests with the same Id', () => {
    const file = path.join(tmp, 'same-id.dev.xml');
    const id = /<Id>([^<]*)<\/Id>/.exec(prod)![1];
    fs.writeFileSync(file, dev.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`));
    const [first, second] = checkManifests([prodFile, file], { root, commandsDir });
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([
      `<Id> ${id} is the same as in ${prodFile}; each manifest needs its own`,
    ]);
  });

  test('a resid that resolves to nothing', () => {
    const problems = problemsOf(
      'resid.xml',
      replace('<Description resid="Validasi.Tip" />', '<Description resid="Validasi.Tooltip" />'),
    );
    expect(problems).toEqual([
      'resid "Validasi.Tooltip" (<Description resid="Validasi.Tooltip">) does not resolve to a bt:Image, bt:Url, bt:ShortString or bt:LongString',
    ]);
  });

  test('a resid of the wrong kind', () => {
    const problems = problemsOf(
      'kind.xml',
      replace('<Description resid="Validasi.Tip" />', '<Description resid="Validasi.Label" />'),
    );
    expect(problems).toEqual([
      'resid "Validasi.Label" is a bt:ShortString, but <Description> needs a bt:LongString',
    ]);
  });

  test('a 33-character resource id', () => {
    const long = 'CapaianKinerja.Validasi.LabelText';
    expect(long).toHaveLength(33);
    const problems = problemsOf('long-id.xml', replaceAll('"Validasi.Label"', `"${long}"`));
    expect(problems).toContainEqual(`resource id "${long}" is 33 characters (at most 32)`);
    expect(problems).toContainEqual(`resid "${long}" is 33 characters (at most 32)`);
  });

  test('a duplicated resource id', () => {
    const problems = problemsOf(
      'dup.xml',
      replace('<bt:String id="Panel.Title"', '<bt:String id="Panel.Label"'),
    );
    expect(problems).toContainEqual('resource id "Panel.Label" is defined more than once');
  });

  test('an http:// URL', () => {
    const problems = problemsOf(
      'http.xml',
      replaceAll(
        `${PLACEHOLDER_BASE}commands.html`,
        'http://capaian-kinerja.example.id/commands.html',
      ),
    );
    expect(problems).toEqual([
      'URL is not HTTPS (<bt:Url id="Commands.Url">): http://capaian-kinerja.example.id/commands.html',
    ]);
  });

  test('localhost only in the dev manifest', () => {
    const toLocal = replaceAll(PLACEHOLDER_BASE, 'https://localhost:3000/');
    const problems = problemsOf('local.xml', toLocal);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(
      problems.map(() => expect.stringMatching(/^localhost URL in a production manifest/)),
    );
    expect(problemsOf('local.dev.xml', toLocal)).toEqual([]);
    expect(problemsOf('local-dev-flag.xml', toLocal, { dev: true })).toEqual([]);
  });

  test('a relative URL where an absolute one is needed', () => {
    const problems = problemsOf(
      'relative.xml',
      replace(
        `<SourceLocation DefaultValue="${PLACEHOLDER_BASE}taskpane.html" />`,
        '<SourceLocation DefaultValue="taskpane.html" />',
      ),
    );
    expect(problems).toEqual(['<SourceLocation> is not an absolute URL: "taskpane.html"']);
  });

  test('an ExecuteFunction name that is not associated', () => {
    const problems = problemsOf(
      'function.xml',
      replace(
        '<FunctionName>hapusWarna</FunctionName>',
        '<FunctionName>hapusSemuaWarna</FunctionName>',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^ExecuteFunction "hapusSemuaWarna" is not registered with Office\.actions\.associate\("hapusSemuaWarna", …\) in .*commands-ok\/\*\.ts$/,
      ),
    ]);
  });

  test('associations are read from the source, and commented-out ones do not count', () => {
    const dir = path.join(tmp, 'commands');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'commands.ts'),
      [
        "Office.actions.associate('validasi', f);",
        'Office.actions.associate(\n  "hitung",\n  f,\n);',
        'Office.actions.associate(`buatLaporan`, f);',
        "// Office.actions.associate('hapusWarna', f);",
        "/* Office.actions.associate('hapusWarna', f); */",
      ].join('\n'),
    );
    expect([...associatedFunctions(dir)].sort()).toEqual(['buatLaporan', 'hitung', 'validasi']);
    const problems = checkManifest(prodFile, { root, commandsDir: dir }).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /^ExecuteFunction "hapusWarna" is not registered with Office\.actions\.associate/,
      ),
    ]);
  });

  test('an icon of the wrong size', () => {
    const problems = problemsOf(
      'size.xml',
      replace('assets/validasi-16.png', 'assets/validasi-32.png'),
    );
    expect(problems).toEqual([
      `icon ${path.join('assets', 'validasi-32.png')} is 32×32 px, expected 16×16 (bt:Image "Validasi.16")`,
    ]);
  });

  test('an icon file replaced by one of another size', () => {
    const assets = path.join(tmp, 'assets');
    fs.mkdirSync(assets, { recursive: true });
    for (const f of fs.readdirSync(path.join(root, 'assets')).filter((n) => n.endsWith('.png'))) {
      fs.copyFileSync(path.join(root, 'assets', f), path.join(assets, f));
    }
    fs.writeFileSync(
      path.join(assets, 'panel-80.png'),
      PNG.sync.write(new PNG({ width: 64, height: 64 })),
    );
    const problems = checkManifest(prodFile, { root, commandsDir, assetsDir: assets }).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /^icon .*panel-80\.png is 64×64 px, expected 80×80 \(bt:Image "Panel\.80"\)$/,
      ),
    ]);
  });

  test('the add-in icon must be 32 px and the high-resolution one 64 px', () => {
    const problems = problemsOf(
      'top-icon.xml',
      replace(
        '<IconUrl DefaultValue="https://capaian-kinerja.example.id/assets/icon-32.png" />',
        '<IconUrl DefaultValue="https://capaian-kinerja.example.id/assets/icon-80.png" />',
      ),
    );
    expect(problems).toEqual([
      `icon ${path.join('assets', 'icon-80.png')} is 80×80 px, expected 32×32 (<IconUrl>)`,
    ]);
  });

  test('a missing icon file', () => {
    const problems = problemsOf(
      'missing.xml',
      replace('assets/laporan-64.png', 'assets/laporan-tahunan-64.png'),
    );
    expect(problems).toEqual([
      `icon file missing: ${path.join('assets', 'laporan-tahunan-64.png')} (bt:Image "Laporan.64", ${PLACEHOLDER_BASE}assets/laporan-tahunan-64.png)`,
    ]);
  });

  test('an Icon without the 80 px image Office requires', () => {
    const problems = problemsOf(
      'no-80.xml',
      replace('<bt:Image size="80" resid="Panel.80" />', ''),
    );
    expect(problems).toEqual([
      '<Icon> of <Control id="CapaianKinerja.Panel"> lacks the 80 px image(s) Office requires',
    ]);
  });

  test('a file that cannot be read', () => {
    const report = checkManifest(path.join(tmp, 'nope.xml'), { root });
    expect(report.problems).toEqual([expect.stringMatching(/^cannot read: /)]);
  });
});

describe('production URL rewrite', () => {
  test('normalizes the base URL', () => {
    expect(normalizeBaseUrl('https://Example.go.id/capaian')).toBe(
      'https://example.go.id/capaian/',
    );
    expect(normalizeBaseUrl(' https://example.go.id ')).toBe('https://example.go.id/');
    expect(() => normalizeBaseUrl('http://example.go.id/')).toThrow(/https/);
    expect(() => normalizeBaseUrl('example.go.id')).toThrow(/absolute URL/);
    expect(() => normalizeBaseUrl('https://example.go.id/?a=1')).toThrow(/query/);
  });

  test('rewrites every placeholder URL and nothing else', () => {
    const out = rewriteManifest(prod, 'https://kinerja.jemberkab.go.id/addin');
    expect(out).not.toContain(PLACEHOLDER_BASE);
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(count(out, 'https://kinerja.jemberkab.go.id/addin/')).toBe(
      count(prod, PLACEHOLDER_BASE),
    );
    expect(out.split('https://kinerja.jemberkab.go.id/addin/').join(PLACEHOLDER_BASE)).toBe(prod);
  });

  test('keeps the manifest when the base is the placeholder, refuses one without placeholders', () => {
    expect(rewriteManifest(prod, PLACEHOLDER_BASE)).toBe(prod);
    expect(() => rewriteManifest(dev, 'https://example.go.id/')).toThrow(
      /no https:\/\/capaian-kinerja/,
    );
  });

  test('writes dist/manifest.xml that passes the checks', () => {
    const out = path.join(tmp, 'dist', 'manifest.xml');
    const result = writeDistManifest(prodFile, out, 'https://example.go.id/capaian', {
      commandsDir,
    });
    expect(result).toEqual({ output: out, base: 'https://example.go.id/capaian/', problems: [] });
    expect(fs.readFileSync(out, 'utf8')).toContain(
      '<SourceLocation DefaultValue="https://example.go.id/capaian/taskpane.html" />',
    );
    expect(writeDistManifest(prodFile, out, undefined, { commandsDir }).base).toBe(
      PLACEHOLDER_BASE,
    );
    expect(
      writeDistManifest(prodFile, out, 'https://localhost:3000/', { commandsDir }).problems,
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^localhost URL in a production manifest/)]),
    );
  });
});
