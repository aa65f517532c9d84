// Loaded with `node --require` into a benchmarked command: prints its peak memory on exit.
const fs = require('fs');
process.on('exit', () => fs.writeSync(2, `\nCAPAIAN_PEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`));
