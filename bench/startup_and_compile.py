#!/usr/bin/env python3
"""Whole-process benchmarks of simple-jit against lli (see scripts/bench-startup)."""
import argparse
import os
import subprocess
import time


def trivial_module():
    return "define i32 @main() {\n  ret i32 0\n}\n"


def many_functions_module(count=300):
    """count small functions with a loop each, and a main that calls them all."""
    parts = []
    for i in range(count):
        parts.append(f"""
define i64 @f{i}(i64 %n) {{
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i64 [ {i}, %entry ], [ %acc2, %loop ]
  %sq = mul i64 %i, %i
  %acc1 = add i64 %acc, %sq
  %acc2 = xor i64 %acc1, {i * 7 + 1}
  %next = add i64 %i, 1
  %done = icmp sge i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i64 %acc2
}}""")
    # The trip count comes from argc so that the optimiser cannot fold the
    # whole program into a constant (as it could with a literal count).
    calls = ["define i32 @main(i32 %argc, ptr %argv) {", "entry:",
             "  %wide = sext i32 %argc to i64", "  %n = mul i64 %wide, 10"]
    previous = "0"
    for i in range(count):
        calls.append(f"  %r{i} = call i64 @f{i}(i64 %n)")
        calls.append(f"  %s{i} = add i64 {previous}, %r{i}")
        previous = f"%s{i}"
    calls.append(f"  %t = trunc i64 {previous} to i32")
    calls.append("  %u = and i32 %t, 0")
    calls.append("  ret i32 %u")
    calls.append("}")
    return "\n".join(parts) + "\n" + "\n".join(calls) + "\n"


COMPUTE_C = r"""
/* A compute-bound C program: a sieve, a matrix product and a hash loop. */
#include <stdio.h>
#include <stdlib.h>

static unsigned sieve(unsigned limit) {
  char *composite = calloc(limit + 1, 1);
  unsigned count = 0;
  for (unsigned i = 2; i <= limit; ++i) {
    if (composite[i]) continue;
    ++count;
    for (unsigned long j = (unsigned long)i * i; j <= limit; j += i) composite[j] = 1;
  }
  free(composite);
  return count;
}

static double matmul(int n) {
  double *a = malloc(sizeof(double) * n * n), *b = malloc(sizeof(double) * n * n),
         *c = calloc((size_t)n * n, sizeof(double));
  for (int i = 0; i < n * n; ++i) { a[i] = i % 7; b[i] = i % 5; }
  for (int i = 0; i < n; ++i)
    for (int k = 0; k < n; ++k)
      for (int j = 0; j < n; ++j) c[i * n + j] += a[i * n + k] * b[k * n + j];
  double trace = 0;
  for (int i = 0; i < n; ++i) trace += c[i * n + i];
  free(a); free(b); free(c);
  return trace;
}

static unsigned long hash_loop(unsigned long rounds) {
  unsigned long h = 1469598103934665603UL;
  for (unsigned long i = 0; i < rounds; ++i) { h ^= i & 0xff; h *= 1099511628211UL; }
  return h;
}

int main(void) {
  printf("%u %.0f %lu\n", sieve(4000000), matmul(220), hash_loop(30000000));
  return 0;
}
"""


def fib_module():
    """A compute-bound program: naive fib(32), about 7 million calls."""
    return """
define internal i64 @fib(i64 %n) {
  %small = icmp slt i64 %n, 2
  br i1 %small, label %base, label %recurse
base:
  ret i64 %n
recurse:
  %a = sub i64 %n, 1
  %b = sub i64 %n, 2
  %fa = call i64 @fib(i64 %a)
  %fb = call i64 @fib(i64 %b)
  %s = add i64 %fa, %fb
  ret i64 %s
}
define i32 @main() {
  %r = call i64 @fib(i64 32)
  %ok = icmp eq i64 %r, 2178309
  %code = select i1 %ok, i32 0, i32 1
  ret i32 %code
}
"""


