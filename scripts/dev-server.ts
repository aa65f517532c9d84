/**
 * `npm run dev-server`: the HTTPS server Excel sideloads from (office-addin-debugging, started by
 * `npm start`, runs it). Builds dist/ in development mode, then serves it on
 * https://localhost:3000 with the certificate `npx office-addin-dev-certs install` creates in
 * ~/.office-addin-dev-certs.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { startStaticServer } from './static-server';

const root = path.join(__dirname, '..');

async function main(): Promise<void> {
  const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(certDir, 'localhost.key');
  const cert = path.join(certDir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) {
    console.error(
      `Sertifikat pengembangan tidak ditemukan di ${certDir}.\nJalankan sekali: npx office-addin-dev-certs install`,
    );
    process.exitCode = 1;
    return;
  }
  const webpack = path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const built = spawnSync(process.execPath, [webpack, '--mode', 'development'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    process.exitCode = built.status ?? 1;
    return;
  }
  const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
  const server = await startStaticServer(path.join(root, 'dist'), port, 'localhost', {
    key: readFileSync(key),
    cert: readFileSync(cert),
  });
  console.log(`Add-in dilayani di ${server.url}/taskpane.html (Ctrl+C untuk berhenti)`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
