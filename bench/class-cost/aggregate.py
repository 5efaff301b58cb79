"""Per-type inclusive share of CPU samples from `perf script` output (bench/class-cost.sh).

For every sample, the set of Compliance.Analyzers types with a method on its stack; each type counts the sample once,
so recursion and several methods of one type are not counted twice. Method names of all JIT tiers fold into their type.
"""
import collections
import re
import sys

FRAME = re.compile(r'\[Compliance\.Analyzers\] Compliance\.Analyzers\.([\w.]+?)(?:\+[^:]*)?::')


def main(path, top):
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

    for line in source:
        if not line.strip():
            if in_sample:
                flush()
            stack, in_sample = set(), False
        elif not line.startswith((' ', '\t')):
            in_sample = True
        else:
            stack.update(FRAME.findall(line))
    if in_sample:
        flush()
    if total == 0:
        sys.exit('no samples')
    print(f'samples {total}; with any Compliance.Analyzers frame {100 * with_any / total:.2f} %')
    for name, n in counts.most_common(top):
        print(f'{100 * n / total:6.2f} %  {name}')


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 60)