def array_get_loop_module(style):
    """A loop of n = atoi(argv[1]) reads from a 1024-element runtime array
    (or, for style "c-array", a malloc'd C array), summing the values' bits,
    timed inside the program with CLOCK_MONOTONIC (so process start and JIT
    time stay out of it); prints the loop's nanoseconds and the sum.
    "direct" declares rt_array_get exactly as the runtime table does;
    "adapted" declares it as a front end might, `i64 (ptr, i32)`, so the JIT
    binds it through an adapter; both loops compute the same index."""
    if style == "c-array":
        setup = """  %a = call ptr @malloc(i64 8192)
  br label %fill
fill:
  %f = phi i64 [ 0, %entry ], [ %f1, %fill ]
  %slot = getelementptr i64, ptr %a, i64 %f
  store i64 %f, ptr %slot
  %f1 = add i64 %f, 1
  %filled = icmp eq i64 %f1, 1024
  br i1 %filled, label %start, label %fill"""
        read = """  %at = getelementptr i64, ptr %a, i64 %wide
  %v = load volatile i64, ptr %at"""
        declarations = "declare ptr @malloc(i64)\n"
    else:
        setup = """  %a = call i64 @rt_array_new(i64 1024)
  br label %fill
fill:
  %f = phi i64 [ 0, %entry ], [ %f1, %fill ]
  %fv = call i64 @rt_value_int(i64 %f)
  call i64 @rt_array_push(i64 %a, i64 %fv)
  %f1 = add i64 %f, 1
  %filled = icmp eq i64 %f1, 1024
  br i1 %filled, label %start, label %fill"""
        declarations = """declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_value_int(i64)
"""
        if style == "direct":
            declarations += "declare i64 @rt_array_get(i64, i64)\n"
            read = "  %v = call i64 @rt_array_get(i64 %a, i64 %wide)"
        else:
            declarations += "declare i64 @rt_array_get(ptr, i32)\n"
            read = """  %ap = inttoptr i64 %a to ptr
  %v = call i64 @rt_array_get(ptr %ap, i32 %index)"""
    return declarations + f"""declare i32 @atoi(ptr)
declare i32 @clock_gettime(i32, ptr)
declare i32 @printf(ptr, ...)
@format = private constant [11 x i8] c"%lld %lld\\0A\\00"
define internal i64 @now() {{
  %ts = alloca [2 x i64]
  call i32 @clock_gettime(i32 1, ptr %ts)
  %seconds = load i64, ptr %ts
  %nsField = getelementptr i64, ptr %ts, i64 1
  %ns = load i64, ptr %nsField
  %scaled = mul i64 %seconds, 1000000000
  %total = add i64 %scaled, %ns
  ret i64 %total
}}
define i32 @main(i32 %argc, ptr %argv) {{
entry:
  %arg = getelementptr ptr, ptr %argv, i64 1
  %text = load ptr, ptr %arg
  %count = call i32 @atoi(ptr %text)
  %n = sext i32 %count to i64
{setup}
start:
  %begin = call i64 @now()
  %empty = icmp eq i64 %n, 0
  br i1 %empty, label %exit, label %loop
loop:
  %i = phi i64 [ 0, %start ], [ %next, %loop ]
  %sum = phi i64 [ 0, %start ], [ %sum1, %loop ]
  %low = and i64 %i, 1023
  %index = trunc i64 %low to i32
  %wide = zext i32 %index to i64
{read}
  %sum1 = add i64 %sum, %v
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  %total = phi i64 [ 0, %start ], [ %sum1, %loop ]
  %end = call i64 @now()
  %elapsed = sub i64 %end, %begin
  call i32 (ptr, ...) @printf(ptr @format, i64 %elapsed, i64 %total)
  ret i32 0
}}
"""


