/**
 * The browser preview's sample workbooks, converted at build time: each assets/*.xlsx read with
 * the xlsx host (values, merges, fills and fonts) into the JSON the preview page fetches from its
 * own origin — so the page needs no exceljs. webpack.config.js emits them under
 * `preview/samples/`; `npx tsx scripts/preview-samples.ts OUT_DIR` writes them by hand.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { loadWorkbook, readFileBytes, toGrid } from '../src/hosts/xlsx';
import type { WorkbookGrid } from '../src/workbook/grid';
import type { CellStyle } from '../src/workbook/plan';

export interface PreviewSampleInfo {
  id: string;
  title: string;
}

/** The JSON of one sample: the grid and the styles map as entries. */
export interface PreviewSampleJson extends PreviewSampleInfo {
  grid: WorkbookGrid;
  styles: [string, CellStyle][];
}

/** The sample the preview opens first (the one the browser test checks). */
export const DEFAULT_SAMPLE = 'ambulu-2024';

function titleOf(id: string): string {
  const m = id.match(/^(.*?)-(\d{4})$/);
  const name = (m ? m[1] : id).replace(/-/g, ' ').replace(/\b\w/g, (ch) => ch.toUpperCase());
  return m ? `Kecamatan ${name} ${m[2]}` : name;
}

export async function sampleJson(file: string): Promise<PreviewSampleJson> {
  const id = path.basename(file, '.xlsx');
  const wb = await loadWorkbook(await readFileBytes(file), path.basename(file));
  const { grid, styles } = toGrid(wb, { styles: true });
  return { id, title: titleOf(id), grid, styles: [...styles] };
}

/** Every sample of a folder: file name → JSON text, plus `index.json` (default sample first). */
export async function previewSamples(assetsDir: string): Promise<Map<string, string>> {
  const files = (await fs.readdir(assetsDir)).filter((f) => f.endsWith('.xlsx')).sort();
  const out = new Map<string, string>();
  const index: PreviewSampleInfo[] = [];
  for (const f of files) {
    const s = await sampleJson(path.join(assetsDir, f));
    out.set(`${s.id}.json`, JSON.stringify(s));
    index.push({ id: s.id, title: s.title });
  }
  index.sort((a, b) => Number(b.id === DEFAULT_SAMPLE) - Number(a.id === DEFAULT_SAMPLE));
  out.set('index.json', JSON.stringify(index));
  return out;
}

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? path.join(__dirname, '..', 'dist', 'preview', 'samples');
  await fs.mkdir(outDir, { recursive: true });
  for (const [name, text] of await previewSamples(path.join(__dirname, '..', 'assets')))
    await fs.writeFile(path.join(outDir, name), text);
  console.log(`Contoh untuk pratinjau ditulis ke ${outDir}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
