/**
 * Officials in English editions of Vietnamese outlets: a person's name and
 * the titles the text gives them, before the name ("Politburo member and
 * Head of the … Commission for Mass Mobilisation Truong Thi Mai") and after
 * it (", Deputy Head of the … Division, Commission for Mass Mobilisation of
 * the … Committee, and …"). Vietnamese names are read from the name
 * vocabulary (with or without diacritics); other names come from compromise,
 * passed in as candidates. Honorifics (Mr., Ms., Dr., comrade) are dropped;
 * places ("Mai Chau district"), bodies ("Thai Nguyen Women's Union") and
 * "Ho Chi Minh City" are not people, "President Ho Chi Minh" is.
 *
 * Works on tokens of the normalised text; spans are normalised offsets.
 */
import { type Token, tokenize } from '../extract/tokens';
import { foldKey } from '../text/normalize';
import { BAPTISMAL_NAMES, SURNAMES } from '../vocab/names';
import { PLACES } from '../vocab/places';

/** An English-text official in normalised coordinates. */
export interface RawEnglishOfficial {
  name: string;
  titles: string[];
  mentions: { start: number; end: number }[];
}

const SURNAME_KEYS = new Set([...SURNAMES].flatMap((s) => [s, foldKey(s)]));
const PREFIX_KEYS = new Set(['y', "h'", 'thich', 'thích', ...[...BAPTISMAL_NAMES].flatMap((s) => [s, foldKey(s)])]);
const PLACE_KEYS = new Set(PLACES.map((p) => foldKey(p.join(' '))));

/** Words a title may start with (first word, lower case). */
const HEADS = new Set(
  (
    'president vice deputy chairman chairwoman chairperson chair head secretary general member minister prime director ' +
    'commander colonel lieutenant major senior chief most venerable ambassador editor governor mayor permanent standing ' +
    'politburo pastor bishop archbishop cardinal father reverend priest abbot dignitary congressman congresswoman senator ' +
    'justice prosecutor inspector principal rector captain former acting commissar political first second assistant ' +
    'admiral vice-chairman vice-chairwoman vice-president deputy-head superior nun monk elder chancellor envoy consul'
  ).split(' '),
);
/** Heads that need a capitalised word after them to start a title before a name ("Party" alone is not one). */
const WEAK_HEADS = new Set(['first', 'second', 'former', 'acting', 'political', 'senior', 'chief', 'standing', 'permanent', 'general', 'major']);
/** Lower-case words that may sit inside a title: "Head of the Commission for Mass Mobilisation". */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'member', 'members', 'at', 'to', 'its', 'under', 'cum', 'deputy', 'head', 'chief']);
/** Honorifics before a name, dropped. */
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'madam', 'miss', 'dr', 'prof', 'assoc', 'comrade', 'sir', 'mme', 'madame']);
/** Nouns after a capitalised run that make it a place or a body, not a person. */
const NOT_PERSON_AFTER = new Set(
  (
    'district province commune city ward town township village hamlet street road avenue pagoda temple church parish ' +
    'school university college cooperative market bridge mountain river lake border airport port park square hall ' +
    'museum mausoleum trail campaign region island islands county prefecture area zone industrial company group ' +
    'corporation hospital centre center club stadium bay pass'
  ).split(' '),
);
/** Capitalised words that are never part of a personal name. */
const NOT_NAME_WORD = new Set(
  (
    'party committee commission province provincial city district commune front union association council ministry ' +
    'department division board office institute academy national people peoples assembly government state central ' +
    'vietnam vietnamese communist politburo secretariat women youth farmers veterans army police military command ' +
    'fatherland affairs religious ethnic mass mobilisation mobilization general president chairman chairwoman secretary ' +
    'deputy vice head minister director news agency newspaper magazine review television radio online the of and ' +
    'buddhist sangha church catholic protestant school university hospital street road district river january february ' +
    'march april may june july august september october november december monday tuesday wednesday thursday friday ' +
    'saturday sunday resolution decision directive conclusion law decree programme program plan day festival congress ' +
    'conference meeting plenum uncle mr ms mrs dr prof comrade photo source city court ward'
  ).split(' ').concat([...NOT_PERSON_AFTER]),
);

