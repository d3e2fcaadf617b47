#!/usr/bin/env python3
"""Run LLVM's own execution-engine tests under lli and under simple-jit, and compare.

    bench/compare_execution_engine_tests.py TESTS_DIR --lli LLI --jit SIMPLE_JIT

TESTS_DIR is a copy of llvm/test/ExecutionEngine (or any folder of .ll files
with lit RUN lines). Every RUN line that invokes lli is run twice: as written
(with LLI), and as a new user would type it for simple-jit (lli's options
mapped to simple-jit's, see FLAG_* below). The two runs must agree on

  * the exit status as a shell sees it (a fatal signal N counts as 128+N: lli
    dies of the signal, simple-jit reports it and exits with 128+N), and
  * standard output, byte for byte.

Standard error is not compared (each tool words its own messages), with one
exception: when lli refuses the module (exit 1 with an "error" on stderr) and
simple-jit refuses it too (one of its documented tool-error codes 64-70), the
two count as the same behaviour even though the codes differ; the table shows
such lines as "same (both reject)".

A test is runnable when at least one of its RUN lines is; it behaves the same
when every runnable RUN line does. Tests whose REQUIRES/UNSUPPORTED lines rule
out this host are skipped as lit would skip them (--ignore-requires runs them
anyway). Files under Inputs/ are inputs of other tests, not tests.

Prints one row per test and a closing totals line:
    N same / M runnable, K skipped (reason: count, ...)
Exits 0 when every runnable test behaves the same, 1 otherwise.
"""
import argparse
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile

# lli options simple-jit maps one to one (value kept).
FLAG_MAP = {
    "-jit-kind=orc-lazy": ["--lazy"],
    "-jit-kind=orc": [],
    "-jit-kind=mcjit": [],
    "-O0": ["-O0"], "-O1": ["-O1"], "-O2": ["-O2"], "-O3": ["-O3"],
}
# lli options that change how lli builds its JIT but not what the program
# does; simple-jit has no such knob, so they are dropped for it (lli keeps them).
FLAG_DROPPED = ("-relocation-model=", "-code-model=", "-disable-lazy-compilation",
                "-lljit-platform=Inactive", "-compile-threads=", "-per-module-lazy",
                "-jit-linker=")
# lli options with no simple-jit counterpart: the RUN line needs lli itself.
FLAG_LLI_ONLY = {
    "-force-interpreter": "lli's interpreter (-force-interpreter)",
    "-remote-": "out-of-process execution (-remote-*)",
    "-mcjit-remote-": "out-of-process execution (-remote-*)",
    "-extra-object": "object-file inputs (-extra-object/-extra-archive)",
    "-extra-archive": "object-file inputs (-extra-object/-extra-archive)",
    "-jd": "several JITDylibs (-jd)",
    "-thread-entry": "-thread-entry",
    "-no-process-syms": "lli's symbol/TLS switches (-no-process-syms, -emulated-tls)",
    "-emulated-tls": "lli's symbol/TLS switches (-no-process-syms, -emulated-tls)",
    "-generate=": "lli's debug-object dumps (-generate=)",
    "-orc-lazy-debug=": "lli's lazy-JIT debug output on stdout (-orc-lazy-debug=)",
    "-enable-cache-manager": "lli's object cache (-enable-cache-manager)",
    "-object-cache-dir=": "lli's object cache (-enable-cache-manager)",
    "-lljit-platform=": "another LLJIT platform (-lljit-platform=)",
    "-mtriple": "a non-host target", "-march": "a non-host target",
}

HOST_TRIPLE = "%s-unknown-linux-gnu" % platform.machine()


def host_features():
    """The lit features of this host that ExecutionEngine tests ask about."""
    feats = {"native", "system-linux", "thread_support", "cxx-shared-library",
             "target-" + platform.machine(), platform.machine()}
    try:
        with open("/proc/cpuinfo") as f:
            if re.search(r"^flags\s*:.*\bfma\b", f.read(), re.M):
                feats.add("fma3")
    except OSError:
        pass
    return feats


def feature_true(term, feats):
    term = term.strip()
    if term.startswith("!"):
        return not feature_true(term[1:], feats)
    if term.startswith("target="):
        pattern = term[len("target="):]
        regex = "".join(re.escape(p) if i % 2 == 0 else "(?:%s)" % p
                        for i, p in enumerate(re.split(r"\{\{|\}\}", pattern)))
        return re.fullmatch(regex, HOST_TRIPLE) is not None
    return term in feats


