/**
 * Officials in Vietnamese text: a person's name joined with the titles the
 * text gives them. Reads the ways the press writes them (see
 * ../../README.md#engine and the shared guide):
 *
 *  1. honorific + name + ", title, title" ("đồng chí Hà Thị Khiết, Bí thư …")
 *  2. name + " - " + titles
 *  3. titles + name ("Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng Trần Văn Hai")
 *  4. honorific + titles + name
 *  5. a list sharing one title ("các đồng chí A, B - Phó Trưởng Ban …")
 *  6. semicolon lists; 7. titles without a name (not a person);
 *  8. later mentions by full name, honorific + given name, or given name;
 *  9. bylines at the end of the text (a person without titles).
 *
 * Works on tokens of the normalised text; spans are normalised offsets.
 */
import { BRANCHES, STEMS } from '../vocab/calendar';
import { BAPTISMAL_NAMES, MIDDLE_NAMES, MONASTIC_ABBREVIATIONS, NAME_PREFIXES, NOT_PERSON, NOT_PERSON_STARTS, SURNAMES } from '../vocab/names';
import { PLACE_CUES, PLACES } from '../vocab/places';
import { CONTINUATIONS, HEAD_MODIFIERS, HEADS, ORG_NAME_WORDS, PREFIX_TITLES, SUB_UNIT_HEADS } from '../vocab/titles';
import { foldSpaces, LOWER, UPPER } from '../text/chars';
import { PhraseSet, type Token, tokenize } from './tokens';

/** Words an address starts with, after a name in a list ("ấp 11B", "thôn Bình Ninh 1", "xã Phước Minh"). */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['ấp', 'thôn', 'xóm', 'bản', 'buôn', 'tổ', 'khóm', 'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'tỉnh', 'số', 'đường', 'phố']);
/** Words that count the holders of an office: "các", "hai", "ba" … ("3 trưởng ban …" counts with a number). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['các', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
/** A character a title's text may end with, trimmed off (one character: see {@link Parser.addTitle}). */
const TITLE_TRAIL = /^[\s,;:–-]$/u;
const TITLE_CASE = new RegExp(`^[${UPPER}][${LOWER}]*$`);
const ALL_LOWER = new RegExp(`^[${LOWER}]+$`);
const ALL_UPPER = new RegExp(`^[${UPPER}]+$`);

/** {@link NOT_PERSON_STARTS} with the space after them, as a key starts with them. */
const NOT_PERSON_PREFIXES = NOT_PERSON_STARTS.map((w) => `${w} `);

/** Is a title head ("Phó Trưởng phòng") a unit's post, whose parent body after a comma is part of the title? */
function isSubUnit(headKey: string): boolean {
  return SUB_UNIT_HEADS.has(headKey.replace(/^(?:phó|nguyên|quyền) /, ''));
}

/** An official in normalised coordinates. */
export interface RawOfficial {
  name: string;
  key: string;
  /** Each title as spelled, its comparison key and its span. */
  titles: { text: string; key: string; start: number; end: number }[];
  mentions: { start: number; end: number }[];
  byline: boolean;
}

const HEAD_SET = new PhraseSet(HEADS);
const PREFIX_SET = new PhraseSet(PREFIX_TITLES);
const CONT_SET = new PhraseSet([...CONTINUATIONS, ...HEADS]);
const PLACE_SET = new PhraseSet(PLACES.map((p) => p.join(' ')));
const ORG_WORD_SET = new PhraseSet(ORG_NAME_WORDS);
const MODIFIERS = new PhraseSet(HEAD_MODIFIERS);
const ADMIN_CUES = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'thành phố', 'ấp', 'thôn', 'bản', 'buôn', 'làng', 'khóm', 'xóm', 'đặc khu']);
/** The head words of a body's or a place's name, one word or two ("Ban", "Văn phòng", "Thành phố"). */
/** One-letter abbreviations of administrative units written before a place with a dot: "Q.Bình Thạnh" (quận), "H.Củ Chi" (huyện), "P.3" (phường), "TX.", "TT.". */
const ADMIN_ABBR: ReadonlySet<string> = new Set(['Q', 'H', 'P', 'X', 'TX', 'TT']);
const ORG_HEAD_WORDS = 'ban bộ sở cục hội ủy ubnd hđnd mttq đảng đoàn trường viện tỉnh huyện xã phường quận tp đồn'.split(' ');
const ORG_HEAD_PHRASES = ['ủy ban', 'văn phòng', 'công ty', 'thành phố', 'mặt trận', 'liên đoàn', 'tổng cục', 'quân khu', 'trung tâm'];
const ORG_HEAD_SET = new PhraseSet([...ORG_HEAD_WORDS, ...ORG_HEAD_PHRASES]);
/** Every word of those heads, for the word before a name ("Tổng Cục", "Thành Phố" written in capitals). */
const ORG_HEADS = new Set([...ORG_HEAD_WORDS, ...ORG_HEAD_PHRASES.flatMap((p) => p.split(' '))]);
/** Institutions and places named after people: a name following them (within a few words) is not a person. */
const NAMED_AFTER = new Set([
  'bệnh viện', 'trường', 'công ty', 'tập đoàn', 'quỹ', 'giải thưởng', 'cầu', 'đường', 'phố', 'chợ', 'lăng', 'đền',
  'chùa', 'trung tâm', 'học viện', 'đại học', 'sân vận động', 'nhà văn hóa', 'thư viện', 'bảo tàng', 'khu di tích',
  'di tích', 'tượng đài', 'đại lộ', 'quảng trường', 'công viên', 'bến', 'cảng', 'nhà máy', 'xí nghiệp', 'hợp tác xã',
]);

/** Verbs of visiting or honouring a person: after them a title and name are the person, not a named place. */
const VISIT_VERBS: ReadonlySet<string> = new Set(['viếng', 'thăm', 'dâng hương', 'báo công', 'tưởng niệm', 'tưởng nhớ']);
/** The levels an office may sit at after "tại": a province or a city. */
const SEAT_LEVELS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố']);
/** Units that take a number: "Quân khu 5", "phường 3", "Tổ 12". */
const NUMBERED_UNITS = new Set('khu phố đoàn đội tổ ấp khóm phường quận đồn trạm vùng hạm xóm thôn bản cư'.split(' '));
/** What stands between a name and the office it is given: "được bầu giữ chức", "được bổ nhiệm làm". */
const APPOINTED = new PhraseSet(
  ['bầu', 'bổ nhiệm', 'phân công', 'điều động', 'chỉ định', 'luân chuyển', 'tái cử', 'suy cử', 'giới thiệu bầu', 'tín nhiệm bầu']
    .flatMap((v) => [`được ${v} giữ chức vụ`, `được ${v} giữ chức`, `được ${v} làm`, `được ${v} vào chức vụ`, `được ${v} là`, `được ${v}`])
    .concat(['vừa được suy cử giữ chức', 'suy cử giữ chức'])
    // ("… tiếp tục làm Chủ tịch danh dự …": "tiếp tục" is two words, so it is written out here.)
    .concat(['tín nhiệm bầu', 'tiếp tục đảm nhiệm', 'tiếp tục làm', 'đảm nhiệm', 'giữ ngôi vị', 'tham gia'])
    .concat(['giữ chức vụ', 'giữ chức', 'tái đắc cử chức vụ', 'tái đắc cử chức', 'tái đắc cử', 'đắc cử chức', 'đắc cử', 'trúng cử chức', 'trúng cử', 'tái trúng cử chức', 'tái trúng cử', 'làm', 'là', 'kiêm nhiệm'])
    .concat(['được bầu tái cử giữ chức vụ', 'được bầu tái cử giữ chức', 'được bầu tái cử', 'tái cử giữ chức', 'tái cử chức', 'tái cử']),
);
/** Two words that never continue a title, though their first word may ("báo" a newspaper, "tổng" general). */
const NOT_IN_TITLE: ReadonlySet<string> = new Set(['báo cáo', 'tổng kết', 'phát biểu', 'đoàn viên', 'hội viên']);
/** The first words of those pairs: the pair is built only after one of them. */
const NOT_IN_TITLE_FIRST: ReadonlySet<string> = new Set([...NOT_IN_TITLE].map((p) => p.split(' ')[0] ?? ''));
/** Words right before posts given or taken "đối với" a person: "thôi (tham gia) …", "hiệp thương cử …", "chức danh …", "chức vụ …". */
const OFFICE_VERBS = new Set(['thôi', 'cử', 'bầu', 'danh', 'vụ', 'nhiệm', 'chuẩn', 'gia']);
/** Title words that, in lower case right after "tỉnh", "huyện", "xã", are the verb after the title. */
const VERBS_AFTER_LEVEL = new Set(['báo', 'tổ chức', 'chỉ đạo', 'kiểm tra', 'đại diện', 'công tác', 'tuyên truyền', 'hỗ trợ', 'quản lý', 'bảo vệ', 'xây dựng', 'phụ trách', 'chỉ huy']);
/** A church's territories, named by a place. */
/** A lunar year's name ("Xuân Đinh Dậu", "năm Giáp Thìn"): never a person, though "Đinh" is a family name. */
const CYCLE_YEARS = new Set(STEMS.flatMap((s) => BRANCHES.map((b) => `${s} ${b}`)));
/** Lower-case groups of people after "và", which end a title rather than continue a body's name. */
const AND_GROUPS = new Set(['đoàn', 'đại diện', 'lãnh đạo']);
const CHURCH_AREAS = new Set(['giáo phận', 'tổng giáo phận', 'giáo xứ', 'giáo họ', 'giáo hạt', 'họ đạo']);
/** Modifiers that may stand in lower case before a capitalised title. */
const LOWER_MODIFIERS = new Set(['tân', 'phó', 'nguyên', 'quyền']);
const VERB_AFTER_NAME = /^(?:cho|nói|phát|chia|khẳng|nhấn|đề|yêu|bày|trao|tặng|chủ|dự|tham|làm|là|đã|đang|sẽ|vừa|được|bị|có|và|cùng)$/;

const HONORIFIC_RE =
  /(?:(các\s+đồng\s+chí|các\s+ông\s+bà|các\s+ông|các\s+bà)|(đồng\s+chí|đ\s?\/\s?c)|((?:p?gs|ts|ths|bs|ls|ncs)\.?\s?(?:ts|ths|bs)?\.?(?=\s)|th\.s\.?)|(ông|bà|anh|chị|cô|thầy|bác|cụ|nhà\s+báo|nhà\s+giáo|nghệ\s+sĩ|nghệ\s+nhân|luật\s+sư|bác\s+sĩ|thạc\s+sĩ|tiến\s+sĩ|giáo\s+sư|phó\s+giáo\s+sư|kỹ\s+sư|đảng\s+viên|đồng\s+đạo|cựu\s+chiến\s+binh|mẹ\s+việt\s+nam\s+anh\s+hùng|anh\s+hùng(?!\s+(?:lực\s+lượng|lao\s+động))))(?![a-zà-ỹđ])\s*:?\s*/iy;

/** First words of the honorifics above: the regex runs only where one of these stands. */
const HONORIFIC_FIRST = new Set(
  'các đồng đ pgs gs ts ths th bs ls ncs ông bà anh chị cô thầy bác cụ nhà nghệ luật thạc tiến giáo phó kỹ đảng cựu mẹ'.split(' '),
);

