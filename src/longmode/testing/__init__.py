"""Testing kernels: `longmode runner` (cargo's runner), and, as they come, `longmode
test`, the pytest plugin and `longmode new`. They sit on the run package and the
machine's snapshots, never inside the machine's loop."""
