// What the manifest promises a user of the editor: keys that fight nothing, colours that stay apart, no grammar scopes inside Arabic.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('no key combination that desktops or keyboard layouts take, and no takeover of undo/redo', () => {
  for (const k of manifest.contributes.keybindings as Array<{ key: string; mac?: string; command: string }>) {
    for (const key of [k.key, k.mac ?? '']) {
      // Ctrl+Alt+letter is AltGr on Windows layouts; Ctrl+Alt+Del/Backspace/L are taken by the desktop.
      assert.doesNotMatch(key, /ctrl\+alt|alt\+ctrl|cmd\+alt/, `${k.command}: ${key}`);
      assert.doesNotMatch(key, /^(ctrl|cmd)\+(shift\+)?[zy]$/, `${k.command}: ${key} takes over the editor's undo/redo`);
    }
    assert.match(k.key, /^ctrl\+k [0-9a-z]+$/, `${k.command} uses a Ctrl+K chord`);
  }
  const keys = manifest.contributes.keybindings.map((k: { key: string }) => k.key);
  assert.equal(new Set(keys).size, keys.length, 'each chord does one thing');
});

/** sRGB → linear → Machado et al. (2009) simulation matrices at full severity, then distance in linear RGB. */
const CVD: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
function seen(hex: string, m: number[][]): number[] {
  const lin = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return m.map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) ** (1 / 2.2));
}

test('the six label colours stay apart for colour-blind readers, on light and dark themes', () => {
  const borders = (manifest.contributes.colors as Array<{ id: string; defaults: Record<string, string> }>).filter((c) => c.id.endsWith('Border'));
  assert.equal(borders.length, 6);
  for (const theme of ['light', 'dark']) {
    for (const [vision, m] of Object.entries(CVD)) {
      let closest = Infinity;
      let pair = '';
      for (let i = 0; i < borders.length; i++) for (let j = i + 1; j < borders.length; j++) {
        const a = seen(borders[i].defaults[theme], m);
        const b = seen(borders[j].defaults[theme], m);
        const d = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        if (d < closest) { closest = d; pair = `${borders[i].id} / ${borders[j].id}`; }
      }
      // 0.1 in gamma-encoded RGB is about the difference between two clearly different swatches.
      assert.ok(closest > 0.1, `${theme} theme, ${vision}: ${pair} look alike (${closest.toFixed(3)})`);
    }
  }
});

test('Arabic News documents get no semantic highlighting by default, and the grammar scopes nothing in Arabic prose', () => {
  assert.equal(manifest.contributes.configurationDefaults['[arabic-news]']['editor.semanticHighlighting.enabled'], false);
  const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'arabic-news.tmLanguage.json'), 'utf8'));
  const sample = readFileSync(join(root, 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8').split('\n').filter((l) => /[\u0600-\u06FF]/.test(l));
  const patterns = JSON.stringify(grammar).match(/"(match|begin)":\s*"((?:[^"\\]|\\.)*)"/g) ?? [];
  for (const p of patterns) {
    const source = JSON.parse(`{${p}}`);
    const re = new RegExp(String(Object.values(source)[0]).replace('\\A', '^'), 'u');
    for (const line of sample) assert.doesNotMatch(line, re, `grammar pattern ${p} splits an Arabic line`);
  }
});

test('the package ships every file the extension loads at run time (server, workers, model, replay sample, review pane)', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
  const shipped = (f: string) => ignore.some((l) => l === `!${f}` || (l.endsWith('/**') && l.startsWith('!') && f.startsWith(l.slice(1, -2))));
  // Workers are started by file name from dist/: each one the server starts must be in the .vsix, or the feature silently
  // does nothing (the CLI's own workers, server/src/cli, are not shipped). Every server source is read, so a new one counts.
  const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'cli' ? [] : sources(join(dir, d.name))) : d.name.endsWith('.ts') ? [readFileSync(join(dir, d.name), 'utf8')] : []);
  const workers = [...new Set(sources(join(root, 'server', 'src')).flatMap((text) => [...text.matchAll(/'(\w+Worker\.js)'/g)].map((m) => `dist/${m[1]}`)))];
  for (const w of ['dist/indexWorker.js', 'dist/adaptWorker.js', 'dist/tagWorker.js']) assert.ok(workers.includes(w), `${w} not found as a started worker`);
  // Data read beside the bundle: the model, the replay sample that model updates mix in (no ../shared once installed), the news lists prepared.
  const data = ['dist/ner-model.json.gz', 'dist/replay.json.gz', 'dist/news-lists.json'];
  for (const f of ['dist/client.js', 'dist/server.js', ...data, 'dist/media/reviewPane.js', 'dist/media/noto-naskh-arabic-arabic-400-normal.woff2', ...workers]) assert.ok(shipped(f), `${f} is not in the .vsix`);
});

test('the model and the data shipped with it stay within the package budget (8 MB)', () => {
  const data = join(root, 'server', 'data');
  const bytes = readdirSync(data).filter((f) => f.endsWith('.gz')).reduce((n, f) => n + statSync(join(data, f)).size, 0);
  assert.ok(readdirSync(data).includes('replay.json.gz'), 'the replay sample is built (npm run train)');
  assert.ok(bytes <= 8e6, `${(bytes / 1e6).toFixed(2)} MB`);
});