interface Honorific {
  next: number;
  plural: boolean;
  weak: boolean;
}

interface NameSpan {
  from: number;
  to: number;
}

interface TitleSpan {
  from: number;
  to: number;
}

class Parser {
  readonly #toks: Token[];
  readonly #officials = new Map<string, RawOfficial>();
  readonly #order: RawOfficial[] = [];
  readonly #given: { key: string; start: number; end: number; name: string }[] = [];
  /** Starts of the given names above, and of every full-name mention recorded: each is recorded once (linear, not a scan per mention). */
  readonly #givenAt = new Set<number>();
  readonly #mentionAt = new Set<number>();
  readonly #creditAt = new Set<number>();
  readonly #used: Uint8Array;

  readonly #text: string;
  readonly #clean: string;

  constructor(text: string, clean: string) {
    this.#text = text;
    this.#clean = clean;
    this.#toks = tokenize(text);
    this.#used = new Uint8Array(this.#toks.length);
  }

  run(): RawOfficial[] {
    const toks = this.#toks;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!t || t.t !== 'w') {
        i++;
        continue;
      }
      // Places first: "Bà Rịa - Vũng Tàu", "Lâm Đồng", "Hồ Chí Minh" are never people.
      if (t.cap) {
        const pe = PLACE_SET.match(toks, i);
        if (pe > 0 && this.#allCap(i, pe) && this.#titleHead(i, true) < pe) {
          i = pe;
          continue;
        }
      }
      const h = this.#honorific(i);
      if (h) {
        // "thôi Ủy viên …, Phó Chủ tịch … đối với đồng chí A": the posts named before "đối với" are the name's.
        const posts = toks[i - 1]?.k === 'với' && toks[i - 2]?.k === 'đối' && !h.plural ? this.#postsBefore(i - 2) : [];
        if (posts.length > 0) this.#pendingShared = { titles: posts, until: h.next + 1 };
        i = this.#afterHonorific(h);
        continue;
      }
      // "TT. Thích Minh Tâm – Phó BTS …", "ĐĐ. Thạch Nhứt": an abbreviated Buddhist rank, kept as written, before
      // the name; "TT. Nhan Chanh, TT. Trương Văn Biển – đồng PCT …": a list of them shares the title after the dash.
      if (t.upper && MONASTIC_ABBREVIATIONS.has(t.k) && toks[i + 1]?.w === '.') {
        const group: RawOfficial[] = [];
        let j = i;
        let end = -1;
        for (let guard = 0; guard < 12; guard++) {
          const n = this.#readName(j + 2, 'title');
          if (!n || n.to - n.from < 2) break;
          const o = this.#person(n);
          this.#addTitle(o, { from: j, to: j + 2 });
          group.push(o);
          end = n.to;
          const nx = toks[n.to + 1];
          if (toks[n.to]?.w !== ',' || !nx?.upper || !MONASTIC_ABBREVIATIONS.has(nx.k) || toks[n.to + 2]?.w !== '.') break;
          j = n.to + 1;
        }
        if (group.length > 0) {
          i = this.#afterName(end, group, false, false);
          continue;
        }
      }
      // "mục sư Nguyễn Hữu Minh", "thiếu tướng Lê Văn Ba": a rank in lower case before a full name.
      if (!t.cap && this.#lowerRank(i)) {
        i = this.#titleFirst(i, false);
        continue;
      }
      // "3 trưởng ban công tác mặt trận là các ông: A, …; B, …": a counted office given to the names of a list.
      if (!t.cap && this.#countedOffice(i)) {
        i = this.#titleFirst(i, true);
        continue;
      }
      if (t.cap) {
        // Titles first, acronyms included ("ĐBQH Lò Thị Luyến"), with the lower-case words that modify
        // them ("tân phó Chủ tịch Nguyễn Văn A").
        if (this.#titleHead(i, true) > 0) {
          // "người ứng cử Đại biểu HĐND tỉnh là ông A": the post stood for is not yet held.
          if (toks[i - 1]?.k === 'cử' && toks[i - 2]?.k === 'ứng') {
            i = this.#extendTitle(i, false).end;
            continue;
          }
          let from = i;
          while (from > i - 3 && LOWER_MODIFIERS.has(toks[from - 1]?.k ?? '') && !this.#used[from - 1] && !toks[from - 1]?.cap) from--;
          i = this.#titleFirst(from, false);
          continue;
        }
        const n = t.upper ? null : this.#readName(i, 'standalone');
        if (n) {
          i = this.#standalone(this.#listItemStart(n));
          continue;
        }
        // "…; Ka Ba Tơ- Nguyên Phó Bí thư …": an item of a list, a name the vocabulary lacks, then a dash and titles.
        const unknown = t.upper ? null : this.#unknownListName(i);
        if (unknown) {
          const o = this.#person(unknown);
          i = this.#afterName(unknown.to, [o], false, false);
          continue;
        }
        // Step one word only: a title may start inside this capitalised run ("Theo Phó Chủ tịch …").
        i++;
        continue;
      }
      i++;
    }
    this.#resolveGiven();
    this.#linkGivenNames();
    this.#credits();
    this.#bylines();
    return this.#withoutCreditParts();
  }

  // ---- matching helpers -------------------------------------------------

  #allCap(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.#toks[k]?.cap) return false;
    return true;
  }

  /** The honorific at `i` ("đồng chí", "các ông", "PGS.TS") and the token after it; `depth`: one repeat across a colon is read through. */
  #honorific(i: number, depth = 0): Honorific | null {
    const t = this.#toks[i];
    if (!t || !HONORIFIC_FIRST.has(t.k)) return null;
    // "cửa khẩu Lồ Cô Chin": a capitalised "Cô", "Bà" inside a capitalised run mid-sentence is a word of a place's name.
    const prev = this.#toks[i - 1];
    const before = this.#toks[i - 2];
    if (t.cap && prev?.t === 'w' && prev.cap && !prev.upper && before?.t === 'w' && !before.cap && this.#titleHead(i - 1, false) < 0 && this.#bodyWordEnd(i - 1) < 0) return null;
    // "tỉnh Bà Rịa-Vũng Tàu": a place's own name.
    if (t.cap && PLACE_SET.match(this.#toks, i) > i + 1) return null;
    HONORIFIC_RE.lastIndex = t.s;
    const m = HONORIFIC_RE.exec(this.#text);
    if (!m) return null;
    const end = t.s + m[0].length;
    // The first token at or after the end of the match.
    let next = i;
    while (next < this.#toks.length && (this.#toks[next]?.s ?? 0) < end) next++;
    const nt = this.#toks[next];
    if (!nt || nt.t !== 'w') return null;
    const weak = m[4] !== undefined;
    // "bà con", "anh em", "ông bà": an honorific needs a capitalised name or a title after it.
    if (!nt.cap && this.#titleHead(next, false) < 0) return null;
    if (weak && !nt.cap) return null;
    // "có đồng chí: Đồng chí Thào Xuân Sáng": the honorific written twice, across a colon.
    if (this.#text[end - 1] === ':' || this.#text.slice(t.s, end).includes(':')) {
      const again = nt.k !== t.k || depth > 0 ? null : this.#honorific(next, 1);
      if (again) return { ...again, plural: again.plural || m[1] !== undefined };
    }
    return { next, plural: m[1] !== undefined, weak };
  }

  /** A rank or religious title in lower case at `i` with a name of two words or more right after it. */
  #lowerRank(i: number): boolean {
    const he = PREFIX_SET.match(this.#toks, i);
    // "thủ tướng Phạm Văn A": "tướng" inside a longer title is no rank of its own.
    if (he < 0 || HEAD_SET.match(this.#toks, i - 1) > i) return false;
    const n = this.#readName(he, 'title');
    return !!n && n.to - n.from >= 2;
  }

  /** Is there a lower-case office at `i` after a count ("3", "các", "hai"), given by "là" to a plural honorific's list? */
  #countedOffice(i: number): boolean {
    const prev = this.#toks[i - 1];
    if (!prev || !(prev.t === 'n' || COUNT_WORDS.has(prev.k)) || this.#titleHead(i, false) < 0) return false;
    const r = this.#extendTitle(i, false);
    return this.#toks[r.end]?.k === 'là' && !!this.#honorific(r.end + 1)?.plural;
  }

  /** End of a title head starting at `i` (with modifiers such as "Phó", "nguyên"), or -1. */
  #titleHead(i: number, capitalised: boolean): number {
    const t = this.#toks[i];
    if (!t || t.t !== 'w') return -1;
    let k = i;
    // "Tòa (Tổng) Giám mục Mỹ Tho" is the bishop's office, "Đoàn Chủ tịch" the presidium, "Ban Thường vụ" the
    // standing board: bodies, whose "Giám mục", "Chủ tịch", "Thường vụ" head no title.
    const p = this.#toks[i - 1]?.k;
    if (p === 'tòa' || (p === 'tổng' && this.#toks[i - 2]?.k === 'tòa') || (p === 'đoàn' && t.k === 'chủ') || (p === 'ban' && t.k === 'thường')) return -1;
    // Modifiers: "nguyên Phó Chủ tịch", "Quyền Giám đốc", "Phó Trưởng ban".
    for (let guard = 0; guard < 3; guard++) {
      const me = MODIFIERS.match(this.#toks, k);
      if (me < 0) break;
      const he = HEAD_SET.match(this.#toks, me);
      if (he > 0) {
        if (capitalised && !this.#toks[i]?.cap && !this.#toks[me]?.cap) return -1;
        return he;
      }
      k = me;
    }
    const he = HEAD_SET.match(this.#toks, i);
    if (he < 0) return this.#representative(i);
    if (capitalised && !t.cap) return -1;
    return he;
  }

  /**
   * "A – Đại diện Tòa Giám mục Mỹ Tho": a capitalised "Đại diện" before a capitalised body, after a dash or a comma,
   * heads a title (the end of "Đại diện"), or -1; in lower case ("đại diện các ban, ngành") it is a verb or a group.
   */
  #representative(i: number): number {
    const t = this.#toks[i];
    const n = this.#toks[i + 1];
    const body = this.#toks[i + 2];
    if (!t?.cap || t.k !== 'đại' || n?.k !== 'diện' || !body?.cap || body.t !== 'w') return -1;
    // Only after a name's dash or inside a chain: "Đại diện Sở Nội vụ, bà A cảm ơn …" is who spoke for the body, not a post.
    const prev = this.#toks[i - 1];
    if (prev?.t !== 'p' || !/^[-–,]$/.test(prev.w)) return -1;
    return ORG_HEAD_SET.match(this.#toks, i + 2) > 0 || body.k === 'tòa' ? i + 2 : -1;
  }

  /** Is toks[from..] (a run of capitalised words) a personal name of `len` words? */
  #nameLike(from: number, len: number, anyFirst: boolean): boolean {
    if (len < 1 || len > 5) return false;
    const first = this.#toks[from];
    if (!first) return false;
    // "Giuse Trần Đình Phúc", "Phanxicô Xavie Nguyễn Văn Sang": one or two baptismal names stand before the family name.
    let family = BAPTISMAL_NAMES.has(first.k) && len >= 3 ? from + 1 : from;
    if (family > from && len >= 4 && BAPTISMAL_NAMES.has(this.#toks[family]?.k ?? '')) family++;
    const head = this.#toks[family];
    if (!head) return false;
    // An ethnic family name the vocabulary lacks, before Văn or Thị: "Pờ Văn Chư", "Lỳ Thị Huệ".
    const unknownFamily = len - (family - from) >= 3 && (this.#toks[family + 1]?.k === 'văn' || this.#toks[family + 1]?.k === 'thị');
    if (!anyFirst && !SURNAMES.has(head.k) && !NAME_PREFIXES.has(head.k) && !head.k.startsWith("h'") && !unknownFamily) return false;
    // "Ban …", "Thành phố …" (but "Thành Từ Dũ" is a name: "Thành" alone is no body).
    if (ORG_HEAD_SET.match(this.#toks, from) > 0 && !SURNAMES.has(first.k)) return false;
    const key = this.#keyOf(from, from + len);
    if (NOT_PERSON.has(key) || CYCLE_YEARS.has(key) || NOT_PERSON_STARTS.some((w, n) => key === w || key.startsWith(NOT_PERSON_PREFIXES[n] ?? ''))) return false;
    for (let k = from; k < from + len; k++) {
      const tk = this.#toks[k];
      if (!tk || tk.upper) return false;
      // ("Đức Huỳnh Giáo Chủ": a title of two words inside is no name's.)
      if (k > from && HEAD_SET.match(this.#toks, k) - k >= 2) return false;
      const pe = PLACE_SET.match(this.#toks, k);
      // A place word may end a name whose family (and middle) name comes first: "Trần Long An",
      // "Phạm Thị Hòa Bình"; a place after a whole name is not part of it ("Nguyễn Văn A Hà Nội").
      const endsShortName = pe === from + len && k > family && (k - family === 1 || (k - family === 2 && MIDDLE_NAMES.has(this.#toks[family + 1]?.k ?? '')));
      if (pe > 0 && pe <= from + len && pe - k >= 2 && !endsShortName) return false;
      // "Đoàn Thanh niên", "Hội Nông dân": a phrase running past the run is an organisation.
      const ce = CONT_SET.match(this.#toks, k);
      if (ce > from + len) return false;
    }
    return true;
  }

  /** Length of the capitalised run at `i` (words only, up to `max`). */
  #runLength(i: number, max = 8): number {
    let k = i;
    while (k < this.#toks.length && k - i < max) {
      const t = this.#toks[k];
      if (!t || t.t !== 'w' || !t.cap || t.upper) break;
      // A title head inside a run ends the name: "Nguyễn Văn A Bí thư …".
      if (k > i + 1 && this.#titleHead(k, true) > 0) break;
      k++;
    }
    return k - i;
  }

  /**
   * Read a name at `i`. `honorific`: any capitalised run (1–5 words);
   * `title`: after a title; `standalone`: must start with a family name.
   */
  #readName(i: number, mode: 'honorific' | 'title' | 'standalone'): NameSpan | null {
    const t = this.#toks[i];
    if (!t || t.t !== 'w' || !t.cap) return null;
    let len = this.#runLength(i);
    if (len === 0) return null;
    if (len > 5) return null;
    if (mode === 'honorific' || mode === 'title') {
      if (len === 1) {
        if (ORG_HEAD_SET.match(this.#toks, i) > 0 || NOT_PERSON.has(t.k)) return null;
        // "Giám mục Giáo phận …", "các đồng chí Thường trực HĐND", "Thượng tọa Trưởng đoàn": a body or a
        // title begins here, not a given name.
        if (this.#titleHead(i, false) > 0 || this.#bodyWordEnd(i) > i + 1) return null;
        return { from: i, to: i + 1 };
      }
      if (!this.#nameLike(i, len, true)) {
        // "ông Nguyễn Văn A Hà Nội": keep the part before a place.
        while (len > 1 && !this.#nameLike(i, len, true)) len--;
        if (len < 2) return null;
      }
      return { from: i, to: i + len };
    }
    if (len < 2 || !this.#nameLike(i, len, false)) return null;
    if (this.#blockedBefore(i)) return null;
    return { from: i, to: i + len };
  }

  /** A word before the name that makes it a place, street, school or idea ("số 8 Nguyễn Du"). */
  #blockedBefore(i: number): boolean {
    let k = i - 1;
    const prev = this.#toks[k];
    if (!prev) return false;
    if (prev.t === 'n') {
      const pp = this.#toks[k - 1];
      return !!pp && (pp.k === 'số' || pp.k === 'đường' || pp.k === 'phố');
    }
    if (prev.t !== 'w') {
      if (prev.w === '.' && this.#toks[k - 1]?.k === 'tp') return true;
      return false;
    }
    if (prev.upper) return true; // THPT, UBND, TP
    if (PLACE_CUES.has(prev.k)) return true;
    k--;
    const pp = this.#toks[k];
    if (pp && pp.t === 'w' && PLACE_CUES.has(`${pp.k} ${prev.k}`)) return true;
    if (prev.cap && ORG_HEADS.has(prev.k)) return true;
    // "Bệnh viện Đa khoa Lê Văn Thịnh", "Trường THCS Nguyễn Văn Cừ": a named institution a few words back.
    for (let back = i - 1, n = 0; back >= 0 && n < 4; back--, n++) {
      const b = this.#toks[back];
      // ("con đường cách mạng do Chủ tịch Hồ Chí Minh …": a function word ends the institution's name.)
      if (!b || b.t !== 'w' || /^(?:do|của|và|với|cho|theo|là|được)$/.test(b.k)) break;
      // "vào Lăng viếng Chủ tịch Hồ Chí Minh": a visit to the person, not a place named after them.
      if (!b.cap && (VISIT_VERBS.has(b.k) || VISIT_VERBS.has(`${this.#toks[back - 1]?.k} ${b.k}`))) break;
      const pair = back > 0 ? `${this.#toks[back - 1]?.k} ${b.k}` : '';
      if (NAMED_AFTER.has(b.k) || NAMED_AFTER.has(pair)) return true;
    }
    return false;
  }

  /** The keys of toks[from..to) joined by spaces (a one-word key is the token's own string). */
  #keyOf(from: number, to: number): string {
    if (to <= from) return '';
    let key = this.#toks[from]?.k ?? '';
    for (let k = from + 1; k < to; k++) key += ` ${this.#toks[k]?.k ?? ''}`;
    return key;
  }

  // ---- titles ---------------------------------------------------------------

  /**
   * Extend a title from its head at `i`. Returns the title's last token + 1
   * and, when a name begins inside the title's capitalised words (pattern 3),
   * that name.
   */
  #extendTitle(i: number, allowName: boolean): { end: number; name: NameSpan | null } {
    const toks = this.#toks;
    let k = this.#titleHead(i, false);
    if (k < 0) return { end: i, name: null };
    // Ranks and religious titles stand right before the name.
    const headKey = this.#keyOf(i, k);
    // … unless a body's name follows: "Giám mục Chính tòa Giáo phận Xuân Lộc Đỗ Văn Ngân".
    if (PREFIX_TITLES.has(headKey) && allowName) {
      // ("Thượng tướng Anh hùng LLVTND Nguyễn Văn A": a rank, then a further title before the name.)
      const name = this.#titleHead(k, true) > 0 ? null : this.#readName(k, 'title');
      // ("Giám mục giáo phận Bùi Chu Vũ Đình Hiệu": a see in lower case goes on like a capitalised body.)
      const see = CHURCH_AREAS.has(this.#keyOf(k, k + 2));
      if (name || this.#titleHead(k, false) > 0 || (this.#bodyWordEnd(k) < 0 && !see) || (!toks[k]?.cap && !see)) return { end: k, name };
    }
    // "Chủ tịch Hồ Chí Minh" is the President (not the city, nor "Lăng Chủ tịch Hồ Chí Minh").
    if (allowName && headKey === 'chủ tịch' && this.#keyOf(k, k + 3) === 'hồ chí minh' && !this.#toks[k + 3]?.cap && !this.#blockedBefore(i)) {
      return { end: k, name: { from: k, to: k + 3 } };
    }
    let end = k;
    let afterAdmin = false;
    // Inside a body's own name, begun by a capitalised word: "Viện Nghiên cứu lập pháp".
    let inName = false;
    let placeRun = false;
    while (k < toks.length) {
      const tk = toks[k];
      if (!tk) break;
      // "Phòng PA02", "Cục A05": a unit's code, letters and digits written together.
      if (tk.t === 'n' && k === end && toks[k - 1]?.upper && toks[k - 1]?.e === tk.s) {
        k = end = k + 1;
        continue;
      }
      if (tk.t === 'w') {
        // "… Hội CCB Việt Nam Báo cáo tổng kết …", "… Ban Chỉ đạo tổng kết 10 năm …": nouns and verbs that look like a body's words.
        if (k > i && NOT_IN_TITLE_FIRST.has(tk.k) && NOT_IN_TITLE.has(`${tk.k} ${toks[k + 1]?.k ?? ''}`)) break;
        if (tk.cap && !tk.upper) {
          if (allowName) {
            const len = this.#runLength(k);
            // After "tỉnh" a place is a province, and every province is in the place list: what else
            // reads as a name is one ("PCT UBND tỉnh Cao Huy").
            const split = this.#nameInRun(k, len, afterAdmin && toks[k - 1]?.k !== 'tỉnh');
            if (split >= 0) {
              if (split > k) end = split;
              return { end, name: { from: split, to: k + len } };
            }
          }
          // (A place is capitalised throughout: "Hòa bình" in "Ủy ban Công lý và Hòa bình" is peace, not Hòa Bình.)
          const pe = PLACE_SET.match(toks, k);
          if (pe > 0 && this.#allCap(k, pe)) {
            k = end = pe;
            afterAdmin = false;
            inName = false;
            continue;
          }
          const ce = this.#bodyWordEnd(k);
          // After "xã", "huyện" the capitalised run is a place, not a body's name.
          placeRun = afterAdmin || placeRun;
          inName = !placeRun;
          // "Giáo phận Bùi Chu", "Giáo xứ Tân Mai": a church's territory is named by a place, like "xã".
          afterAdmin = ce > 0 && CHURCH_AREAS.has(this.#keyOf(k, ce));
          k = end = ce > 0 ? ce : k + 1;
          continue;
        }
        if (tk.upper) {
          k = end = k + 1;
          afterAdmin = placeRun = false;
          inName = true;
          continue;
        }
        const ce = CONT_SET.match(toks, k);
        // After "quận Ngô Quyền" only a further place word goes on ("… huyện Y"): "thông tin" is a verb there.
        if (placeRun && ce > 0 && !ADMIN_CUES.has(this.#keyOf(k, ce))) break;
        // "… UBND xã tổ chức hội nghị", "… khối vận huyện báo cáo": right after a level, these are verbs.
        if (afterAdmin && ce > 0 && VERBS_AFTER_LEVEL.has(this.#keyOf(k, ce))) break;
        placeRun = false;
        if (ce > 0) {
          afterAdmin = ADMIN_CUES.has(this.#keyOf(k, ce)) || CHURCH_AREAS.has(this.#keyOf(k, ce));
          // "… xã Tân Phú", "… UBND tỉnh": a place ends the body's own name.
          if (afterAdmin) inName = false;
          k = end = ce;
          continue;
        }
        // "Ủy viên Trung ương Đảng khóa XIII": the term stays in the title.
        if ((tk.k === 'khóa' || tk.k === 'khoá') && k === end && (toks[k + 1]?.t === 'n' || /^[IVXL]+$/.test(toks[k + 1]?.w ?? ''))) {
          k = end = k + 2;
          continue;
        }
        // "Chủ tịch Hội CCB phường nhiệm kỳ 2017 - 2022", "… nhiệm kỳ VII": a term with no comma before it stays too.
        if (tk.k === 'nhiệm' && toks[k + 1]?.k === 'kỳ' && k === end) {
          const a = toks[k + 2];
          if (/^[IVXL]+$/.test(a?.w ?? '')) {
            k = end = k + 3;
            continue;
          }
          if (a?.t === 'n' && a.w.length === 4 && /^[-–]$/.test(toks[k + 3]?.w ?? '') && toks[k + 4]?.t === 'n') {
            k = end = k + 5;
            continue;
          }
        }
        // "Phó Chủ tịch Hội Nông dân tỉnh Bắc Ninh lần thứ X": the body's congress, like a term.
        if (tk.k === 'lần' && toks[k + 1]?.k === 'thứ' && k === end && /^[IVXL]+$/.test(toks[k + 2]?.w ?? '')) {
          k = end = k + 3;
          continue;
        }
        if (tk.k === 'số' && toks[k + 1]?.t === 'n' && (toks[k + 1]?.w.length ?? 9) <= 3 && NUMBERED_UNITS.has(toks[k - 1]?.k ?? '')) {
          // "Trưởng ban công tác Mặt trận khu dân cư số 5"
          k = end = k + 2;
          continue;
        }
        const oe = inName ? ORG_WORD_SET.match(toks, k) : -1;
        if (oe > 0) {
          k = end = oe;
          continue;
        }
        if (tk.k === 'của') {
          // "Trưởng phòng Dân vận của các cơ quan nhà nước Ban Dân vận Thành ủy"
          const after = toks[k + 1]?.k === 'các' ? k + 2 : k + 1;
          const ce2 = CONT_SET.match(toks, after);
          // "Chủ tịch Hội đồng Dân tộc của Quốc hội": also a capitalised body, but not a new title.
          if (ce2 > 0 && (!toks[after]?.cap || (inName && this.#titleHead(after, false) < 0))) {
            k = end = ce2;
            continue;
          }
        }
        if (tk.k === 'tại' && k === end) {
          // "Đại diện Tòa Giám mục Mỹ Tho tại tỉnh Long An", "Trưởng Văn phòng đại diện tại TP Hồ Chí Minh": where the office sits.
          const ce2 = CONT_SET.match(toks, k + 1);
          const nx = toks[k + 1];
          // (Only a province or city: "… Giáo xứ Kẻ Mui tại thôn Mai Hà" is where a home is, not the office.)
          const level = ce2 > 0 && SEAT_LEVELS.has(this.#keyOf(k + 1, ce2)) && !nx?.upper && toks[ce2]?.cap;
          if (level || nx?.k === 'tp' || (nx?.cap && PLACE_SET.match(toks, k + 1) > 0)) {
            k += 1;
            continue;
          }
        }
        if (tk.k === 'thuộc' && inName) {
          // "Viện Nghiên cứu lập pháp thuộc Ủy ban Thường vụ Quốc hội": the body it belongs to.
          const nx = toks[k + 1];
          // … or the region it serves: "Vụ Công tác Tôn giáo thuộc Tây Nam bộ".
          if (nx?.cap && (CONT_SET.match(toks, k + 1) > 0 || PLACE_SET.match(toks, k + 1) > 0) && this.#titleHead(k + 1, false) < 0) {
            k += 1;
            continue;
          }
        }
        if (tk.k === 'và') {
          // "Tuyên giáo và Dân vận": only between two parts of one title.
          const nx = toks[k + 1];
          // Not when a new person's title or rank follows: "… Quân khu 7 và Thiếu tướng Lê Xuân Thế".
          const nextIsTitle = this.#titleHead(k + 1, true) > 0;
          // A lower-case word goes on only inside a body's own name: "… Ủy ban MTTQ tỉnh và đoàn công tác" ends at "tỉnh".
          if (nx?.t === 'w' && !nextIsTitle && (nx.cap || (inName && CONT_SET.match(toks, k + 1) > 0)) && !this.#honorific(k + 1) && !this.#readName(k + 1, 'standalone')) {
            const nxEnd = CONT_SET.match(toks, k + 1);
            // ("… Trung ương và đoàn công tác", "… Tỉnh ủy và đại diện lãnh đạo …": a new group of people, not the body's name.)
            if ((nxEnd > 0 && !(AND_GROUPS.has(this.#keyOf(k + 1, nxEnd)) && !nx.cap)) || nx.cap) {
              k += 1;
              continue;
            }
          }
        }
        // "Ủy ban đoàn kết công giáo (ĐKCG) Việt Nam": lower-case words whose initials the bracket spells are the body's name.
        const ae = k === end ? this.#acronymEnd(k) : -1;
        if (ae > 0) {
          k = end = ae;
          inName = true;
          continue;
        }
        break;
      }
      const prevTok = toks[k - 1];
      if (tk.t === 'n' && tk.w.length <= 3 && prevTok && (prevTok.cap || NUMBERED_UNITS.has(prevTok.k)) && tk.s === prevTok.e + 1) {
        // "Quân khu 5", "Trung đoàn 9"
        k = end = k + 1;
        continue;
      }
      // "Bí thư Đảng ủy/Chủ tịch HĐND phường": two posts joined by a slash with no space are written as one title.
      if (tk.w === '/' && k === end && prevTok?.e === tk.s && toks[k + 1]?.s === tk.e && toks[k + 1]?.cap && this.#titleHead(k + 1, true) > 0) {
        k += 1;
        continue;
      }
      // "(QĐND)", "(Sở Nội vụ)": an abbreviation or the parent body in brackets inside the title.
      if (tk.w === '(' && k === end) {
        const close = this.#bracketedBody(k + 1);
        if (close > 0) {
          k = end = close + 1;
          continue;
        }
      }
      // "Đảng ủy MTTQ, các đoàn thể Trung ương": the Party committee of the Front and the mass organisations is one body.
      if (tk.w === ',' && k === end && (toks[k - 1]?.k === 'mttq' || toks[k - 1]?.k === 'quốc') && this.#keyOf(k + 1, k + 4) === 'các đoàn thể') {
        const lvl = CONT_SET.match(toks, k + 4);
        if ((lvl > 0 && ADMIN_CUES.has(this.#keyOf(k + 4, lvl))) || this.#keyOf(k + 4, k + 6) === 'trung ương') {
          k = end = k + 4;
          continue;
        }
      }
      // ", xã Bằng Thành, huyện Pác Nặm", ", Ban Dân vận Trung ương": where the post is, after a comma.
      if (tk.w === ',' && k === end && this.#whereAfterComma(k + 1, isSubUnit(headKey))) {
        k += 1;
        inName = false;
        continue;
      }
      // "TP. Hà Nội", "GHPGVN Q.Bình Thạnh", "H.Củ Chi": an abbreviated administrative unit before its name.
      if (tk.w === '.' && (toks[k - 1]?.k === 'tp' || (ADMIN_ABBR.has(toks[k - 1]?.w ?? '') && toks[k + 1]?.cap && toks[k + 1]?.s === tk.e))) {
        k += 1;
        continue;
      }
      // "UV-BTV", "UB.MTTQVN": two abbreviations joined by a dash or a dot with no space are one.
      // "T.Ư" (Trung ương) written with a dot.
      if (tk.w === '.' && toks[k - 1]?.w === 'T' && toks[k + 1]?.w === 'Ư' && toks[k - 1]?.e === tk.s && toks[k + 1]?.s === tk.e) {
        k = end = k + 2;
        continue;
      }
      // "CT.Hội CCB quận": an abbreviated head joined by a dot to the body's name.
      if ((tk.w === '-' || tk.w === '.') && k === end && toks[k - 1]?.upper && toks[k - 1]?.e === tk.s && (toks[k + 1]?.upper || (tk.w === '.' && k - 1 === i && toks[k + 1]?.cap)) && toks[k + 1]?.s === tk.e) {
        k += 1;
        continue;
      }
      // "Sở Lao động - Thương binh và Xã hội", "Trung tâm Văn hóa - Thể thao": a dash inside a
      // body's name, not before a new title ("Bí thư Tỉnh ủy - Trưởng đoàn …") or a name.
      if (tk.w === '-' && inName && k === end) {
        const nx = toks[k + 1];
        if (nx?.t === 'w' && nx.cap && !nx.upper && this.#titleHead(k + 1, false) < 0 && !this.#readName(k + 1, 'standalone') && this.#bodyWordEnd(k + 1) > 0) {
          k += 1;
          continue;
        }
        // "Ủy ban Bác ái xã hội - Caritas Việt Nam": a body's other name, capitalised words that close the title.
        if (nx?.t === 'w' && nx.cap && !nx.upper && this.#closingAlias(k + 1)) {
          k += 1;
          continue;
        }
        // "Ban Dân tộc - tôn giáo Ủy ban MTTQ tỉnh": a lower-case field of the same body's name.
        const lower = nx?.t === 'w' && !nx.cap ? CONT_SET.match(toks, k + 1) : -1;
        if (lower > 0 && this.#titleHead(k + 1, false) < 0 && !ADMIN_CUES.has(this.#keyOf(k + 1, lower)) && !this.#honorific(k + 1)) {
          k += 1;
          continue;
        }
      }
      break;
    }
    return { end, name: null };
  }

  /**
   * Lower-case words around `k` (up to three before it, six after) followed by a bracketed abbreviation of their
   * initials: "đoàn kết công giáo (ĐKCG)". The index after the bracket, or -1.
   */
  #acronymEnd(k: number): number {
    const toks = this.#toks;
    const lower = (t: Token | undefined) => !!t && t.t === 'w' && !t.cap;
    let a = k;
    while (a > k - 3 && lower(toks[a - 1])) a--;
    let b = k;
    while (b < k + 6 && lower(toks[b])) b++;
    const abbr = toks[b + 1];
    if (b === k || toks[b]?.w !== '(' || !abbr?.upper || toks[b + 2]?.w !== ')') return -1;
    for (let s = a; s <= k; s++) {
      let initials = '';
      for (let j = s; j < b; j++) initials += (toks[j]?.w[0] ?? '').toUpperCase();
      if (initials === abbr.w) return b + 3;
    }
    return -1;
  }

  /**
   * After a dash inside a body's name: do capitalised words at `i` (at most four, no new title, name or place cue)
   * end the title, before a lower-case word, punctuation or the end ("… - Caritas Việt Nam cảm ơn")?
   */
  #closingAlias(i: number): boolean {
    if (this.#titleHead(i, false) >= 0 || this.#readName(i, 'standalone') || this.#honorific(i) || ADMIN_CUES.has(this.#toks[i]?.k ?? '')) return false;
    let j = i;
    while (j < i + 4 && this.#toks[j]?.t === 'w' && this.#toks[j]?.cap && !this.#toks[j]?.upper) j++;
    const close = this.#toks[j];
    return !close || close.t === 'nl' || (close.t === 'w' && !close.cap) || (close.t === 'p' && /^[,;.)]$/.test(close.w));
  }

  /** End of a word of a title or of a body's own name at `i` ("Tỉnh ủy", "Nghiên cứu"), or -1. */
  #bodyWordEnd(i: number): number {
    return Math.max(CONT_SET.match(this.#toks, i), ORG_WORD_SET.match(this.#toks, i));
  }

  /**
   * Does the title go on at `i`, after a comma, with the place or parent body
   * of the post: an administrative word and a capitalised place ("xã Ea Tu",
   * "TP Buôn Ma Thuột"), or a capitalised body that is not a new title or name
   * ("Ban Dân vận Trung ương", "Sở Y tế")?
   */
  #whereAfterComma(i: number, subUnit = false): boolean {
    const t = this.#toks[i];
    if (!t || t.t !== 'w' || this.#titleHead(i, false) > 0 || this.#honorific(i)) return false;
    const ce = CONT_SET.match(this.#toks, i);
    const word = ce > 0 ? this.#keyOf(i, ce) : t.k;
    const after = this.#toks[ce > 0 ? ce : i + 1];
    if ((ADMIN_CUES.has(word) && !t.upper) || word === 'tp') return !!after && (after.cap || after.t === 'n' || (word === 'tp' && after.w === '.'));
    if (!t.cap || t.upper || ORG_HEAD_SET.match(this.#toks, i) < 0 || ADMIN_CUES.has(t.k)) return false;
    if (!after || after.t !== 'w' || !after.cap || this.#readName(i, 'standalone')) return false;
    // A parent body closes the title ("…, Ban Dân vận Trung ương."); a body followed by a verb is
    // the next item of a list ("…, Hội Nông dân xã cùng tham gia").
    let j = i;
    while (j < this.#toks.length) {
      const tj = this.#toks[j];
      if (!tj) break;
      const cj = Math.max(this.#bodyWordEnd(j), PLACE_SET.match(this.#toks, j));
      if (cj > 0) j = cj;
      else if ((tj.t === 'w' && tj.cap) || (tj.t === 'n' && tj.w.length <= 3)) j++;
      else break;
    }
    const close = this.#toks[j];
    // After a unit's post ("Phó Trưởng phòng X, Ban Dân vận Thành ủy") the parent body is part of the title.
    if (subUnit && j > i + 1) return true;
    return !close || close.t === 'nl' || (close.t === 'p' && /^[,;.):-]$/.test(close.w));
  }

  /** A body's abbreviation or name in brackets at `i` ("QĐND)", "Sở Nội vụ)"): the index of ")" or -1. */
  /** Does a place ("xã Tân Tiến": an administrative word and capitalised words) end right before the token `k`? */
  #afterPlace(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && j > k - 5 && this.#toks[j]?.t === 'w' && this.#toks[j]?.cap) j--;
    return j < k - 1 && ADMIN_CUES.has(this.#toks[j]?.k ?? '');
  }

  #bracketedBody(i: number): number {
    const t = this.#toks[i];
    if (!t || t.t !== 'w') return -1;
    if (t.upper && this.#toks[i + 1]?.w === ')') return i + 1;
    if (!t.cap) {
      // "(tỉnh Bắc Ninh)", "(miền Nam)": where the body is, an administrative word and a place.
      const ae = CONT_SET.match(this.#toks, i);
      const word = ae > 0 ? this.#keyOf(i, ae) : '';
      if (!ADMIN_CUES.has(word) && t.k !== 'miền') return -1;
      let j = t.k === 'miền' ? i + 1 : ae;
      while (j < i + 8 && this.#toks[j]?.t === 'w' && this.#toks[j]?.cap) j++;
      return j > i + 1 && this.#toks[j]?.w === ')' ? j : -1;
    }
    // "xã Tân Tiến (Bù Đốp)": the district or province of a place, by its name alone.
    const pe = PLACE_SET.match(this.#toks, i);
    if (pe > 0 && this.#toks[pe]?.w === ')') return pe;
    if (this.#afterPlace(i - 1)) {
      let j = i;
      while (j < i + 3 && this.#toks[j]?.t === 'w' && this.#toks[j]?.cap && !this.#toks[j]?.upper) j++;
      if (j > i && this.#toks[j]?.w === ')' && !this.#readName(i, 'standalone')) return j;
    }
    if (ORG_HEAD_SET.match(this.#toks, i) < 0 || this.#titleHead(i, false) > 0) return -1;
    for (let j = i + 1; j < i + 10; j++) {
      const tj = this.#toks[j];
      if (!tj) return -1;
      if (tj.w === ')') return j;
      if (tj.t !== 'w' || (!tj.cap && this.#bodyWordEnd(j) < 0)) return -1;
    }
    return -1;
  }

  /** Where a personal name starts inside the capitalised run toks[k..k+len), or -1. */
  #nameInRun(k: number, len: number, afterAdmin: boolean): number {
    const candidates: number[] = [];
    // "UBND tỉnh Kiên Giang Lê Trung Hồ": a run that begins with a place of two words or more names a person only after it.
    const pe = afterAdmin || this.#toks[k - 1]?.k === 'tỉnh' ? PLACE_SET.match(this.#toks, k) : -1;
    for (let s = pe - k >= 2 && k + len - pe >= 2 ? pe : k; s < k + len; s++) {
      // "xã Tân Lập …", "huyện Mai Sơn": after an administrative word the run starts with a place,
      // unless it is itself clearly a name ("tỉnh Trương Văn Nghĩa").
      // ("xã Châu Đình": two words whose last is no "Văn"/"Thị" are a place — a name's last word is its given name.)
      if (s === k && afterAdmin && len < 3 && !/^(?:văn|thị)$/.test(this.#toks[k + 1]?.k ?? '')) continue;
      // ("giáo phận Bùi Chu Vũ Đình Hiệu": in a longer run the place's two words come first.)
      if (s < k + 2 && len > 3 && CHURCH_AREAS.has(this.#keyOf(k - 2, k))) continue;
      // ("Hội Đồng Liên Tôn Việt Nam": inside a body's capitalised name, a family name before a place to the run's end
      // is no name; "… TP HCM Ngô Minh Hải" starts its own run.)
      if (this.#nameLike(s, k + len - s, false) && k + len - s >= 2 && (s === k || PLACE_SET.match(this.#toks, s + 1) !== k + len)) candidates.push(s);
    }
    if (candidates.length === 0) return -1;
    // "Quản xứ Giuse Nguyễn Văn Thanh": a baptismal name right before the name is part of it.
    for (let c = 0; c < candidates.length; c++) {
      let s = candidates[c] ?? k;
      while (s > k && BAPTISMAL_NAMES.has(this.#toks[s - 1]?.k ?? '')) s--;
      candidates[c] = s;
    }
    const first = candidates[0] ?? -1;
    // A run of three words or fewer that reads as a name is one ("Trần Lưu Quang").
    if (k + len - first <= 3) return first;
    // Longer: prefer a split whose second word is a middle name ("Lò Văn C" over "Mai Sơn Lò Văn C").
    const strong = candidates.find((s) => MIDDLE_NAMES.has(this.#toks[s + 1]?.k ?? ''));
    return strong ?? first;
  }

  /** The text of toks[from..to) from the clean text (spelling as written). */
  #spanText(from: number, to: number): string {
    const a = this.#toks[from];
    const b = this.#toks[to - 1];
    if (!a || !b) return '';
    return this.#clean.slice(a.s, b.e);
  }

  // ---- people ---------------------------------------------------------------

  /** A shared title waiting for the names of a list, and the token where the list's sentence ends. */
  #pendingShared: { titles: TitleSpan[]; until: number } | null = null;

  /** The token index of the end of the sentence at `i` (a full stop or a line break), at most 200 tokens on. */
  #sentenceEnd(i: number): number {
    let k = i;
    while (k < this.#toks.length && k < i + 200 && this.#toks[k]?.w !== '.' && this.#toks[k]?.t !== 'nl') k++;
    return k;
  }

  #person(n: NameSpan): RawOfficial {
    const a = this.#toks[n.from];
    const b = this.#toks[n.to - 1];
    const name = foldSpaces(this.#text.slice(a?.s ?? 0, b?.e ?? 0));
    const key = name.toLowerCase();
    for (let k = n.from; k < n.to; k++) this.#used[k] = 1;
    let o = this.#officials.get(key);
    if (!o) {
      o = { name, key, titles: [], mentions: [], byline: false };
      this.#officials.set(key, o);
      this.#order.push(o);
    }
    const shared = this.#pendingShared;
    if (shared && n.from >= shared.until) this.#pendingShared = null;
    else if (shared) for (const t of shared.titles) this.#addTitle(o, t);
    const start = a?.s ?? 0;
    if (!this.#mentionAt.has(start)) {
      this.#mentionAt.add(start);
      o.mentions.push({ start, end: b?.e ?? 0 });
    }
    return o;
  }

  #addTitle(o: RawOfficial, t: TitleSpan): void {
    let text = foldSpaces(this.#spanText(t.from, t.to)).trim();
    if (TITLE_TRAIL.test(text.slice(-1))) text = text.replace(/[\s,;:–-]+$/u, '');
    if (!text) return;
    const key = foldSpaces(this.#text.slice(this.#toks[t.from]?.s ?? 0, this.#toks[t.to - 1]?.e ?? 0));
    const start = this.#toks[t.from]?.s ?? 0;
    if (!o.titles.some((x) => x.key === key)) o.titles.push({ text, key, start, end: start + text.length });
  }

  /** Record a given name alone ("ông Tuấn"), to be linked to a full name at the end. */
  #addGiven(g: { key: string; start: number; end: number; name: string }): void {
    this.#givenAt.add(g.start);
    this.#given.push(g);
  }

  /** After an honorific at `i`: titles then name (pattern 4), or name then titles (1, 2, 5). */
  #afterHonorific(h: Honorific): number {
    const j = h.next;
    if (this.#titleHead(j, false) > 0 && !h.weak) return this.#titleFirst(j, h.plural);
    if (this.#titleHead(j, true) > 0) return this.#titleFirst(j, h.plural);
    const n = this.#readName(j, 'honorific');
    if (!n) return j;
    // "ông K'Bảo": one word with an inner apostrophe is a whole name (Cơ Ho, Ê Đê, Gia Rai).
    if (n.to - n.from === 1 && !this.#toks[n.from]?.w.includes("'")) {
      const t = this.#toks[n.from];
      // "Bác Hồ", "Bộ đội Cụ Hồ" is President Hồ Chí Minh, quoted or remembered, not a person of the article.
      // "Bác Tôn" likewise is President Tôn Đức Thắng.
      if ((t?.k === 'hồ' || t?.k === 'tôn') && (this.#toks[n.from - 1]?.k === 'bác' || this.#toks[n.from - 1]?.k === 'cụ')) return n.to;
      // "các ông bà Nguyên là Chủ tịch …": after a plural honorific one capitalised word is no given name.
      if (h.plural) return n.to;
      // "Cô Nhi viện Phú Hòa" (an orphanage): a word that goes on in lower case into a body's noun is no name.
      if (this.#toks[n.to]?.k === 'viện' && !this.#toks[n.to]?.cap) return n.to;
      if (t) {
        // A given name alone ("ông Tuấn"): linked to a full name at the end.
        this.#addGiven({ key: t.k, start: t.s, end: t.e, name: t.w });
        this.#used[n.from] = 1;
      }
      return this.#afterName(n.to, [], h.plural, true);
    }
    const o = this.#person(n);
    return this.#afterName(n.to, [o], h.plural, false);
  }

  /** Titles first (patterns 3 and 4): "Phó Bí thư Thường trực Tỉnh ủy Trần Thắng". */
  #titleFirst(i: number, plural: boolean): number {
    const titles: TitleSpan[] = [];
    let k = i;
    for (let guard = 0; guard < 8; guard++) {
      const r = this.#extendTitle(k, true);
      if (r.end > k) titles.push({ from: k, to: r.end });
      if (r.name) {
        const group: RawOfficial[] = [];
        let next = r.name.to;
        if (r.name.to - r.name.from === 1) {
          const t = this.#toks[r.name.from];
          if (t && !this.#givenAt.has(t.s)) this.#addGiven({ key: t.k, start: t.s, end: t.e, name: t.w });
        } else {
          const o = this.#person(r.name);
          for (const t of titles) this.#addTitle(o, t);
          group.push(o);
        }
        // "các đồng chí Phó Bí thư Tỉnh ủy: A, B": the title is shared by the list.
        next = this.#afterName(next, group, plural, false, titles);
        return next;
      }
      const sep = this.#toks[r.end];
      // "Chủ tịch Đoàn Chủ tịch là đồng chí A", "các Phó Chủ tịch là các đồng chí A, B", "Phó Chủ tịch gồm các
      // đồng chí: A, B": the office is given by "là" or "gồm (có)"; "Chín Phó Chủ tịch …, gồm: Ông A, …; bà B; …":
      // a list after "gồm" and a colon shares the office past its semicolons.
      const by = sep?.w === ',' && this.#toks[r.end + 1]?.k === 'gồm' ? r.end + 1 : r.end;
      const bySep = this.#toks[by];
      if ((bySep?.k === 'là' || bySep?.k === 'gồm') && titles.length > 0) {
        const list = bySep.k === 'gồm';
        let at = list && this.#toks[by + 1]?.k === 'có' ? by + 2 : by + 1;
        const colon = this.#toks[at]?.w === ':';
        if (colon) at++;
        const h = this.#honorific(at);
        // ("… gồm các đồng chí: A, B": the colon may stand after the honorific.)
        const colonAfterH = !!h && this.#toks[h.next]?.w === ':';
        const nameAt = h ? (colonAfterH ? h.next + 1 : h.next) : at;
        const n = this.#readName(nameAt, h ? 'honorific' : 'standalone');
        if (n && n.to - n.from > 1) {
          const o = this.#person(n);
          for (const t of titles) this.#addTitle(o, t);
          return this.#afterName(n.to, [o], plural || !!h?.plural || list, false, titles, list && (colon || colonAfterH));
        }
      }
      // "Linh mục Chánh xứ Giáo xứ X Nguyễn Văn A": a rank, then an office with no comma.
      if (r.end > k && PREFIX_TITLES.has(this.#keyOf(k, r.end)) && this.#titleHead(r.end, true) > 0) {
        k = r.end;
        continue;
      }
      // "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Văn A", "Bí thư Tỉnh ủy - Trưởng đoàn ĐBQH tỉnh …"
      if (sep && (sep.w === ',' || sep.w === '-') && this.#titleHead(r.end + 1, true) > 0) {
        k = r.end + 1;
        continue;
      }
      // "Bí thư Tỉnh ủy Hà Giang, ông Triệu Tài Vinh": the titles, a comma, an honorific, then the name.
      if (sep?.w === ',' && titles.length > 0) {
        const h = this.#honorific(r.end + 1);
        const n = h && !h.plural ? this.#readName(h.next, 'honorific') : null;
        if (n && n.to - n.from > 1) {
          const o = this.#person(n);
          for (const t of titles) this.#addTitle(o, t);
          return this.#afterName(n.to, [o], false, false);
        }
      }
      // "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Được thăm …": the titles, a dash, then the name.
      if (sep?.w === '-' && titles.length > 0) {
        const h = this.#honorific(r.end + 1);
        const n = this.#readName(h ? h.next : r.end + 1, h ? 'honorific' : 'standalone');
        if (n && n.to - n.from > 1) {
          const o = this.#person(n);
          for (const t of titles) this.#addTitle(o, t);
          return this.#afterName(n.to, [o], plural, false, titles);
        }
      }
      if (sep && sep.w === ':') {
        // "– Trưởng Ban Văn hóa: Sư cô Thích Nữ Diệu Hạnh": an office, a colon, then the holder's rank and name.
        if (!plural && titles.length > 0) {
          const re = PREFIX_SET.match(this.#toks, r.end + 1);
          if (re > 0 && PREFIX_TITLES.has(this.#keyOf(r.end + 1, re))) {
            k = r.end + 1;
            continue;
          }
        }
        // ("các Ủy viên Trung ương Đảng: ông A, …; ông B, …": each name may have its honorific.)
        const h = this.#honorific(r.end + 1);
        const n = this.#readName(h && !h.plural ? h.next : r.end + 1, h ? 'honorific' : 'title');
        if (n && n.to - n.from > 1) {
          const o = this.#person(n);
          for (const t of titles) this.#addTitle(o, t);
          return this.#afterName(n.to, [o], true, false, titles, true);
        }
        // "các đồng chí Ủy viên Bộ Chính trị: Chủ tịch Quốc hội A; Bí thư Trung ương Đảng B": the shared title
        // goes to every person named in the rest of the sentence, each with titles of their own before the name.
        if (plural && this.#titleHead(r.end + 1, true) > 0) {
          this.#pendingShared = { titles: [...titles], until: this.#sentenceEnd(r.end + 1) };
          return r.end + 1;
        }
      }
      return Math.max(r.end, i + 1);
    }
    return k + 1;
  }

  /**
   * After a name: ", title, title", " - title", "(title)", list continuations
   * "A, B - title" and "A và B". `shared` titles (from a title-first list)
   * apply to every name the list adds.
   */
  #afterName(k: number, list: RawOfficial[], plural: boolean, givenOnly: boolean, shared: TitleSpan[] = [], colon = false): number {
    const toks = this.#toks;
    let pos = k;
    let group = list;
    // Only a plural title shared by a list ("các đồng chí Bí thư …: A, …; B, …") goes on past a semicolon.
    const sharedList = plural && shared.length > 0;
    // Titles were given to the group's names after them: a further name of the list is a new item
    // ("A - Phó Chủ tịch …, B - Tỉnh ủy viên - …": B's titles are not A's).
    let titled = false;
    /** The next name of the list at `i`: in the group, or in a fresh group once the group has titles of its own. */
    const nextName = (i: number): number => {
      if (!titled) return this.#listName(i, group, shared, false, plural && shared.length === 0);
      const fresh: RawOfficial[] = [];
      const next = this.#listName(i, fresh, shared, true);
      if (next >= 0) {
        group = fresh;
        titled = false;
      }
      return next;
    };
    for (let guard = 0; guard < 40; guard++) {
      const tk = toks[pos];
      if (!tk) return pos;
      // "các đồng chí Bí thư Trung ương Đảng: A, Ủy viên Bộ Chính trị; B, Chủ tịch …": after a semicolon the
      // shared title goes on to the next name, whose own titles are its alone.
      // (Without a colon the title before the first name is that person's own once they have titles of their own:
      // "các đồng chí: Trung tướng A, Thứ trưởng Bộ Công an; B, …" — B is no general.)
      if (tk.w === ';' && sharedList && group.length > 0 && (colon || !titled)) {
        const h = this.#honorific(pos + 1);
        const fresh: RawOfficial[] = [];
        const next = this.#listName(h && !h.plural ? h.next : pos + 1, fresh, shared, true);
        if (next < 0) return pos;
        group = fresh;
        plural = false;
        pos = next;
        continue;
      }
      // ("Đoàn Minh Huấn-làm trưởng đoàn": a dash before the predicate, too.)
      // ("… tham gia Ủy viên Ủy ban MTTQ tỉnh và giữ chức vụ Chủ tịch …": "và" before a further one.)
      let at = tk.w === ',' || ((tk.w === '-' || tk.k === 'và') && APPOINTED.match(toks, pos + 1) > 0) ? pos + 1 : pos;
      // "ông A đã tái đắc cử chức vụ …", "bà B vừa được bầu giữ chức …"
      if (/^(?:đã|vừa|mới|cũng)$/.test(toks[at]?.k ?? '') && APPOINTED.match(toks, at + 1) > 0) at++;
      // (Every name of a list: "Ông A và ông B được bầu giữ chức Phó Chủ tịch …".)
      const ap = group.length >= 1 && !givenOnly ? APPOINTED.match(toks, at) : -1;
      // "A tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức Bí thư …": the bodies joined are no posts; the
      // office after "và" is.
      if (ap > 0 && toks[at]?.k === 'tham' && this.#titleHead(ap, false) < 0) {
        let j = ap;
        while (j < ap + 16 && toks[j] && !/^[.;]$/.test(toks[j]?.w ?? '') && !(toks[j]?.k === 'và' && APPOINTED.match(toks, j + 1) > 0)) j++;
        if (toks[j]?.k === 'và' && j > ap) {
          pos = j;
          continue;
        }
      }
      if (ap > 0 && this.#titleHead(ap, false) > 0) {
        // "ông A được bầu giữ chức Chủ tịch UBND huyện": the office is the person's title.
        const r = this.#extendTitle(ap, false);
        for (const o of group) this.#addTitle(o, { from: ap, to: r.end });
        // "… giữ chức Phó Chủ tịch, Tổng Thư ký Ủy ban …": further offices after a comma are the person's too.
        pos = r.end;
        continue;
      }
      // "đồng chí A UV-BTV Tỉnh ủy, Trưởng Ban …": an abbreviated title right after the name, with no comma;
      // "Đại đức Thích Huệ Trí trụ trì chùa Linh Quang": a monk's abbacy likewise.
      const abbacy = tk.k === 'trụ' && toks[pos + 1]?.k === 'trì' && /^(?:chùa|tịnh|thiền|tu|niệm)$/.test(toks[pos + 2]?.k ?? '');
      if (pos === k && (tk.upper || abbacy) && group.length === 1 && !givenOnly && this.#titleHead(pos, !abbacy) > 0) {
        const r = this.#extendTitle(pos, false);
        for (const o of group) this.#addTitle(o, { from: pos, to: r.end });
        pos = r.end;
        continue;
      }
      // "Nguyễn Hữu Long\nỦy viên Ban Chấp hành Đảng bộ tỉnh,\nChủ tịch Liên đoàn …": an author's name on a line of its
      // own, a post on each line under it.
      if (pos === k && tk.t === 'nl' && group.length === 1 && !givenOnly && this.#aloneOnLine(k)) {
        let at = pos + 1;
        for (let line = 0; line < 3 && this.#titleHead(at, true) > 0; line++) {
          const r = this.#extendTitle(at, false);
          const after = toks[r.end];
          const comma = after?.w === ',' && (toks[r.end + 1]?.t === 'nl' || !toks[r.end + 1]);
          if (after && after.t !== 'nl' && !comma) break;
          for (const o of group) this.#addTitle(o, { from: at, to: r.end });
          at = comma ? r.end + 2 : r.end + 1;
        }
        if (at > pos + 1) return at;
      }
      // "…: A, ấp 11B, xã Lộc Thiện (Lộc Ninh); B, …": in a plural list a name's address is skipped up to the next item.
      if (tk.w === ',' && (plural || sharedList) && group.length > 0 && ADDRESS_WORDS.has(toks[pos + 1]?.k ?? '') && !toks[pos + 1]?.cap) {
        const stop = this.#addressEnd(pos + 1);
        if (stop > pos + 1) {
          pos = stop;
          continue;
        }
      }
      // ", 62 tuổi, Trưởng ban …", ", 77 tuổi (1932), GM giáo phận …": the age (and the birth year in brackets) is
      // skipped, the titles after it still count.
      if (tk.w === ',' && toks[pos + 1]?.t === 'n' && toks[pos + 2]?.k === 'tuổi') {
        const after = toks[pos + 3]?.w === '(' && toks[pos + 4]?.t === 'n' && toks[pos + 5]?.w === ')' ? pos + 6 : pos + 3;
        if (toks[after]?.w === ',') {
          pos = after;
          continue;
        }
      }
      // "Ông A (phải), Chủ tịch …", "(thứ hai từ trái)": where the person stands in the photo.
      if (tk.w === '(' && pos === k) {
        let j = pos + 1;
        let where = false;
        for (; j < pos + 6 && (toks[j]?.t === 'n' || (toks[j]?.t === 'w' && !toks[j]?.cap)); j++) where ||= /^(?:phải|trái|giữa)$/.test(toks[j]?.k ?? '');
        if (where && toks[j]?.w === ')') {
          pos = j + 1;
          continue;
        }
      }
      if (tk.w === ',' || tk.w === '-' || tk.w === '(' || tk.w === ':') {
        // ", kiêm Chủ tịch Hội Khuyến học tỉnh": "kiêm" (concurrently) joins two titles like a comma.
        const from = tk.w === ',' && toks[pos + 1]?.k === 'kiêm' && this.#titleHead(pos + 2, false) > 0 ? pos + 2 : pos + 1;
        const hk = this.#titleHead(from, false);
        if (hk > 0 && !givenOnly && group.length > 0) {
          // "A, Chủ tịch UBND huyện B, …": a title with its own name is the next person of a list.
          const probe = tk.w === ',' ? this.#extendTitle(from, true) : null;
          // (Two words right after a Party committee are its district or province: "A, Bí thư Huyện ủy Châu Thành cùng …".)
          if (probe?.name && probe.name.to - probe.name.from >= (toks[probe.name.from - 1]?.k === 'ủy' ? 3 : 2)) return pos;
          // "A, Ủy viên BTV Tỉnh ủy, Chủ tịch … - B": titles, a dash, then a name are the next person's.
          if (tk.w === ',' && this.#titlesThenDashName(from)) return pos;
          const r = this.#extendTitle(from, false);
          const span = { from, to: r.end };
          const targets = tk.w === '-' || plural ? group : group.slice(-1);
          for (const o of targets) this.#addTitle(o, span);
          titled = true;
          pos = r.end;
          if (tk.w === '(' && toks[pos]?.w === ')') pos++;
          continue;
        }
        // List continuation: "A, B, C - title" or "các đồng chí: A, B".
        const next = tk.w === ',' ? nextName(pos + 1) : -1;
        if (next < 0) return pos;
        pos = next;
        continue;
      }
      if (tk.k === 'và') {
        // "…: ông A, …; bà B và ông C": in a list after a colon, "và" with an honorific is its last item.
        const h = sharedList && colon ? this.#honorific(pos + 1) : null;
        if (h && !h.plural) {
          const fresh: RawOfficial[] = [];
          const last = this.#listName(h.next, fresh, shared, true);
          if (last >= 0) {
            group = fresh;
            pos = last;
            continue;
          }
        }
        const next = nextName(pos + 1);
        if (next >= 0) {
          pos = next;
          continue;
        }
      }
      return pos;
    }
    return pos;
  }

  /** The posts named between a verb of office ("thôi", "cử", "chức danh") and "đối với" at `k`, each after a comma; or none. */
  #postsBefore(k: number): TitleSpan[] {
    for (let c = k - 1; c > 0 && c > k - 40; c--) {
      const t = this.#toks[c];
      if (!t || t.t === 'nl' || t.w === '.' || t.w === ';') return [];
      if (!OFFICE_VERBS.has(t.k)) continue;
      const out: TitleSpan[] = [];
      for (let s = c + 1, guard = 0; guard < 4 && this.#titleHead(s, false) > 0; guard++) {
        const r = this.#extendTitle(s, false);
        if (r.end <= s) break;
        out.push({ from: s, to: r.end });
        if (r.end === k) return out;
        if (this.#toks[r.end]?.w !== ',') break;
        s = r.end + 1;
      }
    }
    return [];
  }

  /** Is the name ending before `k` alone on its line (a line break or the text's start before it)? */
  #aloneOnLine(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && j > k - 6 && this.#toks[j]?.t === 'w') j--;
    return j < 0 || this.#toks[j]?.t === 'nl';
  }

  /**
   * The end of an address at `i` ("ấp 11B, xã Lộc Thiện (Lộc Ninh)"): its parts, each a place word with a name or
   * number, joined by commas, with a bracketed place; the index of the ';', ',' or 'và' after it, or `i` if none.
   */
  #addressEnd(i: number): number {
    const toks = this.#toks;
    let j = i;
    for (let part = 0; part < 5; part++) {
      if (!ADDRESS_WORDS.has(toks[j]?.k ?? '') || toks[j]?.cap) return part === 0 ? i : j - 1;
      j++;
      let words = 0;
      while (words < 5 && (toks[j]?.t === 'n' || (toks[j]?.t === 'w' && toks[j]?.cap))) {
        j++;
        words++;
      }
      if (words === 0) return i;
      if (toks[j]?.w === '(') {
        let c = j + 1;
        while (c < j + 6 && toks[c] && toks[c]?.w !== ')') c++;
        if (toks[c]?.w !== ')') return i;
        j = c + 1;
      }
      const sep = toks[j];
      if (sep?.w === ',') {
        j++;
        continue;
      }
      return sep && (sep.w === ';' || sep.k === 'và' || sep.w === '.') ? j : i;
    }
    return i;
  }

  /** Do titles start at `from` and run (at commas and dashes) to a dash and a full name? Looks at a few titles only. */
  #titlesThenDashName(from: number): boolean {
    let j = from;
    for (let guard = 0; guard < 6; guard++) {
      const r = this.#extendTitle(j, false);
      if (r.end <= j) return false;
      const sep = this.#toks[r.end];
      if (sep?.w === '-') {
        const h = this.#honorific(r.end + 1);
        const n = this.#readName(h ? h.next : r.end + 1, h ? 'honorific' : 'standalone');
        if (n && n.to - n.from >= 2) return true;
      }
      if ((sep?.w !== ',' && sep?.w !== '-') || this.#titleHead(r.end + 1, false) <= 0) return false;
      j = r.end + 1;
    }
    return false;
  }

  /** A further name of a list at `i` joins `group` (with the list's `shared` titles); its end, or -1. `first`: `group` may be empty. */
  #listName(i: number, group: RawOfficial[], shared: TitleSpan[], first = false, loose = false): number {
    if (group.length === 0 && !first) return -1;
    // "đồng chí A, đồng chí B - Phó Chủ tịch …": a singular honorific before each name of the list (not
    // where a title before the first name is shared: "Già làng A và ông B" — B is no village elder).
    const h = shared.length === 0 ? this.#honorific(i) : null;
    // ("Các bà A, B và Sẩm Chúc Phoóng được bầu …": after a plural honorific, a name the vocabulary lacks.)
    const n = h && !h.plural ? this.#readName(h.next, 'honorific') : (this.#readName(i, 'standalone') ?? (loose ? this.#unknownName(i) : null));
    if (!n) return -1;
    const o = this.#person(n);
    for (const t of shared) this.#addTitle(o, t);
    group.push(o);
    return n.to;
  }

  /**
   * "…; Ngọc Kim Nam - Ủy viên …": an item of a list begins at the separator, so a capitalised word
   * before a name read from the family name inside that run (a family name the vocabulary lacks) is
   * the name's first word.
   */
  #listItemStart(n: NameSpan): NameSpan {
    const prev = this.#toks[n.from - 1];
    const sep = this.#toks[n.from - 2];
    const after = this.#toks[n.to];
    if (!prev || !sep || !after || prev.t !== 'w' || !prev.cap || prev.upper || this.#used[n.from - 1]) return n;
    if (sep.w !== ';' && sep.w !== ',') return n;
    if (n.to - n.from > 3 || (after.w !== '-' && after.w !== ',') || this.#titleHead(n.to + 1, false) < 0) return n;
    if (this.#titleHead(n.from - 1, false) > 0 || this.#bodyWordEnd(n.from - 1) > 0 || PLACE_SET.match(this.#toks, n.from - 1) > 0) return n;
    if (ORG_HEAD_SET.match(this.#toks, n.from - 1) > 0 || NOT_PERSON.has(prev.k) || this.#honorific(n.from - 1)) return n;
    return { from: n.from - 1, to: n.to };
  }

  /**
   * A name the vocabulary lacks as an item of a list: right after ";" or ":", two to four capitalised words
   * (no title, body, place or honorific among them), then a dash and a capitalised title ("; Ka Ba Tơ- Nguyên Phó
   * Bí thư Thường trực Tỉnh ủy"). The span, or null.
   */
  #unknownListName(i: number): NameSpan | null {
    const sep = this.#toks[i - 1];
    if (!sep || sep.t !== 'p' || (sep.w !== ';' && sep.w !== ':')) return null;
    const j = this.#plainRun(i);
    const dash = this.#toks[j];
    if (j - i < 2 || !dash || (dash.w !== '-' && dash.w !== '–')) return null;
    return this.#titleHead(j + 1, true) > 0 ? { from: i, to: j } : null;
  }

  /**
   * Two to four capitalised words that are no title, body, place or honorific, with no capitalised word after them:
   * a name the vocabulary lacks, where a list of people makes a name certain. The span, or null.
   */
  #unknownName(i: number): NameSpan | null {
    const j = this.#plainRun(i);
    const t = this.#toks[j];
    return j - i >= 2 && !(t?.t === 'w' && t.cap) ? { from: i, to: j } : null;
  }

  /** End of up to four capitalised (not all-capital) words at `i` with no title, body, place or honorific among them; `i` if one is. */
  #plainRun(i: number): number {
    const toks = this.#toks;
    let j = i;
    while (j < i + 4 && toks[j]?.t === 'w' && toks[j]?.cap && !toks[j]?.upper) {
      if (this.#titleHead(j, false) > 0 || this.#bodyWordEnd(j) > 0 || PLACE_SET.match(toks, j) > 0 || this.#honorific(j) || ORG_HEAD_SET.match(toks, j) > 0) return i;
      j++;
    }
    return j;
  }

  /** A family-name-led name with no honorific: with titles after it, a known name, or 3+ words. */
  #standalone(n: NameSpan): number {
    const next = this.#toks[n.to];
    const len = n.to - n.from;
    const key = this.#keyOf(n.from, n.to);
    const titled =
      next &&
      (next.w === ',' || next.w === '-' || next.w === '(') &&
      this.#titleHead(n.to + 1, false) > 0;
    if (titled || this.#officials.has(key) || (len >= 3 && this.#looksMentioned(n))) {
      const o = this.#person(n);
      return this.#afterName(n.to, [o], false, false);
    }
    return n.to;
  }

  /** A bare name is a person when a verb or punctuation follows, as in "Nguyễn Văn A cho biết". */
  #looksMentioned(n: NameSpan): boolean {
    const next = this.#toks[n.to];
    if (!next) return true;
    if (next.t === 'p' || next.t === 'nl') return true;
    return next.t === 'w' && !next.cap && VERB_AFTER_NAME.test(next.k);
  }

  /** Resolve "ông Tuấn" to the official whose given name it is, else a person of its own. */
  #resolveGiven(): void {
    // The officials a given name may stand for: those of two or more words ending in it, in the order found,
    // grouped once by last word (not rescanned per mention), each group also sorted by first mention with
    // the latest-found index so far, so "the last one first mentioned before g" is a binary search.
    // (First mentions do not move here: officials are created with one, and mentions are only appended.)
    const first = (o: RawOfficial) => o.mentions[0]?.start ?? 0;
    const groups = new Map<string, { found: RawOfficial[]; byFirst: number[]; latest: number[] }>();
    for (const o of this.#order) {
      const space = o.key.lastIndexOf(' ');
      if (o.byline || space < 0) continue;
      const last = o.key.slice(space + 1);
      const group = groups.get(last) ?? { found: [], byFirst: [], latest: [] };
      groups.set(last, group);
      group.found.push(o);
    }
    for (const group of groups.values()) {
      group.byFirst = group.found.map((_, i) => i).sort((a, b) => first(group.found[a] as RawOfficial) - first(group.found[b] as RawOfficial));
      let latest = -1;
      group.latest = group.byFirst.map((i) => (latest = Math.max(latest, i)));
    }
    for (const g of this.#given) {
      const group = groups.get(g.key);
      let target: RawOfficial | undefined;
      if (group) {
        let lo = 0;
        let hi = group.byFirst.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (first(group.found[group.byFirst[mid] ?? 0] as RawOfficial) < g.start) lo = mid + 1;
          else hi = mid;
        }
        // The latest-found official first mentioned before this given name, else the only official of that name.
        target = lo > 0 ? group.found[group.latest[lo - 1] ?? 0] : group.found.length === 1 ? group.found[0] : undefined;
      }
      if (target) {
        target.mentions.push({ start: g.start, end: g.end });
        continue;
      }
      let o = this.#officials.get(g.key);
      if (!o) {
        o = { name: g.name, key: g.key, titles: [], mentions: [], byline: false };
        this.#officials.set(g.key, o);
        this.#order.push(o);
      }
      o.mentions.push({ start: g.start, end: g.end });
    }
  }

  /** A given name alone, mid-sentence, of exactly one official ("… Tuấn nhấn mạnh") is a mention of them. */
  #linkGivenNames(): void {
    const byGiven = new Map<string, RawOfficial[]>();
    for (const o of this.#order) {
      const space = o.key.lastIndexOf(' ');
      if (space < 0) continue;
      const g = o.key.slice(space + 1);
      const list = byGiven.get(g);
      if (list) list.push(o);
      else byGiven.set(g, [o]);
    }
    if (byGiven.size === 0) return;
    const toks = this.#toks;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k];
      if (!t || this.#used[k] || t.t !== 'w' || !t.cap || t.upper) continue;
      const list = byGiven.get(t.k);
      if (!list || list.length !== 1) continue;
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if (!prev || prev.t !== 'w' || prev.cap) continue; // sentence start or inside a capitalised run
      if (next?.t === 'w' && next.cap) continue;
      if (PLACE_CUES.has(prev.k) || /^(thứ|tháng|miền|năm|khóa|khoá|quý|ngày|số|mùa|phía|vùng)$/.test(prev.k)) continue;
      const o = list[0];
      if (!o || (o.mentions[0]?.start ?? 0) > t.s) continue;
      o.mentions.push({ start: t.s, end: t.e });
      this.#used[k] = 1;
    }
  }

  /** "Tin ảnh: Anh Thư": a given name read inside a credit or byline ("Anh" taken for an honorific) is not a person of its own. */
  #withoutCreditParts(): RawOfficial[] {
    const credits: { start: number; end: number }[] = [];
    for (const o of this.#order) if (o.byline) for (const m of o.mentions) credits.push(m);
    if (credits.length === 0) return this.#order;
    // Which characters lie inside a credit: one pass over the credits, then a lookup per mention.
    const covered = new Uint8Array(this.#text.length + 1);
    for (const c of credits) covered.fill(1, c.start, c.end);
    const inside = (m: { start: number; end: number }) => m.end > m.start && covered[m.start] === 1 && covered[m.end - 1] === 1;
    return this.#order.filter((o) => o.byline || o.mentions.length === 0 || !o.mentions.every(inside));
  }

  /** A credit or byline at `start`: a person without titles (one entry per name, each mention once). */
  #creditMention(name: string, start: number): void {
    const key = name.toLowerCase();
    let o = this.#officials.get(key);
    if (!o) {
      o = { name, key, titles: [], mentions: [], byline: true };
      this.#officials.set(key, o);
      this.#order.push(o);
    }
    if (this.#creditAt.has(start)) return;
    this.#creditAt.add(start);
    o.mentions.push({ start, end: start + name.length });
  }

  /** Photo and story credits anywhere: "Ảnh: Thanh Hà", "(Ảnh: MINH TÂM)", "Bài, ảnh: Minh Tâm" — people without titles. */
  #credits(): void {
    if (!mayHoldCredit(this.#text)) return;
    CREDIT_RE.lastIndex = 0;
    for (let m = CREDIT_RE.exec(this.#text); m; m = CREDIT_RE.exec(this.#text)) {
      const name = m[1] ?? '';
      const words = name.split(/\s+/);
      const styleOk = words.every((w) => TITLE_CASE.test(w)) || words.every((w) => ALL_UPPER.test(w));
      if (!styleOk || words.some((w) => BYLINE_NOT.has(w.toLowerCase()))) continue;
      const start = m.index + m[0].lastIndexOf(name);
      this.#creditMention(name, start);
    }
  }

  /** The last `max` lines of the text that hold more than white space, the last one first (a scan from the end). */
  #lastLines(max: number): { s: number; e: number }[] {
    const out: { s: number; e: number }[] = [];
    let e = this.#text.length;
    while (out.length < max) {
      const nl = e > 0 ? this.#text.lastIndexOf('\n', e - 1) : -1;
      if (this.#text.slice(nl + 1, e).trim()) out.push({ s: nl + 1, e });
      if (nl < 0) break;
      e = nl;
    }
    return out;
  }

  /** Bylines: a short name alone on one of the last lines ("Thanh Thy", "Minh Phong (Nguồn: QBTV.vn)"). */
  #bylines(): void {
    // The last four lines with text, never the first line of the text: five from the end tell which they are.
    const last = this.#lastLines(5);
    if (last.length < 3) return;
    for (let r = 0; r <= Math.min(3, last.length - 2); r++) {
      const line = last[r];
      if (!line) continue;
      const raw = this.#text.slice(line.s, line.e);
      if (BOILERPLATE.test(raw)) continue;
      const m = BYLINE_RE.exec(raw);
      if (!m || m[1] === undefined) break;
      const name = m[1];
      const words = name.split(/\s+/);
      const styleOk =
        words.every((w) => TITLE_CASE.test(w)) || words.every((w) => ALL_LOWER.test(w)) || words.every((w) => ALL_UPPER.test(w));
      if (!styleOk || words.some((w) => BYLINE_NOT.has(w.toLowerCase()))) break;
      const start = line.s + raw.indexOf(name);
      this.#creditMention(name, start);
      return;
    }
  }
}

const BOILERPLATE =
  /^\s*(?:chia sẻ|in bài|bình luận|tin liên quan|xem thêm|từ khóa|từ khoá|tags?|lượt xem|số lượt|gửi bài|quay lại|về đầu trang|đầu trang|facebook|zalo|twitter|email|bản in|print)/iu;
const BYLINE_RE =
  /^\s*(?:(?:bài(?:,|\s+và)?\s*ảnh|tin(?:,|\s+và)?\s*ảnh|bài|tin|ảnh|theo|tác giả|pv|nhóm pv)\s*:?\s*)?((?:[a-zà-ỹđ]+)(?:\s+[a-zà-ỹđ]+){0,3})\s*(?:\((?:[^)]{0,60})\))?\s*[.]?\s*$/i;
const BYLINE_NOT = new Set(
  ('và của các những được hội nghị ban bộ sở đảng nhân dân tỉnh huyện xã trang chủ tin tức ảnh quang cảnh đại biểu đồng chí ông bà ' +
    'báo đài cổng nguồn liệu internet họa cttđt ttxvn vgp vna').split(' '),
);
/** A credit: its cue and colon, then a name of two to four words ending the line, the sentence or the bracket. */
const CREDIT_RE =
  /(?<![\p{L}])(?:(?:bài|tin)(?:\s*,\s*|\s+và\s+|\s+)ảnh|ảnh|bài|tin|video|clip|thực hiện|nhóm phóng viên)\s*:\s*((?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]{2,})(?:[ \u00a0](?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]{2,})){1,3})(?=\s*(?:\)|$|\n|\.\s|\.$|\s*-\s))/giu;

/** How each cue of {@link CREDIT_RE} ends, right before its colon (with the same flags). */
const CREDIT_CUE_END = /(?:ảnh|bài|tin|video|clip|hiện|viên)$/iu;
const SPACE = /\s/;

/**
 * Could {@link CREDIT_RE} match in `text`? Only where a colon follows, after white space, the end of a cue:
 * a look at each colon, so most texts skip the whole-text regex.
 */
function mayHoldCredit(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let b = at;
    while (b > 0 && SPACE.test(text[b - 1] ?? '')) b--;
    if (CREDIT_CUE_END.test(text.slice(Math.max(0, b - 5), b))) return true;
  }
  return false;
}

/**
 * Find the officials in normalised text. `clean` is the same text without
 * tone re-placement (titles are reported as spelled).
 */
export function findOfficials(text: string, clean: string = text): RawOfficial[] {
  return new Parser(text, clean).run();
}
