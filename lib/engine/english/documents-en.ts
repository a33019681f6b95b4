/**
 * Named documents in English text, beside the numbered ones the Vietnamese
 * finder reads in any language: "the Law on Belief and Religion", "the 2022
 * Law on the Implementation of Grassroots Democracy", "the Ordinance on …",
 * "the Constitution", "the 2013 Constitution".
 */
import type { RawDocument } from '../extract/documents';

const LAW = /\b(?:(\d{4})\s+)?(Law|Ordinance)\s+on\s+((?:(?:[A-Z][\w'’-]*|on|of|the|and|for|in)\s+){0,10}[A-Z][\w'’-]*)/g;
const ORDINAL = '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)';
/** A plenum's resolution named without its number: "the 12th-tenure Party Central Committee's fourth plenum resolution". */
const PLENUM = new RegExp(
  `\\b(?:${ORDINAL}[-\\s](?:tenure\\s+)?)?(?:Party\\s+Central\\s+Committee|PCC|CPVCC|Central\\s+Committee)(?:['’]s)?\\s+(?:\\(term\\s+[IVXL]+\\)\\s+)?${ORDINAL}\\s+(?:[Pp]lenum|[Pp]lenary\\s+[Ss]ession|meeting)(?:,\\s*${ORDINAL}\\s+tenure)?\\s+[Rr]esolution\\b`,
  'gi',
);
const CONSTITUTION = /\b(?:(\d{4})\s+)?Constitution\b(?!\s+of\s+the\s+(?!Socialist))/g;

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
      .replace(/\s+and\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?(?:Law|Constitution|Ordinance|Decree|Resolution|Decision|Directive|Code)\b.*$/, '')
      .replace(/(?:\s+(?:on|of|the|and|for|in))+$/, '');
    const start = m.index;
    const end = m.index + m[0].length - ((m[3] ?? '').length - body.length);
    out.push(named(start, end, m[2] === 'Law' ? 'Luật' : 'PL', text.slice(start, end)));
    // Read on from where this name ends: "the Law on A and the Law on B" holds two.
    LAW.lastIndex = end;
  }
  for (const m of text.matchAll(PLENUM)) {
    out.push({ ...named(m.index, m.index + m[0].length, 'NQ', m[0]), issuer: 'TW' });
  }
  for (const m of text.matchAll(CONSTITUTION)) out.push(named(m.index, m.index + m[0].length, 'HP', m[0]));
  return out;
}
