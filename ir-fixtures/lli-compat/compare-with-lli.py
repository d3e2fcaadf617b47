#!/usr/bin/env python3
"""Run one IR file under lli-19 and under simple-jit, and compare them.

Usage (from a lit RUN line, through the %compare-with-lli substitution):

    %compare-with-lli [options] IRFILE [program args...] [< input]

Both programs get the same arguments and the same stdin: a regular file
redirected with `<` is passed on as is (rewound before each run), any other
input is read once and fed to each run through a pipe. Their stdout, stderr and
exit status must be identical. The streams are kept in files next to %t:

    %t.lli.out %t.lli.err %t.sj.out %t.sj.err

On success the script prints simple-jit's stdout followed by a final line
"exit=N" (or "signal=N"), so a RUN line can pipe it into FileCheck; check
stderr with `FileCheck --check-prefix=ERR %s < %t.sj.err`. On any
difference it prints a unified diff to stderr and exits 1.

Options:
  --clear-env        run both programs with an empty environment
  --set-env K=V      add K=V to both programs' environment (repeatable)
  --repeat N         run simple-jit N times; every run must match (default 1)
  --stderr-lines N   compare only the first N lines of stderr (for crashes,
                     where lli appends its own stack dump)
"""
import argparse
import difflib
import os
import stat
import subprocess
import sys

TIMEOUT = 60


def status_line(code):
    if code is None:
        return "timeout"
    if code < 0:
        return "signal=%d" % -code
    return "exit=%d" % code


def run(cmd, stdin_bytes, env):
    # A regular file on stdin is handed to the program itself (rewound for
    # every run), so it stays seekable; anything else is read once up front
    # and fed to each run through a pipe.
    if stdin_bytes is None:
        os.lseek(0, 0, os.SEEK_SET)
        kw = {"stdin": 0}
    else:
        kw = {"input": stdin_bytes}
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=TIMEOUT, **kw)
        return p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", None


def diff(name, a, b):
    al = a.decode("utf-8", "replace").splitlines(keepends=True)
    bl = b.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(al, bl, "lli " + name, "simple-jit " + name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lli", required=True)
    ap.add_argument("--jit", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--clear-env", action="store_true")
    ap.add_argument("--set-env", action="append", default=[])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--stderr-lines", type=int, default=None)
    ap.add_argument("program", nargs=argparse.REMAINDER)
    opts = ap.parse_args()
    if not opts.program:
        ap.error("missing IR file")

    try:
        st = os.fstat(0)
    except OSError:
        st = None
    if st is None or os.isatty(0):
        stdin_bytes = b""
    elif stat.S_ISREG(st.st_mode):
        stdin_bytes = None
    else:
        stdin_bytes = sys.stdin.buffer.read()
    env = {} if opts.clear_env else dict(os.environ)
    for kv in opts.set_env:
        k, _, v = kv.partition("=")
        env[k] = v

    lli_cmd = [opts.lli] + opts.program
    sj_cmd = [opts.jit] + opts.program
    lo, le, lc = run(lli_cmd, stdin_bytes, env)
    for suffix, data in ((".lli.out", lo), (".lli.err", le)):
        with open(opts.tmp + suffix, "wb") as f:
            f.write(data)

    failed = False
    for i in range(max(1, opts.repeat)):
        so, se, sc = run(sj_cmd, stdin_bytes, env)
        if i == 0:
            for suffix, data in ((".sj.out", so), (".sj.err", se)):
                with open(opts.tmp + suffix, "wb") as f:
                    f.write(data)
        problems = []
        if lo != so:
            problems.append("stdout differs:\n" + diff("stdout", lo, so))
        if opts.stderr_lines is not None:
            le_cmp = b"".join(le.splitlines(keepends=True)[:opts.stderr_lines])
            se_cmp = b"".join(se.splitlines(keepends=True)[:opts.stderr_lines])
        else:
            le_cmp, se_cmp = le, se
        if le_cmp != se_cmp:
            problems.append("stderr differs:\n" + diff("stderr", le, se))
        if lc != sc:
            problems.append("exit status differs: lli %s, simple-jit %s"
                            % (status_line(lc), status_line(sc)))
        if problems:
            failed = True
            sys.stderr.write("simple-jit run %d of %d does not match lli\n"
                             % (i + 1, opts.repeat))
            sys.stderr.write("  lli:        %s\n" % " ".join(lli_cmd))
            sys.stderr.write("  simple-jit: %s\n" % " ".join(sj_cmd))
            for p in problems:
                sys.stderr.write(p if p.endswith("\n") else p + "\n")
            if so != lo or se_cmp != le_cmp:
                sys.stderr.write("--- simple-jit stdout ---\n%s\n--- simple-jit stderr ---\n%s\n"
                                 % (so.decode("utf-8", "replace"), se.decode("utf-8", "replace")))
            break

    if lc is None:
        sys.stderr.write("lli timed out after %d s\n" % TIMEOUT)
        failed = True
    if failed:
        return 1
    sys.stdout.buffer.write(lo)
    if lo and not lo.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.write(status_line(lc) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
