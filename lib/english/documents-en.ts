/**
 * Named documents in English text, beside the numbered ones the Vietnamese
 * finder reads in any language: "the Law on Belief and Religion", "the 2022
 * Law on the Implementation of Grassroots Democracy", "the Ordinance on …",
 * "the Constitution", "the 2013 Constitution".
 */
import type { RawDocument } from '../extract/documents';

const LAW = /\b(?:(\d{4})\s+)?(Law|Ordinance)\s+on\s+((?:(?:[A-Z][\w'’-]*|on|of|the|and|for|in)\s+){0,10}[A-Z][\w'’-]*)/g;
const CONSTITUTION = /\b(?:(\d{4})\s+)?Constitution\b(?!\s+of\s+the\s+(?!Socialist))/g;

function named(start: number, end: number, kind: string, name: string): RawDocument {
  return { start, end, key: null, kind, number: null, issuer: null, status: 'named', name, date: null };
}

/** Named laws, ordinances and the Constitution, in `text`'s offsets. */
export function findEnglishNamedDocuments(text: string): RawDocument[] {
  const out: RawDocument[] = [];
  for (const m of text.matchAll(LAW)) {
    // A trailing connector is not part of the name: "Law on Belief and Religion and …".
    const body = (m[3] ?? '')
      .replace(/\s+and\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?(?:Law|Constitution|Ordinance|Decree|Resolution|Decision|Directive|Code)\b.*$/, '')
      .replace(/(?:\s+(?:on|of|the|and|for|in))+$/, '');
    const start = m.index;
    const end = m.index + m[0].length - ((m[3] ?? '').length - body.length);
    out.push(named(start, end, m[2] === 'Law' ? 'Luật' : 'PL', text.slice(start, end)));
  }
  for (const m of text.matchAll(CONSTITUTION)) out.push(named(m.index, m.index + m[0].length, 'HP', m[0]));
  return out;
}
