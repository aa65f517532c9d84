#!/usr/bin/env node
// The `capaian` command. It runs the compiled bundle build/cli/capaian.mjs (scripts/build-cli.mjs,
// made by `npm ci` and `npm run build:cli`) in a child process: a crash the program cannot catch
// itself — V8 running out of memory — then still reaches the planner as an Indonesian message
// and exit code 2, never a native stack trace. Help runs in this process, to start fast.
const { spawn } = require('child_process');
const path = require('path');
const { pathToFileURL } = require('url');

const BUNDLE = path.join(__dirname, '..', 'build', 'cli', 'capaian.mjs');

/** Run the bundle in this process; build it first when this checkout has not yet. */
async function runHere() {
  const fs = require('fs');
  if (!fs.existsSync(BUNDLE)) {
    try {
      const { buildCli } = await import(
        pathToFileURL(path.join(__dirname, '..', 'scripts', 'build-cli.mjs')).href
      );
      await buildCli({ quiet: true });
    } catch (e) {
      process.stderr.write(
        `Perintah capaian belum dikompilasi (${BUNDLE} tidak ada) dan tidak dapat dikompilasi di sini: ${e.message}\n` +
          'Jalankan "npm ci" atau "npm run build:cli" di folder proyek, lalu coba lagi.\n',
      );
      process.exit(2);
    }
  }
  await import(pathToFileURL(BUNDLE).href);
}

const args = process.argv.slice(2);
const quick = args.length < 2 || args.includes('-h') || args.includes('--help');

if (process.env.CAPAIAN_WORKER === '1' || quick) {
  runHere();
} else {
  const child = spawn(process.execPath, [__filename, ...args], {
    // The child's stderr is a pipe (to catch V8's fatal report): it is told whether ours is a
    // terminal, where the batch review shows its progress line.
    env: {
      ...process.env,
      CAPAIAN_WORKER: '1',
      ...(process.stderr.isTTY ? { CAPAIAN_STDERR_TTY: '1' } : {}),
    },
    stdio: ['inherit', 'inherit', 'pipe'],
  });
  // V8's fatal report starts with its last garbage collections; nothing of it is passed on.
  const FATAL = /<--- Last few GCs|FATAL ERROR|heap out of memory|^\s*\d+: 0x[0-9a-f]+ /m;
  let fatal = false;
  child.stderr.on('data', (chunk) => {
    if (!fatal && FATAL.test(chunk.toString())) fatal = true;
    if (!fatal) process.stderr.write(chunk);
  });
  child.on('close', (code, signal) => {
    if (fatal || signal) {
      process.stderr.write(
        `capaian berhenti karena ${fatal ? 'memori tidak cukup' : `dihentikan (${signal})`} saat memproses ${args[1]}. ` +
          'Berkas asli tidak diubah, dan berkas hasil tidak ditulis. Tutup program lain lalu coba lagi, ' +
          'atau jalankan dengan memori lebih besar: NODE_OPTIONS=--max-old-space-size=4096 capaian …\n',
      );
      process.exit(2);
    }
    process.exit(code ?? 2);
  });
}
