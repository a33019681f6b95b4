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
/**
 * Saints' names in English spelling, as Catholic names are written before a Vietnamese name in English ("the
 * Archbishop of Hanoi, Joseph Ngo Kiet"; "Francis Xavier Nguyen Van A"): part of the name when a family name follows.
 */
const ENGLISH_BAPTISMAL = new Set(
  (
    'joseph peter paul john baptist francis xavier dominic vincent anthony antony thomas andrew matthew mark luke michael ' +
    'stephen mary maria anna anne teresa theresa augustine aloysius alphonsus martin simon james philip louis lawrence ' +
    'gabriel raphael cecilia agnes lucia lucy catherine monica rose elizabeth martha magdalene benedict gregory ' +
    'bernard bartholomew nicholas jude timothy ignatius augustin andre pierre jean jacques marie emmanuel alphonse damien dominique'
  ).split(' '),
);
/** Capitalised terms read like a Vietnamese name that are none (folded): the Renewal policy, a dateline's weekday ("Chủ Nhật, 25/12/2016"). */
const NOT_PERSON_EN = new Set(['doi moi', 'chu nhat', 'thu hai', 'thu ba', 'thu tu', 'thu nam', 'thu sau', 'thu bay']);
/** Words of a photo caption's "where in the picture": "(2nd from right)", "(left)", "(centre, front row)". */
const CAPTION_PLACE = /^(?:left|right|centre|center|middle|front|row|standing|sitting|l|r|c)$/;
/** Middle names that all but prove a Vietnamese personal name, folded. */
const STRONG_MIDDLE = new Set(['van', 'thi', 'duc', 'huu']);
/** Words that do not name what a post is for: "Chairman for his contributions", "for many years". */
const PURPOSE_STOP = new Set('the a an his her their its our my your this that these those many several some all two three years months decades terms term life'.split(' '));
/** Lower-case words that are no modifier of a post after a name's comma. */
const MODIFIER_STOP = new Set(
  (
    'both all each also who which whose whom that his her their its our my your the a an another other many some and or ' +
    'but then now not as with to of for in on at by from was is were are has have had be been who said says told'
  ).split(' '),
);
/** Adjectives of a faith, a people or a country, before the group's noun: "Buddhist followers", "Vietnamese people". */
const GROUP_ADJECTIVE = /(?:ist|ic|ese|ian|an|ish|ant)$/;
/** Words that end a verb phrase, never a name ("The Bishops Speak Out", a headline in title case). */
const PARTICLES = new Set('out up down off over back away about around through against into onto upon'.split(' '));

/** The most tokens one title chain may span (before or after a name). */
const MAX_CHAIN = 48;

/** Words a title may start with (first word, lower case). */
const HEADS = new Set(
  (
    'president vice deputy chairman chairwoman chairperson chair head secretary general member minister prime director ' +
    'commander colonel lieutenant major senior chief most venerable ambassador editor governor mayor permanent standing ' +
    'politburo pastor bishop archbishop cardinal reverend priest abbot dignitary congressman congresswoman senator ' +
    'justice prosecutor inspector principal rector captain former acting commissar first second assistant ' +
    'admiral vice-chairman vice-chairwoman vice-president deputy-head superior nun monk elder chancellor envoy consul ' +
    'expert researcher lecturer officer delegate hero teacher artist artisan doctor alternate representative pope ' +
    'administrator apostolic nuncio monsignor patriarch deacon spokesman spokeswoman spokesperson coadjutor undersecretary ' +
    'auditor'
  ).split(' '),
);
/** The words of a military rank: "Senior Lieutenant General", "Major General", "Colonel". */
const MILITARY_RANK = /^(?:senior|lieutenant|major|colonel|general|captain|admiral|rear|brigadier)$/;
/** Church ranks right before a name the vocabulary may not know ("Monsignor Mirosław Wachowski"). */
const CHURCH_RANK = /^(?:monsignor|bishop|archbishop|cardinal|pope|nuncio)$/;
/** Ranks that are a title in lower case too, right before a name: "the removal of archbishop Joseph Ngo Quang Kiet". */
const LOWER_RANKS = new Set(['archbishop', 'bishop', 'cardinal', 'priest', 'pastor', 'monk', 'nun', 'abbot', 'pope', 'deacon', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Heads that need a capitalised word after them to start a title before a name ("Party" alone is not one). */
const WEAK_HEADS = new Set(['apostolic', 'first', 'second', 'former', 'acting', 'political', 'senior', 'chief', 'standing', 'permanent', 'general', 'major', 'alternate']);
/** Lower-case words that may sit inside a title: "Head of the Commission for Mass Mobilisation". */
const CONNECTORS = new Set([
  'of', 'the', 'for', 'and', 'on', 'in', 'member', 'members', 'at', 'to', 'its', 'under', 'cum', 'deputy', 'head', 'chief',
  'provincial', 'municipal', 'district', 'commune', 'city', 'ward', 'town', 'village', 'province',
]);
/** Lower-case nouns of bodies that may close a title after "of the": "head of the delegation", "member of the board". */
const BODY_NOUNS = new Set([
  'delegation', 'board', 'committee', 'commission', 'council', 'union', 'association', 'department', 'division', 'party', 'front',
  'government', 'secretariat', 'presidium', 'congregation', 'parish', 'diocese', 'headquarter', 'headquarters', 'command', 'office', 'bureau',
  'court', 'procuracy',
]);
const ORDINAL_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth'.split(' '));
/** Months and weekdays: "Minister of Public Security on November 8" ends at "on". */
const MONTH_OR_DAY = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** Words that give the office after a name: "was re-elected Chairwoman of …", "was appointed Secretary of …", ", as head of …". */
const PREDICATES = new Set(['elected', 're-elected', 'reelected', 'appointed', 'named', 'became', 'becoming', 'as', 'assigned', 'promoted', 'served', 'serves', 'serving', 'working', 'worked', 'works']);
/** Words between a name and its predicate, or between a predicate and the title: "was recently elected", "assigned to be head of". */
const PREDICATE_FILLERS = /^(?:was|were|is|are|has|have|had|been|be|being|will|would|used|then|later|also|now|previously|formerly|recently|newly|currently|still|just|officially|formally|unanimously|to)$/;
/** Words that open a list of names after a plural title: "Vice Chairpersons of … including A, B and C", "… consist of A; B". */
const LIST_OPENERS = new Set(['including', 'include', 'includes', 'included', 'comprising', 'namely', 'are', 'were']);
const LIST_OPENERS_OF = new Set(['consist', 'consists', 'consisting', 'comprised']);
/** Place nouns that close a title after "in the" / "of the": "… Committee in the city". */
/** Place words of an address after a title: "Ward 8", "Phong Phu Commune". */
const ADDRESS_WORD = /^(?:ward|commune|district|city|province|hamlet|town|village)$/;
const PLACE_NOUN = /^(?:city|province|district|commune|ward|town|country|locality)$/;
/** How far (in tokens) "he" / "she" may stand from the person it refers to: a paragraph or two. */
const PRONOUN_REACH = 160;
/** How far past its subject a sentence may give the subject's office by a predicate ("…, was head of …"), in tokens. */
const SUBJECT_REACH = 60;
/** Verbs that give the subject's office right after a comma: "A, 51, from Thanh Hoa, was head of …". */
const SUBJECT_VERBS = new Set(['was', 'is', 'has', 'had', 'became', 'becomes', 'served', 'serves', 'held', 'holds', 'used']);
/** Nouns naming a post before "of": "the position of Vice Chairman of …", "the election of …". */
const POSITION_NOUNS = new Set(['position', 'post', 'title', 'election', 'appointment', 'dismissal', 're-election', 'reelection']);
/** Words before "serving as" / "becoming" / "as" that tie a clause to the sentence's subject. */
const CLAUSE_OPENERS = new Set(['while', 'when', 'before', 'after', 'including', 'since']);
/** A place noun in the possessive, inside a title: "Chairwoman of the district's People's Council". */
const POSSESSIVE_PLACE = /^(?:district|province|city|commune|ward)'s$/;
/** An ordinal's suffix after its number: the "th" of "13th". */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
/** Capitalised words that may stand before a head and belong to its title ("Party General Secretary", "Politburo member"). */
const TITLE_LEAD = new Set(['party', 'politburo', 'provincial', 'municipal', 'national', 'central', 'government', 'standing', 'permanent', 'state', 'city', 'district', 'commune', 'emeritus']);
/** Honorifics before a name, dropped. */
// ("Father" before a priest's name is a form of address, like Vietnamese "Cha": the rank is "priest", "Msgr.".)
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'madam', 'miss', 'dr', 'prof', 'assoc', 'comrade', 'sir', 'mme', 'madame', 'professor', 'phd', 'father']);
/** Nouns after a capitalised run that make it a place or a body, not a person. */
const NOT_PERSON_AFTER = new Set(
  (
    'district province commune city ward town township village hamlet street road avenue pagoda temple church parish ' +
    'school university college cooperative market bridge mountain river lake border airport port park square hall ' +
    'museum mausoleum trail campaign region island islands county prefecture area zone industrial company group ' +
    'corporation hospital centre center club stadium bay pass victory battle highway expressway route dike dyke canal dam beach ' +
    'chapel cathedral monastery convent shrine'
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
    'conference meeting plenum uncle mr ms mrs dr prof comrade photo source city court ward medal order award prize ' +
    'holy see pagoda temple cathedral diocese parish gen lt maj col sr capt brig adm rev regulation regulations circular ' +
    'ordinance constitution charter guideline guidelines instruction dispatch project scheme no pope catholics christians ' +
    'buddhists protestants muslims followers believers parishioners bishop bishops archbishop msgr monsignor father ' +
    // months abbreviated: "… in Thai Binh City On Dec 31" ("Ôn" is a family name)
    'jan feb apr jun jul aug sep sept oct nov dec'
  ).split(' ').concat([...NOT_PERSON_AFTER]),
);