def simple_style_program():
    """A small program in the style of Simple's back end (bb0 labels, locals in
    allocas, runtime calls on i64s): builds an array, sums it, prints it. Like
    Simple's modules it declares, after its code, the runtime functions its
    preamble lacks, with Simple's types (an i8 bool result, void prints)."""
    return """
@.str.0 = private unnamed_addr constant [5 x i8] c"sum=\00"
define i64 @main() {
bb0:
  %arr = alloca i64
  %i = alloca i64
  %acc = alloca i64
  %0 = call i64 @rt_array_new(i64 8)
  store i64 %0, ptr %arr
  store i64 0, ptr %i
  store i64 0, ptr %acc
  br label %bb1
bb1:
  %1 = load i64, ptr %i
  %2 = icmp slt i64 %1, 100
  br i1 %2, label %bb2, label %bb3
bb2:
  %3 = load i64, ptr %arr
  %4 = call i64 @rt_value_int(i64 %1)
  %5 = call i8 @rt_array_push(i64 %3, i64 %4)
  %6 = load i64, ptr %acc
  %7 = add i64 %6, %1
  store i64 %7, ptr %acc
  %8 = add i64 %1, 1
  store i64 %8, ptr %i
  br label %bb1
bb3:
  %9 = call i64 @rt_string_new(i64 ptrtoint (ptr @.str.0 to i64), i64 4)
  call void @rt_print_value(i64 %9)
  %11 = load i64, ptr %acc
  %12 = call i64 @rt_value_int(i64 %11)
  call void @rt_println_value(i64 %12)
  ret i64 0
}
declare i8 @rt_array_push(i64, i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
"""


def jitted_code(simple_jit, module, function, work):
    """The machine code simple-jit generates for `function` of `module` (read
    from the perf jitdump it writes with --perf), disassembled with llvm-mc,
    call displacements blanked (they depend on where the code was loaded)."""
    import glob
    import re
    import shutil
    import struct
    dump_dir = os.path.join(work, "jitdump")
    shutil.rmtree(dump_dir, ignore_errors=True)
    os.makedirs(dump_dir)
    subprocess.run([simple_jit, "--perf", module, "1"], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, JITDUMPDIR=dump_dir))
    data = open(glob.glob(dump_dir + "/.debug/jit/*/jit-*.dump")[0], "rb").read()
    offset = struct.unpack("<I", data[8:12])[0]  # the file header's size
    code = None
    while offset < len(data):
        record, size = struct.unpack("<II", data[offset:offset + 8])
        if record == 0:  # JIT_CODE_LOAD: header, pid, tid, vma, addr, size, index, name, code
            code_size = struct.unpack("<Q", data[offset + 40:offset + 48])[0]
            end = data.index(b"\0", offset + 56)
            if data[offset + 56:end].decode() == function:
                code = data[end + 1:end + 1 + code_size]
        offset += size
    text = subprocess.run(["/usr/lib/llvm-19/bin/llvm-mc", "--disassemble", "-triple=x86_64"],
                          input=" ".join(f"0x{byte:02x}" for byte in code), check=True,
                          capture_output=True, text=True).stdout
    return re.sub(r"callq\s+-?\d+", "callq <target>", text)


