/**
 * node:child_process for the bundled command line, loaded on first use (see build.cjs): commander
 * requires it at start and uses it only for executable subcommands.
 */
let loaded;
module.exports = new Proxy(
  {},
  {
    get: (_, name) => (loaded ??= require('child_process'))[name],
  },
);
