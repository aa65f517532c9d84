import * as text from './src/engine/text';
const orig = text.normaliseName; const cache = new Map<string,string>();
(text as unknown as Record<string, unknown>).normaliseName = (s: string) => { let v = cache.get(s); if (v === undefined) { v = orig(s); cache.set(s, v); } return v; };
import { loadWorkbook, readFileBytes, toGrid } from './src/hosts/xlsx';
import { analyze } from './src/workbook/analyze';
(async () => {
  const n = Number(process.env.N ?? 1000);
  const wb = await loadWorkbook(await readFileBytes(`/tmp/gen-${n}.xlsx`), 'gen');
  const read = toGrid(wb, { styles: true });
  let t = Date.now();
  analyze(read.grid);
  console.log('analyze', Date.now() - t);
})();
