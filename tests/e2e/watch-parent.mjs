// Preloaded (--import) into the server the e2e tests start: the server exits when the test
// process that started it is gone, even if that process was killed with SIGKILL and could not
// clean up after itself. A dead parent may linger as a zombie (kill(pid, 0) still succeeds),
// so being re-parented counts as the parent's death too.
const parent = Number(process.env.QOGAM_E2E_PARENT_PID);
if (parent > 0) {
  setInterval(() => {
    let alive = process.ppid === parent;
    if (alive) {
      try {
        process.kill(parent, 0);
      } catch {
        alive = false;
      }
    }
    if (!alive) process.exit(1);
  }, 500).unref();
}
