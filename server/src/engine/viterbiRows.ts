// The Viterbi passes over the nine BIO tags written out: each predecessor's score and each transition held in a local, no inner loop.

/** The tags these rows are written for: O, then B- and I- of four labels in turn (tagger.ts checks its tag set against it). */
export const ROW_TAGS = 9;

/**
 * Fills rows 1..n-1 of `score` (row 0 set by the caller) with the best path score ending in each tag plus its emission, and
 * `back` with the predecessor that gave it: the same sums, compared in the same order, as a loop over the predecessors
 * (O and B- tags may follow any tag, tried 0 to 8, the first best kept; an I- tag only its own B- or I-, in that order).
 * Unrolled because this runs for every token of every sentence (and again for a split-clitic reread): with the
 * transitions in locals, a row is 53 additions and compares where the loops read the tables 106 times.
 */
export function forwardRows(em: Float64Array, n: number, trans: Float64Array, score: Float64Array, back: Int8Array): void {
  const r00 = trans[0], r10 = trans[9], r20 = trans[18], r30 = trans[27], r40 = trans[36], r50 = trans[45], r60 = trans[54], r70 = trans[63], r80 = trans[72];
  const r01 = trans[1], r11 = trans[10], r21 = trans[19], r31 = trans[28], r41 = trans[37], r51 = trans[46], r61 = trans[55], r71 = trans[64], r81 = trans[73];
  const r03 = trans[3], r13 = trans[12], r23 = trans[21], r33 = trans[30], r43 = trans[39], r53 = trans[48], r63 = trans[57], r73 = trans[66], r83 = trans[75];
  const r05 = trans[5], r15 = trans[14], r25 = trans[23], r35 = trans[32], r45 = trans[41], r55 = trans[50], r65 = trans[59], r75 = trans[68], r85 = trans[77];
  const r07 = trans[7], r17 = trans[16], r27 = trans[25], r37 = trans[34], r47 = trans[43], r57 = trans[52], r67 = trans[61], r77 = trans[70], r87 = trans[79];
  const r12 = trans[11], r22 = trans[20], r34 = trans[31], r44 = trans[40], r56 = trans[51], r66 = trans[60], r78 = trans[71], r88 = trans[80];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * 9;
    const cur = i * 9;
    const p0 = score[prev], p1 = score[prev + 1], p2 = score[prev + 2], p3 = score[prev + 3], p4 = score[prev + 4], p5 = score[prev + 5], p6 = score[prev + 6], p7 = score[prev + 7], p8 = score[prev + 8];
    let best: number, arg: number, s: number;
    best = -Infinity; arg = 0;
    s = p0 + r00; if (s > best) { best = s; arg = 0; }
    s = p1 + r10; if (s > best) { best = s; arg = 1; }
    s = p2 + r20; if (s > best) { best = s; arg = 2; }
    s = p3 + r30; if (s > best) { best = s; arg = 3; }
    s = p4 + r40; if (s > best) { best = s; arg = 4; }
    s = p5 + r50; if (s > best) { best = s; arg = 5; }
    s = p6 + r60; if (s > best) { best = s; arg = 6; }
    s = p7 + r70; if (s > best) { best = s; arg = 7; }
    s = p8 + r80; if (s > best) { best = s; arg = 8; }
    score[cur] = best + em[cur]; back[cur] = arg;
    best = -Infinity; arg = 0;
    s = p0 + r01; if (s > best) { best = s; arg = 0; }
    s = p1 + r11; if (s > best) { best = s; arg = 1; }
    s = p2 + r21; if (s > best) { best = s; arg = 2; }
    s = p3 + r31; if (s > best) { best = s; arg = 3; }
    s = p4 + r41; if (s > best) { best = s; arg = 4; }
    s = p5 + r51; if (s > best) { best = s; arg = 5; }
    s = p6 + r61; if (s > best) { best = s; arg = 6; }
    s = p7 + r71; if (s > best) { best = s; arg = 7; }
    s = p8 + r81; if (s > best) { best = s; arg = 8; }
    score[cur + 1] = best + em[cur + 1]; back[cur + 1] = arg;
    best = -Infinity; arg = 0;
    s = p1 + r12; if (s > best) { best = s; arg = 1; }
    s = p2 + r22; if (s > best) { best = s; arg = 2; }
    score[cur + 2] = best + em[cur + 2]; back[cur + 2] = arg;
    best = -Infinity; arg = 0;
    s = p0 + r03; if (s > best) { best = s; arg = 0; }
    s = p1 + r13; if (s > best) { best = s; arg = 1; }
    s = p2 + r23; if (s > best) { best = s; arg = 2; }
    s = p3 + r33; if (s > best) { best = s; arg = 3; }
    s = p4 + r43; if (s > best) { best = s; arg = 4; }
    s = p5 + r53; if (s > best) { best = s; arg = 5; }
    s = p6 + r63; if (s > best) { best = s; arg = 6; }
    s = p7 + r73; if (s > best) { best = s; arg = 7; }
    s = p8 + r83; if (s > best) { best = s; arg = 8; }
    score[cur + 3] = best + em[cur + 3]; back[cur + 3] = arg;
    best = -Infinity; arg = 0;
    s = p3 + r34; if (s > best) { best = s; arg = 3; }
    s = p4 + r44; if (s > best) { best = s; arg = 4; }
    score[cur + 4] = best + em[cur + 4]; back[cur + 4] = arg;
    best = -Infinity; arg = 0;
    s = p0 + r05; if (s > best) { best = s; arg = 0; }
    s = p1 + r15; if (s > best) { best = s; arg = 1; }
    s = p2 + r25; if (s > best) { best = s; arg = 2; }
    s = p3 + r35; if (s > best) { best = s; arg = 3; }
    s = p4 + r45; if (s > best) { best = s; arg = 4; }
    s = p5 + r55; if (s > best) { best = s; arg = 5; }
    s = p6 + r65; if (s > best) { best = s; arg = 6; }
    s = p7 + r75; if (s > best) { best = s; arg = 7; }
    s = p8 + r85; if (s > best) { best = s; arg = 8; }
    score[cur + 5] = best + em[cur + 5]; back[cur + 5] = arg;
    best = -Infinity; arg = 0;
    s = p5 + r56; if (s > best) { best = s; arg = 5; }
    s = p6 + r66; if (s > best) { best = s; arg = 6; }
    score[cur + 6] = best + em[cur + 6]; back[cur + 6] = arg;
    best = -Infinity; arg = 0;
    s = p0 + r07; if (s > best) { best = s; arg = 0; }
    s = p1 + r17; if (s > best) { best = s; arg = 1; }
    s = p2 + r27; if (s > best) { best = s; arg = 2; }
    s = p3 + r37; if (s > best) { best = s; arg = 3; }
    s = p4 + r47; if (s > best) { best = s; arg = 4; }
    s = p5 + r57; if (s > best) { best = s; arg = 5; }
    s = p6 + r67; if (s > best) { best = s; arg = 6; }
    s = p7 + r77; if (s > best) { best = s; arg = 7; }
    s = p8 + r87; if (s > best) { best = s; arg = 8; }
    score[cur + 7] = best + em[cur + 7]; back[cur + 7] = arg;
    best = -Infinity; arg = 0;
    s = p7 + r78; if (s > best) { best = s; arg = 7; }
    s = p8 + r88; if (s > best) { best = s; arg = 8; }
    score[cur + 8] = best + em[cur + 8]; back[cur + 8] = arg;
  }
}

