/**
 * Production manifest for a real host: rewrites the placeholder base
 * https://capaian-kinerja.example.id/ of manifest.xml to the URL the built files are served from,
 * writes dist/manifest.xml and checks it offline. Run after `npm run build`:
 *
 *   CAPAIAN_URL=https://example.go.id/capaian/ npx tsx scripts/manifest-url.ts
 *   npx tsx scripts/manifest-url.ts [input.xml] [output.xml]   # defaults: manifest.xml dist/manifest.xml
 *
 * Without CAPAIAN_URL the placeholder is kept (and said so).
 */
import fs from 'fs';
import path from 'path';
import { checkManifest, CheckOptions } from './check-manifest';

export const PLACEHOLDER_BASE = 'https://capaian-kinerja.example.id/';

/** An absolute HTTPS base URL ending in "/", or an error saying what is wrong with it. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new Error(`CAPAIAN_URL is not an absolute URL: "${baseUrl}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `CAPAIAN_URL must use https:// (Office loads add-ins only over HTTPS): "${baseUrl}"`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `CAPAIAN_URL must be a plain base URL, without query, fragment or credentials: "${baseUrl}"`,
    );
  }
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replaces every occurrence of the placeholder base in `xml` with `baseUrl`. */
export function rewriteManifest(xml: string, baseUrl: string): string {
  const base = normalizeBaseUrl(baseUrl);
  if (base === PLACEHOLDER_BASE) return xml;
  if (!xml.includes(PLACEHOLDER_BASE)) {
    throw new Error(
      `the manifest has no ${PLACEHOLDER_BASE} URLs to rewrite (is it manifest.xml?)`,
    );
  }
  return xml.split(PLACEHOLDER_BASE).join(escapeXml(base));
}

export interface WriteResult {
  output: string;
  base: string;
  problems: string[];
}

/**
 * Reads `input`, rewrites it for `baseUrl` (placeholder kept when undefined), writes `output` and
 * checks it as a production manifest.
 */
export function writeDistManifest(
  input: string,
  output: string,
  baseUrl?: string,
  check: CheckOptions = {},
): WriteResult {
  const xml = fs.readFileSync(input, 'utf8');
  const base = baseUrl ? normalizeBaseUrl(baseUrl) : PLACEHOLDER_BASE;
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, rewriteManifest(xml, base));
  return { output, base, problems: checkManifest(output, { ...check, dev: false }).problems };
}

function main(argv: string[], env: NodeJS.ProcessEnv): number {
  const root = path.join(__dirname, '..');
  const input = path.resolve(argv[0] ?? path.join(root, 'manifest.xml'));
  const output = path.resolve(argv[1] ?? path.join(root, 'dist', 'manifest.xml'));
  const baseUrl = env.CAPAIAN_URL?.trim() || undefined;
  let result: WriteResult;
  try {
    result = writeDistManifest(input, output, baseUrl);
  } catch (e) {
    console.error(`manifest-url: ${(e as Error).message}`);
    return 1;
  }
  const rel = path.relative(process.cwd(), output);
  console.log(`manifest-url: wrote ${rel} for ${result.base}`);
  if (!baseUrl) {
    console.log(
      `manifest-url: CAPAIAN_URL is not set; the URLs keep the placeholder ${PLACEHOLDER_BASE}`,
    );
  }
  for (const p of result.problems) console.error(`FAIL ${rel}: ${p}`);
  return result.problems.length ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), process.env);
}
