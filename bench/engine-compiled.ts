/**
 * Row 1 again, on the engine as it ships: `computePk` on the same 100 000 generated indicators,
 * compiled by esbuild into one file (as scripts/build-cli.mjs builds build/cli) and run in a
 * fresh process. Row 1 itself runs the engine through tsx, which compiles every source file to
 * its own CommonJS module: there each call to an imported function (`roundHalfUp`, `hasNumber`,
 * `numberOf`, … some thirty per indicator) goes through two export getters, a cost that neither
 * the bundled command nor the Excel add-in pays. Both rows are printed; neither is asserted.
 *
 * This file is both halves: `benchEngineCompiled` (in the benchmark) bundles this very file and
 * runs the bundle, which measures (`require.main === module`) and prints its figures as JSON.
 */
import { computePk } from '../src/engine/compute';
import { FindingList } from '../src/engine/findings';
import { DEFAULT_SETTINGS } from '../src/engine/model';
import { runCompiled } from './compiled';
import { generatePk } from './gen-pk';
import { cpuNow, measure } from './timing';

export interface EngineCompiledResult {
  /** Median CPU time of computePk (ms), and every run. */
  median: number;
  runs: number[];
  indicators: number;
}

/** Bundle this file with esbuild and run it: the compiled engine's figures. */
export function benchEngineCompiled(
  indicators: number,
  runs: number,
): Promise<EngineCompiledResult> {
  return runCompiled(__filename, 'engine-compiled', [String(indicators), String(runs)]);
}

/** In the bundle: the same input, warm-up and runs as benchEngine in bench/run.ts. */
async function measureHere(indicators: number, runs: number): Promise<EngineCompiledResult> {
  const pk = generatePk({ indicators, perSasaran: 100, programs: 20 }).pk;
  const small = generatePk({ indicators: 10_000, perSasaran: 100, programs: 20, seed: 7 }).pk;
  computePk(small, DEFAULT_SETTINGS, new FindingList());
  const eng = await measure(() => computePk(pk, DEFAULT_SETTINGS, new FindingList()), runs, 0, {
    clock: cpuNow,
  });
  return { median: eng.median, runs: eng.runs, indicators: eng.last.indikator.length };
}

if (require.main === module) {
  const [indicators, runs] = process.argv.slice(2).map(Number);
  measureHere(indicators, runs)
    .then((r) => process.stdout.write(JSON.stringify(r)))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
