/**
 * The English-page extractor (English editions of Vietnamese outlets). People
 * come from compromise plus a pass for Vietnamese names written without
 * diacritics (compromise misses "… Mass Mobilisation Truong Thi Mai"); titles
 * are attached from the capitalised chain before the name or the comma phrase
 * after it. Names keep their written order: family name first.
 *
 * Imported only for English pages, so compromise stays out of the Vietnamese bundle.
 */
import nlp from 'compromise';
import { findDocuments, vietnameseCode, withAmendedLaws } from '../extract/documents';
import { withoutRenderDate } from '../extract/dates';
import { asWritten, toDateRefs, toDocumentRef } from '../extract/extract';
import type { DocumentRef, ExtractOptions, Extraction, Official } from '../extract/types';
import { type NormalizedText, toOriginal } from '../text/normalize';
import { dropOverlaps } from '../text/spans';
import { findEnglishDates, findEnglishPeriods } from './dates-en';
import { englishBareReferences, findEnglishNamedDocuments } from './documents-en';
import { findEnglishOfficials } from './people-en';
import { NAME_PIECE, sentencePieces } from './sentence-pieces';

export { NAME_PIECE, sentencePieces };

/**
 * An event named with its year — "Vesak 2008", "Christmas 2025", "the 2025 commendation ceremony" — is no date by
 * the rules (English bare years are not), but it names the year of the days told about it, as "lễ Giáng sinh
 * 2025" does in Vietnamese.
 */
const FEAST_YEAR = /\b(?:Vesak|Christmas|Easter|Tet|Lunar New Year|Ramadan|Noel)\s+((?:19|20)\d\d)\b/g;
const EVENT_YEAR =
  /\bthe\s+((?:19|20)\d\d)\s+(?:[a-z]+\s+){0,2}(?:ceremony|celebration|festival|congress|conference|contest|competition|fair|forum|summit|games|season)\b/g;

/** The years of events named with their year, as year mentions. */
function eventYears(text: string): { at: number; year: number }[] {
  const out: { at: number; year: number }[] = [];
  for (const re of [FEAST_YEAR, EVENT_YEAR]) for (const m of text.matchAll(re)) out.push({ at: m.index, year: Number(m[1]) });
  return out;
}

/** Canonical Vietnamese spelling of ASCII codes in a symbol or code: 45-QDNS/TW → 45-QĐNS/TW, ND-CP → NĐ-CP. */
function vietnameseCodes(s: string | null): string | null {
  if (!s) return s;
  return s.replace(/(^|[-/\d])([A-Z][A-Za-z]*)(?=$|[-/])/g, (_m, pre: string, code: string) => pre + vietnameseCode(code));
}

/**
 * The person names compromise finds in `piece` (a piece of normalised text
 * of about NAME_PIECE characters, cut by `sentencePieces`): honorifics and
 * possessives stripped, two words or more. These are the names the
 * Vietnamese-name vocabulary cannot know ("Xi Jinping", "Lisa Williams").
 * This is the slow step of the English extractor; everything else is fast
 * and runs once over the whole text.
 */
export function englishNames(piece: string): string[] {
  const out: string[] = [];
  for (const p of nlp(piece).people().out('array') as string[]) {
    const name = p
      .replace(/^(?:(?:Mr|Ms|Mrs|Dr|Prof|Assoc|Madam|Sir)\.?\s+)+/, '')
      .replace(/['’]s$/, '')
      .replace(/[\s,.;:]+$/, '');
    if (name.split(/\s+/).length >= 2) out.push(name);
  }
  return out;
}

/**
 * Extract from an English text (normalised). `names`: compromise's names for
 * the text (`englishNames` over `sentencePieces(norm.text, NAME_PIECE)`),
 * found here when not given.
 */
export function extractEnglish(norm: NormalizedText, options: ExtractOptions, names?: readonly string[]): Omit<Extraction, 'lang'> {
  const text = norm.text;
  const extra = names ?? sentencePieces(text, NAME_PIECE).flatMap(englishNames);
  const officials: Official[] = findEnglishOfficials(text, extra).map((p) => {
    const first = p.mentions[0];
    const out: Official = {
      // Names and titles spelled as the text writes them (curly apostrophes and all).
      name: first ? asWritten(norm, first.start, first.end) || p.name : p.name,
      key: p.name.toLowerCase(),
      titles: p.titles.map((t) => asWritten(norm, t.start, t.end)).filter((t, i, all) => t && all.indexOf(t) === i),
      mentions: p.mentions.map((s) => toOriginal(norm, s.start, s.end)),
    };
    if (p.byline) out.byline = true;
    return out;
  });

  // English editions write ASCII codes (QD, ND): report them in Vietnamese spelling.
  const numbered = findDocuments(text);
  const found = [...numbered, ...englishBareReferences(text, numbered), ...findEnglishNamedDocuments(text)];
  const documents: DocumentRef[] = withAmendedLaws(found, dropOverlaps(found)).map((d) => ({
    ...toDocumentRef(norm, d, undefined),
    key: vietnameseCodes(d.key),
    kind: vietnameseCodes(d.kind) ?? d.kind,
    issuer: vietnameseCodes(d.issuer),
  }));

  const rawPeriods = findEnglishPeriods(text);
  const raw = findEnglishDates(text).filter(
    (d) => !documents.some((x) => d.start < x.end && x.start < d.end) && !rawPeriods.some((p) => d.start < p.end && p.start < d.end),
  );
  const years = raw.filter((d) => d.year !== null).map((d) => ({ at: d.start, year: d.year as number }));
  for (const p of rawPeriods) if (p.iso && p.kind === 'months') years.push({ at: p.start, year: Number(p.iso.slice(0, 4)) });
  years.push(...eventYears(text));
  const dates = toDateRefs(norm, raw, withoutRenderDate(years, text, rawPeriods), options.articleDate ?? null);
  const periods = rawPeriods.map((p) => {
    const span = toOriginal(norm, p.start, p.end);
    return { text: norm.original.slice(span.start, span.end), kind: p.kind, iso: p.iso, ...span };
  });
  return { officials, documents, dates, periods };
}

/**
 * compromise sets itself up on first use (tokeniser, lexicon and pre-tagger,
 * the post-tagger's rules, the people matcher), ~45 ms in all in Node. Run
 * one step at a time, with the main thread handed back in between, before
 * the first real call. The post-tagger's rules (~26 ms in Node, 40–50 ms in
 * a cold page) are compiled in one go and cannot be split further.
 */
export const WARM_UP_STEPS: (() => void)[] = [
  () => nlp.tokenize('Mr. An met voters.'),
  () => nlp.tokenize('Mr. An met voters.').compute('preTagger'),
  () => nlp('Mr. An met voters.'),
  () => nlp('Mr. Nguyen Van An met voters on June 5.').people().json({ offset: true }),
];
