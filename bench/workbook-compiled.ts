/**
 * Rows 2 and 2b again, on the code as it ships: `capaian check` and `capaian compute` on the
 * same 20 000-row workbook, compiled by esbuild into one file (as scripts/build-cli.mjs builds
 * build/cli) and run in a fresh process, each beside its floor measured in that same process
 * (exceljs reading the file; reading and writing it), interleaved so that drift hits both.
 * Rows 2 and 2b themselves run our code through tsx, whose per-file CommonJS modules put export
 * getters in front of every imported call — a cost exceljs, plain JavaScript, does not pay
 * there, and neither the bundled command nor the add-in pays. Both are printed; neither is
 * asserted.
 *
 * This file is both halves: `benchWorkbookCompiled` (in the benchmark) bundles this very file
 * and runs the bundle, which measures (`require.main === module`) and prints JSON.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { checkFloorOnce, checkOnce } from './check';
import { runCompiled } from './compiled';
import { computeFloorOnce, computeOnce } from './compute';
import { collectGarbage, median } from './timing';

export interface CompiledPair {
  floor: { median: number; runs: number[] };
  ours: { median: number; runs: number[] };
  ratio: number;
}

export interface WorkbookCompiledResult {
  check: CompiledPair;
  compute: CompiledPair;
}

/** Bundle this file with esbuild and run it on `file` (after a warm-up on `warmupFile`). */
export function benchWorkbookCompiled(
  file: string,
  warmupFile: string,
  runs: number,
): Promise<WorkbookCompiledResult> {
  return runCompiled(__filename, 'workbook-compiled', [file, warmupFile, String(runs)]);
}

function pair(floor: number[], ours: number[]): CompiledPair {
  const f = median(floor);
  const o = median(ours);
  return { floor: { median: f, runs: floor }, ours: { median: o, runs: ours }, ratio: o / f };
}

/** In the bundle: the same paths, warm-up and interleaving as rows 2 and 2b. */
async function measureHere(file: string, warmupFile: string, runs: number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-compiled-'));
  try {
    const out = path.join(dir, 'hasil.xlsx');
    await checkFloorOnce(warmupFile);
    await checkOnce(warmupFile);
    await computeFloorOnce(warmupFile);
    await computeOnce(warmupFile, out);
    const t = { checkFloor: [] as number[], check: [] as number[], computeFloor: [] as number[] };
    const compute: number[] = [];
    for (let i = 0; i < runs; i++) {
      collectGarbage();
      t.checkFloor.push(await checkFloorOnce(file));
      collectGarbage();
      t.check.push((await checkOnce(file)).t.total);
      collectGarbage();
      t.computeFloor.push(await computeFloorOnce(file));
      collectGarbage();
      compute.push((await computeOnce(file, out)).ms);
    }
    const result: WorkbookCompiledResult = {
      check: pair(t.checkFloor, t.check),
      compute: pair(t.computeFloor, compute),
    };
    return result;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [file, warmupFile, runs] = process.argv.slice(2);
  measureHere(file, warmupFile, Number(runs))
    .then((r) => process.stdout.write(JSON.stringify(r)))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
