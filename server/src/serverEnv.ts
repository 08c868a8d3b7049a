// The environment the language server process is started with (by the extension and by the benchmarks' stdio client):
// glibc malloc settings that give large freed buffers back to the system, read by the C library only at process start.

/**
 * glibc serves a freed block above its mmap threshold back to the system at once, but by default it raises that
 * threshold to the size of each large block freed (up to 32 MB): after the first 2 MB message (an open's text, a
 * semantic-token answer) every later one comes from the heap, which keeps the memory after it is freed. A fixed
 * threshold (which also turns off that raising) and a trim threshold of the same size keep only small blocks.
 * Measured (npm run bench, server over stdio, load 1.7–5.6; without → with): 1 M characters, RSS after the open
 * 201–221 → 178–197 MB, after 40 edits 234–260 → 214–235, idle 205–211 → 174–178; 10 k: 107/118/118 → 101/107/107.
 * Edit → tokens and server CPU per edit within the noise. Other C libraries ignore these variables.
 */
export const MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: String(128 * 1024),
  MALLOC_TRIM_THRESHOLD_: String(128 * 1024),
};

/** `base` with the malloc settings added; a value the user set already is kept. ANA_MALLOC_DEFAULTS=1 adds none (glibc's own, to compare). */
export function serverEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...base };
  if (base.ANA_MALLOC_DEFAULTS) return env;
  for (const [k, v] of Object.entries(MALLOC_ENV)) if (env[k] === undefined) env[k] = v;
  return env;
}
