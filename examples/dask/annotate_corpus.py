#!/usr/bin/python3
"""Annotates a folder of JSONL partitions on a dask.distributed cluster: each partition goes through
the CLI's streaming filter (`annotate --jsonl -`) on a worker, and comes back as one output file per
partition, records in input order.

    /usr/bin/python3 examples/dask/annotate_corpus.py IN_DIR OUT_DIR [--scheduler tcp://host:8786]
                     [--workers 2] [--cli dist/cli.js] [--node node]

IN_DIR holds *.jsonl files of {"id", "text", "date"?} lines; OUT_DIR gets a file of the same name
for each, with the export JSON of each record plus its "id", or {"id", "error"}. Without
--scheduler a LocalCluster with --workers processes (one thread each) is started. Each worker runs
the CLI with --jobs 1: the cluster already gives one partition per core. The CLI and its model must
be at the same path on every worker.
"""
import argparse
import os
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def pipe_through_cli(lines, node, cli, extra):
    """One partition through the filter: lines in, output lines out, in the same order."""
    data = ''.join(line if line.endswith('\n') else line + '\n' for line in lines).encode('utf-8')
    run = subprocess.run([node, cli, 'annotate', '--jsonl', '-', '--jobs', '1', *extra],
                         input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    # 1 means some records failed: they are in the output as {"id", "error"}; anything else is a real failure.
    if run.returncode not in (0, 1):
        raise RuntimeError(f'annotate --jsonl exited {run.returncode}: {run.stderr.decode("utf-8", "replace")[:500]}')
    return run.stdout.decode('utf-8').splitlines()


def annotate_corpus(in_dir, out_dir, client, node='node', cli='dist/cli.js', extra=()):
    """Writes OUT_DIR/NAME.jsonl for every IN_DIR/NAME.jsonl; returns the partition names."""
    names = sorted(f for f in os.listdir(in_dir) if f.endswith('.jsonl'))
    if not names:
        raise SystemExit(f'no *.jsonl partitions in {in_dir}')
    os.makedirs(out_dir, exist_ok=True)
    cli = os.path.abspath(cli)
    # blocksize=None: one partition per file, so outputs map back to inputs by position.
    bag = db.read_text([os.path.join(in_dir, n) for n in names], blocksize=None, encoding='utf-8')
    out = bag.map_partitions(pipe_through_cli, node, cli, list(extra))
    stems = [n[:-len('.jsonl')] for n in names]
    out.to_textfiles(os.path.join(out_dir, '*.jsonl'), name_function=lambda i: stems[i], encoding='utf-8', compute=True)
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('in_dir')
    ap.add_argument('out_dir')
    ap.add_argument('--scheduler', help='address of a running scheduler (default: a LocalCluster)')
    ap.add_argument('--workers', type=int, default=2, help='LocalCluster worker processes')
    ap.add_argument('--cli', default=os.path.join(os.path.dirname(__file__), '..', '..', 'dist', 'cli.js'))
    ap.add_argument('--node', default='node')
    ap.add_argument('--reference-date', help='YYYY-MM-DD for records without "date"')
    args = ap.parse_args()
    extra = ['--reference-date', args.reference_date] if args.reference_date else []
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None))
    with client:
        names = annotate_corpus(args.in_dir, args.out_dir, client, args.node, args.cli, extra)
    print(f'{len(names)} partitions annotated into {args.out_dir}', file=sys.stderr)


if __name__ == '__main__':
    main()