const isCap = (t: Token | undefined) => !!t && t.t === 'w' && t.cap;
const bare = (t: Token) => t.k.replace(/'s$/, '');
const headOf = (t: Token | undefined) => !!t && t.t === 'w' && HEADS.has(bare(t));

/** Parser state over one text's tokens. */
class EnglishPeople {
  readonly toks: Token[];
  readonly byKey = new Map<string, RawEnglishOfficial>();
  readonly order: RawEnglishOfficial[] = [];
  /** Tokens inside a name already read: a title chain before a later name stops there. */
  readonly used = new Set<number>();

  constructor(
    readonly text: string,
    readonly extraNames: readonly string[],
  ) {
    this.toks = tokenize(text);
  }

  run(): RawEnglishOfficial[] {
    const extra = new Set(this.extraNames.map((n) => n.toLowerCase()));
    const toks = this.toks;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!isCap(t) || NOT_NAME_WORD.has(bare(t as Token)) || HONORIFICS.has(t?.k ?? '')) {
        i++;
        continue;
      }
      const run = this.capRun(i);
      const name = this.nameIn(i, run, extra);
      if (!name) {
        i = run;
        continue;
      }
      this.addPerson(name.from, name.to);
      i = name.to;
    }
    return this.order;
  }

  /** End of the capitalised run of words at `i` (a possessive word ends it). */
  capRun(i: number): number {
    let k = i;
    while (k < this.toks.length && isCap(this.toks[k]) && k - i < 8) {
      const t = this.toks[k] as Token;
      k++;
      if (t.k.endsWith("'s")) break;
    }
    return k;
  }

  /** A personal name inside the run toks[i..end): a Vietnamese name, "President Ho Chi Minh", or a name compromise found. */
  nameIn(i: number, end: number, extra: ReadonlySet<string>): { from: number; to: number } | null {
    return this.nameFrom(i, end, null) ?? this.nameFrom(i, end, extra);
  }

  /** The first name in the run: Vietnamese (`extra` null) or one of compromise's names. */
  nameFrom(i: number, end: number, extra: ReadonlySet<string> | null): { from: number; to: number } | null {
    const toks = this.toks;
    for (let s = i; s < end; s++) {
      const first = toks[s] as Token;
      const key = bare(first);
      const vietnamese = SURNAME_KEYS.has(key) || SURNAME_KEYS.has(foldKey(key)) || PREFIX_KEYS.has(key) || PREFIX_KEYS.has(foldKey(key));
      let to = s;
      while (to < end && !NOT_NAME_WORD.has(bare(toks[to] as Token)) && to - s < 5) to++;
      const len = to - s;
      if (len < 2) continue;
      const text = this.spanText(s, to);
      const folded = foldKey(text);
      if (folded === 'ho chi minh') {
        // The President, not the city, the academy or the thought.
        const prev = toks[s - 1];
        const next = toks[to];
        if (prev?.k === 'president' && !(isCap(next) && !(next as Token).k.endsWith("'s"))) return { from: s, to };
        return null;
      }
      if (extra ? !extra.has(text.toLowerCase()) : !vietnamese) continue;
      if (PLACE_KEYS.has(folded) || this.placeAfter(to)) return null;
      // "Thai Nguyen Women's Union": a capitalised body word right after the run makes it a body's name.
      const next = toks[to];
      if (to === end && next && isCap(next)) return null;
      if (to < end && NOT_NAME_WORD.has(bare(toks[to] as Token)) && !headOf(toks[to]) && to === end - 1) return null;
      if (to < end && !headOf(toks[to])) return null;
      return { from: s, to };
    }
    return null;
  }

  /** A place or body noun right after the run ("Mai Chau district", "Son La province"). */
  placeAfter(to: number): boolean {
    const next = this.toks[to];
    return !!next && next.t === 'w' && NOT_PERSON_AFTER.has(bare(next));
  }

  spanText(from: number, to: number): string {
    const a = this.toks[from];
    const b = this.toks[to - 1];
    if (!a || !b) return '';
    let end = b.e;
    if (b.k.endsWith("'s")) end -= 2;
    return this.text.slice(a.s, end).replace(/\s+/g, ' ');
  }

  addPerson(from: number, to: number): void {
    const name = this.spanText(from, to);
    const key = foldKey(name);
    let o = this.byKey.get(key);
    if (!o) {
      o = { name, titles: [], mentions: [] };
      this.byKey.set(key, o);
      this.order.push(o);
    }
    const a = this.toks[from] as Token;
    o.mentions.push({ start: a.s, end: a.s + name.length });
    for (let k = from; k < to; k++) this.used.add(k);
    const add = (t: string) => {
      const clean = t.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,;:–-]+$/u, '');
      if (clean && !o.titles.includes(clean)) o.titles.push(clean);
    };
    for (const t of this.titlesBefore(from)) add(t);
    for (const t of this.titlesAfter(to)) add(t);
  }

  /** The title chain right before the name (honorifics skipped), split into titles. */
  titlesBefore(from: number): string[] {
    const toks = this.toks;
    let k = from - 1;
    // "Mr.", "Prof. Dr.", "Assoc. Prof."
    while (k >= 0) {
      const t = toks[k] as Token;
      if (t.w === '.' && HONORIFICS.has(toks[k - 1]?.k ?? '')) k -= 2;
      else if (t.t === 'w' && HONORIFICS.has(t.k)) k--;
      else break;
    }
    const last = k;
    let start = k + 1;
    for (; k >= 0; k--) {
      const t = toks[k] as Token;
      if (this.used.has(k)) break;
      if (t.t === 'w' && (t.cap || CONNECTORS.has(t.k))) {
        start = k;
        continue;
      }
      if (t.w === '-' && isCap(toks[k - 1])) continue;
      if ((t.w === '(' || t.w === ')') && k < last) continue;
      if (t.w === '’' || t.w === "'") continue;
      break;
    }
    // From the first head word on; the chain must end right before the name on a title word.
    let h = start;
    while (h <= last && !(headOf(toks[h]) && (isCap(toks[h]) || toks[h]?.k === 'member') && !(WEAK_HEADS.has(toks[h]?.k ?? '') && !isCap(toks[h + 1])))) h++;
    if (h > last) return [];
    const lastTok = toks[last] as Token;
    if (!(lastTok.t === 'w' && (lastTok.cap || lastTok.k === 'member')) && lastTok.w !== ')') return [];
    // "Party General Secretary", "Politburo member": a capitalised word before the head belongs to it.
    while (h > start && isCap(toks[h - 1]) && !CONNECTORS.has(toks[h - 1]?.k ?? '')) h--;
    return this.splitChain(h, last + 1);
  }

  /** Split a chain of tokens at "and" or " - " before a new title. */
  splitChain(from: number, to: number): string[] {
    const out: string[] = [];
    let s = from;
    for (let k = from; k < to; k++) {
      const t = this.toks[k] as Token;
      if ((t.k === 'and' || t.w === '-' || t.w === ';' || t.w === ',') && k > s && this.startsTitle(k + 1, to)) {
        out.push(this.rawText(s, k));
        s = k + 1;
      }
    }
    if (s < to) out.push(this.rawText(s, to));
    return out.filter((x) => x.length > 0);
  }

  /** Does a title start at `k` (a head word, or capitalised words ending in "member" / a head)? */
  startsTitle(k: number, limit: number): boolean {
    const t = this.toks[k];
    if (!t || t.t !== 'w') return false;
    if (headOf(t) && !(WEAK_HEADS.has(t.k) && !isCap(this.toks[k + 1]))) return true;
    if (!t.cap) return false;
    for (let j = k; j < limit && j < k + 8; j++) {
      const tj = this.toks[j] as Token;
      if (tj.t !== 'w' || !(tj.cap || tj.k === 'member')) return false;
      if (tj.k === 'member' || (j > k && headOf(tj))) return true;
    }
    return false;
  }

  rawText(from: number, to: number): string {
    const a = this.toks[from];
    const b = this.toks[to - 1];
    if (!a || !b) return '';
    return this.text.slice(a.s, b.e).replace(/\s+/g, ' ').trim();
  }

  /** Titles after the name: ", Deputy Head of …, Commission … of …, and Chairwoman of …". */
  titlesAfter(to: number): string[] {
    const toks = this.toks;
    const out: string[] = [];
    let k = to;
    // "Nguyen Van A (PPC)" – skip an abbreviation in brackets.
    if (toks[k]?.w === '(' && toks[k + 1]?.upper && toks[k + 2]?.w === ')') k += 3;
    for (let guard = 0; guard < 8; guard++) {
      const sep = toks[k];
      if (!sep || !(sep.w === ',' || sep.k === 'and' || sep.w === '-' || sep.w === '–')) break;
      let s = k + 1;
      if (sep.w === ',' && toks[s]?.k === 'and') s++;
      while (toks[s] && /^(?:the|a|an)$/.test(toks[s]?.k ?? '') && toks[s]?.t === 'w') s++;
      if (!this.startsTitle(s, toks.length) && !this.lowerHead(s)) break;
      const end = this.phraseEnd(s);
      if (end <= s) break;
      out.push(this.rawText(s, end));
      k = end;
    }
    return out;
  }

  /** A lower-case head after a comma: "member of the Politburo", "head of the …", "former …". */
  lowerHead(s: number): boolean {
    const t = this.toks[s];
    return !!t && t.t === 'w' && !t.cap && HEADS.has(t.k);
  }

  /** Where a title phrase starting at `s` ends (exclusive): over capitalised words, connectors, brackets and a unit's parent. */
  phraseEnd(s: number): number {
    const toks = this.toks;
    let k = s;
    let end = s;
    let unit = false;
    while (k < toks.length) {
      const t = toks[k] as Token;
      if (t.t === 'w') {
        if (t.cap || HEADS.has(t.k)) {
          if (/^(?:division|department|section|office|board|unit|bureau)$/.test(bare(t))) unit = true;
          k = end = k + 1;
          if (t.k.endsWith("'s")) continue;
          continue;
        }
        if (t.k === 'and') {
          // "… Committee and its Presidium" goes on; "and Chairwoman of …" is a new title; "and Ms. …" ends it.
          const nx = toks[k + 1];
          if ((nx?.k === 'its' || nx?.k === 'the') && isCap(toks[k + 2]) && !this.startsTitle(k + 2, toks.length) && !this.isName(k + 2)) {
            k += 2;
            continue;
          }
          break;
        }
        if (/^(?:province|city|district|commune|ward|town)$/.test(t.k) && isCap(toks[k - 1]) && k === end) {
          k = end = k + 1;
          continue;
        }
        if (CONNECTORS.has(t.k) && (isCap(toks[k + 1]) || CONNECTORS.has(toks[k + 1]?.k ?? ''))) {
          k++;
          continue;
        }
        break;
      }
      if (t.t === 'n' && isCap(toks[k - 1]) && k === end) {
        // "Military Region 9", "14th" is a word
        k = end = k + 1;
        continue;
      }
      if (t.w === '(' && k === end) {
        let j = k + 1;
        while (j < toks.length && j < k + 12 && toks[j]?.w !== ')' && (toks[j]?.t === 'w' || toks[j]?.t === 'n')) j++;
        if (toks[j]?.w === ')') {
          k = end = j + 1;
          continue;
        }
        break;
      }
      if ((t.w === '-' || t.w === '–') && k === end && isCap(toks[k + 1]) && toks[k - 1]?.e === t.s) {
        // "Editor-in-Chief", "Vice-Chairman"
        k++;
        continue;
      }
      if (t.w === ',' && k === end && unit && isCap(toks[k + 1]) && !this.startsTitle(k + 1, toks.length) && !this.isName(k + 1)) {
        // "… Affairs Division, Commission for Mass Mobilisation of …": the unit's parent.
        unit = false;
        k++;
        continue;
      }
      break;
    }
    return end;
  }

  /** Does a personal name (or an honorific before one) start at `k`? */
  isName(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.t !== 'w') return false;
    if (HONORIFICS.has(t.k)) return true;
    return SURNAME_KEYS.has(foldKey(bare(t))) && isCap(this.toks[k + 1]) && !NOT_NAME_WORD.has(bare(this.toks[k + 1] as Token));
  }
}

/**
 * Find officials in an English text (normalised). `extraNames`: names that
 * compromise found (without honorifics), for people whose names are not
 * Vietnamese.
 */
export function findEnglishOfficials(text: string, extraNames: readonly string[] = []): RawEnglishOfficial[] {
  return new EnglishPeople(text, extraNames).run();
}