/**
 * Fills rows `first`..n-2 of `beta` (row n-1 set by the caller) with the best score of the path's rest after each tag:
 * per predecessor p, the maximum over the tags allowed after it (O, every B-, and p's own label's I-) of
 * (transition + emission) + the next row's beta, summed in that order as the loop over the successors did.
 */
export function backwardRows(em: Float64Array, n: number, trans: Float64Array, beta: Float64Array, first: number): void {
  const u00 = trans[0], u01 = trans[1], u03 = trans[3], u05 = trans[5], u07 = trans[7];
  const u10 = trans[9], u11 = trans[10], u12 = trans[11], u13 = trans[12], u15 = trans[14], u17 = trans[16];
  const u20 = trans[18], u21 = trans[19], u22 = trans[20], u23 = trans[21], u25 = trans[23], u27 = trans[25];
  const u30 = trans[27], u31 = trans[28], u33 = trans[30], u34 = trans[31], u35 = trans[32], u37 = trans[34];
  const u40 = trans[36], u41 = trans[37], u43 = trans[39], u44 = trans[40], u45 = trans[41], u47 = trans[43];
  const u50 = trans[45], u51 = trans[46], u53 = trans[48], u55 = trans[50], u56 = trans[51], u57 = trans[52];
  const u60 = trans[54], u61 = trans[55], u63 = trans[57], u65 = trans[59], u66 = trans[60], u67 = trans[61];
  const u70 = trans[63], u71 = trans[64], u73 = trans[66], u75 = trans[68], u77 = trans[70], u78 = trans[71];
  const u80 = trans[72], u81 = trans[73], u83 = trans[75], u85 = trans[77], u87 = trans[79], u88 = trans[80];
  for (let i = n - 2; i >= first; i--) {
    const next = (i + 1) * 9;
    const row = i * 9;
    const e0 = em[next], e1 = em[next + 1], e2 = em[next + 2], e3 = em[next + 3], e4 = em[next + 4], e5 = em[next + 5], e6 = em[next + 6], e7 = em[next + 7], e8 = em[next + 8];
    const b0 = beta[next], b1 = beta[next + 1], b2 = beta[next + 2], b3 = beta[next + 3], b4 = beta[next + 4], b5 = beta[next + 5], b6 = beta[next + 6], b7 = beta[next + 7], b8 = beta[next + 8];
    let best: number, v: number;
    best = -Infinity;
    v = u00 + e0 + b0; if (v > best) best = v; v = u01 + e1 + b1; if (v > best) best = v; v = u03 + e3 + b3; if (v > best) best = v; v = u05 + e5 + b5; if (v > best) best = v; v = u07 + e7 + b7; if (v > best) best = v;
    beta[row] = best;
    best = -Infinity;
    v = u10 + e0 + b0; if (v > best) best = v; v = u11 + e1 + b1; if (v > best) best = v; v = u12 + e2 + b2; if (v > best) best = v; v = u13 + e3 + b3; if (v > best) best = v; v = u15 + e5 + b5; if (v > best) best = v; v = u17 + e7 + b7; if (v > best) best = v;
    beta[row + 1] = best;
    best = -Infinity;
    v = u20 + e0 + b0; if (v > best) best = v; v = u21 + e1 + b1; if (v > best) best = v; v = u22 + e2 + b2; if (v > best) best = v; v = u23 + e3 + b3; if (v > best) best = v; v = u25 + e5 + b5; if (v > best) best = v; v = u27 + e7 + b7; if (v > best) best = v;
    beta[row + 2] = best;
    best = -Infinity;
    v = u30 + e0 + b0; if (v > best) best = v; v = u31 + e1 + b1; if (v > best) best = v; v = u33 + e3 + b3; if (v > best) best = v; v = u34 + e4 + b4; if (v > best) best = v; v = u35 + e5 + b5; if (v > best) best = v; v = u37 + e7 + b7; if (v > best) best = v;
    beta[row + 3] = best;
    best = -Infinity;
    v = u40 + e0 + b0; if (v > best) best = v; v = u41 + e1 + b1; if (v > best) best = v; v = u43 + e3 + b3; if (v > best) best = v; v = u44 + e4 + b4; if (v > best) best = v; v = u45 + e5 + b5; if (v > best) best = v; v = u47 + e7 + b7; if (v > best) best = v;
    beta[row + 4] = best;
    best = -Infinity;
    v = u50 + e0 + b0; if (v > best) best = v; v = u51 + e1 + b1; if (v > best) best = v; v = u53 + e3 + b3; if (v > best) best = v; v = u55 + e5 + b5; if (v > best) best = v; v = u56 + e6 + b6; if (v > best) best = v; v = u57 + e7 + b7; if (v > best) best = v;
    beta[row + 5] = best;
    best = -Infinity;
    v = u60 + e0 + b0; if (v > best) best = v; v = u61 + e1 + b1; if (v > best) best = v; v = u63 + e3 + b3; if (v > best) best = v; v = u65 + e5 + b5; if (v > best) best = v; v = u66 + e6 + b6; if (v > best) best = v; v = u67 + e7 + b7; if (v > best) best = v;
    beta[row + 6] = best;
    best = -Infinity;
    v = u70 + e0 + b0; if (v > best) best = v; v = u71 + e1 + b1; if (v > best) best = v; v = u73 + e3 + b3; if (v > best) best = v; v = u75 + e5 + b5; if (v > best) best = v; v = u77 + e7 + b7; if (v > best) best = v; v = u78 + e8 + b8; if (v > best) best = v;
    beta[row + 7] = best;
    best = -Infinity;
    v = u80 + e0 + b0; if (v > best) best = v; v = u81 + e1 + b1; if (v > best) best = v; v = u83 + e3 + b3; if (v > best) best = v; v = u85 + e5 + b5; if (v > best) best = v; v = u87 + e7 + b7; if (v > best) best = v; v = u88 + e8 + b8; if (v > best) best = v;
    beta[row + 8] = best;
  }
}
