/**
 * The compiled command (issue 15 item 1): build/cli/ made by scripts/build-cli.mjs runs the same
 * program as the sources, help and argument errors load neither exceljs nor docx, and the folder
 * runs on its own, without node_modules.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../helpers/cli';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'capaian.js');
const ambulu = path.join(root, 'assets', 'ambulu-2024.xlsx');

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: object }>;
}

/** What esbuild put into which file, written beside build/cli/ by the tests' global set-up. */
function metafile(): Metafile {
  return JSON.parse(readFileSync(path.join(root, 'build', 'cli-meta.json'), 'utf8')) as Metafile;
}

/** Every source file the entry loads before anything is imported on demand. */
function loadedAtStart(meta: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of meta.outputs[out].imports)
      if (i.kind === 'import-statement' && meta.outputs[i.path]) todo.push(i.path);
  }
  return [...seen].flatMap((o) => Object.keys(meta.outputs[o].inputs));
}

function runNode(args: string[], cwd = root) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
}

test('help and argument errors load neither exceljs nor docx: those are in a chunk loaded on demand', () => {
  const meta = metafile();
  const start = loadedAtStart(meta, 'build/cli/capaian.mjs');
  expect(start.some((f) => f.includes('src/cli/args.ts'))).toBe(true);
  expect(start.filter((f) => /node_modules\/(exceljs|docx|jszip)\//.test(f))).toEqual([]);
  const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
  expect(all.some((f) => f.includes('node_modules/exceljs/'))).toBe(true);
  expect(all.some((f) => f.includes('node_modules/docx/'))).toBe(true);
});

test('the compiled command prints what the sources print, and exits the same', async () => {
  for (const args of [
    ['check', ambulu],
    ['check', ambulu, '--json'],
    ['--help'],
    ['periksa', ambulu],
  ]) {
    const mine = await cli(args);
    const r = runNode([bin, ...args]);
    expect({ code: r.status, out: r.stdout, err: r.stderr }).toEqual(mine);
  }
});

test('an argument error names the problem in Indonesian and exits 2', () => {
  const r = runNode([bin, 'compute', ambulu]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('Sebutkan berkas hasil dengan -o HASIL.xlsx');
  const u = runNode([bin, 'check', ambulu, '--warna']);
  expect(u.status).toBe(2);
  expect(u.stderr).toContain('Pilihan tidak dikenal: --warna');
  const r2 = runNode([bin, 'check', ambulu, '--rekap']);
  expect(r2.status).toBe(2);
  expect(r2.stderr).toContain('Berkas rekap harus berakhiran .xlsx (diberikan: tidak ada)');
});

test('build/cli/ runs on its own, copied away from node_modules', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capaian-cli-'));
  cpSync(path.join(root, 'build', 'cli'), dir, { recursive: true });
  const r = runNode([path.join(dir, 'capaian.mjs'), 'check', ambulu, '--json'], dir);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { pk: { indikator: { capaian: number | null }[] }[] };
  // Ambulu 2024 (A612): Nilai SAKIP OPD, target 82, realisasi 84,27 → 84,27/82×100.
  const sakip = json.pk.flatMap((p) => p.indikator).map((i) => i.capaian);
  expect(sakip).toContainEqual(expect.closeTo((84.27 / 82) * 100, 9));
});
