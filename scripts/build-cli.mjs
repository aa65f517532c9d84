// Builds the compiled `capaian` command: src/cli/bin.ts (and the batch review's worker thread)
// bundled by esbuild, with exceljs and docx, into build/cli/*.mjs. ES modules with code
// splitting, so that `capaian --help` loads only the small first file and the work (exceljs,
// docx) is a chunk loaded when a workbook is opened. Run by `npm ci` (the `prepare` script),
// `npm run build:cli` and the tests' global set-up; bin/capaian.js runs the result.
import { build } from 'esbuild';
import { existsSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = path.join(root, 'build', 'cli');
/** What went into which file (esbuild's metafile): the tests check what `--help` loads. */
export const CLI_META = path.join(root, 'build', 'cli-meta.json');

// An ES module has no require, __filename or __dirname; the bundled CommonJS libraries use them.
const BANNER = [
  "import { createRequire as __cjsRequire } from 'module';",
  "import { fileURLToPath as __toPath } from 'url';",
  "import { dirname as __dirOf } from 'path';",
  'const require = __cjsRequire(import.meta.url);',
  'const __filename = __toPath(import.meta.url);',
  'const __dirname = __dirOf(__filename);',
].join('\n');

export async function buildCli({ quiet = false } = {}) {
  const entryPoints = { capaian: path.join(root, 'src/cli/bin.ts') };
  const worker = path.join(root, 'src/cli/batch-worker.ts');
  if (existsSync(worker)) entryPoints['batch-worker'] = worker;
  // Chunk names carry a hash: without this, chunks of earlier builds would pile up.
  rmSync(CLI_OUT, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir: CLI_OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    banner: { js: BANNER },
    define: { CAPAIAN_BUNDLED: 'true' },
    // numfmt 4.0.1's package.json names files it does not ship (see tsconfig.json `paths`).
    alias: { numfmt: path.join(root, 'node_modules/numfmt/dist/index.js') },
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  });
  writeFileSync(CLI_META, JSON.stringify(result.metafile));
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  await buildCli();
  console.log(`build/cli/: perintah capaian dikompilasi (${Date.now() - t0} ms).`);
}
