// `npm run eval`: every dev figure in one run — entities, dates, quotations — each set under its own heading.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** `../shared/data/…` from the main checkout, further up from a worktree (as the training script finds it). */
function shared(sub) {
  for (let dir = path.resolve('..'); ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'shared', 'data', sub);
    if (existsSync(p) || path.dirname(dir) === dir) return existsSync(p) ? p : path.join('..', 'shared', 'data', sub);
  }
}

const cli = (...args) => ['dist/cli.js', ...args];
const steps = [
  ['Entities: NewsFANE held out (every 10th sentence)', cli('eval', '--conll', 'out/dev/newsfane-dev.conll')],
  ['Entities: NewsFANE held out, even-indexed half (tuned on: its errors may be read)', cli('eval', '--conll', 'out/dev/newsfane-dev-even.conll')],
  ['Entities: NewsFANE held out, odd-indexed half (scored only: its errors are never read)', cli('eval', '--conll', 'out/dev/newsfane-dev-odd.conll')],
  ['Entities: NewsFANE held out, odd half, as if the name lists had never held its gold persons and organisations (`--unlisted`: the hidden benchmark\'s unseen names)', cli('eval', '--conll', 'out/dev/newsfane-dev-odd.conll', '--unlisted')],
  ['Entities: the same, person names unknown even as name parts (`--unlisted-depth all`: people of a culture the lists never met)', cli('eval', '--conll', 'out/dev/newsfane-dev-odd.conll', '--unlisted', '--unlisted-depth', 'all')],
  ['Entities: the same half, the gold names also new to the tagger (`--unseen --unlisted-depth family`: a person\'s family name and a body\'s words never met in any text; the closest of our figures to the hidden benchmark)', cli('eval', '--conll', 'out/dev/newsfane-dev-odd.conll', '--unseen', '--unlisted-depth', 'family')],
  ['Entities: Wojood sample, held-out fifth', cli('eval', '--conll', 'out/dev/wojood-sample-dev.conll')],
  ['Entities: Wojood sample, held-out fifth, settlement heads outside places (the project\'s ANERcorp convention; Wojood keeps `قرية`, `مخيم`, `مدينة` inside)', cli('eval', '--conll', 'out/dev/wojood-sample-dev-heads-out.conll')],
  ['Entities: Wojood held-out fifth, even sentences (dev half: errors may be read while tuning)', cli('eval', '--conll', 'out/dev/wojood-sample-dev-even.conll')],
  ['Entities: Wojood held-out fifth, odd sentences (test half: scored only)', cli('eval', '--conll', 'out/dev/wojood-sample-dev-odd.conll')],
  ['Entities: Wojood held-out fifth, even sentences, settlement heads outside places (dev half)', cli('eval', '--conll', 'out/dev/wojood-sample-dev-heads-out-even.conll')],
  ['Entities: Wojood held-out fifth, odd sentences, settlement heads outside places (test half: scored only)', cli('eval', '--conll', 'out/dev/wojood-sample-dev-heads-out-odd.conll')],
  ['Entities: own modern-news dev set', cli('eval', '--conll', 'test/fixtures/dev-ner/dev.conll')],
  ['Entities: own modern-news test set (scored only)', cli('eval', '--conll', 'test/fixtures/dev-ner/test.conll')],
  ['Entities: hard varied news dev (254 sentences, tuned on)', cli('eval', '--conll', 'test/fixtures/news-ner/dev.conll')],
  ['Entities: hard varied news test (259 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test.conll')],
  ['Entities: second hard news dev (62 sentences, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev2.conll')],
  ['Entities: second hard news test (61 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test2.conll')],
  ['Entities: third hard news dev (66 sentences: 2000s–2010s wire and 2020 health/politics, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev3.conll')],
  ['Entities: third hard news test (65 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test3.conll')],
  ['Entities: fourth hard news dev (70 sentences: 2000s–2010s wire and 2020–2025 news, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev4.conll')],
  ['Entities: fourth hard news test (70 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test4.conll')],
  ['Entities: fifth hard news dev (70 sentences: 2000s wire of many bureaus, many organisations, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev5.conll')],
  ['Entities: fifth hard news test (70 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test5.conll')],
  ['Entities: sixth news dev (55 sentences: 2015–2026 persons of many countries, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev6.conll')],
  ['Entities: sixth news test (54 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test6.conll')],
  ['Entities: seventh news dev (70 sentences: organisations as 2000s wire and 2018–2026 news name them, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev7.conll')],
  ['Entities: seventh news test (70 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test7.conll')],
  ['Entities: eighth news dev (70 sentences: ANERcorp-era wire and 2018–2026 news, written before tuning on it)', cli('eval', '--conll', 'test/fixtures/news-ner/dev8.conll')],
  ['Entities: eighth news test (70 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test8.conll')],
  ['Entities: ninth news dev (12 whole articles, 114 sentences: 2003–2012 wire and 2020–2025 news, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev9.conll')],
  ['Entities: ninth news test (12 whole articles, 119 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test9.conll')],
  ['Entities: tenth news dev (12 whole articles, 130 sentences: 2003–2012 wire and 2019–2025 news, dense in organisations, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev10.conll')],
  ['Entities: tenth news test (12 whole articles, 128 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test10.conll')],
  ['Entities: eleventh news dev (18 whole articles, 180 sentences: Arab and world news 2006–2024 by kind — war, sport, markets, health, courts, culture — with regional datelines and raw clitics, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev11.conll')],
  ['Entities: eleventh news test (18 whole articles, 173 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test11.conll')],
  ['Entities: twelfth news dev (14 whole local articles, 99 sentences: provinces, municipalities, courts, unions, local banks, small clubs, universities, hospitals, NGOs and local media of many countries, half hamza-less, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev12.conll')],
  ['Entities: twelfth news test (14 whole local articles, 98 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test12.conll')],
  ['Entities: thirteenth news dev (12 whole articles, 109 sentences: 2004–2009 wire — Iraq, Lebanon, Darfur, Palestine, Pakistan, OPEC, Algeria, the 2006 World Cup — and 2023–2024 health, tech, elections and climate news, one hamza-less article, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev13.conll')],
  ['Entities: thirteenth news test (12 whole articles, 106 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test13.conll')],
  ['Entities: fourteenth news dev (11 whole articles, 111 sentences: 2019–2021 pandemic and politics news — health ministries, hospitals, doctors, vaccine makers and trials, lockdowns, elections, protests — from Maghreb, Egypt, Levant, Gulf, Iraq, Sudan, Yemen and international desks, most persons unlisted, one hamza-less article, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev14.conll')],
  ['Entities: fourteenth news test (11 whole articles, 111 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test14.conll')],
  ['Entities: fifteenth news dev (11 whole articles, 106 sentences: two thirds 2003–2009 ANERcorp-style wire — Maghreb, Gulf, Sudan, Iraq, Lebanon, culture, courts, telecoms — and a third 2019–2023 sport, fintech and protest news, dense in organisations named by words, MISC of the benchmark\'s kind and unlisted persons, one hamza-less article, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev15.conll')],
  ['Entities: fifteenth news test (11 whole articles, 110 sentences, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test15.conll')],
  ['Entities: sixteenth news dev (16 whole articles, 244 sentences: genres beyond wire copy, 2004–2026 — feature, interview, opinion column, company and ministry/NGO press releases, court report, obituary, match report, transfer news, local news, culture review, tech/economy report, profile — dense in unlisted persons of many regions, bodies named by common words, two hamza-less articles, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev16.conll')],
  ['Entities: sixteenth news test (16 whole articles, 239 sentences, same genres, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test16.conll')],
  ['Entities: seventeenth news dev (14 whole articles, 247 sentences: sports, culture, technology and business news of the regional press, 2010–2026 — Mauritania, Sudan, Libya, Iraq and Kurdistan, Algeria, Tunisia, Oman, Kuwait, Yemen, Somalia, Chad — clubs and teams named by places and words, works, apps, products, small companies repeated bare, Latin-script distractors)', cli('eval', '--conll', 'test/fixtures/news-ner/dev17.conll')],
  ['Entities: seventeenth news test (14 whole articles, 245 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test17.conll')],
  ['Entities: eighteenth news dev (17 whole articles, 251 sentences: armed conflict and security, humanitarian, elections and parliaments, diplomacy and summits, health and science news, a third 2003–2008 wire and the rest 2015–2026 — militias and armed groups named by words, UN missions and agencies, parties, coalitions and electoral commissions of many countries, regional bodies, transliterated leaders repeated by surname, vaccines and drugs, diseases that stay O)', cli('eval', '--conll', 'test/fixtures/news-ner/dev18.conll')],
  ['Entities: eighteenth news test (17 whole articles, 247 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test18.conll')],
  ['Entities: nineteenth news dev (17 whole articles, 233 sentences: local and municipal news, economy, opinion and analysis, Q&A interviews, obituaries and profiles, regional sports, religious affairs and 2020 pandemic news, a third 2003–2008 wire and the rest 2015–2025 — invented persons of many origins and mid-size organisations no list holds, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev19.conll')],
  ['Entities: nineteenth news test (17 whole articles, 230 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test19.conll')],
  ['Entities: twentieth news dev (15 whole articles, 219 sentences: 2019–2025 health, politics, world and technology news — 2020–2022 pandemic, elections and parliaments, foreign news, tech and business, culture and prizes, conflict and relief, science and environment, a tournament under COVID — invented persons of many origins and mid-size bodies no list holds, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev20.conll')],
  ['Entities: twentieth news test (15 whole articles, 214 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test20.conll')],
  ['Entities: twenty-first news dev (14 whole articles, 201 sentences: regional press of the Maghreb, Sudan, Iraq and Kurdistan, Yemen and the Gulf beyond politics — courts and crime, economy and markets, religious affairs, education and universities, obituaries, Q&A interviews, local services — invented persons of the region\'s own name shapes and mid-size bodies no list holds, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev21.conll')],
  ['Entities: twenty-first news test (14 whole articles, 200 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test21.conll')],
  ['Entities: twenty-second news dev (14 whole articles, 186 sentences: world-desk wire as Arab agencies write it, 2004–2012 two thirds and 2020–2024 one third — elections and governments of Latin America, Africa, South and East Asia and Europe, disasters and epidemics, summits and tournaments, markets, courts; transliterated foreign persons mostly invented, three hamza-less articles, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev22.conll')],
  ['Entities: twenty-second news test (14 whole articles, 183 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test22.conll')],
  ['Entities: twenty-third news dev (14 whole articles, 184 sentences: domestic Arab affairs of 2003–2009 as agencies and dailies wrote them — parliaments and committees, ministries and directorates, courts, syndicates, universities, banks and currencies, municipal and national elections, leagues and cups, book fairs, festivals and prizes, named plans, epidemics; persons invented in the shapes of their countries, bodies named by common words and repeated bare, two hamza-less articles, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev23.conll')],
  ['Entities: twenty-third news test (14 whole articles, 186 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test23.conll')],
  ['Entities: twenty-fourth news dev (14 whole articles, 187 sentences: regional and world news of 2019–2024 as Arab sites wrote it — vaccine campaigns and scandals, hospitals and strikes, outbreaks, protests, elections, cabinet changes, courts, refugees, apps and data leaks, fuel, power and gas; persons mostly invented in the shapes of their countries and repeated by surname, bodies by common words and acronyms, clubs named bare, two hamza-less articles, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev24.conll')],
  ['Entities: twenty-fourth news test (14 whole articles, 184 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test24.conll')],
  ['Entities: twenty-fifth news dev (14 whole articles, 186 sentences: health and politics of 2020 as Arab wire and sites wrote it — lockdowns and curfews, case briefings and drug protocols, doctors\' deaths, prisoners released for the virus, the WHO, vaccine trials, elections, cabinets and protests under the pandemic, court cases, stranded citizens, exams; real office-holders and scientists of 2020 beside invented local people, repeated by surname, four hamza-less articles across the pair, each article analysed as one document)', cli('eval', '--conll', 'test/fixtures/news-ner/dev25.conll')],
  ['Entities: twenty-fifth news test (14 whole articles, 194 sentences, same mix, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test25.conll')],
  ['Entities: twenty-sixth news dev (14 whole articles, 185 sentences: local news of 2019–2022 — accidents, crime, obituaries, courts, a sick child, municipal elections, a cabinet, a league match, a book seminar, a missing child, a released prisoner, a footballer\'s collapse, a house collapse, a fraud case — with persons in the shapes Arab sites use: first names of ordinary people, kunyas, families, lists of victims, ministers, defendants and players, bylines and captions; two hamza-less articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev26.conll')],
  ['Entities: twenty-sixth news test (14 whole articles, 184 sentences, same kinds, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test26.conll')],
  ['Entities: twenty-seventh news dev (14 whole articles, 179 sentences: wire and site news of 2004–2012 and 2021–2025 dense in MISC and organisations — tournaments, the Olympics, a film festival, a book fair and prizes, a phone launch, a telecom deal, bank results, a currency float, a security forum, a named military operation, a defence fair, the hajj, Ramadan series; two hamza-less articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev27.conll')],
  ['Entities: twenty-seventh news test (14 whole articles, 180 sentences, same kinds, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test27.conll')],
  ['Entities: twenty-eighth news dev (14 whole articles, 150 sentences: health and politics news of 2020–2026 as Arab wire and sites write it — a vaccination start, a variant, a doctor in a war\'s cholera, a health budget, an election, a cabinet, a parliament\'s law, a nurses\' protest, a court on forged certificates, regional diplomacy, a spokesperson\'s briefing, the WHO, a drug maker\'s deal, a local outbreak; persons mostly invented and ordinary, in the shapes sites use; three hamza-less articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev28.conll')],
  ['Entities: twenty-eighth news test (14 whole articles, 140 sentences, same kinds, one hamza-less article, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test28.conll')],
  ['Entities: twenty-ninth news dev (14 whole articles, 132 sentences: MISC-heavy regional news of 2016–2024 from the Maghreb, the Gulf, Sudan, Yemen and Iraq — a film festival, a book fair, a light festival, a Gulf Cup, a Sudanese club abroad, a boxer at the Mediterranean Games, a car plant, a currency\'s fall, an AI model launch, a pilgrimage, provincial elections, a climate summit, a named military operation, a music festival; a quarter of the spans MISC; about half the persons invented; two hamza-less articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev29.conll')],
  ['Entities: twenty-ninth news test (14 whole articles, 129 sentences, same kinds, two hamza-less articles, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test29.conll')],
  ['Entities: thirtieth news dev (14 whole articles, 125 sentences: economy, markets and companies news of 2006–2024 — Gulf and Egyptian bourses, a central bank\'s float, an OPEC meeting, bank results, a cross-border takeover, an IPO, 5G launches, an air-show order, a developer\'s sales, a sovereign downgrade, a tech fair, a textile strike, a court case against a bank, a fintech round; half the spans ORG; about half the persons invented; two hamza-less articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev30.conll')],
  ['Entities: thirtieth news test (14 whole articles, 122 sentences, same kinds, two hamza-less articles, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test30.conll')],
  ['Entities: thirty-first news dev (14 whole articles, 112 sentences: sports news of 2004–2026 as Arab wire and sports sites write it — Egyptian, Saudi and Spanish league reports, an AFC Champions League tie, a World Cup qualifier, Olympic athletics, Wimbledon, an African handball final, the Saudi Grand Prix, transfers, a league\'s disciplinary fines, a doping ban; clubs and national teams named by cities, countries and words; two hamza-less 2006 wire articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev31.conll')],
  ['Entities: thirty-first news test (14 whole articles, 111 sentences, same kinds, two hamza-less 2004–2007 wire articles, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test31.conll')],
  ['Entities: thirty-second news dev (14 whole articles, 108 sentences: courts, crime, police and justice news of 2004–2025 as Arab wire and sites write it — murder, terrorism and corruption trials, a cassation ruling, prosecution and police statements, drug smuggling, traffic, a royal pardon, the ICC, an extradition, a rights report, a TikTok arrest, a defamation case; two hamza-less 2005–2006 wire articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev32.conll')],
  ['Entities: thirty-second news test (14 whole articles, 104 sentences, same kinds, two hamza-less 2004–2007 wire articles, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test32.conll')],
  ['Entities: thirty-third news dev (14 whole articles, 106 sentences: science, environment, education, energy and transport news of 2006–2023 as Arab wire and sites write it — a university lab, exam results, a Mars probe, COP27, a drought and the meteorology authorities, a nuclear plant, a new air route, a railway, oil discoveries, a solar plant, a cholera outbreak, a science prize, a curriculum row, a tomb find; two hamza-less 2007–2008 wire articles)', cli('eval', '--conll', 'test/fixtures/news-ner/dev33.conll')],
  ['Entities: thirty-third news test (14 whole articles, 106 sentences, same kinds, two hamza-less 2009 wire articles, scored only)', cli('eval', '--conll', 'test/fixtures/news-ner/test33.conll')],
  ['Dates: Wojood validation (DATE+TIME)', cli('eval', '--dates', '--conll', shared('dates/wojood-sample-val.conll'))],
  ['Quotations and speakers: own dev and test sets (speaker accuracy over all gold quotations)', cli('eval', '--quotes', 'test/fixtures/dev-quotes')],
  ['Quotations and speakers: hard varied news dev and test (scored only) sets', cli('eval', '--quotes', 'test/fixtures/news-quotes')],
  ['Quotations and speakers: fresh news set 2 (other outlets: split quotes, roles, posts, interviews) dev and test (scored only)', cli('eval', '--quotes', 'test/fixtures/news-quotes2')],
  ['Quotations and speakers: hard news set 3 (news as printed, 2005–2026: far speakers, pronouns after a change of subject, attribution after the quote, relays, partial quotes, roles, sources, posts, a press conference, translated statements, headlines, every kind of mark) dev and test (scored only)', cli('eval', '--quotes', 'test/fixtures/news-quotes3')],
  ['Quotations and speakers: news set 4 (courts, parliament, eyewitnesses, press conferences, briefings, opinion, posts; test only, held out, scored only: never print its errors)', cli('eval', '--quotes', 'test/fixtures/news-quotes4')],
  ['Quotations and speakers: news set 5 (a Q&A interview, a wire round-up, residents and aid workers by first name, a CEO and analysts, a court, a cup final, a tweet thread, a parliament vote, an obituary, an opinion column, 2007–2024; test only, held out, scored only: never print its errors)', cli('eval', '--quotes', 'test/fixtures/news-quotes5')],
  ['Dates: own dev, test, stress and fresh sets (TimeML spans, types, values; fresh-test scored only)', cli('eval-dates', 'test/fixtures/dev-dates/dev.txt', 'test/fixtures/dev-dates/test.txt', 'test/fixtures/dev-dates/stress.txt', 'test/fixtures/dev-dates/stress2.txt', 'test/fixtures/dev-dates/fresh.txt', 'test/fixtures/dev-dates/fresh-test.txt')],
  ['Dates: hard sets (news as printed: datelines and bylines, dates plainly ahead without المقبل, Hijri without هـ, ranges, afternoon clock times, edges; hard-test scored only)', cli('eval-dates', 'test/fixtures/dev-dates/hard.txt', 'test/fixtures/dev-dates/hard-test.txt')],
  ['Dates: second fresh set (court hearings, fixtures, academic and fiscal years, Hijri religious news, anniversaries, weather warnings, deadlines; held out, scored only: never print its errors)', cli('eval-dates', 'test/fixtures/dev-dates/fresh2-test.txt')],
  ['Dates: third fresh set (election rounds, a school calendar, Ramadan and Eid with Hijri beside Gregorian, fiscal years, weekday-only references, clock times in prose and midnight, ages, historic years and decades; held out, scored only: never print its errors)', cli('eval-dates', 'test/fixtures/dev-dates/fresh3-test.txt')],
];

