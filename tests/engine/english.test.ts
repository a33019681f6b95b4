/**
 * English editions, construction by construction: one invented sentence each
 * (our own, invented people), mirroring what English editions of Vietnamese
 * outlets write, with what the annotation rules call correct.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { distinctEntities } from '@/lib/engine/extract/distinct';

type Want = { o?: string[][]; d?: string[]; dt?: string[]; p?: string[] };
const CASES: [string, Want][] = [
  // Titles before the name, split at "and"; the possessive body stays in its title.
  [
    'Politburo member and Head of the Party Central Committee’s Commission for Mass Mobilisation Luong Thi Hanh chaired the meeting.',
    { o: [['Luong Thi Hanh', 'Politburo member', 'Head of the Party Central Committee’s Commission for Mass Mobilisation']] },
  ],
  // After the name: a unit and its parent after a comma are one title; "and" before a new title splits; "and Ms." ends it.
  [
    'Mr. Vi Van Lu, Deputy Head of the Ethnic Affairs Division, Commission for Mass Mobilisation of the Cao Bang Provincial Party Committee, and Ms. Nong Thi Duyen, Provincial Party Committee member and Chairwoman of the provincial Farmers’ Association, attended.',
    {
      o: [
        ['Vi Van Lu', 'Deputy Head of the Ethnic Affairs Division, Commission for Mass Mobilisation of the Cao Bang Provincial Party Committee'],
        ['Nong Thi Duyen', 'Provincial Party Committee member', 'Chairwoman of the provincial Farmers’ Association'],
      ],
    },
  ],
  // "and" inside a body's name; the title right before the second name is that person's.
  [
    'Deputy Minister of Agriculture and Environment Ha Van Thuong and Director of the Department of Culture and Sports Lo Thi Nhung visited the commune.',
    { o: [['Ha Van Thuong', 'Deputy Minister of Agriculture and Environment'], ['Lo Thi Nhung', 'Director of the Department of Culture and Sports']] },
  ],
  // Offices given by a predicate.
  [
    'Ms. Tong Thi Mien was re-elected Chairwoman of the Lai Chau provincial Women’s Union, while Mr. Lu Van Pao was appointed Secretary of the Muong Te District Party Committee.',
    { o: [['Tong Thi Mien', 'Chairwoman of the Lai Chau provincial Women’s Union'], ['Lu Van Pao', 'Secretary of the Muong Te District Party Committee']] },
  ],
  [
    'A delegation with Mr. Hoang Van Soi, Deputy Head of the Commission for Mass Mobilisation, as head of the delegation visited Ha Quang district.',
    { o: [['Hoang Van Soi', 'Deputy Head of the Commission for Mass Mobilisation', 'head of the delegation']] },
  ],
  // A plural title before a colon list goes to every name.
  [
    'Also present were Vice Chairmen of the provincial Fatherland Front Committee: Be Van Khanh, Ma Thi Lieu, Nong Van Tuan.',
    {
      o: [
        ['Be Van Khanh', 'Vice Chairmen of the provincial Fatherland Front Committee'],
        ['Ma Thi Lieu', 'Vice Chairmen of the provincial Fatherland Front Committee'],
        ['Nong Van Tuan', 'Vice Chairmen of the provincial Fatherland Front Committee'],
      ],
    },
  ],
  // A comma between the chain and the name; a lower-case head opening the chain.
  [
    'In her speech, Politburo member and Head of the Commission for Mass Mobilisation, Dang Thi Lan noted the results. At the event, standing deputy head of the Organisation Commission Mac Van Hieu spoke.',
    { o: [['Dang Thi Lan', 'Politburo member', 'Head of the Commission for Mass Mobilisation'], ['Mac Van Hieu', 'standing deputy head of the Organisation Commission']] },
  ],
  // A caption: the name, then its title, no comma.
  ['Trieu Thi Mai Deputy Head of the Commission for Mass Mobilization speaks at the ceremony.', { o: [['Trieu Thi Mai', 'Deputy Head of the Commission for Mass Mobilization']] }],
  // Ranks; a term inside the title; a tenure written out.
  [
    'Senior Lieutenant General Chu Van Kien, member of the 13th-tenure Party Central Committee, and Do Thi Lan, President of the Fatherland Front Committee for the ninth tenure, attended.',
    {
      o: [
        ['Chu Van Kien', 'Senior Lieutenant General', 'member of the 13th-tenure Party Central Committee'],
        ['Do Thi Lan', 'President of the Fatherland Front Committee for the ninth tenure'],
      ],
      p: ['13th-tenure', 'ninth tenure'],
    },
  ],
  // Places and bodies that look like names are not people; President Ho Chi Minh is; a photo credit is a person without titles.
  [
    'Following President Ho Chi Minh’s teachings, the Thai Nguyen Women’s Union in Mai Son district and Ho Chi Minh City launched a campaign. Photo: Lan Huong',
    { o: [['Ho Chi Minh', 'President'], ['Lan Huong']] },
  ],
  // A name neither the vocabulary nor compromise knows, right after a title; a lower-case rank closing a title; a lower-case noun after "senior".
  [
    'Ambassador Kalani Mokuahi met Superior Buddhist monk Thich Tam Duc. The guests included Dr. Vu Minh Chau, senior expert, former member of the Theoretical Council.',
    { o: [['Kalani Mokuahi', 'Ambassador'], ['Thich Tam Duc', 'Superior Buddhist monk'], ['Vu Minh Chau', 'senior expert', 'former member of the Theoretical Council']] },
  ],
  // Named laws (two in one phrase), the Constitution, bare references with and without a named issuer, ASCII codes, a plenum resolution.
  [
    'Under the Law on Belief and Religion and the Law on Grassroots Democracy, the 2013 Constitution, Conclusion No. 12 of the Politburo, Directive 08, Decision No. 1719/QD-TTg and the 12th-tenure Party Central Committee’s sixth plenum resolution, the province acted.',
    {
      d: [
        'Law on Belief and Religion|Luật||',
        'Law on Grassroots Democracy|Luật||',
        '2013 Constitution|HP||',
        'Conclusion No. 12|KL|12|TW',
        'Directive 08|CT|08|',
        'Decision No. 1719/QD-TTg|QĐ|1719|TTg',
        '12th-tenure Party Central Committee’s sixth plenum resolution|NQ||TW',
      ],
    },
  ],
  // Dates: ordinal words, US order when the second number cannot be a month, a year from a half-year in the same text; an English bare year is not a date.
  [
    'In the first six months of 2023, the committee met on July 12; the congress opened on the twentieth of May, after a letter dated 04/17/2014 and work begun in 2016.',
    { dt: ['July 12=2023-07-12', 'twentieth of May=2023-05-20', '04/17/2014=2014-04-17'], p: ['first six months of 2023'] },
  ],
  ['Delegates elected the committee for the 2024–2029 term and reviewed the term 2019-2024.', { p: ['2024–2029 term', 'term 2019-2024'], o: [] }],
];

describe('English editions', () => {
  for (const [text, want] of CASES) {
    it(text.slice(0, 80), () => {
      const r = distinctEntities(extract(text));
      expect(r.lang).toBe('en');
      if (want.o) expect(r.officials.map((o) => [o.name, ...o.titles])).toEqual(want.o);
      if (want.d) expect(r.documents.map((d) => `${d.text}|${d.kind}|${d.number ?? ''}|${d.issuer ?? ''}`)).toEqual(want.d);
      if (want.dt) expect(r.dates.map((d) => `${d.text}=${d.iso}`)).toEqual(want.dt);
      if (want.p) expect(r.periods.map((p) => p.text)).toEqual(want.p);
    });
  }
});
