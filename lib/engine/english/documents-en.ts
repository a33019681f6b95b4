/**
 * Named documents in English text, beside the numbered ones the Vietnamese
 * finder reads in any language: "the Law on Belief and Religion", "the 2022
 * Law on the Implementation of Grassroots Democracy", "the Ordinance on …",
 * "the Constitution", "the 2013 Constitution", plenum and Congress resolutions,
 * "the Regulation on …".
 */
import type { RawDocument } from '../extract/documents';

// Words of a name are joined by spaces on one line: a headline's name does not run into the next line.
const LAW = /\b(?:(\d{4})[ \t]+)?(Law|Ordinance)[ \t]+on[ \t]+((?:(?:[A-Z][\w'’-]*|on|of|the|and|for|in)[ \t]+){0,10}[A-Z][\w'’-]*)/g;
const ORDINAL = '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)';
/** A plenum's resolution named without its number: "the 12th-tenure Party Central Committee's fourth plenum resolution". */
const PLENUM = new RegExp(
  `\\b(?:${ORDINAL}[-\\s](?:tenure\\s+)?)?(?:Party\\s+Central\\s+Committee|PCC|CPVCC|Central\\s+Committee)(?:['’]s)?\\s+(?:\\(term\\s+[IVXL]+\\)\\s+)?${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession|meeting)(?:,\\s*${ORDINAL}\\s+tenure)?\\s+[Rr]esolution\\b`,
  'gi',
);
/** A Party Congress's resolution: "the Resolution of the 12th National Party Congress", "the Resolution of the XIII Congress of the Party". */
const CONGRESS = new RegExp(
  `\\bResolution\\s+of\\s+the\\s+(?:${ORDINAL}|[IVXL]+)\\s+(?:National\\s+)?(?:Party\\s+)?Congress(?:\\s+of\\s+the\\s+(?:Communist\\s+Party\\s+of\\s+Vietnam|Party|CPV))?\\b`,
  'g',
);
/** A plenum's resolution written the other way round: "the Resolution of the 11th Party Central Committee's fourth plenum". */
const PLENUM_OF = new RegExp(
  `\\bResolution\\s+of\\s+the\\s+(?:${ORDINAL}[-\\s](?:tenure\\s+)?)?(?:Party\\s+Central\\s+Committee|PCC|CPVCC|Central\\s+Committee)(?:['’]s)?\\s+${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession|meeting)\\b`,
  'gi',
);
/** A regulation named by its subject, in capitals: "the Regulation on the Exercise of Democracy in Communes". */
const REGULATION = /\bRegulation[ \t]+on[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|on|of|the|and|for|in)){0,8}[ \t]+[A-Z][\w'’-]*/g;
const CONSTITUTION = /\b(?:(\d{4})\s+)?Constitution\b(?!\s+of\s+the\s+(?!Socialist))/g;

/** "… and the Law on …", "… and Directive No. 30": another document after a name, not part of it. */
const NEXT_DOCUMENT = /\s+and\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?(?:Law|Constitution|Ordinance|Decree|Resolution|Decision|Directive|Conclusion|Regulation|Code)\b.*$/;

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
    const start = m.index;
    const end = m.index + m[0].length - ((m[3] ?? '').length - body.length);
    out.push(named(start, end, m[2] === 'Law' ? 'Luật' : 'PL', text.slice(start, end).replace(/\s+/g, ' ')));
    // Read on from where this name ends: "the Law on A and the Law on B" holds two.
    LAW.lastIndex = end;
  }
  for (const re of [PLENUM, PLENUM_OF, CONGRESS]) {
    for (const m of text.matchAll(re)) out.push({ ...named(m.index, m.index + m[0].length, 'NQ', m[0]), issuer: 'TW' });
  }
  for (const m of text.matchAll(REGULATION)) {
    const name = m[0].replace(NEXT_DOCUMENT, '').replace(/(?:\s+(?:on|of|the|and|for|in))+$/, '');
    out.push(named(m.index, m.index + name.length, 'QĐi', name));
  }
  for (const m of text.matchAll(CONSTITUTION)) out.push(named(m.index, m.index + m[0].length, 'HP', m[0]));
  // "the Law on X" where the text also names "the 2022 Law on X": one law, known by its year.
  const withYear = new Map<string, string[]>();
  for (const d of out) {
    const y = /^(\d{4}) (.+)$/.exec(d.name ?? '');
    if (y?.[2] && (d.kind === 'Luật' || d.kind === 'PL' || d.kind === 'HP')) withYear.set(y[2], [...(withYear.get(y[2]) ?? []), d.name ?? '']);
  }
  for (const d of out) {
    const versions = withYear.get(d.name ?? '');
    if (versions && new Set(versions).size === 1) d.name = versions[0] ?? d.name;
  }
  return out;
}