// `npm run eval -- --learning-curve`: issue 16's adaptation experiment only (its base is trained without Wojood first if missing).
if (process.argv.includes('--learning-curve')) {
  const base = 'out/learn/base-no-wojood.json.gz';
  if (!existsSync(base)) execFileSync(process.execPath, ['dist/train.js', '--no-wojood', '--out', base, '--dev-out', 'out/learn/dev'], { stdio: 'inherit' });
  execFileSync(process.execPath, cli('learning-curve', '--base', base), { stdio: 'inherit' });
  process.exit(0);
}

// The dev splits are written by the training script, without training.
execFileSync(process.execPath, ['dist/train.js', '--dev-only'], { stdio: 'inherit' });
// Held-out sets in two halves by position (sentences 0, 2, 4… and 1, 3, 5…): one to read errors on, one only scored.
for (const name of ['newsfane-dev', 'wojood-sample-dev', 'wojood-sample-dev-heads-out']) {
  const sentences = readFileSync(`out/dev/${name}.conll`, 'utf8').split(/\r?\n[ \t]*\r?\n/).map((s) => s.trim()).filter(Boolean);
  for (const [half, parity] of [['even', 0], ['odd', 1]]) writeFileSync(`out/dev/${name}-${half}.conll`, sentences.filter((_, i) => i % 2 === parity).join('\n\n') + '\n');
}
let failed = 0;
for (const [title, args] of steps) {
  console.log(`\n# ${title}`);
  try { execFileSync(process.execPath, args, { stdio: 'inherit' }); } catch { failed++; }
}
process.exit(failed ? 1 : 0);