def expr_true(expr, feats):
    """lit's boolean feature expressions: ||, && and !, no parentheses here."""
    return any(all(feature_true(t, feats) for t in conj.split("&&"))
               for conj in expr.split("||"))


def parse_test(path):
    """RUN lines (continuations joined), REQUIRES and UNSUPPORTED of one file."""
    runs, requires, unsupported = [], [], []
    pending = None
    with open(path, errors="replace") as f:
        for line in f:
            m = re.search(r"\b(RUN|REQUIRES|UNSUPPORTED):(.*)$", line)
            if not m:
                continue
            kind, text = m.group(1), m.group(2).strip()
            if kind == "RUN":
                if pending is not None:
                    text = pending + " " + text
                if text.endswith("\\"):
                    pending = text[:-1].strip()
                    continue
                pending = None
                runs.append(text)
            elif kind == "REQUIRES":
                requires.extend(t for t in text.split(",") if t.strip())
            else:
                unsupported.extend(t for t in text.split(",") if t.strip())
    return runs, requires, unsupported


class Skip(Exception):
    pass


def plan_run(run, test_path, tmp, lazy=False):
    """One RUN line -> (lli argv, simple-jit argv, expects failure, dropped flags).

    lazy: run lli with -jit-kind=orc-lazy and simple-jit with --lazy, whatever
    JIT kind the line names."""
    if "%if" in run:
        raise Skip("lit conditional RUN line")
    run = (run.replace("%s", test_path).replace("%p", os.path.dirname(test_path))
           .replace("%S", os.path.dirname(test_path)).replace("%t", tmp))
    first = run.split("|")[0]  # the rest feeds FileCheck
    words = shlex.split(first)
    negate = False
    if words and words[0] == "not":
        negate, words = True, words[1:]
    if not words or words[0] not in ("lli", "%lli"):
        return None  # a preparation step (rm, llc, ...) or not an lli line
    words = [w for w in words[1:] if w not in (">", "/dev/null", "2>&1")]
    lli_args, sj_args, dropped, positional = [], [], [], []
    i = 0
    while i < len(words):
        w = words[i]
        if positional or not w.startswith("-"):
            positional.append(w)
            i += 1
            continue
        norm = "-" + w.lstrip("-")
        lli_args.append(w)
        for prefix, reason in FLAG_LLI_ONLY.items():
            if norm == prefix or norm.startswith(prefix) and (
                    prefix.endswith(("=", "-")) or norm[len(prefix)] in "="):
                if not (prefix == "-lljit-platform=" and norm == "-lljit-platform=Inactive"):
                    raise Skip(reason)
        if norm in FLAG_MAP:
            sj_args += FLAG_MAP[norm]
        elif norm.startswith("-extra-module"):
            if norm == "-extra-module":
                i += 1
                lli_args.append(words[i])
                sj_args.append("--extra-module=" + words[i])
            else:
                sj_args.append("--extra-module=" + norm.split("=", 1)[1])
        elif norm.startswith("-entry-function"):
            sj_args.append("--entry-function=" + norm.split("=", 1)[1])
        elif norm.startswith(FLAG_DROPPED):
            dropped.append(w)
        else:
            raise Skip("lli option %s" % w)
        i += 1
    if not positional:
        raise Skip("no IR file on the RUN line")
    if lazy:
        lli_args = [a for a in lli_args if not a.lstrip("-").startswith("jit-kind=")]
        lli_args.insert(0, "-jit-kind=orc-lazy")
        if "--lazy" not in sj_args:
            sj_args.insert(0, "--lazy")
    return lli_args + positional, sj_args + positional, negate, dropped


