// Preloaded (node --import) into the processes `npm start` runs: when `npm start` itself is gone
// without stopping them (killed with SIGKILL, say), they stop themselves instead of lingering.
const parent = process.ppid;

setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch (err) {
    if (err.code === 'ESRCH') process.kill(process.pid, 'SIGTERM');
  }
}, 2_000).unref();
