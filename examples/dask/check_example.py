#!/usr/bin/python3
"""CI check of the Dask example: a LocalCluster with two worker processes must give, partition by
partition and record for record, exactly what one `annotate --jsonl -` process gives on the same
records. Run with Debian's /usr/bin/python3 (python3-distributed); needs `npm run build` first."""
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(__file__))
from annotate_corpus import annotate_corpus  # noqa: E402
from dask.distributed import Client, LocalCluster  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
CLI = os.path.join(ROOT, 'dist', 'cli.js')

ARTICLES = [
    'استقبل الرئيس التونسي قيس سعيد في قصر قرطاج يوم الأربعاء وزير الخارجية الجزائري أحمد عطاف.',
    'قالت المتحدثة باسم المفوضية الأوروبية في بروكسل: «سنواصل دعم اللاجئين في لبنان والأردن».',
    'ارتفعت أسعار النفط في تعاملات 3 آذار/مارس 2024 بعد قرار منظمة أوبك خفض الإنتاج.',
    'أعلن نادي الهلال السعودي تعاقده مع المهاجم البرازيلي نيمار قادما من باريس سان جيرمان.',
    'وأكد وزير المالية المصري محمد معيط أن الحكومة ستطرح سندات جديدة خلال الربع الأول من العام المقبل.',
]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        in_dir, out_dir = os.path.join(tmp, 'in'), os.path.join(tmp, 'out')
        os.makedirs(in_dir)
        partitions = {}
        for p in range(3):
            lines = [json.dumps({'id': f'{p}-{i}', 'text': ARTICLES[(p + i) % len(ARTICLES)], 'date': f'2024-0{p + 1}-1{i}'}, ensure_ascii=False)
                     for i in range(4)]
            if p == 1:
                lines.insert(2, '{"id": "broken", "text": ')  # a bad record: an error line in its place
            partitions[f'part-{p}.jsonl'] = lines
            with open(os.path.join(in_dir, f'part-{p}.jsonl'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')
        with Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)) as client:
            assert len(client.scheduler_info()['workers']) == 2
            annotate_corpus(in_dir, out_dir, client, cli=CLI)
        for name, lines in sorted(partitions.items()):
            single = subprocess.run(['node', CLI, 'annotate', '--jsonl', '-', '--jobs', '1'], input=('\n'.join(lines) + '\n').encode(),
                                    stdout=subprocess.PIPE, check=False).stdout.decode().splitlines()
            with open(os.path.join(out_dir, name), encoding='utf-8') as f:
                cluster = f.read().splitlines()
            assert cluster == single, f'{name}: the cluster output differs from the single-process run'
            assert len(cluster) == len(lines), f'{name}: {len(cluster)} outputs for {len(lines)} records'
            errors = [json.loads(line)['error'] for line in cluster if '"error"' in line]
            assert len(errors) == (1 if name == 'part-1.jsonl' else 0), f'{name}: errors {errors}'
        print(f'dask example: {len(partitions)} partitions, {sum(map(len, partitions.values()))} records, identical to the single-process run')


if __name__ == '__main__':
    main()
