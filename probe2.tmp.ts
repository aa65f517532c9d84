import { loadWorkbook, readFileBytes, toGrid } from './src/hosts/xlsx';
import { analyze } from './src/workbook/analyze';
import { buildPlan } from './src/workbook/plan';
import os from 'os'; import path from 'path';
(async () => {
  const n = Number(process.env.N ?? 1000);
  const file = path.join(os.tmpdir(), `gen-${n}.xlsx`);
  const wb = await loadWorkbook(await readFileBytes(file), 'gen');
  const read = toGrid(wb, { styles: true });
  let t = Date.now();
  const a = analyze(read.grid);
  console.log('analyze', Date.now() - t); t = Date.now();
  const p = buildPlan(read.grid, a.results, a.findings, read.styles);
  console.log('plan', Date.now() - t, p.writes.length);
  const codes: Record<string, number> = {}; for (const f of a.findings) codes[f.code] = (codes[f.code] ?? 0) + 1; console.log(codes);
})();
