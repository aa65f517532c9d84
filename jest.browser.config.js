/**
 * The browser test (`npm run test:browser`): builds the add-in, serves dist/ and drives the
 * preview page in Debian's chromium with playwright-core. Skips, saying why, without
 * /usr/bin/chromium.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 300000,
};
