#!/usr/bin/env python3
"""Runs tests/bench/runtime-bench as several processes and prints, for each
row, the best (lowest) ns/op over every repetition of every process, with
the ratios against the peer rows measured in the same batch.

  bench/runtime_table.py [--bench build/tests/bench/runtime-bench]
                         [--processes 3] [--repetitions 3] [--filter REGEX]
"""
import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict

# Row -> the peer it is compared with (same batch).
PEERS = {
    "BM_IntInsert_Runtime": "BM_IntInsert_Absl",
    "BM_IntHit_Runtime": "BM_IntHit_Absl",
    "BM_IntMiss_Runtime": "BM_IntMiss_Absl",
    "BM_StringInsert_Runtime": "BM_StringInsert_Absl",
    "BM_StringHit_Runtime": "BM_StringHit_Absl",
    "BM_StringMiss_Runtime": "BM_StringMiss_Absl",
    "BM_StringHitFreshKeys_Runtime": "BM_StringHit_Absl",
    "BM_StringMissFreshKeys_Runtime": "BM_StringMiss_Absl",
    "BM_IntHitTwoDicts_Runtime": "BM_IntHitTwoDicts_Absl",
    "BM_IntMissTwoDicts_Runtime": "BM_IntMissTwoDicts_Absl",
    "BM_StringHitTwoDicts_Runtime": "BM_StringHitTwoDicts_Absl",
    "BM_StringMissTwoDicts_Runtime": "BM_StringMissTwoDicts_Absl",
    "BM_Alloc_RtObject2Fields": "BM_Alloc_GcMalloc48",
    "BM_Alloc_RtTuple2": "BM_Alloc_GcMalloc32",
    "BM_Alloc_RtString8": "BM_Alloc_GcMallocAtomic33",
    "BM_ArrayPush_Runtime": "BM_ArrayPush_Vector",
    "BM_ArrayGet_Runtime": "BM_ArrayGet_Vector",
    "BM_SharedDictAndArray_Runtime/real_time/threads:1":
        "BM_SharedDictAndArray_MutexAbsl/real_time/threads:1",
    "BM_SharedDictAndArray_Runtime/real_time/threads:2":
        "BM_SharedDictAndArray_MutexAbsl/real_time/threads:2",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", default="build/tests/bench/runtime-bench")
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--filter", default=".")
    args = parser.parse_args()

    best = {}
    per_process = defaultdict(list)  # row -> best ns/op of each process
    for process in range(args.processes):
        print(f"process {process + 1}/{args.processes} ...", file=sys.stderr, flush=True)
        out = subprocess.run(
            [args.bench, f"--benchmark_filter={args.filter}",
             f"--benchmark_repetitions={args.repetitions}", "--benchmark_format=json"],
            check=True, capture_output=True, text=True).stdout
        mine = {}
        for row in json.loads(out)["benchmarks"]:
            if row.get("run_type") != "iteration" or "ns/op" not in row:
                continue
            name = row["run_name"]
            # The counter is an inverted rate: seconds per operation.
            mine[name] = min(mine.get(name, float("inf")), row["ns/op"] * 1e9)
        for name, value in mine.items():
            best[name] = min(best.get(name, float("inf")), value)
            per_process[name].append(value)

    width = max(len(name) for name in best) if best else 10
    print(f"{'row':<{width}}  {'best ns/op':>10}  {'per process':>24}  vs peer")
    for name in sorted(best):
        ratio = ""
        peer = PEERS.get(name)
        if peer in best:
            ratio = f"{best[name] / best[peer]:.2f}x {peer}"
            pairs = [a / b for a, b in zip(per_process[name], per_process[peer])]
            ratio += f" (per process {min(pairs):.2f}-{max(pairs):.2f}x)"
        spread = "-".join(f"{v:.1f}" for v in (min(per_process[name]), max(per_process[name])))
        print(f"{name:<{width}}  {best[name]:>10.2f}  {spread:>24}  {ratio}")


if __name__ == "__main__":
    main()
