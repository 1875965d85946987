#!/usr/bin/env python3
"""Records the command line of every process seen while the test suite runs.

scripts/test starts it in the background; leak_scan.py reads the log. Each
distinct command line is written once, as soon as it is seen, so the log is
complete up to the moment the scan reads it. Samples every 10 ms: a
`keylink link` that lives for 50 ms is seen several times.
"""
import os
import sys
import time


def main() -> int:
    seen = set()
    with open(sys.argv[1], "a", encoding="utf-8", errors="replace") as log:
        log.write("# argv sampler started, pid %d\n" % os.getpid())
        log.flush()
        while True:
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    with open("/proc/%s/cmdline" % pid, "rb") as f:
                        raw = f.read()
                except OSError:
                    continue  # the process ended meanwhile
                if not raw:
                    continue
                line = raw.rstrip(b"\0").replace(b"\0", b" ").decode("utf-8", "replace")
                if line not in seen:
                    seen.add(line)
                    log.write(line.replace("\n", "\\n") + "\n")
                    log.flush()
            time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())