def run_one(binary, args, timeout, cwd):
    try:
        p = subprocess.run([binary] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                           timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None, b"", b""
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return code, p.stdout, p.stderr


def rejects_lli(code, err):
    return code == 1 and b"error" in err.lower()


def rejects_sj(code, err):
    return code is not None and 64 <= code <= 70 and b"simple-jit: error" in err


def describe(code):
    return "timeout" if code is None else str(code)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tests", help="a copy of llvm/test/ExecutionEngine")
    ap.add_argument("--lli", default="/usr/lib/llvm-19/bin/lli")
    ap.add_argument("--jit", required=True, help="the simple-jit binary")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per run")
    ap.add_argument("--ignore-requires", action="store_true",
                    help="run tests whose REQUIRES/UNSUPPORTED exclude this host")
    ap.add_argument("--lazy", action="store_true",
                    help="run every RUN line lazily: lli -jit-kind=orc-lazy, simple-jit --lazy")
    ap.add_argument("--jit-arg", action="append", default=[], metavar="ARG",
                    help="an extra simple-jit option, e.g. --jit-arg=-O0 (repeatable)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print both commands, exit codes and outputs of differences")
    opts = ap.parse_args()
    feats = host_features()

    tests = sorted(os.path.join(d, f) for d, dirs, files in os.walk(opts.tests)
                   for f in files if f.endswith(".ll") and "Inputs" not in
                   os.path.relpath(d, opts.tests).split(os.sep))
    rows, skipped, same, runnable = [], {}, 0, 0
    tmpdir = tempfile.mkdtemp(prefix="ee-compare-")
    for path in tests:
        name = os.path.relpath(path, opts.tests)
        runs, requires, unsupported = parse_test(path)
        reason = None
        if not opts.ignore_requires:
            if any(not expr_true(r, feats) for r in requires):
                reason = "REQUIRES not met on this host"
            elif any(expr_true(u, feats) for u in unsupported):
                reason = "UNSUPPORTED on this host"
        plans, skip_reasons = [], []
        if reason is None:
            for run in runs:
                try:
                    plan = plan_run(run, os.path.abspath(path),
                                    os.path.join(tmpdir, os.path.basename(path)),
                                    lazy=opts.lazy)
                except Skip as e:
                    skip_reasons.append(str(e))
                    continue
                if plan is not None:
                    plans.append(plan)
            if not plans:
                reason = skip_reasons[0] if skip_reasons else "no lli RUN line"
        if reason is not None:
            skipped[reason] = skipped.get(reason, 0) + 1
            rows.append((name, "skip", reason))
            continue
        runnable += 1
        verdicts, notes = [], []
        for lli_args, sj_args, negate, dropped in plans:
            lc, lo, le = run_one(opts.lli, lli_args, opts.timeout, opts.tests)
            sj_args = opts.jit_arg + sj_args
            sc, so, se = run_one(opts.jit, sj_args, opts.timeout, opts.tests)
            if lc == sc and lo == so and lc is not None:
                verdicts.append(True)
                notes.append("exit %s" % describe(lc))
            elif rejects_lli(lc, le) and rejects_sj(sc, se) and lo == so:
                verdicts.append(True)
                notes.append("same (both reject: lli 1, simple-jit %s)" % sc)
            else:
                verdicts.append(False)
                what = []
                if lc != sc:
                    what.append("exit lli %s / simple-jit %s" % (describe(lc), describe(sc)))
                if lo != so:
                    what.append("stdout differs")
                notes.append("; ".join(what))
                if opts.verbose:
                    sys.stdout.write("--- %s\n  lli %s\n  simple-jit %s\n"
                                     "  lli stdout %r\n  lli stderr %r\n"
                                     "  sj stdout %r\n  sj stderr %r\n"
                                     % (name, " ".join(lli_args), " ".join(sj_args),
                                        lo[:300], le[:600], so[:300], se[:600]))
            if dropped:
                notes[-1] += " [dropped for simple-jit: %s]" % " ".join(dropped)
        ok = all(verdicts)
        same += ok
        extra = " (+%d RUN lines skipped: %s)" % (
            len(skip_reasons), "; ".join(sorted(set(skip_reasons)))) if skip_reasons else ""
        rows.append((name, "same" if ok else "DIFF", " | ".join(notes) + extra))

    width = max(len(r[0]) for r in rows) if rows else 10
    for name, verdict, note in rows:
        print("%-*s  %-4s  %s" % (width, name, verdict, note))
    reasons = ", ".join("%s: %d" % (r, n) for r, n in sorted(skipped.items(), key=lambda kv: -kv[1]))
    print("%d same / %d runnable, %d skipped (%s)" % (same, runnable, sum(skipped.values()), reasons))
    return 0 if same == runnable else 1


if __name__ == "__main__":
    sys.exit(main())
