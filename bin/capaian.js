#!/usr/bin/env node
// The `capaian` command: runs the TypeScript sources through tsx, so no build step is needed.
require('tsx/cjs/api').register();
require('../src/cli/main.ts').main();
