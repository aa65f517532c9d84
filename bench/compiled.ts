/**
 * Run a bench file as the code ships: bundled by esbuild into one CommonJS file (as
 * scripts/build-cli.mjs builds build/cli) and run in a process of its own, which prints its
 * figures as JSON on stdout. The bench files that use it (engine-compiled.ts,
 * workbook-compiled.ts) are both halves: the caller here, and the measuring side under
 * `require.main === module`.
 */
import { execFileSync } from 'child_process';
import path from 'path';

export async function runCompiled<T>(entry: string, name: string, args: string[]): Promise<T> {
  const outfile = path.join(__dirname, 'out', `${name}.cjs`);
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    // The bundler itself stays outside the bundle.
    external: ['esbuild'],
    // numfmt's package.json names a CommonJS file it does not ship (see jest.config.js).
    alias: { numfmt: path.join(__dirname, '..', 'node_modules', 'numfmt', 'dist', 'index.js') },
  });
  const out = execFileSync(process.execPath, [outfile, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as T;
}
