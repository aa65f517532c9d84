/**
 * `npm run demo`: the main job on the bundled sample workbook — `capaian compute --laporan` on
 * assets/semboro-2025.xlsx (fills, colours and the generated report sheets written under out/),
 * then `capaian report` (the Bab III draft as out/semboro-2025.docx), with the summary printed.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import { run } from '../src/cli/main';

async function main(): Promise<void> {
  const root = path.join(__dirname, '..');
  const input = path.join(root, 'assets', 'semboro-2025.xlsx');
  const outDir = path.join(root, 'out');
  mkdirSync(outDir, { recursive: true });
  const output = path.join(outDir, 'semboro-2025.hasil.xlsx');
  const docx = path.join(outDir, 'semboro-2025.docx');
  const io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) };
  const code = await run(['compute', input, '-o', output, '--laporan'], io);
  if (code === 2) {
    process.exitCode = 2;
    return;
  }
  console.log('\n— Draf laporan (Word) —\n');
  // The summary was printed above: from `report` show only where the draft went.
  const codeReport = await run(['report', input, '-o', docx], {
    out: (s: string) => {
      if (s.includes('Ditulis:')) console.log(s.trim());
    },
    err: io.err,
  });
  console.log(
    `\nContoh selesai.\n` +
      `  ${path.relative(root, output)}: sel yang diisi dan diwarnai, serta lembar laporan "LKjIP …".\n` +
      `  ${path.relative(root, docx)}: draf Bab III dan Bab IV (tabel dan narasi) untuk Word/LibreOffice.`,
  );
  // Findings in the sample are expected (the reports' own mistakes): the demo itself succeeded.
  process.exitCode = codeReport === 2 ? 2 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
