"""Per-type inclusive share of CPU samples from `perf script` output (bench/class-cost.sh).

For every sample, the set of Compliance.Analyzers types with a method on its stack; each type counts the sample once,
so recursion and several methods of one type are not counted twice. Method names of all JIT tiers fold into their type.
With METHODS="Type::Method,…" (type without namespace) the same inclusive share is printed for each of those methods too:
a class that is a branch inside a shared type (PiiFlowTracer::ToStringOverride, CSharpSecretFinder::IsConstantSalt) gets
its own line instead of being bounded by its type's.
"""
import os
import collections
import re
import sys

FRAME = re.compile(r'\[Compliance\.Analyzers\] Compliance\.Analyzers\.([\w.]+?)(?:\+[^:]*)?::')


def main(path, top):
    methods = [m.strip() for m in os.environ.get('METHODS', '').split(',') if m.strip()]
    method_counts = collections.Counter()
    hit = set()
    counts = collections.Counter()
    total = with_any = 0
    stack = set()
    in_sample = False
    source = sys.stdin if path == '-' else open(path, errors='replace')

    def flush():
        nonlocal total, with_any
        total += 1
        with_any += bool(stack)
        counts.update(stack)
        method_counts.update(hit)

    for line in source:
        if not line.strip():
            if in_sample:
                flush()
            stack, hit, in_sample = set(), set(), False
        elif not line.startswith((' ', '\t')):
            in_sample = True
        else:
            stack.update(FRAME.findall(line))
            for m in methods:
                if '.' + m + '(' in line or ']' + m + '(' in line:
                    hit.add(m)
    if in_sample:
        flush()
    if total == 0:
        sys.exit('no samples')
    print(f'samples {total}; with any Compliance.Analyzers frame {100 * with_any / total:.2f} %')
    for name, n in counts.most_common(top):
        print(f'{100 * n / total:6.2f} %  {name}')
    for m in methods:
        print(f'{100 * method_counts[m] / total:6.2f} %  method {m}')


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 60)
