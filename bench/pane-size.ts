/**
 * The gzipped size of the task pane's initial JavaScript (issue 15 target: at most 150 KB): every
 * script the built dist/taskpane.html loads at start from its own origin (office.js comes from
 * Microsoft's CDN and is not ours), each gzipped at level 9 as a static host would serve it —
 * the `<script src>` tags and the app scripts its old-webview check loads (listed in
 * `<script id="capaian-app" type="application/json">`). Chunks loaded on demand later (report,
 * .docx) are not initial and not counted.
 * Builds dist/ first (production) when it is missing.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

const root = path.join(__dirname, '..');

export const PANE_GZIP_TARGET = 150 * 1024;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** The local scripts an HTML page loads at start, in order: its `<script src>`, then the app
 *  scripts listed for its loader in `<script id="capaian-app" type="application/json">`. */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  const add = (src: string) => {
    if (/^(https?:)?\/\//i.test(src)) return;
    out.push(src.replace(/^\.?\//, '').split(/[?#]/)[0]);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) add(m[1]);
  const listed = html.match(/<script\b[^>]*\bid=["']?capaian-app["']?[^>]*>([\s\S]*?)<\/script>/i);
  if (listed) for (const src of JSON.parse(listed[1]) as string[]) add(src);
  return out;
}

export async function paneInitialJsGzip(
  dist = path.join(root, 'dist'),
): Promise<{ file: string; bytes: number; gzip: number }[]> {
  const page = path.join(dist, 'taskpane.html');
  if (!existsSync(page)) {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
      { cwd: root, stdio: 'ignore' },
    );
  }
  const html = readFileSync(page, 'utf8');
  return initialScripts(html).map((file) => {
    const buf = readFileSync(path.join(dist, file));
    return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
}

if (require.main === module) {
  paneInitialJsGzip()
    .then((sizes) => {
      const total = sizes.reduce((s, x) => s + x.gzip, 0);
      for (const s of sizes)
        console.log(
          `${s.file}: ${(s.bytes / 1024).toFixed(1)} KB, gzip ${(s.gzip / 1024).toFixed(1)} KB`,
        );
      console.log(
        `Total gzip ${(total / 1024).toFixed(1)} KB (target ≤ ${PANE_GZIP_TARGET / 1024} KB)`,
      );
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
