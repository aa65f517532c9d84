// Jest's global set-up: compile the `capaian` command (build/cli/) from the sources under test,
// once before any test file runs, so a test that runs bin/capaian.js never meets an old bundle.
module.exports = async function buildCliForTests() {
  const { buildCli } = await import('../../scripts/build-cli.mjs');
  await buildCli({ quiet: true });
};
