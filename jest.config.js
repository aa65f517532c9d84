/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // numfmt 4.0.1's package.json names dist/index.cjs and dist/index.d.cts, which it does not
  // ship: its CommonJS build is dist/index.js (tsconfig.json's `paths` gives its types).
  moduleNameMapper: { '^numfmt$': '<rootDir>/node_modules/numfmt/dist/index.js' },
  globalSetup: '<rootDir>/test/helpers/build-cli.cjs',
  testTimeout: 60000,
};
