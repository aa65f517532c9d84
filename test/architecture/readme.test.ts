/**
 * What a newcomer sees on a fresh clone (issue 14 item 9): the README links nothing outside the
 * repository, `engines` admits only Node versions every dependency supports, and `npm start`
 * says why when office-addin-debugging cannot run.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import semver from 'semver';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

test('README and docs link nothing outside the repository', () => {
  for (const f of ['README.md', 'docs/ARCHITECTURE.md']) {
    const text = readFileSync(path.join(root, f), 'utf8');
    expect({ f, outside: text.match(/\.\.\/shared|\]\(\.\.\//g) }).toEqual({ f, outside: null });
  }
});

test('engines: the oldest Node we admit satisfies every dependency', () => {
  const ours = pkg.engines.node;
  const oldest = semver.minVersion(ours)!.version;
  const refused: string[] = [];
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const dep = JSON.parse(
      readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { engines?: { node?: string } };
    const need = dep.engines?.node;
    if (need && !semver.satisfies(oldest, need)) refused.push(`${name} needs ${need}`);
  }
  expect(refused).toEqual([]);
  // And the Node running this test is one we admit.
  expect(semver.satisfies(process.version, ours)).toBe(true);
});

test('npm start without npx says why and what to use instead', () => {
  expect(pkg.scripts.start).toBe('tsx scripts/start.ts');
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = spawnSync(process.execPath, [tsx, path.join(root, 'scripts', 'start.ts')], {
    encoding: 'utf8',
    // No npx on the PATH: the tool cannot even be fetched.
    env: { ...process.env, PATH: '/nonexistent' },
    timeout: 60000,
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/npm start did not complete: npx could not be started/);
  expect(run.stderr).toMatch(/npm run preview/);
});
