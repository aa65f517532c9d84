/**
 * Builds the sample workbooks in assets/ from the figures of ../shared/reports (one script per
 * report in scripts/samples/). `npm run samples`.
 */
import path from 'path';
import { buildAmbulu2024 } from './samples/ambulu-2024';
import { buildGumukmas2025 } from './samples/gumukmas-2025';
import { buildSemboro2025 } from './samples/semboro-2025';

async function main(): Promise<void> {
  const dir = path.join(__dirname, '..', 'assets');
  await buildSemboro2025(path.join(dir, 'semboro-2025.xlsx'));
  await buildGumukmas2025(path.join(dir, 'gumukmas-2025.xlsx'));
  await buildAmbulu2024(path.join(dir, 'ambulu-2024.xlsx'));
  console.log(`Contoh buku kerja ditulis ke ${dir}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
