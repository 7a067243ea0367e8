#!/usr/bin/env python3
"""Turns a JMH JSON result file into the ratio tables of docs/benchmarks.md.

Usage: python3 benchmarks/ratios.py result.json [pair ...]
A pair is "ours:baseline" method names within one benchmark class (throughput ops/s: ratio > 1 is faster; average time us/op: ratio > 1 is slower; default pairs:
ours:jca, oursDecrypt:jcaDecrypt, decodeEncode:baselineCopy, hmacSha1Ours:hmacSha1JcaPreInitialised).
Ratios compare results measured in the same run, as the project's rules ask.
"""
import json
import sys
from collections import defaultdict

DEFAULT_PAIRS = ["ours:jca", "oursDecrypt:jcaDecrypt", "decodeEncode:baselineCopy",
                 "tlsPskAdmission:tcpConnectClose", "verifyDigestAndSignature:sha256Baseline",
                 "hmacSha1Ours:hmacSha1JcaPreInitialised"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    runs = json.load(open(sys.argv[1]))
    pairs = [p.split(":") for p in (sys.argv[2:] or DEFAULT_PAIRS)]
    table = defaultdict(dict)
    units = {}
    for r in runs:
        cls, method = r["benchmark"].rsplit(".", 1)
        params = ", ".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
        m = r["primaryMetric"]
        table[(cls.rsplit(".", 1)[1], params)][method] = (m["score"], m["scoreError"])
        units[(cls.rsplit(".", 1)[1], params)] = m["scoreUnit"]
    print("| benchmark | params | ours | baseline | unit | ratio ours/baseline |")
    print("|---|---|---|---|---|---|")
    for (cls, params), methods in sorted(table.items()):
        for ours, base in pairs:
            if ours in methods and base in methods:
                (o, oe), (b, be) = methods[ours], methods[base]
                print(f"| {cls}.{ours} | {params or '-'} | {o:.3f} ± {oe:.3f} | {b:.3f} ± {be:.3f} "
                      f"| {units[(cls, params)]} | **{o / b:.2f}** |")
        for method, (s, e) in sorted(methods.items()):
            if not any(method in p for p in pairs):
                print(f"| {cls}.{method} | {params or '-'} | {s:.3f} ± {e:.3f} | - | {units[(cls, params)]} | - |")


if __name__ == "__main__":
    main()