/** Abbreviated ranks written with a dot before a name: "Gen.", "Lt. Gen.", "Maj.", "Col.", "Sr.", "Most Ven.", "Rev.". */
const RANK_ABBREVIATIONS = new Set(['gen', 'lt', 'maj', 'col', 'sr', 'capt', 'brig', 'adm', 'ven', 'rev', 'msgr']);

/** Vietnamese words for holy places (folded) that stand before a place's name: Tòa Thánh, Thánh thất, chùa, đền, giáo xứ. */
const HOLY_PLACE_BEFORE = new Set(['thanh', 'chua', 'that', 'den', 'dinh', 'xu', 'mieu', 'dai']);

/** A word that may be part of a name neither the vocabulary nor compromise knows: no abbreviation, body, title, month or day. */
function plainNameWord(t: Token): boolean {
  return !t.upper && !NOT_NAME_WORD.has(bare(t)) && !HEADS.has(bare(t)) && !MONTH_OR_DAY.has(bare(t)) && !PARTICLES.has(bare(t));
}

const isCap = (t: Token | undefined) => !!t && t.t === 'w' && t.cap;
const bare = (t: Token) => t.k.replace(/'s$/, '');
/** The singular of a plural title word: "secretaries" → "secretary", "chiefs" → "chief", "chairmen" → "chairman". */
function singular(w: string): string {
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
/** Is `w` a title's head word, singular or plural? */
// ("and representatives of the departments" after a name is a group of others, not a post.)
/** A head word, or its plural ("chairs" is the verb: "… head of the Steering Committee chairs the meeting"). */
const isHead = (w: string) => HEADS.has(w) || (w !== 'representatives' && w !== 'chairs' && HEADS.has(singular(w)));
const headOf = (t: Token | undefined) => !!t && t.t === 'w' && isHead(bare(t));

/** Parser state over one text's tokens. */
class EnglishPeople {
  readonly toks: Token[];
  readonly byKey = new Map<string, RawEnglishOfficial>();
  /** Saint's name and family name ("joseph ngo") of the full names read so far; null when two people share them. */
  readonly bySaint = new Map<string, RawEnglishOfficial | null>();
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
    // A plural title shared by the names of a list, and the list's members so far.
    let shared: TitleTokens[] | null = null;
    let members: RawEnglishOfficial[] = [];
    let listEnd = 0;
    let listByColon = false;
    while (i < toks.length) {
      const t = toks[i];
      // "He used to be Deputy Chief Inspector …", "she was elected Chairwoman of …": the offices of the person just named.
      if ((t?.k === 'he' || t?.k === 'she') && this.lastPerson && i - this.lastPersonAt < PRONOUN_REACH) {
        for (const tt of this.titlesAfter(i + 1)) this.addTitle(this.lastPerson, tt);
        i++;
        continue;
      }
      if (!isCap(t) || NOT_NAME_WORD.has(bare(t as Token)) || HONORIFICS.has(t?.k ?? '')) {
        i++;
        continue;
      }
      const run = this.capRun(i);
      const name = this.nameIn(i, run, extra);
      if (!name) {
        // "General Secretary Lam", "praised Hoai": a later mention by given name alone.
        const last = run - 1;
        const known = this.given.get(foldKey(bare(toks[last] as Token)));
        if (known && !this.used.has(last)) this.attach(known, last, run, this.titlesBefore(last));
        i = run;
        continue;
      }
      const own = this.titlesBefore(name.from);
      const ownStart = own[0]?.[0] ?? this.honorificStart(name.from);
      const ownPlural = own.filter(([a, b]) => this.plural(a, b));
      // A plural title of its own opens a new list ("…; Vice Chairmen of …: A, B").
      // Without a colon or "including", a name with titles of its own ends the list: "former General Secretaries
      // A and B, President C" — C is no general secretary.
      const inList = members.length > 0 && ownPlural.length === 0 && (own.length === 0 || listByColon) && this.onlyListSeparators(listEnd, ownStart);
      let before = inList && shared ? [...shared, ...own] : own;
      if (!inList) {
        members = [];
        // "Vice Chairmen of the …: A, B, C", "Vice Chairpersons of … including A, B and C": a plural title before a list goes to every name of it.
        shared = ownPlural;
        const opener = this.listOpener(ownStart);
        listByColon = toks[this.honorificStart(name.from) - 1]?.w === ':';
        if (shared.length === 0 && opener >= 0) {
          shared = this.titlesBefore(opener, true).filter(([a, b]) => this.plural(a, b));
          before = [...shared, ...own];
          listByColon = true;
        }
        if (shared.length === 0) shared = null;
      }
      const o = this.person(name.from, name.to);
      const after = this.attach(o, name.from, name.to, before);
      members.push(o);
      // "A, B and C have been appointed as Vice Chairpersons …": a plural title after a list goes to every name of it.
      if (members.length > 1) for (const tt of after) if (this.plural(tt[0], tt[1])) for (const m of members) this.addTitle(m, tt);
      listEnd = this.lastEnd;
      // "Politburo members A, …; and D, Minister of …; E – former …": the name after "and" closes the list.
      if (toks[this.honorificStart(name.from) - 1]?.k === 'and') members = [];
      i = name.to;
    }
    this.credits();
    return this.order;
  }

  /** Index of the word opening a list right before `k` ("including", "consist of"), or -1. */
  listOpener(k: number): number {
    const t = this.toks[k - 1];
    if (t && t.t === 'w' && LIST_OPENERS.has(t.k)) return k - 1;
    if (t?.k === 'of' && LIST_OPENERS_OF.has(this.toks[k - 2]?.k ?? '')) return k - 2;
    return -1;
  }

  /** Where the honorifics before a name start ("Assoc. Prof. PhD."), or the name itself. */
  honorificStart(from: number): number {
    let k = from;
    for (;;) {
      const t = this.toks[k - 1];
      if (t?.w === '.' && HONORIFICS.has(this.toks[k - 2]?.k ?? '')) k -= 2;
      else if (t?.w === '.' && this.toks[k - 2]?.k === 'd' && this.toks[k - 3]?.w === '.' && this.toks[k - 4]?.k === 'ph') k -= 4;
      else if (t && t.t === 'w' && HONORIFICS.has(t.k)) k--;
      else return k;
    }
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
    while (k < this.toks.length && isCap(this.toks[k]) && k - i < 12) {
      const t = this.toks[k] as Token;
      k++;
      if (t.k.endsWith("'s")) break;
    }
    return k;
  }

  /** A personal name inside the run toks[i..end): a Vietnamese name, "President Ho Chi Minh", or a name compromise found. */
  nameIn(i: number, end: number, extra: ReadonlySet<string>): { from: number; to: number } | null {
    return (
      this.regnalName(i, end) ??
      this.nameFrom(i, end, null) ??
      this.nameFrom(i, end, extra) ??
      this.titledName(i, end) ??
      this.honoredName(i, end) ??
      this.middleName(i, end) ??
      this.coordinatedName(i, end)
    );
  }

  /**
   * A Vietnamese name whose family name the vocabulary lacks (ethnic minorities' "Sin Duc Manh"): exactly three
   * capitalised words, the middle one a middle name that all but proves a person (Van, Thi, Duc, Huu), none a
   * body's or title's word, and no place noun after it.
   */
  middleName(i: number, end: number): { from: number; to: number } | null {
    const toks = this.toks;
    if (end - i !== 3 || isCap(toks[i - 1]) || !STRONG_MIDDLE.has(foldKey(toks[i + 1]?.k ?? ''))) return null;
    for (let k = i; k < end; k++) if (!plainNameWord(toks[k] as Token) || (toks[k] as Token).k.endsWith("'s")) return null;
    if (this.placeAfter(end) || PLACE_KEYS.has(foldKey(this.spanText(i, end)))) return null;
    return { from: i, to: end };
  }

  /**
   * A second name joined by "and" to a name compromise found, that compromise missed: "thank Sally Thompson and
   * Felicity Pascoe at …" — two or three capitalised words, none a body's, title's or place's, the run ending there.
   */
  coordinatedName(i: number, end: number): { from: number; to: number } | null {
    const toks = this.toks;
    if (toks[i - 1]?.k !== 'and' || end - i < 2 || end - i > 3 || this.lastEnd !== i - 1 || !this.lastPerson) return null;
    const first = this.lastPerson.name.split(' ')[0] ?? '';
    if (SURNAME_KEYS.has(foldKey(first))) return null;
    for (let k = i; k < end; k++) if (!plainNameWord(toks[k] as Token)) return null;
    if (this.placeAfter(end) || PLACE_KEYS.has(foldKey(this.spanText(i, end)))) return null;
    return { from: i, to: end };
  }

  /**
   * A pope's name, one or two words and an ordinal numeral right after "Pope": "Pope Francis", "Pope Benedict XVI",
   * "Pope John Paul II" — the name without the title, which stays a title.
   */
  regnalName(i: number, end: number): { from: number; to: number } | null {
    const toks = this.toks;
    if (toks[i - 1]?.k !== 'pope' || !toks[i - 1]?.cap) return null;
    let k = i;
    while (k < end && k - i < 2 && plainNameWord(toks[k] as Token)) k++;
    if (k === i) return null;
    if (k < end && toks[k]?.upper && /^[IVXL]+$/.test(toks[k]?.w ?? '')) k++;
    return { from: i, to: k };
  }

  /**
   * A name the vocabulary and compromise both missed, right after "Mr"/"Ms"/"Mrs"/"Madam" (with or without its
   * dot): "Mr Parvathaneni Harish - Ambassador of India": two to four capitalised words, none a body's or title's.
   */
  honoredName(i: number, end: number): { from: number; to: number } | null {
    const toks = this.toks;
    const prev = toks[i - 1]?.w === '.' ? toks[i - 2] : toks[i - 1];
    if (!prev || !/^(?:mr|ms|mrs|madam)$/.test(prev.k)) return null;
    let k = i;
    while (k < end && k - i < 4 && plainNameWord(toks[k] as Token)) k++;
    return k - i >= 2 ? { from: i, to: k } : null;
  }

  /** The first name in the run: Vietnamese (`extra` null) or one of compromise's names. */
  nameFrom(i: number, end: number, extra: ReadonlySet<string> | null): { from: number; to: number } | null {
    const toks = this.toks;
    for (let s = i; s < end; s++) {
      const first = toks[s] as Token;
      const key = bare(first);
      const vietnamese = SURNAME_KEYS.has(key) || SURNAME_KEYS.has(foldKey(key)) || PREFIX_KEYS.has(key) || PREFIX_KEYS.has(foldKey(key)) || this.saintBefore(s, end);
      let to = s;
      // ("Pham The Duyet": "The" is the middle name Thế, after a family name and before a given name.)
      // ("Nguyen Van The, former Minister": the given name Thế, third word of a name, before punctuation.)
      const middleThe = (j: number) =>
        toks[j]?.w === 'The' &&
        vietnamese &&
        ((j === s + 1 && isCap(toks[j + 1]) && j + 1 < end) || (j === s + 2 && (j + 1 >= toks.length || toks[j + 1]?.t === 'p')));
      while (to < end && (!NOT_NAME_WORD.has(bare(toks[to] as Token)) || middleThe(to)) && to - s < 5) to++;
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
      // "Tòa Thánh Châu Minh", "chùa Âng", "Cao Đài Chiếu Minh": a Vietnamese word for a holy place or a faith before
      // the name makes it the place's or the church's; "Cao Đài" itself is the faith.
      // ("the dioceses of Ban Me Thuot, Ha Tinh …": a see is a place.)
      const see = toks[s - 1]?.k === 'of' && /^(?:diocese|dioceses|archdiocese|archdioceses|eparchy)$/.test(toks[s - 2]?.k ?? '');
      if (see || HOLY_PLACE_BEFORE.has(foldKey(toks[s - 1]?.k ?? '')) || folded.startsWith('cao dai') || (folded.startsWith('dai ') && foldKey(toks[s - 1]?.k ?? '') === 'cao')) {
        s = to - 1;
        continue;
      }
      // A place ("Hà Nội", "Mai Chau district") or a body's name ("Thai Nguyen Women's Union"): read on after it.
      const next = toks[to];
      const body = (to === end && next && isCap(next)) || (to < end && !headOf(toks[to]));
      if (PLACE_KEYS.has(folded) || NOT_PERSON_EN.has(folded) || this.placeAfter(to) || body || this.bracketedPlace(s)) {
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
    // From the run's first word when a title word stands right before it ("Director Khanonglit Sisomboun thanked").
    // ("Msgr. Miroslaw Wachowski": an abbreviated rank and its dot likewise.)
    const afterRank = (s: number) => toks[s - 1]?.w === '.' && RANK_ABBREVIATIONS.has(toks[s - 2]?.k ?? '');
    for (let s = headOf(toks[i - 1]) || afterRank(i) ? i : i + 1; s < end; s++) {
      if (end - s < 2 || end - s > 3) continue;
      let ok = true;
      for (let k = s; k < end; k++) if (!plainNameWord(toks[k] as Token)) ok = false;
      const next = toks[end];
      if (!ok || (next && next.t === 'w' && next.cap)) continue;
      // ("President of China Xi Jinping": a one-word country or body after "of" ends the title.)
      if (!headOf(toks[s - 1]) && !afterRank(s) && !NOT_NAME_WORD.has(bare(toks[s - 1] as Token)) && !(s === i + 1 && toks[i - 1]?.k === 'of')) continue;
      if (this.titlesBefore(s).length > 0) return { from: s, to: end };
    }
    return null;
  }

  /** A place in brackets after a place noun: "Hien Kiet Commune (Quan Hoa)", the district the commune is in. */
  bracketedPlace(s: number): boolean {
    const open = this.toks[s - 1];
    const noun = this.toks[s - 2];
    return open?.w === '(' && !!noun && noun.t === 'w' && ADDRESS_WORD.test(noun.k);
  }

  /** Saints' names at `s` (one or two, "Francis Xavier") with a Vietnamese family name after them, inside the run. */
  saintBefore(s: number, end: number): boolean {
    let k = s;
    while (k < end && k < s + 2 && ENGLISH_BAPTISMAL.has(this.toks[k]?.k ?? '')) k++;
    const next = this.toks[k];
    return k > s && k < end && !!next && SURNAME_KEYS.has(foldKey(bare(next)));
  }

  /** A place or body noun right after the run ("Mai Chau district", "Son La province"). */
  placeAfter(to: number): boolean {
    const next = this.toks[to];
    if (next && (next.w === '-' || next.w === '–')) {
      // A route between two places: "the Ha Long - Hai Phong highway", "Ha Long – Hai Phong".
      let e = to + 1;
      while (isCap(this.toks[e]) && e < to + 4) e++;
      return e > to + 1 && (PLACE_KEYS.has(foldKey(this.spanText(to + 1, e))) || this.placeAfter(e));
    }
    if (next?.k === 'and' && isCap(this.toks[to + 1])) {
      // "Quan Hoa and Thuong Xuan districts": one plural place noun after two places.
      let e = to + 1;
      while (isCap(this.toks[e]) && e < to + 5) e++;
      return /^(?:districts|provinces|communes|wards|towns|villages|hamlets|cities)$/.test(this.toks[e]?.k ?? '');
    }
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

  /** Only commas, semicolons and "and" (and honorifics) between two names of a list. */
  onlyListSeparators(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.toks[k] as Token;
      // (A dot only after an honorific, "Mr.": a sentence's end closes the list.)
      if (t.w === '.' && HONORIFICS.has(this.toks[k - 1]?.k ?? '')) continue;
      if (t.w !== ',' && t.w !== ';' && t.k !== 'and' && !HONORIFICS.has(t.k)) return false;
    }
    return true;
  }

  /** Is the title toks[a..b) plural ("Vice Chairmen of …", "members of …")? */
  plural(a: number, b: number): boolean {
    // (The head may come after a modifier: "non-specialized Vice Chairpersons".)
    for (let k = a; k < b && k < a + 6; k++) {
      const w = this.toks[k]?.k ?? '';
      if (/(?:men|persons|women|members|deputies|ministers|secretaries|heads|presidents|directors|chiefs|chairs|commanders)$/.test(w)) return true;
    }
    return false;
  }

  /** Given names (folded) of the Vietnamese names read so far, for later mentions by given name; null when two people share one. */
  readonly given = new Map<string, RawEnglishOfficial | null>();

  /** The official named toks[from..to), created on first sight. */
  person(from: number, to: number): RawEnglishOfficial {
    const name = this.spanText(from, to);
    const key = foldKey(name);
    const first = bare(this.toks[from] as Token);
    const saint = ENGLISH_BAPTISMAL.has(first) && to - from >= 2;
    // "Archbishop Joseph Ngo" after "Joseph Ngo Quang Kiet": a saint's name and family name alone is the person named in full.
    let o = this.byKey.get(key) ?? (saint && to - from === 2 ? this.bySaint.get(key) ?? undefined : undefined);
    if (!o) {
      o = { name, titles: [], mentions: [] };
      this.byKey.set(key, o);
      this.order.push(o);
      if (saint && to - from >= 3) {
        const short = foldKey(this.spanText(from, from + 2));
        this.bySaint.set(short, this.bySaint.has(short) && this.bySaint.get(short) !== o ? null : o);
      }
      if (to - from >= 2 && (SURNAME_KEYS.has(first) || SURNAME_KEYS.has(foldKey(first)))) {
        // Vietnamese order, family name first: the given name is the last word.
        const g = foldKey(bare(this.toks[to - 1] as Token));
        this.given.set(g, this.given.has(g) && this.given.get(g) !== o ? null : o);
      }
    }
    return o;
  }

  /** Add the title toks[a..b) to `o` (articles and trailing punctuation trimmed), once. */
  addTitle(o: RawEnglishOfficial, [a0, b0]: TitleTokens): void {
    let a1 = a0;
    let b1 = b0;
    while (a1 < b1 && /^(?:the|a|an)$/.test(this.toks[a1]?.k ?? '')) a1++;
    // (A closing quote stays when the title opened it: "… the Movement of “All people protecting national security”".)
    const quoted = (j: number) => /^[”"]$/.test(this.toks[j]?.w ?? '') && /^[“"]$/.test(this.toks[this.openQuote(a1, j)]?.w ?? '');
    while (b1 > a1 && this.toks[b1 - 1]?.t === 'p' && this.toks[b1 - 1]?.w !== ')' && !quoted(b1 - 1)) b1--;
    if (b1 <= a1) return;
    for (let k = a0; k < b0; k++) this.used.add(k);
    const start = (this.toks[a1] as Token).s;
    const end = (this.toks[b1 - 1] as Token).e;
    const key = this.text.slice(start, end).replace(/\s+/g, ' ');
    if (!o.titles.some((t) => t.key === key)) o.titles.push({ start, end, key });
  }

  /** Index of an opening quote in toks[from..to) (at most 16 tokens back from `to`), or -1. */
  openQuote(from: number, to: number): number {
    for (let j = to - 1; j >= from && j > to - 16; j--) if (/^[“"]$/.test(this.toks[j]?.w ?? '')) return j;
    return -1;
  }

  /** Token index after the last title or name read (where a list may go on). */
  lastEnd = 0;
  /** The person mentioned last, and where: "he" / "she" soon after refers to them. */
  lastPerson: RawEnglishOfficial | null = null;
  lastPersonAt = 0;

  /** Record the mention toks[from..to) of `o` with the titles before it, and read the titles after it (returned). */
  attach(o: RawEnglishOfficial, from: number, to: number, before: TitleTokens[]): TitleTokens[] {
    const a = this.toks[from] as Token;
    const b = this.toks[to - 1] as Token;
    let end = b.e;
    if (b.k.endsWith("'s")) end -= 2;
    o.mentions.push({ start: a.s, end });
    this.lastPerson = o;
    this.lastPersonAt = from;
    for (let k = from; k < to; k++) this.used.add(k);
    for (const t of before) this.addTitle(o, t);
    for (const t of this.positionFor(this.honorificStart(from))) this.addTitle(o, t);
    this.lastEnd = to;
    const after = this.titlesAfter(to, before.length > 0);
    for (const t of after) {
      this.addTitle(o, t);
      this.lastEnd = t[1];
    }
    if (this.isSubject(before[0]?.[0] ?? this.honorificStart(from))) for (const t of this.predicateTitles(after.at(-1)?.[1] ?? to)) this.addTitle(o, t);
    return after;
  }

  /**
   * "approving the election of Vice Chairwoman of … for the 2016-2021 term for Ms. A", "the dismissal of the
   * position of Vice Chairman of … for Mr. B": the post named before "for" and an honorific, found by its
   * "position of" / "title of" / "election of" within the sentence; the post must run up to that "for" (or its term).
   */
  positionFor(k: number): TitleTokens[] {
    const toks = this.toks;
    if (toks[k - 1]?.k !== 'for' || !HONORIFICS.has(toks[k]?.k ?? '')) return [];
    for (let j = k - 2; j > 0 && j > k - MAX_CHAIN; j--) {
      const t = toks[j] as Token;
      if (t.t === 'nl' || t.w === '.' || t.w === ';' || this.used.has(j)) return [];
      if (t.k !== 'of' || !POSITION_NOUNS.has(toks[j - 1]?.k ?? '')) continue;
      let s = j + 1;
      if (toks[s]?.k === 'the' && POSITION_NOUNS.has(toks[s + 1]?.k ?? '') && toks[s + 2]?.k === 'of') s += 3;
      if (!this.startsTitle(s, k)) return [];
      const end = this.phraseEnd(s);
      return end === k - 1 || this.forTermEnd(end) === k - 1 ? [[s, end]] : [];
    }
    return [];
  }

  /** After "for the 2016-2021 term" at `k`, the index past it; else `k`. */
  forTermEnd(k: number): number {
    const toks = this.toks;
    if (toks[k]?.k !== 'for' || toks[k + 1]?.k !== 'the') return k;
    let j = k + 2;
    while (j < k + 7 && (toks[j]?.t === 'n' || toks[j]?.w === '-' || toks[j]?.w === '–')) j++;
    return j > k + 2 && /^(?:tenure|term|period)$/.test(toks[j]?.k ?? '') ? j + 1 : k;
  }

  /** Does the mention starting at `k` open its sentence (its subject)? */
  isSubject(k: number): boolean {
    const prev = this.toks[k - 1];
    return !prev || prev.t === 'nl' || (prev.w === '.' && !HONORIFICS.has(this.toks[k - 2]?.k ?? ''));
  }

  /**
   * The offices a sentence's subject is given further on, past words about him or her: "A, 51, from Thanh Hoa,
   * was head of …", "A could face censure while serving as …", "A, former President, … roles, including as …",
   * "A …, nor holds the posts of …". Read up to the sentence's end, another person's name or a pronoun; a copula
   * or "held" counts only right after a comma (the subject's appositions closed), so "A said the chief was …"
   * gives A nothing.
   */
  predicateTitles(from: number): TitleTokens[] {
    const toks = this.toks;
    for (let k = from; k < toks.length && k < from + SUBJECT_REACH; k++) {
      const t = toks[k] as Token;
      if (t.t === 'nl' || t.w === ';' || (t.w === '.' && !HONORIFICS.has(toks[k - 1]?.k ?? ''))) break;
      if (t.t !== 'w') continue;
      if (t.k === 'he' || t.k === 'she' || t.k === 'they' || (t.cap && this.isName(k))) break;
      const prev = toks[k - 1]?.k === 'who' ? toks[k - 2] : toks[k - 1];
      const opener = prev?.w === ',' || prev?.k === 'nor' || (prev?.k === 'and' && toks[k - 2]?.w === ',');
      if (opener && SUBJECT_VERBS.has(t.k)) {
        const out = this.titlesAfter(k);
        if (out.length > 0) return out;
      }
      // "while serving as …", "before becoming …", "including as …"
      if (CLAUSE_OPENERS.has(prev?.k ?? '') && (t.k === 'serving' || t.k === 'becoming' || (t.k === 'as' && prev?.k === 'including'))) {
        const out = this.titlesAfter(k);
        if (out.length > 0) return out;
      }
    }
    return [];
  }

  /** The title chain right before the name (honorifics skipped), split into titles. */
  titlesBefore(from: number, lowerOk = false): TitleTokens[] {
    const toks = this.toks;
    const block = this.signatureTitle(from);
    if (block) return [block];
    // "Minister of Public Security Gen. To Lam", "Sr. Lt. Gen. Nguyen Van A", "Most Ven. Thich B": an abbreviated rank
    // right before the name is a title of its own, after the chain before it.
    let r = from;
    while (toks[r - 1]?.w === '.' && RANK_ABBREVIATIONS.has(toks[r - 2]?.k ?? '') && toks[r - 2]?.cap && r - from > -8) r -= 2;
    if (r < from) {
      // "Most Ven.": the word before the abbreviation belongs to it.
      if (toks[r - 1]?.k === 'most' && toks[r]?.k === 'ven') r--;
      return [...this.titlesBefore(r, lowerOk), [r, from]];
    }
    // "Mr.", "Prof. Dr.", "Assoc. Prof. Ph.D."
    let k = this.honorificStart(from) - 1;
    // "Vice Chairmen of the …: A, B, C": a colon before the name; "In her speech, Politburo member …, Truong Thi Mai
    // noted": a comma, when the name has no titles of its own after it.
    // (Also when a comma follows the name with no title after it: "the Archbishop of Hanoi, Joseph Ngo Kiet, which …".)
    const ne = this.nameEnd(from);
    const ownAfter = toks[ne]?.w === ',' && (this.startsTitle(ne + 1, toks.length) || this.lowerHead(ne + 1) || toks[ne + 1]?.t !== 'w');
    // ("Chairman of the … Committee of the city, Nguyen Van A": a place noun after "the" ends such a title too.)
    const placeEnd = PLACE_NOUN.test(toks[k - 1]?.k ?? '') && toks[k - 2]?.k === 'the';
    if (toks[k]?.w === ':' || (toks[k]?.w === ',' && (isCap(toks[k - 1]) || placeEnd) && !ownAfter)) k--;
    const last = k;
    let start = k + 1;
    // A title chain is at most a few dozen words: the scan back is bounded, so the whole read stays linear.
    for (; k >= 0 && last - k < MAX_CHAIN; k--) {
      const t = toks[k] as Token;
      if (this.used.has(k)) break;
      if (t.t === 'w' && (t.cap || CONNECTORS.has(t.k) || isHead(t.k) || (k === last && t.k === 'diocese'))) {
        start = k;
        continue;
      }
      if (t.w === '-' && isCap(toks[k - 1])) continue;
      // "the 13th-tenure Party Central Committee": the ordinal, its suffix and "-tenure".
      if (t.t === 'w' && /^(?:tenure|term)$/.test(t.k) && toks[k - 1]?.w === '-' && ORDINAL_SUFFIX.test(toks[k - 2]?.k ?? '')) continue;
      if (t.w === '-' && ORDINAL_SUFFIX.test(toks[k - 1]?.k ?? '') && toks[k - 2]?.t === 'n') continue;
      if (t.t === 'w' && ORDINAL_SUFFIX.test(t.k) && toks[k - 1]?.t === 'n' && toks[k - 1]?.e === t.s) continue;
      if (t.t === 'n' && ORDINAL_SUFFIX.test(toks[k + 1]?.k ?? '') && toks[k + 1]?.s === t.e) continue;
      // "Politburo member, Permanent Member of … Truong Quang Dinh": a comma between two titles before a name.
      // (", the Secretariat, General Secretary …" is a list of bodies, not a chain.)
      if (t.w === ',' && k < last && toks[k + 1]?.k !== 'the' && toks[k - 1]?.t === 'w' && (isCap(toks[k - 1]) || toks[k - 1]?.k === 'member')) continue;
      if (t.t === 'n' && isCap(toks[k + 1])) continue;
      if ((t.w === '(' && k < last) || t.w === ')') continue;
      if (t.w === '’' || t.w === "'") continue;
      // "(GCRA)’s Department of …": the possessive after a bracket.
      if (t.k === 's' && (toks[k - 1]?.w === "'" || toks[k - 1]?.w === '’') && toks[k - 2]?.w === ')') continue;
      break;
    }
    // From the first head word on; the chain must end right before the name on a title word.
    let h = start;
    // A lower-case head may open the chain right after a comma or at a line's start ("…, standing deputy head of … Hoàng Văn A").
    // (A list's group title may be all lower case: "The two vice secretaries are A and B".)
    const opens = (j: number) =>
      (j === start && (lowerOk || !toks[j - 1] || toks[j - 1]?.w === ',' || toks[j - 1]?.t === 'nl')) ||
      (LOWER_RANKS.has(toks[j]?.k ?? '') && (j === last || toks[j - 1]?.k === 'the'));
    // ("during former president A’s visit": a lower-case "former" before a lower-case head opens one too.)
    const formerLower = (j: number) => toks[j]?.k === 'former' && !toks[j]?.cap && headOf(toks[j + 1]) && !toks[j + 1]?.cap;
    while (
      h <= last &&
      !(headOf(toks[h]) && (isCap(toks[h]) || toks[h]?.k === 'member' || opens(h) || formerLower(h)) && !(WEAK_HEADS.has(toks[h]?.k ?? '') && !isCap(toks[h + 1]) && !opens(h) && !formerLower(h) && !(isCap(toks[h]) && toks[h]?.k === 'chief' && toks[h + 1]?.k === 'of')))
    )
      h++;
    if (h > last) return [];
    const lastTok = toks[last] as Token;
    // The chain ends on a title word, a bracket, or a place after "in the" ("… Committee in the city").
    const endsOnPlace = PLACE_NOUN.test(lastTok.k) && toks[last - 1]?.k === 'the';
    // ("the bishop of My Tho diocese Nguyen Van Kham": a diocese named in lower case.)
    if (!(lastTok.t === 'w' && (lastTok.cap || isHead(lastTok.k) || lastTok.k === 'diocese')) && lastTok.w !== ')' && !endsOnPlace) return [];
    // "Party General Secretary", "Politburo member": a capitalised word before the head belongs to it.
    // ("former National Assembly (NA) Chairman": a bracketed abbreviation of the body inside it.)
    for (;;) {
      if (h > start && isCap(toks[h - 1]) && this.leadsTitle(h - 1)) h--;
      else if (h - 4 >= start && toks[h - 1]?.w === ')' && toks[h - 2]?.upper && toks[h - 3]?.w === '(' && isCap(toks[h - 4])) h -= 4;
      else break;
    }
    // "former Vice Chairman", "the new Chairperson": a lower-case modifier before a capitalised head, as the Vietnamese
    // "nguyên", "tân" ("the late President", like "cố Chủ tịch", is no part of the post).
    // (Also inside the chain's run: "… and former NA Chairmen A and B".)
    if (h > 0 && (h === start || h - 1 >= start) && /^(?:former|acting|standing|new)$/.test(toks[h - 1]?.k ?? '') && !toks[h - 1]?.cap && (isCap(toks[h]) || toks[h]?.k === 'member') && !this.used.has(h - 1)) h--;
    // "non-specialized Vice Chairpersons", "full-time Deputy Head": a hyphenated modifier before the head.
    const m = toks[h - 3];
    if (h - 3 >= 0 && toks[h - 2]?.w === '-' && m?.t === 'w' && !m.cap && m.e === toks[h - 2]?.s && toks[h - 1]?.t === 'w' && !toks[h - 1]?.cap && /^(?:non|full|part)$/.test(m.k)) h -= 3;
    return this.splitChain(h, last + 1);
  }

  /**
   * A signature block: a name in capitals on its own line under a line that is only a title ("Deputy Prime
   * Minister\nPHAM BINH MINH"); that line's title, or null.
   */
  signatureTitle(from: number): TitleTokens | null {
    const toks = this.toks;
    const first = toks[from];
    if (!first?.upper || (from > 0 && toks[from - 1]?.t !== 'nl')) return null;
    let to = from;
    while (toks[to]?.t === 'w' && toks[to]?.upper) to++;
    if (to - from < 2 || (to < toks.length && toks[to]?.t !== 'nl')) return null;
    let k = from - 1;
    while (k >= 0 && toks[k]?.t === 'nl') k--;
    const end = k + 1;
    while (k >= 0 && toks[k]?.t === 'w' && !toks[k]?.upper && (isCap(toks[k]) || CONNECTORS.has(toks[k]?.k ?? ''))) k--;
    const start = k + 1;
    if (end - start < 1 || end - start > 8 || (k >= 0 && toks[k]?.t !== 'nl')) return null;
    return this.startsTitle(start, end) && headOf(toks[end - 1]) ? [start, end] : null;
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
    // "Most Venerable Deputy Patriarch of …": a monk's or priest's rank before an office is a title of its own.
    const rank = this.rankEnd(from);
    if (rank > from && rank < to && this.startsTitle(rank, to)) {
      out.push([from, rank]);
      s = rank;
    }
    for (let k = s; k < to; k++) {
      const t = this.toks[k] as Token;
      // ("Minister-Chairman of the Committee …": a hyphen with no space round it joins one compound title.)
      const joined = t.w === '-' && this.toks[k - 1]?.e === t.s && this.toks[k + 1]?.s === t.e;
      if ((t.k === 'and' || t.w === '-' || t.w === ';' || t.w === ',') && k > s && !joined && this.startsTitle(k + 1, to)) {
        out.push([s, k]);
        s = k + 1;
      }
    }
    // "Deputy Defence Minister Senior Lieutenant General A": a military rank closing the chain, after an office, is a
    // title of its own ("Secretary General", "Attorney General" are offices: a lone "General" is no rank here).
    let m = to;
    while (m > s && this.toks[m - 1]?.cap && MILITARY_RANK.test(this.toks[m - 1]?.k ?? '')) m--;
    if (m < to && m > s && this.spanText(m, to).toLowerCase() !== 'general' && !/^(?:of|the|and)$/.test(this.toks[m - 1]?.k ?? '')) {
      out.push([s, m]);
      s = m;
    }
    if (s < to) out.push([s, to]);
    return out;
  }

  /** After a religious rank at `k` ("Most Venerable", "Senior Venerable", "Venerable", "Most Reverend"), its end; else `k`. */
  rankEnd(k: number): number {
    const j = /^(?:most|senior)$/.test(this.toks[k]?.k ?? '') ? k + 1 : k;
    return /^(?:venerable|reverend)$/.test(this.toks[j]?.k ?? '') && this.toks[j]?.cap ? j + 1 : k;
  }

  /** Does a title start at `k` (a head word, or capitalised words ending in "member" / a head)? */
  startsTitle(k: number, limit: number): boolean {
    const t = this.toks[k];
    if (!t || t.t !== 'w') return false;
    // ("permanent member of …": a weak head before a lower-case head starts a title too.)
    // ("Chief of the Committee Office": a capitalised "Chief" before "of" is a head of its own.)
    const chiefOf = t.cap && t.k === 'chief' && this.toks[k + 1]?.k === 'of';
    if (headOf(t) && !(WEAK_HEADS.has(t.k) && !isCap(this.toks[k + 1]) && !headOf(this.toks[k + 1]) && !chiefOf)) return true;
    if (!t.cap) return false;
    for (let j = k; j < limit && j < k + 8; j++) {
      const tj = this.toks[j] as Token;
      // "District 2 Party chief", "Military Region 9 Commander"
      if (tj.t === 'n' && j > k && isCap(this.toks[j - 1]) && isCap(this.toks[j + 1])) continue;
      // "National Assembly (NA) chairman": a bracketed abbreviation inside.
      if (tj.w === '(' && j > k && this.toks[j + 1]?.upper && this.toks[j + 2]?.w === ')') {
        j += 2;
        continue;
      }
      // "Party chief", "National Assembly chairman", "Party delegation secretary": a lower-case head after the body's name.
      if (tj.t === 'w' && !tj.cap && j > k && headOf(tj) && (tj.k === 'chief' || !WEAK_HEADS.has(tj.k))) return true;
      if (tj.t === 'w' && !tj.cap && j > k && BODY_NOUNS.has(tj.k) && isCap(this.toks[j - 1]) && headOf(this.toks[j + 1]) && !this.toks[j + 1]?.cap) continue;
      if (tj.t !== 'w' || !(tj.cap || tj.k === 'member')) return false;
      if (tj.k === 'member' || (j > k && headOf(tj))) return true;
    }
    return false;
  }

  /** Titles after the name: ", Deputy Head of …, Commission … of …, and Chairwoman of …". */
  titlesAfter(to: number, titledBefore = false): TitleTokens[] {
    const toks = this.toks;
    const out: TitleTokens[] = [];
    let k = to;
    // "Nguyen Van A (PPC)" – skip an abbreviation in brackets.
    if (toks[k]?.w === '(' && toks[k + 1]?.upper && toks[k + 2]?.w === ')') k += 3;
    for (let guard = 0; guard < 8; guard++) {
      // "… of the committee for the 2020-2025 tenure and chairman of …": the term between two titles is passed over.
      if (out.length > 0) k = this.termEnd(k);
      const sep = toks[k];
      if (!sep) break;
      let s = k + 1;
      // "was re-elected Chairwoman of …", "has been appointed Secretary of …", ", as head of …"
      let p = sep.w === ',' ? k + 1 : k;
      // "A, who is also Deputy Head of …": a relative clause on the person just named.
      if (sep.w === ',' && toks[p]?.k === 'who') p++;
      // "… Party chief before serving as secretary of …"
      if (CLAUSE_OPENERS.has(sep.k) && (toks[k + 1]?.k === 'serving' || toks[k + 1]?.k === 'becoming')) p = k + 1;
      const v = p;
      while (PREDICATE_FILLERS.test(toks[p]?.k ?? '') && p < v + 6) p++;
      const be = p > v && /^(?:was|is|will|has|had|used)$/.test(toks[v]?.k ?? '');
      if (toks[p]?.k === 'to' && toks[p + 1]?.k === 'the' && /^(?:position|post|positions|posts)$/.test(toks[p + 2]?.k ?? '') && toks[p + 3]?.k === 'of') {
        // "appoint … A to the position of Chairman of …"
        s = p + 4;
      } else if (/^(?:held|holds|hold|holding)$/.test(toks[p]?.k ?? '') && toks[p + 1]?.k === 'the' && /^(?:position|post|positions|posts)$/.test(toks[p + 2]?.k ?? '') && toks[p + 3]?.k === 'of') {
        // "held the post of deputy director of …"
        s = p + 4;
      } else if (be && (this.startsTitle(p, toks.length) || this.lowerHead(p) || (isCap(toks[p]) && headOf(toks[p])))) {
        // "… will be Chief of Office of …", "… was head of the Tax Department"
        s = p;
      } else if ((PREDICATES.has(toks[p]?.k ?? '') && (toks[p + 1]?.k === 'as' || !/^work/.test(toks[p]?.k ?? ''))) || (toks[p]?.k === 're' && toks[p + 1]?.w === '-')) {
        s = toks[p]?.k === 're' ? p + 3 : p + 1;
        // "re-elected for a third term as …", "elected to a second term as …"
        if (/^(?:for|to)$/.test(toks[s]?.k ?? '') && /^(?:a|an|the|his|her)$/.test(toks[s + 1]?.k ?? '')) {
          let j = s + 2;
          while (j < s + 5 && toks[j]?.t === 'w' && !/^(?:term|tenure)$/.test(toks[j]?.k ?? '')) j++;
          if (/^(?:term|tenure)$/.test(toks[j]?.k ?? '') && toks[j + 1]?.k === 'as') s = j + 1;
        }
        if (toks[s]?.k === 'as') s++;
        // "assigned to be head of …"
        while (PREDICATE_FILLERS.test(toks[s]?.k ?? '') && s < p + 4) s++;
        // "elected to the position of Standing Deputy Secretary …"
        if (toks[s]?.k === 'the' && /^(?:position|post)$/.test(toks[s + 1]?.k ?? '') && toks[s + 2]?.k === 'of') s += 3;
      } else if (out.length === 0 && k === to && isCap(sep) && headOf(sep) && this.startsTitle(k, toks.length)) {
        // A caption: "Tran Thi Bich Thuy Vice Head of the …".
        s = k;
      } else if (!(sep.w === ',' || sep.k === 'and' || sep.w === '-' || sep.w === '–' || sep.w === ';')) break;
      if (sep.w === ',' && toks[s]?.k === 'and') s++;
      while (toks[s] && /^(?:the|a|an)$/.test(toks[s]?.k ?? '') && toks[s]?.t === 'w') s++;
      // "Archbishop A, resident pontifical representative to Vietnam, …": lower-case modifiers before the head, in
      // an apposition right after the name that closes at a comma or the sentence's end.
      const from = s;
      if (out.length === 0 && k === to && /^[,–-]$/.test(sep.w)) s = this.modifiedHead(s);
      if (!this.startsTitle(s, toks.length) && !this.lowerHead(s) && !(s > k + 1 && isCap(toks[s]) && headOf(toks[s]))) break;
      const end = this.phraseEnd(s);
      if (end <= s) break;
      if (from < s && !(toks[end] === undefined || toks[end]?.w === ',' || toks[end]?.w === '.' || toks[end]?.t === 'nl')) break;
      // "… Ksor and Director of the Department … Lam Hoang Nam": a title right before a name is that person's; so is
      // in a list written title first, so is a chain of them after a comma ("Politburo member A, PCC Member, Chief of
      // … and Deputy Minister B": all B's).
      if (this.isName(end) || (titledBefore && sep.w === ',' && this.chainEndsInName(end))) break;
      // "Mr. A, Vice Chairman of …; Member of the Organizing board.": past a semicolon, only a title that closes the
      // sentence (no name of its own after it) is still this person's.
      if (sep.w === ';' && !(toks[end] === undefined || toks[end]?.w === '.' || toks[end]?.t === 'nl')) break;
      out.push([from, end]);
      k = end;
    }
    return out;
  }

  /** Do the titles joined by commas and "and" from `end` on close on a personal name? (Bounded: a few titles.) */
  chainEndsInName(end: number): boolean {
    const toks = this.toks;
    for (let e = end, guard = 0; guard < 4; guard++) {
      // (", and Colonel B" opens a new item of the list: the titles before it stay A's.)
      const s = e + 1;
      if (!(toks[e]?.w === ',' || toks[e]?.k === 'and') || toks[s]?.k === 'and' || !this.startsTitle(s, toks.length)) return false;
      e = this.phraseEnd(s);
      if (e <= s) return false;
      if (this.isName(e)) return true;
    }
    return false;
  }

  /**
   * One or two lower-case modifiers at `s` before a head ("resident pontifical representative", "ponti-fical
   * representative"): the head's index; else `s`. Not articles, pronouns, adverbs in -ly or clause words ("both
   * former members", "newly elected", "who is").
   */
  modifiedHead(s: number): number {
    const toks = this.toks;
    let j = s;
    for (let words = 0; words < 2; words++) {
      const t = toks[j];
      if (!t || t.t !== 'w' || t.cap || !/^[a-z]+$/.test(t.k) || t.k.endsWith('ly') || MODIFIER_STOP.has(t.k) || isHead(t.k)) break;
      j++;
      // "ponti-fical": a hyphen inside the word.
      if (toks[j]?.w === '-' && toks[j - 1]?.e === toks[j]?.s && toks[j + 1]?.s === toks[j]?.e && /^[a-z]+$/.test(toks[j + 1]?.k ?? '')) j += 2;
    }
    // ("A – provincial Secretary, …": a capitalised head after the modifier too.)
    return j > s && (this.lowerHead(j) || (isCap(toks[j]) && headOf(toks[j]))) ? j : s;
  }

  /** After a term at `k` ("for the 2020-2025 tenure", "for the 2021-2026 term") followed by "and" or a comma, that word; else `k`. */
  termEnd(k: number): number {
    const e = this.forTermEnd(k);
    return e > k && this.toks[e - 1]?.k !== 'period' && (this.toks[e]?.k === 'and' || this.toks[e]?.w === ',') ? e : k;
  }

  /** A lower-case head after a comma: "member of the Politburo", "head of the …", "former …". */
  lowerHead(s: number): boolean {
    const t = this.toks[s];
    if (!t || t.t !== 'w' || t.cap) return false;
    // "party chief of …", "party secretary of …"
    if (t.k === 'party') return headOf(this.toks[s + 1]);
    return isHead(t.k);
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
        // ("… chief at the first plenum": a lower-case "first", "former" needs a head after it.)
        if (!t.cap && k > s && WEAK_HEADS.has(t.k) && t.k !== 'chief' && !isCap(toks[k + 1]) && !headOf(toks[k + 1])) break;
        if (t.cap || isHead(t.k) || (k === s && t.k === 'party' && headOf(toks[k + 1]))) {
          if (/^(?:division|department|section|office|board|unit|bureau)$/.test(bare(t))) unit = true;
          k = end = k + 1;
          // "secretary for relations with states and international organizations": what the post is for, in lower case.
          if (isHead(t.k) && toks[k]?.k === 'for') k = end = this.purposeEnd(k, true);
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
        if (POSSESSIVE_PLACE.test(t.k) && toks[k - 1]?.k === 'the' && isCap(toks[k + 1])) {
          // "Chairwoman of the district's People's Council"
          k++;
          continue;
        }
        // "deputy head of the steering board for external information work": lower-case words naming a body after "the",
        // and what the body is for, up to the clause's comma.
        if (t.k === 'the' && k > s) {
          let j = k + 1;
          while (j < k + 4 && toks[j]?.t === 'w' && !toks[j]?.cap && !BODY_NOUNS.has(toks[j]?.k ?? '') && /^[a-z-]+(?:'s)?$/.test(toks[j]?.k ?? '')) j++;
          if (j > k + 1 && BODY_NOUNS.has(toks[j]?.k ?? '') && !toks[j]?.cap) {
            k = end = this.purposeEnd(j + 1, false);
            continue;
          }
        }
        // "Head of the Commemorative Organizing board", "chairman of the HCMC government": a body's noun in lower case after its name.
        if (BODY_NOUNS.has(t.k) && k === end && isCap(toks[k - 1]) && !this.isName(k - 1)) {
          k = end = k + 1;
          continue;
        }
        if (BODY_NOUNS.has(t.k) && (toks[k - 1]?.k === 'the' || toks[k - 1]?.k === 'its')) {
          k = end = this.purposeEnd(k + 1, false);
          continue;
        }
        // "representative of Buddhist followers from the Czech Republic": a group's lower-case noun after its
        // capitalised adjective ("Buddhist", "Vietnamese", "Catholic"), then where the group is from.
        if (k === end && /^[a-z]+s$/.test(t.k) && !t.k.endsWith('ss') && isCap(toks[k - 1]) && !toks[k - 1]?.upper && GROUP_ADJECTIVE.test(toks[k - 1]?.k ?? '')) {
          const from = /^(?:from|in)$/.test(toks[k + 1]?.k ?? '') ? k + 2 : -1;
          if (from > 0 && (isCap(toks[from]) || (toks[from]?.k === 'the' && isCap(toks[from + 1])))) {
            end = k + 1;
            k = from;
            continue;
          }
        }
        if (/^(?:province|city|district|commune|ward|town)$/.test(bare(t)) && isCap(toks[k - 1]) && k === end) {
          k = end = k + 1;
          continue;
        }
        if (PLACE_NOUN.test(t.k) && toks[k - 1]?.k === 'the' && /^(?:in|of|for)$/.test(toks[k - 2]?.k ?? '')) {
          // "… Fatherland Front Committee in the city"
          k = end = k + 1;
          continue;
        }
        if (ORDINAL_WORDS.has(t.k) && /^(?:tenure|term)$/.test(toks[k + 1]?.k ?? '')) {
          // "President of the VFF Central Committee for the ninth tenure"
          k = end = k + 2;
          continue;
        }
        if (/^(?:of|on)$/.test(t.k) && /^[“"]$/.test(toks[k + 1]?.w ?? '')) {
          // "Head of the Central Steering Committee on the Movement of “All people protecting national security”": a
          // movement's or campaign's quoted name, closed within a dozen words, ends the title.
          let q = k + 2;
          while (q < k + 16 && (toks[q]?.t === 'w' || toks[q]?.t === 'n' || toks[q]?.w === '-')) q++;
          if (q > k + 2 && /^[”"]$/.test(toks[q]?.w ?? '')) {
            k = end = q + 1;
            continue;
          }
        }
        if (CONNECTORS.has(t.k) && !MONTH_OR_DAY.has(toks[k + 1]?.k ?? '') && (isCap(toks[k + 1]) || CONNECTORS.has(toks[k + 1]?.k ?? '') || POSSESSIVE_PLACE.test(toks[k + 1]?.k ?? '') || BODY_NOUNS.has(toks[k + 1]?.k ?? '') || ORDINAL_WORDS.has(toks[k + 1]?.k ?? '') || toks[k + 1]?.t === 'n')) {
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
      if ((t.w === "'" || t.w === '’') && k === end && toks[k - 1]?.w === ')' && toks[k + 1]?.k === 's' && isCap(toks[k + 2])) {
        // "… Religious Affairs (GCRA)’s Department of …": the possessive after a bracket.
        k += 2;
        continue;
      }
      if ((t.w === "'" || t.w === '’') && k === end && toks[k - 1]?.k.endsWith('s') && (BODY_NOUNS.has(toks[k + 1]?.k ?? '') || toks[k + 1]?.k === 'conference')) {
        // "head of the office of the Catholic bishops’ conference of Vietnam"
        k = end = k + 2;
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
        if ((toks[k]?.w === '-' || toks[k]?.w === '–') && /^(?:tenure|term)$/.test(toks[k + 1]?.k ?? '')) k = end = k + 2;
        else if (/^(?:tenure|term)$/.test(toks[k]?.k ?? '')) k = end = k + 1;
        continue;
      }
      // "Sub-committee for culture": a hyphen with no space joins two words of one.
      if (t.w === '-' && k === end && toks[k - 1]?.e === t.s && toks[k + 1]?.t === 'w' && toks[k + 1]?.s === t.e) {
        k = end = k + 2;
        // "Sub-committee for culture, arts and galleries": what the body is for.
        if (BODY_NOUNS.has(toks[k - 1]?.k ?? '')) k = end = this.purposeEnd(k, true);
        continue;
      }
      if (t.w === '(' && k === end) {
        let j = k + 1;
        let place = false;
        while (j < toks.length && j < k + 12 && toks[j]?.w !== ')' && (toks[j]?.t === 'w' || toks[j]?.t === 'n')) {
          if (CAPTION_PLACE.test(toks[j]?.k ?? '')) place = true;
          j++;
        }
        // ("… Committee (2nd from right)", "(left)": where a photo shows the person, not part of the post.)
        if (toks[j]?.w === ')' && !place) {
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
      if ((t.w === '-' || t.w === '–') && k === end && (isCap(toks[k + 1]) || headOf(toks[k + 1])) && toks[k - 1]?.e === t.s && toks[k + 1]?.s === t.e) {
        // "Editor-in-Chief", "Vice-Chairman", "Vice-president"
        k++;
        if (!isCap(toks[k])) end = k + 1;
        continue;
      }
      if (t.w === ',' && k === end && (isCap(toks[k + 1]) || (toks[k + 1]?.k === 'in' && isCap(toks[k + 2])))) {
        // "… People's Council, Lao Cai province": the province the body is in.
        let j = k + 1;
        while (isCap(toks[j]) && j < k + 4 && !this.isName(j)) j++;
        if (j > k + 1 && /^(?:province|city)$/.test(toks[j]?.k ?? '') && !isCap(toks[j + 1])) {
          k = end = j + 1;
          continue;
        }
        // "… Pagoda, Don Xuan Commune, Duyen Hai District", "…, Ward 8": a capitalised address item.
        // (", in Hamlet III, Phong Phu Commune": "in" before the first item.)
        const item = toks[k + 1]?.k === 'in' && !toks[k + 1]?.cap ? this.addressItem(k + 2) : this.addressItem(k + 1);
        if (item > k + 2 || (item > k + 1 && toks[k + 1]?.k !== 'in')) {
          k = end = item;
          continue;
        }
      }
      if (t.w === ',' && k === end && toks[k - 1]?.k === 'front' && toks[k + 1]?.k === 'central') {
        // "Party Committee of the Fatherland Front, Central mass organisations": the Front and the mass organisations
        // are one Party committee's.
        let j = k + 2;
        while (j < k + 5 && toks[j]?.t === 'w' && !/^(?:organi[sz]ations|unions)$/.test(toks[j]?.k ?? '')) j++;
        if (/^(?:organi[sz]ations|unions)$/.test(toks[j]?.k ?? '')) {
          k = end = j + 1;
          continue;
        }
      }
      if (t.w === ',' && k === end) {
        // "Committee for Culture, Education and Society": a comma list of capitalised words closed by "and" inside a body's name.
        const close = this.nameListEnd(k);
        if (close > k) {
          k = end = close;
          continue;
        }
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

  /**
   * After a post or a body at `k` ("… commission", "secretary"), what it is for: "for" and up to eight lower-case
   * words ("for international relations", "for relations with states and inter-national organizations") closed by
   * punctuation or a line's end, or by "of"/"under"/"in" before a capitalised body ("… for international relations
   * of the Vietnam Buddhist Sangha"), where the title reads on. `strict` (after a head): no article, pronoun or
   * time word among them ("Chairman for his contributions", "for many years"). The index after them, or `k`.
   */
  purposeEnd(k: number, strict: boolean): number {
    const toks = this.toks;
    if (toks[k]?.k !== 'for') return k;
    const bodyAfter = (j: number) => /^(?:of|under|in|at)$/.test(toks[j]?.k ?? '') && (isCap(toks[j + 1]) || (toks[j + 1]?.k === 'the' && isCap(toks[j + 2])));
    let f = k + 1;
    // "for culture, arts and galleries": a list at commas counts when "and" closes it; else it ends at its first comma.
    let comma = -1;
    let closed = true;
    while (f < k + 14) {
      const t = toks[f];
      if (f > k + 1 && bodyAfter(f)) {
        if (closed) return f;
        break;
      }
      if (t?.w === ',' && f > k + 1 && toks[f + 1]?.t === 'w' && !toks[f + 1]?.cap) {
        if (comma < 0) comma = f;
        closed = false;
        f++;
      } else if (t?.t === 'w' && !t.cap && /^[a-z-]+$/.test(t.k) && !(strict && PURPOSE_STOP.has(t.k))) {
        if (t.k === 'and') closed = true;
        f++;
      }
      // "inter-national": a hyphen inside a word.
      else if (t?.w === '-' && f > k + 1 && toks[f - 1]?.e === t.s && toks[f + 1]?.s === t.e && toks[f + 1]?.t === 'w') f++;
      else break;
    }
    if (!closed) f = comma;
    let last = f;
    while (last > k + 1 && /^(?:of|under|in|at|and)$/.test(toks[last - 1]?.k ?? '')) last--;
    if (last - k < 2 || last - k > 10) return k;
    const next = toks[last];
    return !next || next.t === 'nl' || next.w === ',' || next.w === '.' || next.w === ';' ? last : k;
  }

  /**
   * A capitalised address item at `j` — "Ward 8", "Hamlet III", "Phong Phu Commune", "Tra Vinh City" — ending on a
   * place word (or a place word and its number): the index after it, or `j`.
   */
  addressItem(j: number): number {
    const toks = this.toks;
    const place = (t: Token | undefined) => !!t && t.t === 'w' && t.cap && ADDRESS_WORD.test(t.k);
    if (place(toks[j]) && (toks[j + 1]?.t === 'n' || (toks[j + 1]?.upper && /^[IVX]+$/.test(toks[j + 1]?.w ?? '')))) return j + 2;
    let e = j;
    while (isCap(toks[e]) && e < j + 4 && !this.isName(e) && !this.startsTitle(e, toks.length)) e++;
    return e > j + 1 && place(toks[e - 1]) && !isCap(toks[e]) ? e : j;
  }

  /**
   * After the comma at `k`, a list of one to three capitalised words per item,
   * at commas, closed by "and" and a last item, none of them a title or a
   * name ("…, Education, Youth and Children"): the end of the list, or `k`.
   * Looks at most a dozen tokens ahead.
   */
  nameListEnd(k: number): number {
    const toks = this.toks;
    let j = k + 1;
    const item = (): boolean => {
      const from = j;
      if (this.startsTitle(j, toks.length) || this.isName(j) || HONORIFICS.has(toks[j]?.k ?? '')) return false;
      while (isCap(toks[j]) && j - from < 3) j++;
      return j > from;
    };
    while (j < k + 12) {
      if (!item()) return k;
      // ("Information, Education, and Mass Mobilisation": a comma before the closing "and" too.)
      if (toks[j]?.w === ',' && toks[j + 1]?.k !== 'and') {
        j++;
        continue;
      }
      if (toks[j]?.w === ',') j++;
      if (toks[j]?.k === 'and') {
        j++;
        if (!item()) return k;
        return isCap(toks[j]) ? k : j;
      }
      return k;
    }
    return k;
  }

  /** Does a personal name (or an honorific before one) start at `k`? */
  isName(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.t !== 'w') return false;
    if (HONORIFICS.has(t.k) && this.toks[k + 1]?.w === '.') return true;
    // (A monk's "Thích" or a saint's name may open it too: "… Executive Council Thích Thiện Nhơn".)
    const f = foldKey(bare(t));
    // ("… and Monsignor Mirosław Wachowski, …": a name the vocabulary lacks, right after a church rank.)
    if (t.cap && CHURCH_RANK.test(this.toks[k - 1]?.k ?? '') && this.titledName(k, this.capRun(k))?.from === k) return true;
    // ("… and Pope Benedict XVI": a pope's regnal name.)
    if (t.cap && this.regnalName(k, this.capRun(k))) return true;
    if (!t.cap || !(SURNAME_KEYS.has(f) || PREFIX_KEYS.has(f))) return false;
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
