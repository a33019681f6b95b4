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
  /** Each title's span (normalised offsets), in order of first appearance. */
  titles: { start: number; end: number; key: string }[];
  mentions: { start: number; end: number }[];
  /** A photo or story credit ("Photo: Lan Anh"): a person without titles. */
  byline?: boolean;
}

/** A credit: its cue and colon, then a name of two to four capitalised words ending the line, sentence or bracket. */
const CREDIT_RE =
  /\b(?:Photos?|Story and photos?|Text and photos?|Text|By|Video)\s*:\s*((?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,})(?:[ \u00a0](?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,})){1,3})(?=\s*(?:\)|$|\n|\.\s|\.$|;|,))/gu;

/** A title as token indices [from, to). */
type TitleTokens = [number, number];

const SURNAME_KEYS = new Set([...SURNAMES].flatMap((s) => [s, foldKey(s)]));
const PREFIX_KEYS = new Set(['y', "h'", 'thich', 'thích', ...[...BAPTISMAL_NAMES].flatMap((s) => [s, foldKey(s)])]);
const PLACE_KEYS = new Set(PLACES.map((p) => foldKey(p.join(' '))));

/** The most tokens one title chain may span (before or after a name). */
const MAX_CHAIN = 48;

/** Words a title may start with (first word, lower case). */
const HEADS = new Set(
  (
    'president vice deputy chairman chairwoman chairperson chair head secretary general member minister prime director ' +
    'commander colonel lieutenant major senior chief most venerable ambassador editor governor mayor permanent standing ' +
    'politburo pastor bishop archbishop cardinal father reverend priest abbot dignitary congressman congresswoman senator ' +
    'justice prosecutor inspector principal rector captain former acting commissar political first second assistant ' +
    'admiral vice-chairman vice-chairwoman vice-president deputy-head superior nun monk elder chancellor envoy consul ' +
    'expert researcher lecturer officer delegate'
  ).split(' '),
);
/** Heads that need a capitalised word after them to start a title before a name ("Party" alone is not one). */
const WEAK_HEADS = new Set(['first', 'second', 'former', 'acting', 'political', 'senior', 'chief', 'standing', 'permanent', 'general', 'major']);
/** Lower-case words that may sit inside a title: "Head of the Commission for Mass Mobilisation". */
const CONNECTORS = new Set([
  'of', 'the', 'for', 'and', 'on', 'in', 'member', 'members', 'at', 'to', 'its', 'under', 'cum', 'deputy', 'head', 'chief',
  'provincial', 'municipal', 'district', 'commune', 'city', 'ward', 'town', 'village', 'province',
]);
/** Lower-case nouns of bodies that may close a title after "of the": "head of the delegation", "member of the board". */
const BODY_NOUNS = new Set(['delegation', 'board', 'committee', 'commission', 'council', 'union', 'association', 'department', 'division', 'party', 'front', 'government', 'secretariat', 'presidium', 'congregation', 'parish']);
const ORDINAL_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth'.split(' '));
/** Months and weekdays: "Minister of Public Security on November 8" ends at "on". */
const MONTH_OR_DAY = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** Words that give the office after a name: "was re-elected Chairwoman of …", "was appointed Secretary of …", ", as head of …". */
const PREDICATES = new Set(['elected', 're-elected', 'reelected', 'appointed', 'named', 'became', 'as']);
/** Capitalised words that may stand before a head and belong to its title ("Party General Secretary", "Politburo member"). */
const TITLE_LEAD = new Set(['party', 'politburo', 'provincial', 'municipal', 'national', 'central', 'government', 'standing', 'permanent', 'state', 'city', 'district', 'commune']);
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
    let shared: TitleTokens[] | null = null;
    let listEnd = 0;
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
      // "Vice Chairmen of the …: A, B, C": a plural title before a list goes to every name of it.
      const inList = shared !== null && this.onlyListSeparators(listEnd, name.from);
      const before = this.addPerson(name.from, name.to, inList ? shared : null);
      if (!inList) shared = before.filter(([a, b]) => this.plural(a, b));
      if (shared?.length === 0) shared = null;
      listEnd = this.lastEnd;
      i = name.to;
    }
    this.credits();
    return this.order;
  }

  /** "Photo: Lan Anh", "(Photo: VNA)" is an agency, not a person. */
  credits(): void {
    for (const m of this.text.matchAll(CREDIT_RE)) {
      const name = m[1] ?? '';
      if (name.split(/\s+/).some((w) => NOT_NAME_WORD.has(w.toLowerCase()) || w === w.toUpperCase())) continue;
      const key = foldKey(name);
      const start = m.index + m[0].lastIndexOf(name);
      const o = this.byKey.get(key);
      if (o) {
        if (!o.mentions.some((x) => x.start === start)) o.mentions.push({ start, end: start + name.length });
        continue;
      }
      const credit: RawEnglishOfficial = { name, titles: [], mentions: [{ start, end: start + name.length }], byline: true };
      this.byKey.set(key, credit);
      this.order.push(credit);
    }
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
    return this.nameFrom(i, end, null) ?? this.nameFrom(i, end, extra) ?? this.titledName(i, end);
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
      if (folded.startsWith('ho chi minh')) {
        // The President, not the city, the academy or the thought.
        const prev = toks[s - 1];
        const next = toks[to];
        if (len === 3 && prev?.k === 'president' && !(isCap(next) && !(next as Token).k.endsWith("'s"))) return { from: s, to };
        s = to - 1;
        continue;
      }
      if (extra ? !extra.has(text.toLowerCase()) || folded.includes('ho chi minh') : !vietnamese) continue;
      // A place ("Hà Nội", "Mai Chau district") or a body's name ("Thai Nguyen Women's Union"): read on after it.
      const next = toks[to];
      const body = (to === end && next && isCap(next)) || (to < end && !headOf(toks[to]));
      if (PLACE_KEYS.has(folded) || this.placeAfter(to) || body) {
        s = to - 1;
        continue;
      }
      return { from: s, to };
    }
    return null;
  }

  /**
   * A name the vocabulary and compromise both missed, right after a title
   * ("US Congressman Eni Faleomavaega", "Director of the Religions Department
   * Khanonglit Sisomboun"): two or three capitalised words, none a body's or
   * title's word, ending the run before a lower-case word or punctuation.
   */
  titledName(i: number, end: number): { from: number; to: number } | null {
    const toks = this.toks;
    for (let s = i + 1; s < end; s++) {
      if (end - s < 2 || end - s > 3) continue;
      let ok = true;
      for (let k = s; k < end; k++) {
        const t = toks[k] as Token;
        if (t.upper || NOT_NAME_WORD.has(bare(t)) || HEADS.has(bare(t)) || MONTH_OR_DAY.has(bare(t))) ok = false;
      }
      const next = toks[end];
      if (!ok || (next && next.t === 'w' && next.cap)) continue;
      if (!headOf(toks[s - 1]) && !NOT_NAME_WORD.has(bare(toks[s - 1] as Token))) continue;
      if (this.titlesBefore(s).length > 0) return { from: s, to: end };
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

  /** Only commas and "and" (and honorifics) between two names of a list. */
  onlyListSeparators(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.toks[k] as Token;
      if (t.w !== ',' && t.k !== 'and' && t.w !== '.' && !HONORIFICS.has(t.k)) return false;
    }
    return true;
  }

  /** Is the title toks[a..b) plural ("Vice Chairmen of …", "members of …")? */
  plural(a: number, b: number): boolean {
    for (let k = a; k < b && k < a + 4; k++) {
      const w = this.toks[k]?.k ?? '';
      if (/(?:men|persons|women|members|deputies|ministers|secretaries|heads|presidents|directors)$/.test(w)) return true;
    }
    return false;
  }

  /** Token index after the last title or name read (where a list may go on). */
  lastEnd = 0;

  /** Add a mention of the name toks[from..to) with its titles; `shared`: a list's title. Returns the titles read before the name. */
  addPerson(from: number, to: number, shared: TitleTokens[] | null = null): TitleTokens[] {
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
    const add = ([a0, b0]: TitleTokens) => {
      let a1 = a0;
      let b1 = b0;
      while (a1 < b1 && /^(?:the|a|an)$/.test(this.toks[a1]?.k ?? '')) a1++;
      while (b1 > a1 && this.toks[b1 - 1]?.t === 'p' && this.toks[b1 - 1]?.w !== ')') b1--;
      if (b1 <= a1) return;
      for (let k = a0; k < b0; k++) this.used.add(k);
      const start = (this.toks[a1] as Token).s;
      const end = (this.toks[b1 - 1] as Token).e;
      const key = this.text.slice(start, end).replace(/\s+/g, ' ').toLowerCase();
      if (!o.titles.some((t) => t.key === key)) o.titles.push({ start, end, key });
    };
    const before = shared ?? this.titlesBefore(from);
    for (const t of before) add(t);
    this.lastEnd = to;
    for (const t of this.titlesAfter(to)) {
      add(t);
      this.lastEnd = t[1];
    }
    return before;
  }

  /** The title chain right before the name (honorifics skipped), split into titles. */
  titlesBefore(from: number): TitleTokens[] {
    const toks = this.toks;
    let k = from - 1;
    // "Mr.", "Prof. Dr.", "Assoc. Prof."
    while (k >= 0) {
      const t = toks[k] as Token;
      if (t.w === '.' && HONORIFICS.has(toks[k - 1]?.k ?? '')) k -= 2;
      else if (t.t === 'w' && HONORIFICS.has(t.k)) k--;
      else break;
    }
    // "Vice Chairmen of the …: A, B, C": a colon before the name; "In her speech, Politburo member …, Truong Thi Mai
    // noted": a comma, when the name has no titles of its own after it.
    if (toks[k]?.w === ':' || (toks[k]?.w === ',' && isCap(toks[k - 1]) && toks[this.nameEnd(from)]?.w !== ',')) k--;
    const last = k;
    let start = k + 1;
    // A title chain is at most a few dozen words: the scan back is bounded, so the whole read stays linear.
    for (; k >= 0 && last - k < MAX_CHAIN; k--) {
      const t = toks[k] as Token;
      if (this.used.has(k)) break;
      if (t.t === 'w' && (t.cap || CONNECTORS.has(t.k) || HEADS.has(t.k))) {
        start = k;
        continue;
      }
      if (t.w === '-' && isCap(toks[k - 1])) continue;
      // "Politburo member, Permanent Member of … Truong Quang Dinh": a comma between two titles before a name.
      if (t.w === ',' && k < last && toks[k - 1]?.t === 'w' && (isCap(toks[k - 1]) || toks[k - 1]?.k === 'member')) continue;
      if (t.t === 'n' && isCap(toks[k + 1])) continue;
      if ((t.w === '(' && k < last) || t.w === ')') continue;
      if (t.w === '’' || t.w === "'") continue;
      break;
    }
    // From the first head word on; the chain must end right before the name on a title word.
    let h = start;
    // A lower-case head may open the chain right after a comma or at a line's start ("…, standing deputy head of … Hoàng Văn A").
    const opens = (j: number) => j === start && (!toks[j - 1] || toks[j - 1]?.w === ',' || toks[j - 1]?.t === 'nl');
    while (h <= last && !(headOf(toks[h]) && (isCap(toks[h]) || toks[h]?.k === 'member' || opens(h)) && !(WEAK_HEADS.has(toks[h]?.k ?? '') && !isCap(toks[h + 1]) && !opens(h)))) h++;
    if (h > last) return [];
    const lastTok = toks[last] as Token;
    if (!(lastTok.t === 'w' && (lastTok.cap || HEADS.has(lastTok.k))) && lastTok.w !== ')') return [];
    // "Party General Secretary", "Politburo member": a capitalised word before the head belongs to it.
    while (h > start && isCap(toks[h - 1]) && this.leadsTitle(h - 1)) h--;
    return this.splitChain(h, last + 1);
  }

  /** End of the capitalised name run starting at `from`. */
  nameEnd(from: number): number {
    let k = from;
    while (isCap(this.toks[k]) && k - from < 6) k++;
    return k;
  }

  /** A capitalised word before a head that belongs to the title: "Party", "GCRA", "Hanoi" before "Party Committee". */
  leadsTitle(j: number): boolean {
    const t = this.toks[j] as Token;
    if (t.upper || TITLE_LEAD.has(t.k) || NOT_NAME_WORD.has(bare(t))) return !HONORIFICS.has(t.k);
    const next = this.toks[j + 1];
    return !!next && next.t === 'w' && next.cap && BODY_NOUNS.has(bare(next));
  }

  /** Split a chain of tokens at "and" or " - " before a new title. */
  splitChain(from: number, to: number): TitleTokens[] {
    const out: TitleTokens[] = [];
    let s = from;
    for (let k = from; k < to; k++) {
      const t = this.toks[k] as Token;
      if ((t.k === 'and' || t.w === '-' || t.w === ';' || t.w === ',') && k > s && this.startsTitle(k + 1, to)) {
        out.push([s, k]);
        s = k + 1;
      }
    }
    if (s < to) out.push([s, to]);
    return out;
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

  /** Titles after the name: ", Deputy Head of …, Commission … of …, and Chairwoman of …". */
  titlesAfter(to: number): TitleTokens[] {
    const toks = this.toks;
    const out: TitleTokens[] = [];
    let k = to;
    // "Nguyen Van A (PPC)" – skip an abbreviation in brackets.
    if (toks[k]?.w === '(' && toks[k + 1]?.upper && toks[k + 2]?.w === ')') k += 3;
    for (let guard = 0; guard < 8; guard++) {
      const sep = toks[k];
      if (!sep) break;
      let s = k + 1;
      // "was re-elected Chairwoman of …", "has been appointed Secretary of …", ", as head of …"
      let p = sep.w === ',' ? k + 1 : k;
      while (/^(?:was|were|is|has|had|been|be|then|later|also)$/.test(toks[p]?.k ?? '')) p++;
      if (PREDICATES.has(toks[p]?.k ?? '') || (toks[p]?.k === 're' && toks[p + 1]?.w === '-')) {
        s = toks[p]?.k === 're' ? p + 3 : p + 1;
        if (toks[s]?.k === 'as' || toks[s]?.k === 'to') s++;
      } else if (out.length === 0 && k === to && isCap(sep) && headOf(sep) && this.startsTitle(k, toks.length)) {
        // A caption: "Tran Thi Bich Thuy Vice Head of the …".
        s = k;
      } else if (!(sep.w === ',' || sep.k === 'and' || sep.w === '-' || sep.w === '–')) break;
      if (sep.w === ',' && toks[s]?.k === 'and') s++;
      while (toks[s] && /^(?:the|a|an)$/.test(toks[s]?.k ?? '') && toks[s]?.t === 'w') s++;
      if (!this.startsTitle(s, toks.length) && !this.lowerHead(s)) break;
      const end = this.phraseEnd(s);
      if (end <= s) break;
      // "… Ksor and Director of the Department … Lam Hoang Nam": a title right before a name is that person's.
      if (this.isName(end)) break;
      out.push([s, end]);
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
    while (k < toks.length && k - s < MAX_CHAIN) {
      const t = toks[k] as Token;
      if (t.t === 'w') {
        if (k > s && t.cap && this.isName(k)) break;
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
          // "Department of Agriculture and Environment": "and" inside a body's name.
          if (isCap(nx) && !this.startsTitle(k + 1, toks.length) && !this.isName(k + 1) && !HONORIFICS.has(nx?.k ?? '')) {
            k++;
            continue;
          }
          break;
        }
        if (BODY_NOUNS.has(t.k) && (toks[k - 1]?.k === 'the' || toks[k - 1]?.k === 'its')) {
          k = end = k + 1;
          continue;
        }
        if (/^(?:province|city|district|commune|ward|town)$/.test(t.k) && isCap(toks[k - 1]) && k === end) {
          k = end = k + 1;
          continue;
        }
        if (ORDINAL_WORDS.has(t.k) && /^(?:tenure|term)$/.test(toks[k + 1]?.k ?? '')) {
          // "President of the VFF Central Committee for the ninth tenure"
          k = end = k + 2;
          continue;
        }
        if (CONNECTORS.has(t.k) && !MONTH_OR_DAY.has(toks[k + 1]?.k ?? '') && (isCap(toks[k + 1]) || CONNECTORS.has(toks[k + 1]?.k ?? '') || BODY_NOUNS.has(toks[k + 1]?.k ?? '') || ORDINAL_WORDS.has(toks[k + 1]?.k ?? '') || toks[k + 1]?.t === 'n')) {
          k++;
          continue;
        }
        break;
      }
      if ((t.w === "'" || t.w === '’') && k === end && toks[k - 1]?.k.endsWith('s') && isCap(toks[k + 1])) {
        // "the provincial Farmers’ Association"
        k++;
        continue;
      }
      if (t.t === 'n' && isCap(toks[k - 1]) && k === end) {
        // "Military Region 9"
        k = end = k + 1;
        continue;
      }
      if (t.t === 'n' && /^(?:st|nd|rd|th)$/.test(toks[k + 1]?.k ?? '') && toks[k + 1]?.s === t.e) {
        // "the 13th-tenure Party Central Committee", "the 14th National Assembly"
        k += 2;
        if ((toks[k]?.w === '-' || toks[k]?.w === '–') && /^(?:tenure|term)$/.test(toks[k + 1]?.k ?? '')) k += 2;
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
      if ((t.w === '-' || t.w === '–') && k === end && isCap(toks[k + 1]) && k === s + 1 && /^(?:vice|deputy)$/.test(toks[s]?.k ?? '')) {
        // "Vice – Chairman of the GCRA"
        k++;
        continue;
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
    if (HONORIFICS.has(t.k) && this.toks[k + 1]?.w === '.') return true;
    if (!t.cap || !SURNAME_KEYS.has(foldKey(bare(t)))) return false;
    return this.nameFrom(k, this.capRun(k), null)?.from === k;
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