def best_times(commands, runs):
    """Runs each command `runs` times, interleaved; returns the minimum wall time of each."""
    best = [float("inf")] * len(commands)
    for _ in range(runs):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n"
                                 f"{result.stderr.decode()}")
            best[index] = min(best[index], elapsed)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--simple-jit", required=True)
    parser.add_argument("--lli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--preamble", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "ir-fixtures", "simple-compat",
        "Inputs", "preamble.ll"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    def write(name, text):
        path = os.path.join(args.work, name)
        with open(path, "w") as file:
            file.write(text)
        return path

    trivial = write("trivial.ll", trivial_module())
    write("fib32.ll", fib_module())
    many = write("300-functions.ll", many_functions_module())
    compute_c = write("compute.c", COMPUTE_C)
    compute = os.path.join(args.work, "compute.ll")
    # clang -O0 marks every function optnone; -disable-O0-optnone leaves the
    # choice to the JIT's level, as a front end emitting naive IR would.
    subprocess.run([args.clang, "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm",
                    compute_c, "-o", compute], check=True)
    sj, lli = args.simple_jit, args.lli
    ms = lambda seconds: f"{seconds * 1000:8.1f} ms"

    print(f"best of {args.runs} runs each, interleaved, warm page cache")
    print("\n1. process start, trivial program")
    sj_default, lli_default = best_times([[sj, trivial], [lli, trivial]], args.runs)
    print(f"   simple-jit (default -O1)  {ms(sj_default)}")
    print(f"   lli-19                    {ms(lli_default)}")
    print(f"   ratio simple-jit / lli    {sj_default / lli_default:8.2f}x  (target <= 0.6x)")

    print("\n2. JIT time, 300 small functions (whole process)")
    levels = ["-O0", "-O1", "-O2", "-O3"]
    compile_runs = max(3, args.runs // 3)
    times = best_times([[sj, level, many] for level in levels] + [[lli, many]], compile_runs)
    for level, seconds in zip(levels, times):
        print(f"   simple-jit {level}             {ms(seconds)}   ({seconds / times[-1]:.2f}x lli)")
    print(f"   lli-19 (codegen -O2, no IR passes) {ms(times[-1])}")

    print("\n3. compute-bound C program (sieve, matrix product, hash loop) from clang -O0 IR,"
          " whole process")
    times = best_times([[sj, level, compute] for level in levels] + [[lli, compute]],
                       max(3, args.runs // 5))
    for level, seconds in zip(levels, times):
        print(f"   simple-jit {level}             {ms(seconds)}")
    print(f"   lli-19                    {ms(times[-1])}")

    print("\n4. Simple's preamble: a small Simple-style program with and without the"
          " all-i64 preamble that declares the whole runtime, whole process")
    program = simple_style_program()
    with open(args.preamble) as file:
        preamble = file.read()
    # Without the preamble the program declares just the preamble's functions
    # it calls, as the preamble does (all i64): the same adapters either way.
    own = ("declare i64 @rt_array_new(i64)\ndeclare i64 @rt_value_int(i64)\n"
           "declare i64 @rt_string_new(i64, i64)\n")
    bare = write("simple-style.ll", own + program)
    with_preamble = write("simple-style-with-preamble.ll", preamble + program)
    lines = len(preamble.splitlines())
    for level in ["-O0", "-O1"]:
        bare_time, preamble_time = best_times([[sj, level, bare], [sj, level, with_preamble]],
                                              args.runs)
        print(f"   simple-jit {level} without  {ms(bare_time)}")
        print(f"   simple-jit {level} with the {lines}-line preamble {ms(preamble_time)}"
              f"   ({preamble_time / bare_time:.2f}x, target <= 1.10x)")

    print("\n5. 10 M rt_array_get calls in a JIT'd loop at -O1, declared exactly and through an"
          " adapter, against the same loop over a C array (the loop timed inside the program;"
          " best of the runs, interleaved)")
    iterations = 10_000_000
    styles = ["direct", "adapted", "c-array"]
    paths = [write(f"array-get-{style}.ll", array_get_loop_module(style)) for style in styles]
    best = {style: float("inf") for style in styles}
    sums = {}
    for _ in range(args.runs):
        for style, path in zip(styles, paths):
            output = subprocess.run([sj, path, str(iterations)], check=True, capture_output=True,
                                    text=True).stdout.split()
            best[style] = min(best[style], int(output[0]) / iterations)
            sums[style] = output[1]
    if sums["direct"] != sums["adapted"]:
        raise SystemExit(f"direct and adapted loops disagree: {sums}")
    per_call = best
    for style in styles:
        print(f"   {style:8}  {per_call[style]:6.2f} ns per read")
    same = jitted_code(sj, paths[0], "main", args.work) == jitted_code(sj, paths[1], "main",
                                                                      args.work)
    print(f"   main's machine code, direct and adapted: "
          f"{'identical' if same else 'DIFFERENT'} (call displacements aside)")
    print(f"   adapted / direct  {per_call['adapted'] / per_call['direct']:6.2f}x;"
          f" direct / C array {per_call['direct'] / per_call['c-array']:6.2f}x")


if __name__ == "__main__":
    main()
