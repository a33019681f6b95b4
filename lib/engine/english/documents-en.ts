/**
 * Named documents in English text, beside the numbered ones the Vietnamese
 * finder reads in any language: "the Law on Belief and Religion", "the 2022
 * Law on the Implementation of Grassroots Democracy", "the Ordinance on …",
 * "the Constitution", "the 2013 Constitution", plenum and Congress resolutions,
 * "the Regulation on …", and projects cited by number ("the scheme 25").
 */
import { doc, type RawDocument, sameIssuerForAll, yearlessAsDated } from '../extract/documents';
import { DOC_WORDS } from '../vocab/documents';

// Words of a name are joined by spaces on one line: a headline's name does not run into the next line.
const LAW = /\b(?:(\d{4})[ \t]+)?(Law|Ordinance)[ \t]+on[ \t]+((?:(?:[A-Z][\w'’-]*|on|of|the|and|for|in)[ \t]+){0,10}[A-Z][\w'’-]*)/g;
/**
 * The codes Vietnam's English press names by their subject before the word ("the Land Law", "the 2013 Land Law",
 * "the Press Law 2016"): a closed list, since "Martial Law" or "International Law" are no State documents.
 */
const SUBJECT_LAW = /\b(?:(\d{4})[ \t]+)?(?:Land|Labour|Labor|Press|Housing|Investment|Enterprise|Construction|Election|Cybersecurity|Education|Criminal|Civil|Planning)[ \t]+(?:Code|Law)(?:[ \t]+(?:of[ \t]+)?(\d{4}))?\b/g;
const ORDINAL = '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)';
/** A plenum's resolution named without its number: "the 12th-tenure Party Central Committee's fourth plenum resolution". */
const PLENUM = new RegExp(
  `\\b(?:${ORDINAL}[-\\s](?:tenure\\s+)?)?(?:Party\\s+Central\\s+Committee|PCC|CPVCC|Central\\s+Committee)(?:['’]s)?\\s+(?:\\(term\\s+[IVXL]+\\)\\s+)?${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession|meeting)(?:,\\s*${ORDINAL}\\s+tenure)?\\s+[Rr]esolution\\b`,
  'gi',
);
/** The Central Committee, with its term before it: "the 12th Party Central Committee", "the 13th-tenure PCC". */
const CENTRAL = `(?:${ORDINAL}[-\\s](?:tenure\\s+)?)?(?:Party\\s+Central\\s+Committee|PCC|CPVCC|Central\\s+Committee)`;
/** "the fourth plenum resolution of the 12th Party Central Committee", "the Resolution of the 4th plenum of the 13th Party Central Committee". */
const PLENUM_THEN_CENTRAL = new RegExp(
  `\\b(?:Resolution\\s+of\\s+the\\s+${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession)|${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession)\\s+[Rr]esolution)\\s+of\\s+the\\s+${CENTRAL}\\b`,
  'g',
);
/** A Congress's resolution named before its word: "the 13th National Party Congress Resolution", "the 13th National Party Congress's Resolution". */
const CONGRESS_BEFORE = new RegExp(`\\b(${ORDINAL}|[IVXL]+)\\s+National\\s+(?:Party\\s+)?Congress(?:['’]s)?\\s+[Rr]esolution\\b`, 'g');
/** A Party Congress's resolution: "the Resolution of the 12th National Party Congress", "the Resolution of the XIII Congress of the Party". */
const CONGRESS = new RegExp(
  `\\bResolution\\s+of\\s+the\\s+(?:${ORDINAL}|[IVXL]+)\\s+(?:National\\s+)?(?:Party\\s+)?Congress(?:\\s+of\\s+the\\s+(?:Communist\\s+Party\\s+of\\s+Vietnam|Party|CPV))?\\b`,
  'g',
);
/** A session's resolution of the National Assembly: "the Resolution of the 10th Session, 15th National Assembly" (issuer QH15). */
const NA_SESSION = /\bResolution\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+[Ss]ession,?\s+(?:of\s+the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+National\s+Assembly\b/g;
/** A plenum's resolution written the other way round: "the Resolution of the 11th Party Central Committee's fourth plenum". */
const PLENUM_OF = new RegExp(
  `\\bResolution\\s+of\\s+the\\s+(?:${ORDINAL}[-\\s](?:tenure\\s+)?)?(?:Party\\s+Central\\s+Committee|PCC|CPVCC|Central\\s+Committee)(?:['’]s)?\\s+${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession|meeting)\\b`,
  'gi',
);
/**
 * A regulation named by its subject, words on one line up to punctuation: "the Regulation on the Exercise of
 * Democracy in Communes", "the Regulation on the Mass Mobilization of the political system".
 */
const REGULATION = /\bRegulation[ \t]+on[ \t]+[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,11}/g;
/** A regulation named before the word: "the Mass Mobilization Regulation of the political system", "the Grassroots Democracy Regulation". */
const REGULATION_BEFORE = /\bthe[ \t]+((?:[A-Z][a-z]+[ \t]+){1,3}Regulation(?:[ \t]+(?:of|on)[ \t]+the[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}(?=[ \t]*[,.;:()]))?)/g;
/** The resolution a Congress adopted: "the Resolution adopted at the 13th National Party Congress". */
const ADOPTED_AT = new RegExp(`\\bResolution\\s+adopted\\s+(?:at|by)\\s+the\\s+(?:${ORDINAL}|[IVXL]+)\\s+(?:National\\s+)?(?:Party\\s+)?Congress\\b`, 'g');
/**
 * A project (Đề án) cited by its number, as English editions translate it: "the scheme 25 of Quang Ninh province",
 * "Project 06". A number of at most three digits, not a quantity ("scheme 2 billion", "Project 25 km").
 */
const PROJECT = /\b(?:[Ss]cheme|Project)\s+(?:No\.?\s*)?(\d{1,3})(?![\d/.,-]\d|[\d/-]|\s*(?:%|km|ha|billion|million|percent)\b)/g;
const CONSTITUTION = /\b(?:(\d{4})\s+)?Constitution\b(?!\s+of\s+the\s+(?!Socialist))/g;

/** An amending law, up to the law it amends: "the Law Amending and Supplementing a Number of Articles of the Law on …". */
const AMENDING =
  /\b(?:(\d{4})[ \t]+)?Law[ \t]+(?:on[ \t]+)?Amending[ \t]+and[ \t]+Supplementing[ \t]+(?:a[ \t]+Number[ \t]+of|Some|Several|a[ \t]+Few)[ \t]+Articles[ \t]+of[ \t]+(?:the[ \t]+)?(?=(?:\d{4}[ \t]+)?Law[ \t]+on[ \t])/gi;
/** A day and month just before a year: "the June 19, 2015 Law on …", "the 19 June 2015 Law …" — the year dates the law, it is not its name's. */
const DATE_BEFORE =
  /(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December),?)[ \t]+$/;
/** Words a regulation's lower-case subject stops before. */
const SUBJECT_STOP = new Set(
  'is was were are be been by to that which with at has have had will shall would should can could may must issued promulgated adopted signed under from as when since after before this these its their'.split(' '),
);

/** "… and the Law on …", "… and Directive No. 30": another document after a name, not part of it. */
const NEXT_DOCUMENT = /\s+and\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?(?:Law|Constitution|Ordinance|Decree|Resolution|Decision|Directive|Conclusion|Regulation|Code)\b.*$/;

/** Where a law's name starts: at its year ("the 2022 Law on …"), or after it when a day and month before make it a date's ("the June 19, 2015 Law on …"). */
function nameStart(text: string, m: RegExpExecArray | RegExpMatchArray): number {
  const at = m.index ?? 0;
  const dated = m[1] !== undefined && DATE_BEFORE.test(text.slice(Math.max(0, at - 24), at));
  return dated ? at + (/^\d{4}[ \t]+/.exec(m[0])?.[0].length ?? 0) : at;
}

function named(start: number, end: number, kind: string, name: string): RawDocument {
  return { start, end, key: null, kind, number: null, issuer: null, status: 'named', name, date: null };
}

/** Named laws, ordinances and the Constitution, in `text`'s offsets. */
export function findEnglishNamedDocuments(text: string): RawDocument[] {
  const out: RawDocument[] = [];
  LAW.lastIndex = 0;
  for (let m = LAW.exec(text); m; m = LAW.exec(text)) {
    // A trailing connector is not part of the name: "Law on Belief and Religion and …".
    const body = (m[3] ?? '')
      // "… of the Government of September 30, 1992": a date is not part of the name.
      .replace(/\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/, '')
      .replace(NEXT_DOCUMENT, '')
      .replace(/(?:\s+(?:on|of|the|and|for|in))+$/, '');
    const start = nameStart(text, m);
    const end = m.index + m[0].length - ((m[3] ?? '').length - body.length);
    out.push(named(start, end, m[2] === 'Law' ? 'Luật' : 'PL', text.slice(start, end).replace(/\s+/g, ' ')));
    // Read on from where this name ends: "the Law on A and the Law on B" holds two.
    LAW.lastIndex = end;
  }
  for (const re of [PLENUM, PLENUM_OF, CONGRESS, PLENUM_THEN_CENTRAL]) {
    for (const m of text.matchAll(re)) out.push({ ...named(m.index, m.index + m[0].length, 'NQ', m[0]), issuer: 'TW' });
  }
  for (const m of text.matchAll(SUBJECT_LAW)) out.push(named(m.index, m.index + m[0].length, 'Luật', m[0]));
  for (const m of text.matchAll(NA_SESSION)) out.push({ ...named(m.index, m.index + m[0].length, 'NQ', m[0]), issuer: `QH${m[1]}` });
  // Named the other way round, it is the same resolution as "the Resolution of the 12th National Party Congress".
  for (const m of text.matchAll(CONGRESS_BEFORE)) {
    out.push({ ...named(m.index, m.index + m[0].length, 'NQ', `Resolution of the ${m[1]} National Party Congress`), issuer: 'TW' });
  }
  for (const m of text.matchAll(REGULATION)) {
    const words = m[0].split(/([ \t]+)/);
    // Up to the first word that starts a clause ("… in communes issued by …"), on one line, before punctuation.
    let name = '';
    for (let i = 0; i < words.length; i += 2) {
      const w = words[i] ?? '';
      if (i >= 4 && SUBJECT_STOP.has(w)) break;
      name += (i > 0 ? (words[i - 1] ?? ' ') : '') + w;
    }
    name = name.replace(NEXT_DOCUMENT, '').replace(/(?:\s+(?:on|of|the|and|for|in))+$/, '');
    if (name.split(' ').length >= 3) out.push(named(m.index, m.index + name.length, 'QĐi', name));
  }
  // An amending law: its name runs through the law it amends and any "and the Law on …" after it.
  const byStart = new Map(out.filter((d) => d.kind === 'Luật').map((d) => [d.start, d]));
  for (const m of text.matchAll(AMENDING)) {
    const start = nameStart(text, m);
    let inner = byStart.get(m.index + m[0].length);
    if (!inner) continue;
    let end = inner.end;
    for (let guard = 0; guard < 4; guard++) {
      const and = /^[ \t]+and[ \t]+the[ \t]+/.exec(text.slice(end, end + 12));
      inner = and ? byStart.get(end + and[0].length) : undefined;
      if (!inner) break;
      end = inner.end;
    }
    out.push(named(start, end, 'Luật', text.slice(start, end).replace(/\s+/g, ' ')));
  }
  // (Its issuer only from a symbol: the text names a province, rarely the Party committee that adopted it.)
  for (const m of text.matchAll(PROJECT)) out.push({ ...named(m.index, m.index + m[0].length, 'ĐA', m[0]), number: m[1] ?? null, status: 'partial', name: null });
  for (const m of text.matchAll(CONSTITUTION)) out.push(named(m.index, m.index + m[0].length, 'HP', m[0]));
  for (const m of text.matchAll(REGULATION_BEFORE)) {
    const name = m[1] ?? '';
    // ("the Decision Regulation …" is not a name: a document word before it.)
    if (/^(?:The|This|That|Decision|Resolution|Directive|Decree|Law)\b/.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push(named(start, start + name.length, 'QĐi', name));
  }
  for (const m of text.matchAll(ADOPTED_AT)) out.push({ ...named(m.index, m.index + m[0].length, 'NQ', m[0]), issuer: 'TW' });
  // "the Law on X" where the text also names "the 2022 Law on X": one law, known by its year.
  yearlessAsDated(out, (name) => /^\d{4} (.+)$/.exec(name)?.[1]);
  return out;
}

/** English plural document words before a list of numbers: "Conclusions 44 and 45", "Plans 127, 138 and 140". */
const PLURAL_BARE = /\b(Resolutions|Decisions|Directives|Conclusions|Decrees|Plans|Regulations)\s+(?:Nos?\.?\s*)?\d{1,4}(?:\s*(?:,|and)\s*\d{1,4}(?![\d/-]))+/g;
/** Its date between a reference and its issuer: "Resolution No.24, dated March 12, 2003, issued by …". */
const DATED = String.raw`(?:,?\s*dated\s+[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}\s*,?)?\s*(?:issued\s+)?`;
/** Central Party bodies named after a bare reference: "Resolution No. 4 of the 12th Party Central Committee", "by the Politburo". */
const ISSUER_AFTER_TW = new RegExp(
  String.raw`^\s*(?:,\s*)?${DATED}(?:of|by)\s+the\s+(?:(?:\d{1,2}(?:st|nd|rd|th)|[IVX]+)(?:[\s-]+(?:tenure|term))?\s+)?(?:Politburo|Secretariat|Party\s+Central\s+Committee|Central\s+Committee)`,
  'i',
);
/**
 * A province's or city's Party committee named after it: "Plan No. 54 of the Provincial Party Committee" (read before
 * the issuers are shared; PROVINCIAL_AFTER below reads the looser "of local Party Committee" for what is still
 * without one after that).
 */
const ISSUER_AFTER_TU = /^\s*(?:,\s*)?(?:of|by)\s+the\s+(?:Provincial|Municipal)\s+Party\s+(?:Standing\s+)?Committee/i;
/** A central Party body named just before it: "the Politburo's Conclusion 118", "the Central Committee's Resolution 7". */
const ISSUER_BEFORE_TW = /(?:Politburo|Secretariat|(?:Party\s+)?Central\s+Committee)['’]s\s+$/i;

/** The issuer English words around a bare reference name (TW, TU), or null. */
function issuerNamed(text: string, start: number, end: number): string | null {
  const after = text.slice(end, end + 90);
  if (ISSUER_AFTER_TW.test(after)) return 'TW';
  if (ISSUER_AFTER_TU.test(after)) return 'TU';
  return ISSUER_BEFORE_TW.test(text.slice(Math.max(0, start - 90), start)) ? 'TW' : null;
}

/**
 * English bare references, beside what the shared finder read (`docs`, whose issuers this fills where English
 * words name one): the documents of plural lists ("Conclusions 44 and 45": each number one, the first with the
 * word), returned; then every bare reference to one number shares the issuer one of them names, and those still
 * without one take it from a verb of issuing, "of local Party Committee" or the list they belong to.
 */
export function englishBareReferences(text: string, docs: RawDocument[]): RawDocument[] {
  const bare = docs.filter((d) => d.status === 'partial' || d.status === 'resolved');
  for (const d of bare) if (d.issuer === null) d.issuer = issuerNamed(text, d.start, d.end);
  const lists: RawDocument[] = [];
  for (const m of text.matchAll(PLURAL_BARE)) {
    const kind = DOC_WORDS[(m[1] ?? '').toLowerCase().replace(/s$/, '')] ?? '';
    if (!kind || docs.some((d) => m.index < d.end && d.start < m.index + m[0].length)) continue;
    const issuer = issuerNamed(text, m.index, m.index + m[0].length);
    let first = true;
    for (const n of m[0].matchAll(/\d{1,4}/g)) {
      const at = m.index + n.index;
      lists.push(doc(first ? m.index : at, at + n[0].length, null, kind, n[0], issuer, 'partial'));
      first = false;
    }
  }
  sameIssuerForAll([...bare, ...lists]);
  englishIssuers(text, [...docs, ...lists]);
  return lists;
}

/** Party document kinds whose bare reference takes its issuer from the Party body the text names. */
const PARTY_KINDS = new Set(['NQ', 'KH', 'CT', 'KL', 'QĐ', 'QĐi', 'HD']);
/** A central Party body that issues what follows: "the Politburo issued …", "the Central Party Committee of Public Security has issued …". */
const CENTRAL_ISSUED_BEFORE =
  /\b(?:Politburo|Secretariat|Party\s+Central\s+Committee|Central\s+Party\s+Committee(?:\s+of(?:\s+[A-Z][a-z]+){1,3})?|Central\s+Committee)\s+(?:has\s+|have\s+|had\s+)?(?:issued|adopted|promulgated)\s+$/;
/** A province's Party committee after the reference: "Plan No. 54 of local Party Committee", "… of the provincial Party Committee". */
const PROVINCIAL_AFTER = /^\s*(?:of|by)\s+(?:the\s+)?(?:local|provincial|municipal|city)\s+Party\s+(?:Standing\s+)?Committee\b/i;

/**
 * Issuers of bare Party references in English wording the shared finder does not read (a verb of issuing after a
 * central body, "of local Party Committee"); a later number of the same list ("Plans 127 and 138") shares the
 * first one's issuer. `docs` in any order; changed in place.
 */
function englishIssuers(text: string, docs: RawDocument[]): void {
  const sorted = docs.filter((d) => d.key === null && d.number !== null && PARTY_KINDS.has(d.kind)).sort((a, b) => a.start - b.start);
  let prev: RawDocument | null = null;
  for (const d of sorted) {
    if (d.issuer === null) {
      if (CENTRAL_ISSUED_BEFORE.test(text.slice(Math.max(0, d.start - 90), d.start))) d.issuer = 'TW';
      else if (PROVINCIAL_AFTER.test(text.slice(d.end, d.end + 60))) d.issuer = 'TU';
      else if (prev?.issuer && /^\s*(?:,|and|&)\s*$/.test(text.slice(prev.end, d.start))) d.issuer = prev.issuer;
    }
    prev = d;
  }
}
