#!/usr/bin/env python3
"""The leak scan: after the whole suite, no test secret anywhere it must not be.

scripts/test runs it once CTest has finished the whole suite (so the suite's
log is complete); it fails the run like any test.

Every secret the tests use contains the marker kLsEcReT (tests/support/
TestSecrets.h). After every other test has run, this looks for the marker in:
  - every file the suite left in its throw-away HOME and XDG folders: the
    account list, the settings, caches, temporary files (the keyring files
    are skipped: they are the keychain, and encrypted);
  - the suite's whole log (CTest's LastTest.log), written with every logging
    category enabled, Qt's too, including what the keylink processes printed;
  - every command line of every process seen during the run (argv_sampler.py).
Each source must also prove it was really there: logging on, processes seen.

  leak_scan.py <ctest log> [--self-test]
"""
import os
import sys

MARKER = b"kLsEcReT"


def scan_tree(root, skip):
    hits = []
    files = 0
    for folder, dirs, names in os.walk(root):
        if os.path.abspath(folder).startswith(skip):
            continue
        for name in names:
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            files += 1
            if MARKER in data:
                hits.append(path)
    return hits, files


def lines_with_marker(path):
    with open(path, "rb") as f:
        return [line.strip()[:200] for line in f if MARKER in line]


def scan(scratch, ctest_log, argv_log):
    problems = []
    keyrings = os.path.abspath(os.path.join(scratch, "data", "keyrings"))
    hits, files = scan_tree(scratch, keyrings)
    hits = [h for h in hits if os.path.abspath(h) != os.path.abspath(argv_log)]
    for path in hits:
        problems.append("a test secret is in the file %s" % path)
    if files == 0:
        problems.append("the suite left no files in %s to scan; was it run by scripts/test?" % scratch)

    if not os.path.exists(ctest_log):
        problems.append("no test log at %s" % ctest_log)
    else:
        with open(ctest_log, "rb") as f:
            log = f.read()
        for category in (b"keylink.vault:", b"keylink.connect:", b"qt.text.font.db:"):
            if category not in log:
                problems.append("the test log has no %s lines: logging was not fully on" % category.decode())
        for line in lines_with_marker(ctest_log):
            problems.append("a test secret is in the test log: %s" % line.decode("utf-8", "replace"))

    if not os.path.exists(argv_log):
        problems.append("no command-line log at %s" % argv_log)
    else:
        with open(argv_log, "rb") as f:
            argv = f.read()
        if b"/keylink link" not in argv:
            problems.append("the command-line log never saw a `keylink link` process: the sampler did not run")
        for line in lines_with_marker(argv_log):
            problems.append("a test secret is on a command line: %s" % line.decode("utf-8", "replace"))
    return problems


def self_test(tmp):
    """The scan must be able to fail: plant the marker in each place."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=tmp) as root:
        d = os.path.join(root, "scratch")
        os.makedirs(os.path.join(d, "config", "keylink"))
        os.makedirs(os.path.join(d, "data", "keyrings"))
        with open(os.path.join(d, "config", "keylink", "keylink.conf"), "wb") as f:
            f.write(b"[x]\ntoken=aaa.kLsEcReT\n")
        with open(os.path.join(d, "data", "keyrings", "login.keyring"), "wb") as f:
            f.write(b"kLsEcReT is fine here")
        log = os.path.join(root, "LastTest.log")
        with open(log, "wb") as f:
            f.write(b"keylink.vault: x\nqt.text.font.db: y\nkeylink.connect: Bearer kLsEcReT-1\n")
        argv = os.path.join(root, "argv.log")
        with open(argv, "wb") as f:
            f.write(b"/bin/keylink link front\n/bin/keylink link --token kLsEcReT-2\n")
        problems = scan(d, log, argv)
        expected = ["keylink.conf", "Bearer kLsEcReT-1", "--token kLsEcReT-2"]
        for e in expected:
            if not any(e in p for p in problems):
                return ["self-test: the planted secret %r was not found (found: %r)" % (e, problems)]
        if any("login.keyring" in p for p in problems) or len(problems) != 3:
            return ["self-test: unexpected findings %r" % problems]
    return []


def main():
    scratch = os.environ.get("KEYLINK_SCRATCH")
    argv_log = os.environ.get("KEYLINK_ARGV_LOG")
    if not scratch or not argv_log:
        print("leak_scan: run the suite through scripts/test (KEYLINK_SCRATCH and KEYLINK_ARGV_LOG are not set)")
        return 1
    problems = self_test(scratch)
    problems += scan(scratch, sys.argv[1], argv_log)
    for p in problems:
        print("leak_scan: " + p)
    if problems:
        return 1
    print("leak_scan: no test secret in %s, the test log or any command line" % scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
