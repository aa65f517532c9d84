/**
 * Issue 13, item 2: the add-in declares no shared runtime (docs/ARCHITECTURE.md, "Ribbon
 * commands: no shared runtime"), so nothing in the function file may need one:
 * `Office.addin.showAsTaskpane` belongs to SharedRuntime 1.1 and works only with a `<Runtimes>`
 * element in the manifest (learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in).
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';

const root = path.join(__dirname, '..', '..');

test.each(['manifest.xml', 'manifest.dev.xml'])('%s declares no shared runtime', (file) => {
  const xml = readFileSync(path.join(root, file), 'utf8');
  expect(xml).not.toMatch(/<Runtimes\b/);
  expect(xml).not.toMatch(/SharedRuntime/);
});

test('the ribbon commands call no SharedRuntime API', () => {
  const dir = path.join(root, 'src', 'commands');
  for (const f of readdirSync(dir).filter((x) => /\.(ts|js)$/.test(x))) {
    const code = readFileSync(path.join(dir, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect({ f, uses: /Office\.addin\.|showAsTaskpane/.test(code) }).toEqual({ f, uses: false });
  }
});
