/**
 * npm run check: runs the compiled command line, building it first when it is missing or older
 * than its sources. Plain JavaScript, and the bundle is loaded into this same process: one Node
 * start, no TypeScript compiler on the way to the first line of output.
 */
const { ensureBuilt } = require('./build.cjs');

require(ensureBuilt()).cliEntry();
