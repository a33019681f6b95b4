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
  // An abbreviated rank with its dot right before the name is a title of its own, after the chain before it.
  [
    'Minister of National Defence Gen. Phan Van Hoa and Sr. Lt. Gen. Le Van Tien attended, with Most Ven. Thich Minh Hai, Head of the Cultural Committee.',
    {
      o: [
        ['Phan Van Hoa', 'Minister of National Defence', 'Gen'],
        ['Le Van Tien', 'Sr. Lt. Gen'],
        ['Thich Minh Hai', 'Most Ven', 'Head of the Cultural Committee'],
      ],
    },
  ],
  // A plural title before "A and B" is theirs alone: a name with a title of its own after them starts anew; "former" stays.
  [
    'Present were former Presidents Le Van Tam and Tran Van Nam, Prime Minister Pham Van Son and former NA Chairmen Do Van Hai and Vu Van Kien.',
    {
      o: [
        ['Le Van Tam', 'former Presidents'],
        ['Tran Van Nam', 'former Presidents'],
        ['Pham Van Son', 'Prime Minister'],
        ['Do Van Hai', 'former NA Chairmen'],
        ['Vu Van Kien', 'former NA Chairmen'],
      ],
    },
  ],
  // Names neither the vocabulary nor compromise knows, after "Mr" written without its dot.
  [
    'The delegation included Mr Rajan Mehra Kapoor - Ambassador of India to Viet Nam, and Mr Aung Min Htut - Myanmar’s Ambassador to Viet Nam.',
    { o: [['Rajan Mehra Kapoor', 'Ambassador of India to Viet Nam'], ['Aung Min Htut', 'Myanmar’s Ambassador to Viet Nam']] },
  ],
  // English prose full of Vietnamese names is English; a church's or holy place's Vietnamese name is no person.
  [
    'Hội Thánh Cao Đài Bạch Y (the Caodai White Robe Holy Assembly). Its Tòa Thánh Châu Long (the Châu Long Holy See) is located in Tân Hội village, Vĩnh Long province, and was recognised by Decision No 31/QĐ/TGCP dated 12 May 2009.',
    { o: [], d: ['Decision No 31/QĐ/TGCP|QĐ|31|TGCP'], dt: ['12 May 2009=2009-05-12'] },
  ],
  // A plural document word before a list of numbers: one document each, with the issuer named before them.
  // "No.24" with no space; the issuer after the reference's date ("…, dated March 12, 2003, issued by the 9th Party
  // Central Committee"); codes named by their subject before the word, with the year before or after.
  [
    'After the 15-year implementation of Resolution No.24, dated March 12, 2003, issued by the 9th Party Central Committee, the 2013 Land Law and the Press Law 2016 were reviewed.',
    { d: ['Resolution No.24|NQ|24|TW', '2013 Land Law|Luật||', 'Press Law 2016|Luật||'] },
  ],
  // A session's resolution of the National Assembly, named without a number: the issuer is that legislature.
  ['On December 11, the deputies passed the Resolution of the 8th Session, 15th National Assembly with a large majority.', { d: ['Resolution of the 8th Session, 15th National Assembly|NQ||QH15'] }],
  ['The ministry rolled out the Politburo’s Conclusions 61 and 62, and Plans 14 and 15 of the province.', { d: ['Conclusions 61|KL|61|TW', '62|KL|62|TW', 'Plans 14|KH|14|', '15|KH|15|'] }],
  // A signature block: the title's own line, then the name in capitals on the next.
  ['Article 2.- This Decree takes effect 15 days after its signing.\nOn behalf of the Government\nDeputy Prime Minister\n\nLE VAN THANH', { o: [['LE VAN THANH', 'Deputy Prime Minister']] }],
  // A regulation named before its word, and the resolution a Congress adopted.
  [
    'The province carried out the Grassroots Democracy Regulation of the political system, and popularised the Resolution adopted at the 14th National Party Congress.',
    { d: ['Grassroots Democracy Regulation of the political system|QĐi||', 'Resolution adopted at the 14th National Party Congress|NQ||TW'] },
  ],
  // A dateline written with spaces round its dashes dates the bare days after it (not an old year quoted later).
  ['Published on 14 - 08 - 2021\nOn August 12, the inspection team reviewed Decision No. 290 dated February 25, 2010.', { dt: ['14 - 08 - 2021=2021-08-14', 'August 12=2021-08-12', 'February 25, 2010=2010-02-25'] }],
  // A body's noun in lower case after its capitalised name closes the title ("… Organizing board", "… headquarter").
  [
    'Mr. Dinh Van Khoa, Head of the Festival Organizing board, and Colonel Vang A Lu, Commander of the Provincial Military headquarter, chaired the meeting.',
    { o: [['Dinh Van Khoa', 'Head of the Festival Organizing board'], ['Vang A Lu', 'Colonel', 'Commander of the Provincial Military headquarter']] },
  ],
  // Lower-case words naming a body after "the", and what it is for, up to the comma.
  [
    'The Secretariat named Ha Thi Lien, deputy head of the standing board for overseas information work, as deputy head of the Commission for Mass Mobilisation.',
    { o: [['Ha Thi Lien', 'deputy head of the standing board for overseas information work', 'deputy head of the Commission for Mass Mobilisation']] },
  ],
  // Past a semicolon, a title that closes the sentence is still the person's; a new name after one is a new person.
  [
    "Mr. Lo Van Hung, Vice Chairman of the Provincial People's Committee; Member of the Festival Organizing board. Mr. Lu Van Sang, Chairman of the Front; Mr. Tao Van Pom, Secretary.",
    {
      o: [
        ['Lo Van Hung', "Vice Chairman of the Provincial People's Committee", 'Member of the Festival Organizing board'],
        ['Lu Van Sang', 'Chairman of the Front'],
        ['Tao Van Pom', 'Secretary'],
      ],
    },
  ],
  // "The" as the last word of a three-word name (Thế), before punctuation.
  ['Tran Van The, former Chairman of the Provincial People’s Committee, was disciplined.', { o: [['Tran Van The', 'former Chairman of the Provincial People’s Committee']] }],
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
  // A title with an ordinal tenure and a place before the name; an office by "re-elected as", closing on "in the city".
  [
    'Chairman of the 9th-tenure Vietnam Fatherland Front Committee in Da Nang Le Van Binh was re-elected as Chairman of the 10th-tenure Vietnam Fatherland Front Committee in the city.',
    { o: [['Le Van Binh', 'Chairman of the 9th-tenure Vietnam Fatherland Front Committee in Da Nang', 'Chairman of the 10th-tenure Vietnam Fatherland Front Committee in the city']] },
  ],
  // A plural title before "including" and a list; a plural office given by a predicate after the list goes to every name of it.
  [
    'Vice Chairpersons of the 9th-tenure Vietnam Fatherland Front Committee in Da Nang including Tran Van Cuong, Ho Thi Mai, and Pham Van Dung have been appointed as Vice Chairpersons for the 10th tenure.',
    {
      o: ['Tran Van Cuong', 'Ho Thi Mai', 'Pham Van Dung'].map((n) => [
        n,
        'Vice Chairpersons of the 9th-tenure Vietnam Fatherland Front Committee in Da Nang',
        'Vice Chairpersons for the 10th tenure',
      ]),
    },
  ],
  // A plural title before "consist of" and a list at semicolons, each member with titles of their own; honorary titles; "Professor" dropped.
  [
    'The seven Vice Chairpersons of the Front Committee in the city consist of Head of the city Party Committee’s Commission for Mass Mobilization Nguyen Van Hung; People’s Teacher, Labor Hero and former Principal of Le Loi High School, Professor Tran Thi Lan; and Most Venerable Thich Minh Tam, Head of the Buddhist Sangha Executive Board in Da Nang.',
    {
      o: [
        ['Nguyen Van Hung', 'Vice Chairpersons of the Front Committee in the city', 'Head of the city Party Committee’s Commission for Mass Mobilization'],
        ['Tran Thi Lan', 'Vice Chairpersons of the Front Committee in the city', 'People’s Teacher', 'Labor Hero', 'former Principal of Le Loi High School'],
        ['Thich Minh Tam', 'Vice Chairpersons of the Front Committee in the city', 'Most Venerable', 'Head of the Buddhist Sangha Executive Board in Da Nang'],
      ],
    },
  ],
  // Commas inside a body's name ("Committee for Culture, Education and Society"); "and former director" is a new title.
  [
    'Vo Van Son, former Chairman of the People’s Council’s Committee for Culture, Education and Society and former director of the Da Nang University of Technology, spoke at the session.',
    { o: [['Vo Van Son', 'former Chairman of the People’s Council’s Committee for Culture, Education and Society', 'former director of the Da Nang University of Technology']] },
  ],
  // Later mentions by given name, with a title before them or an office by a predicate after them.
  [
    'Politburo member Tran Van Quy, head of the Commission for Mass Mobilisation, is now assigned to be head of the Organisation Commission. Party General Secretary Le Van Hoa praised Quy. Later, General Secretary Hoa assigned Quy as a member of the Presidium. Hoa was recently elected President of the State.',
    {
      o: [
        ['Tran Van Quy', 'Politburo member', 'head of the Commission for Mass Mobilisation', 'head of the Organisation Commission', 'member of the Presidium'],
        ['Le Van Hoa', 'Party General Secretary', 'General Secretary', 'President of the State'],
      ],
    },
  ],
  // A lower-case plural title before "are" / "include" and a list; offices after "party chief of", "held the post of", "will be";
  // a hyphen before a lower-case head; the province a body is in, after a comma; "the late President" ("late" is no part of the post, as "cố" is not); "alternate member".
  [
    "The two vice secretaries are Mr. Le Van Dinh and Mr. Le Tri Thuc. Deputy chiefs of Office include Tran Hop Dang, Vu Quang Chanh, and Nguyen Van Hoan. Mr. Duong Duc Thuan, party chief of Hoan Kiem district's Party Committee, spoke. Mr. Le Minh Dac will be Chief of Office of the Hanoi National Assembly Delegation. Mme. Truong Thi Kha – VWU Vice-president reported. Ms. Giang Thi Dan, Secretary of the District Party Committee, Chairwoman of Bat Xat District People's Council, Lao Cai province, attended. They followed the teachings of the late President Ho Chi Minh. Nguyen Phi Lam, alternate member of the Party Central Committee, spoke.",
    {
      o: [
        ['Le Van Dinh', 'vice secretaries'],
        ['Le Tri Thuc', 'vice secretaries'],
        ['Tran Hop Dang', 'Deputy chiefs of Office'],
        ['Vu Quang Chanh', 'Deputy chiefs of Office'],
        ['Nguyen Van Hoan', 'Deputy chiefs of Office'],
        ['Duong Duc Thuan', "party chief of Hoan Kiem district's Party Committee"],
        ['Le Minh Dac', 'Chief of Office of the Hanoi National Assembly Delegation'],
        ['Truong Thi Kha', 'VWU Vice-president'],
        ['Giang Thi Dan', 'Secretary of the District Party Committee', "Chairwoman of Bat Xat District People's Council, Lao Cai province"],
        ['Ho Chi Minh', 'President'],
        ['Nguyen Phi Lam', 'alternate member of the Party Central Committee'],
      ],
    },
  ],
  // "The" as the middle name Thế; "was elected to be"; the district's council; a medal is no person; a weak head before "member" starts a title;
  // a hyphenated modifier before a plural group title.
  [
    "Comrade Pham The Duong, Member of the Central Executive Committee, was elected as Vice-Chairman cum General Secretary. Mrs. Dinh Thi Hong Mai – Secretary of the Minh Long district Party Committee, Chairwoman of the district's People's Council was elected to be VFFC Chairwoman of Quang Ngai province in the new term. The President awarded the First Independence Medal (First) to the committee. Politburo member and permanent member of the Secretariat, Dinh The Hoang spoke. Seven non-specialized Vice Chairpersons of the Front Committee in the city consist of Head of the Commission Nguyen Manh Cuong; Most Venerable Thich Le Trang, Head of the VBS.",
    {
      o: [
        ['Pham The Duong', 'Member of the Central Executive Committee', 'Vice-Chairman cum General Secretary'],
        ['Dinh Thi Hong Mai', 'Secretary of the Minh Long district Party Committee', "Chairwoman of the district's People's Council", 'VFFC Chairwoman of Quang Ngai province'],
        ['Dinh The Hoang', 'Politburo member', 'permanent member of the Secretariat'],
        ['Nguyen Manh Cuong', 'non-specialized Vice Chairpersons of the Front Committee in the city', 'Head of the Commission'],
        ['Thich Le Trang', 'non-specialized Vice Chairpersons of the Front Committee in the city', 'Most Venerable', 'Head of the VBS'],
      ],
    },
  ],
  // "He used to be …", "he was elected (to the position of) …": the offices of the person just named; "he said" gives none.
  [
    'Mr. Phan Viet Cuong, born in 1963, holds a master degree. He used to be Deputy Chief Inspector of Quang Nam Province, Provincial Chief Inspector. In October 2015, he was elected to the position of Standing Deputy Secretary of the Provincial Party Committee for the 2015-2020 term. He said the work went well.',
    { o: [['Phan Viet Cuong', 'Deputy Chief Inspector of Quang Nam Province', 'Provincial Chief Inspector', 'Standing Deputy Secretary of the Provincial Party Committee']] },
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
  // Congress and plenum resolutions named with "of the"; a regulation named in capitals; a Party symbol written with slashes;
  // a law's name stops before its date and at a line's end, and its yearless mention is the same law.
  [
    "Law on the Implementation of Grassroots Democracy\nThe 2022 Law on the Implementation of Grassroots Democracy, the Resolution of the 12th National Party Congress, the Resolution of the 11th Party Central Committee's fourth plenum, the Resolution of the XIII Congress of the Party, the Law on Organization of the Government of September 30, 1992, the Regulation on the Exercise of Democracy in Communes and Directive No. 30/CT/TW guide the work.",
    {
      d: [
        '2022 Law on the Implementation of Grassroots Democracy|Luật||',
        "Resolution of the 12th National Party Congress|NQ||TW",
        "Resolution of the 11th Party Central Committee's fourth plenum|NQ||TW",
        'Resolution of the XIII Congress of the Party|NQ||TW',
        'Law on Organization of the Government|Luật||',
        'Regulation on the Exercise of Democracy in Communes|QĐi||',
        'Directive No. 30/CT/TW|CT|30|TW',
      ],
    },
  ],
  // Dates with dashes, a range of days in one month, the words of an official translation.
  [
    'The meeting on 17-01-2020 recalled the conference held on November 16-18, 1983. Done at Hanoi, day 15 month 05 year 1998.',
    { dt: ['17-01-2020=2020-01-17', 'November 16=1983-11-16', '18, 1983=1983-11-18', 'day 15 month 05 year 1998=1998-05-15'] },
  ],
  // A comma after the month, and a later day taking that year.
  [
    'Ha Noi, March, 16 2018 - The ministry met on March 15.',
    { dt: ['March, 16 2018=2018-03-16', 'March 15=2018-03-15'] },
  ],
  // Dates: ordinal words, US order when the second number cannot be a month, a year from a half-year in the same text; an English bare year is not a date.
  [
    'In the first six months of 2023, the committee met on July 12; the congress opened on the twentieth of May, after a letter dated 04/17/2014 and work begun in 2016.',
    { dt: ['July 12=2023-07-12', 'twentieth of May=2023-05-20', '04/17/2014=2014-04-17'], p: ['first six months of 2023'] },
  ],
  // A sentence's subject given offices further on: past its appositions after a comma ("…, 52, from Nghe An, was head
  // of …"), "while serving as", "including as", "nor holds the posts of"; a term between two posts is passed over.
  [
    'Mr. Vu Quang Hai, party chief of Cau Giay district’s Party Committee, 52, from the central province of Nghe An, was head of the Hanoi Customs Department and director of the municipal Department of Industry.',
    { o: [['Vu Quang Hai', 'party chief of Cau Giay district’s Party Committee', 'head of the Hanoi Customs Department', 'director of the municipal Department of Industry']] },
  ],
  [
    'Tran Van Long could face a warning for failures while serving as a Politburo member, Party delegation secretary, and National Assembly (NA) chairman.',
    { o: [['Tran Van Long', 'Politburo member', 'Party delegation secretary', 'National Assembly (NA) chairman']] },
  ],
  [
    'Le Van Minh, former President of the Fatherland Front, has been proposed for discipline over his earlier roles, including as Ha Tinh Province Party Secretary and head of the Party’s Central Organisation Commission.',
    { o: [['Le Van Minh', 'former President of the Fatherland Front', 'Ha Tinh Province Party Secretary', 'head of the Party’s Central Organisation Commission']] },
  ],
  [
    'Hoang Van Duc, a member of the Party Central Committee, no longer sits on the city’s standing board, nor holds the posts of deputy secretary of the committee for the 2020-2025 tenure and chairman of the municipal government for the 2021-2026 term.',
    { o: [['Hoang Van Duc', 'member of the Party Central Committee', 'deputy secretary of the committee', 'chairman of the municipal government']] },
  ],
  // "he became the X before serving as Y": both posts; a district with its number is part of the post.
  [
    'Pham Quoc Hung is a native of Tra Vinh. In 2009, he became the District 7 Party chief before serving as secretary of the Tra Vinh Province Party Committee.',
    { o: [['Pham Quoc Hung', 'District 7 Party chief', 'secretary of the Tra Vinh Province Party Committee']] },
  ],
  // The subject's copula needs the comma that closes its appositions: "A said the province was head of …" gives A nothing.
  ['Le Thi Hoa said the province was head of the region in rice output.', { o: [['Le Thi Hoa']] }],
  // A relative clause on the person just named; "working as".
  [
    'The delegation was received by Nguyen Thi Lan, who is also Deputy Head of the provincial Party Committee’s Mass Mobilisation Commission, and by Vo Thi Thanh, who has been working as Vice President of the provincial Women’s Union since 2021.',
    { o: [['Nguyen Thi Lan', 'Deputy Head of the provincial Party Committee’s Mass Mobilisation Commission'], ['Vo Thi Thanh', 'Vice President of the provincial Women’s Union']] },
  ],
  // A bracketed abbreviation inside a title before the name; "re-elected for a third term as".
  [
    'Former National Assembly (NA) Chairman Do Van Khoa attended. Tran Minh Duc was re-elected for a second term as Chairman of the provincial Farmers’ Association.',
    { o: [['Do Van Khoa', 'Former National Assembly (NA) Chairman'], ['Tran Minh Duc', 'Chairman of the provincial Farmers’ Association']] },
  ],
  // A post approved "for Mr./Ms. A": the post named after "the position of" / "the election of", up to "for" and its term.
  [
    'The Prime Minister approved the results of the additional election of Vice Chairman of Ha Giang People\'s Committee for the 2021-2026 term for Mr. Sung Van Pao, and the dismissal of the position of Vice Chairwoman of Ha Giang People\'s Committee for Ms. Lo Thi Mai, to retire.',
    { o: [['Sung Van Pao', "Vice Chairman of Ha Giang People's Committee"], ['Lo Thi Mai', "Vice Chairwoman of Ha Giang People's Committee"]] },
  ],
  // "new" and "standing" stay on a title before the name; "representative of" is a post, "and representatives of …" are others.
  [
    'The decision went to the new Chairperson of the Party Central Committee’s Economic Commission Tran Thi Hanh and to standing member of the Secretariat Do Quang Vinh.',
    { o: [['Tran Thi Hanh', 'new Chairperson of the Party Central Committee’s Economic Commission'], ['Do Quang Vinh', 'standing member of the Secretariat']] },
  ],
  [
    '“We are ready,” said Venerable Thich Minh Tue, representative of Huong Tich Pagoda and member of the National Vesak 2025 Committee, beside Le Van Tri, Chairman of the district People’s Committee, and representatives of local departments.',
    {
      o: [
        ['Thich Minh Tue', 'Venerable', 'representative of Huong Tich Pagoda', 'member of the National Vesak 2025 Committee'],
        ['Le Van Tri', 'Chairman of the district People’s Committee'],
      ],
    },
  ],
  // The address of a pagoda stays in the post: "in Ward 8, Soc Trang City", ", Lieu Tu Commune, Tran De District".
  [
    'Honoured were Venerable Thach Sa Ron, Head of Khleang Pagoda in Ward 6, Soc Trang City, and Venerable Lam Chanh, Head of Bung Pagoda, Lieu Tu Commune, Tran De District.',
    {
      o: [
        ['Thach Sa Ron', 'Venerable', 'Head of Khleang Pagoda in Ward 6, Soc Trang City'],
        ['Lam Chanh', 'Venerable', 'Head of Bung Pagoda, Lieu Tu Commune, Tran De District'],
      ],
    },
  ],
  // Plenum and Congress resolutions named in other orders; a bare number's issuer from "of the 12th Party Central Committee"
  // or "the Central Committee's"; the Congress's resolution named twice is one document; "Regulation No." is no name.
  [
    'Cadres studied the fourth plenum resolution of the 12th Party Central Committee, the Resolution of the 8th plenum of the 13th Party Central Committee, Resolution No. 4 of the 11th Party Central Committee, the Central Committee’s Resolution 7, the Politburo’s Regulation No. 132-QD/TW and the Resolution of the 13th National Party Congress, then set targets for the 13th National Party Congress’s Resolution.',
    {
      o: [],
      d: [
        'fourth plenum resolution of the 12th Party Central Committee|NQ||TW',
        'Resolution of the 8th plenum of the 13th Party Central Committee|NQ||TW',
        'Resolution No. 4|NQ|4|TW',
        'Resolution 7|NQ|7|TW',
        'Regulation No. 132-QD/TW|QĐ|132|TW',
        'Resolution of the 13th National Party Congress|NQ||TW',
      ],
    },
  ],
  // Two days of one month joined by "and" (the other day bare), "Month of YYYY", both dated from the page's header.
  [
    '12/28/2019\nThe forum met in Da Lat on October 8 and 9, and the fair ran on 14 and 15 November. Its first council was set up in April of 1962.',
    { dt: ['12/28/2019=2019-12-28', 'October 8=2019-10-08', '9=2019-10-09', '14=2019-11-14', '15 November=2019-11-15', 'April of 1962=1962-04'] },
  ],
  // An event named with its year ("the 2024 awards ceremony", "Vesak 2019") dates the bare days told about it.
  ['Minister Le Van Hoa spoke at the 2024 awards ceremony held in Hue on November 30.', { dt: ['November 30=2024-11-30'] }],
  ['Monks gathered at Tu Hieu Pagoda on May 15 to celebrate Vesak 2019.', { dt: ['May 15=2019-05-15'] }],
  // A saint's name before a Vietnamese name is part of it; a pope is named without "Pope", which is his title.
  [
    'The Bishop of Da Lat, Peter Tran Van Hoa, which the faithful welcomed, met Pope Benedict XVI in Rome.',
    { o: [['Peter Tran Van Hoa', 'Bishop of Da Lat'], ['Benedict XVI', 'Pope']] },
  ],
  // Places named like people: a victory, a route between two places; a headline's verb and particle are no name.
  [
    'Priests Hold Back on the New Rules\nVeterans marked the anniversary of Vu Ban victory and drove the Ha Long - Mong Cai expressway with Le Van Hai.',
    { o: [['Le Van Hai']] },
  ],
  // A project (Đề án) cited by its number, in either word; a quantity after "scheme" is none.
  ['The province carried out the scheme 12 of Ha Nam province and Project 06 on population data, a scheme 2 km long.', { d: ['scheme 12|ĐA|12|', 'Project 06|ĐA|06|'] }],
  // A body in lower case, what it is for, and the body it belongs to; a group "from" a place in a representative's post.
  // ("Father" before a priest's name is the form of address, dropped like Vietnamese "Cha".)
  [
    'Venerable Thich Minh Duc, Deputy Head of the board for cultural affairs of the Vietnam Buddhist Sangha Central Committee, and Father Le Van An, a representative of Catholic parishioners from the Central Highlands, spoke.',
    {
      o: [
        ['Thich Minh Duc', 'Venerable', 'Deputy Head of the board for cultural affairs of the Vietnam Buddhist Sangha Central Committee'],
        ['Le Van An', 'representative of Catholic parishioners from the Central Highlands'],
      ],
    },
  ],
  // Lower-case posts: what a post is for, modifiers before its head in an apposition, "former president" before a name.
  [
    'Cardinal Nguyen Van Tuan, secretary for relations with churches and inter-religious bodies, was received by Archbishop Tran Van Minh, resident apostolic delegate to Laos, and later met the family of former president Le Van Hung.',
    {
      o: [
        ['Nguyen Van Tuan', 'Cardinal', 'secretary for relations with churches and inter-religious bodies'],
        ['Tran Van Minh', 'Archbishop', 'resident apostolic delegate to Laos'],
        ['Le Van Hung', 'former president'],
      ],
    },
  ],
  // A Vietnamese name whose family name the vocabulary lacks, known by its middle name; a name joined by "and" to
  // one compromise found.
  [
    'Pu Duc Lanh, a Pa Then pupil from Ha Giang, read a poem.\nThe school thanked Karen Lowe and Felicity Marsh at the embassy.',
    { o: [['Pu Duc Lanh'], ['Karen Lowe'], ['Felicity Marsh']] },
  ],
  // Issuers of bare Party references: a central body "issued" them (a list shares it), "of local Party Committee".
  [
    'The Politburo issued Resolution 57 and Conclusion 14, and the Central Party Committee of Public Security has issued Plans 21 and 22. Plan No. 9 of local Party Committee followed.',
    { d: ['Resolution 57|NQ|57|TW', 'Conclusion 14|KL|14|TW', 'Plans 21|KH|21|TW', '22|KH|22|TW', 'Plan No. 9|KH|9|TU'] },
  ],
  // What a sub-committee is for, a list closed by "and"; a pagoda's address after ", in".
  [
    'Most Ven. Thich Hue Minh, Head of the Sangha’s Education Committee cum Sub-committee for training, research and publishing; Venerable Lam Sa Ron, Head of Prey Chop Pagoda, in Hamlet II, Long Duc Commune, Tra Cu District, attended.',
    {
      o: [
        ['Thich Hue Minh', 'Most Ven', 'Head of the Sangha’s Education Committee cum Sub-committee for training, research and publishing'],
        ['Lam Sa Ron', 'Venerable', 'Head of Prey Chop Pagoda, in Hamlet II, Long Duc Commune, Tra Cu District'],
      ],
    },
  ],
  // Places named like people: two places before one plural place noun, one in brackets after a commune; the
  // Renewal ("Doi Moi") is no person; a one-word country after "of" ends the title before a foreign name.
  [
    'Officials of Lang Chanh and Ba Thuoc districts visited Tam Chung Commune (Muong Lat) after 35 years of Doi Moi. Party General Secretary and President of Laos Thongloun Sisoulith sent greetings.',
    { o: [['Thongloun Sisoulith', 'Party General Secretary', 'President of Laos']] },
  ],
  // A caption's "where in the picture" in brackets is not part of the post; a body's abbreviation is.
  [
    'Le Thi Hoa, Vice Chairwoman of the Provincial Women’s Union (2nd from left), and Tran Van Son, Head of the Provincial Party Committee’s Mass Mobilisation Commission (MMC), pose for a photo.',
    { o: [['Le Thi Hoa', 'Vice Chairwoman of the Provincial Women’s Union'], ['Tran Van Son', 'Head of the Provincial Party Committee’s Mass Mobilisation Commission (MMC)']] },
  ],
  // A movement's quoted name ends the title, its closing quote kept.
  [
    'Senior Colonel Ha Van Long, Head of the Provincial Steering Committee on the Movement of “All people join hands for clean streets”, and Tran Thi Nga, Secretary of the Party Cell, attended.',
    {
      o: [
        ['Ha Van Long', 'Senior Colonel', 'Head of the Provincial Steering Committee on the Movement of “All people join hands for clean streets”'],
        ['Tran Thi Nga', 'Secretary of the Party Cell'],
      ],
    },
  ],
  // Church posts: "apostolic administrator of …", "apostolic nuncio to …", "Emeritus Bishop"; a chapel's place is no
  // person, nor are "Roman Catholics"; a cable's header date, year first.
  [
    '2011 March 14, 08:10 (Monday)\nBishop Peter Tran Van Vinh, apostolic administrator of Lang Son Diocese, and Emeritus Bishop Joseph Le Van Do of Thai Binh met Roman Catholics who attend Mass in Lang Lao chapel.',
    {
      o: [
        ['Peter Tran Van Vinh', 'Bishop', 'apostolic administrator of Lang Son Diocese'],
        ['Joseph Le Van Do', 'Emeritus Bishop'],
      ],
      dt: ['2011 March 14=2011-03-14'],
    },
  ],
  ['Delegates elected the committee for the 2024–2029 term and reviewed the term 2019-2024.', { p: ['2024–2029 term', 'term 2019-2024'], o: [] }],
  // A plural title's list closes at the name after "and"; a lower-case body after "Head of the"; a lower-case modifier
  // before a capitalised head after a dash.
  [
    'Attending the ceremony were Politburo members Tran Van Hoang, Chairman of the National Assembly; Le Thi Kim, Head of the PCC Organisation Commission; and Pham Van Duc, Minister of Public Security; Do Quang Vinh – former Deputy Prime Minister; Ngo Minh Son - Secretary of the Party Central Committee, Head of the supreme people’s court; Ha Van Tien, Head of the supreme people’s procuracy. Among the guests were Dinh Van Loc – provincial Secretary, Chairman of People’s Council.',
    {
      o: [
        ['Tran Van Hoang', 'Politburo members', 'Chairman of the National Assembly'],
        ['Le Thi Kim', 'Politburo members', 'Head of the PCC Organisation Commission'],
        ['Pham Van Duc', 'Politburo members', 'Minister of Public Security'],
        ['Do Quang Vinh', 'former Deputy Prime Minister'],
        ['Ngo Minh Son', 'Secretary of the Party Central Committee', 'Head of the supreme people’s court'],
        ['Ha Van Tien', 'Head of the supreme people’s procuracy'],
        ['Dinh Van Loc', 'provincial Secretary', 'Chairman of People’s Council'],
      ],
    },
  ],
  // A title before the name in lower case, then capitalised; a later mention by saint's and family name alone.
  [
    'Parishioners protested the removal of archbishop Joseph Tran Van Kiet of Hue. State media had depicted Archbishop Joseph Tran as an obstacle.',
    { o: [['Joseph Tran Van Kiet', 'archbishop', 'Archbishop']] },
  ],
  // A monk's rank before an office is a title of its own, and a monk's name after an office ends it; a body's
  // abbreviation in brackets with a possessive; a weekday in Vietnamese on a dateline is no person.
  [
    'Chủ Nhật, 25/12/2016, 06:32\nAttending were Most Venerable Deputy Patriarch of the VBS’s Council Thích Thanh Tâm, Most Venerable President of the VBS’s Executive Council Thích Minh Đạo, and Director of the Government Committee for Religious Affairs (GCRA)’s Department of Buddhist Affairs Lê Hữu Phước.',
    {
      o: [
        ['Thích Thanh Tâm', 'Most Venerable', 'Deputy Patriarch of the VBS’s Council'],
        ['Thích Minh Đạo', 'Most Venerable', 'President of the VBS’s Executive Council'],
        ['Lê Hữu Phước', 'Director of the Government Committee for Religious Affairs (GCRA)’s Department of Buddhist Affairs'],
      ],
    },
  ],
  // Church ranks before names the vocabulary lacks ("Msgr.", "Monsignor"); "Father" dropped; a plural possessive before a
  // body in lower case; "the bishop of … diocese" before a name; a day range with "to".
  [
    'The delegation, led by Msgr. Tomasz Grysa, arrived on April 20. It was co-chaired by Ms. Le Thi Lan, Deputy Minister of Foreign Affairs, and Monsignor Pawel Nowak, Head of the Holy See delegation. Father Joseph Dao Van Vu, head of the office of the Catholic bishops’ conference of Vietnam, met the bishop of My Tho diocese Nguyen Van Kim. The talks ran from 27 to 28 April.',
    {
      o: [
        ['Tomasz Grysa', 'Msgr'],
        ['Le Thi Lan', 'Deputy Minister of Foreign Affairs'],
        ['Pawel Nowak', 'Monsignor', 'Head of the Holy See delegation'],
        ['Joseph Dao Van Vu', 'head of the office of the Catholic bishops’ conference of Vietnam'],
        ['Nguyen Van Kim', 'bishop of My Tho diocese'],
      ],
      dt: ['April 20=--04-20', '27=--04-27', '28 April=--04-28'],
    },
  ],  // A list's names after a long body ("… Ho Chi Minh City Party Committee Nguyen Van A": more than eight capitalised
  // words in a row); "Chief of …" after a comma; a patriarch; an office then a military rank before the name, two
  // titles; in a list written title first, a chain after a comma that closes on the next name is that name's.
  [
    'Attending the conference were member of the Politburo and Secretary of the Ho Chi Minh City Party Committee Tran Van Minh; member of the Party Central Committee and Standing Deputy Secretary of the Ho Chi Minh City Party Committee Le Thi Hoa. Also present were Mr. Hoang Minh Son, Chief of the Committee Office, and Head of the provincial Committee on Ethnic Minority Affairs Ksor Thi Nguyet, PCC Member, Chief of the General Staff and Deputy Defense Minister Senior Lieutenant General Ngo Van Hai. Addressing the ceremony, Patriarch Thich Minh Duc thanked the delegates.',
    {
      o: [
        ['Tran Van Minh', 'member of the Politburo', 'Secretary of the Ho Chi Minh City Party Committee'],
        ['Le Thi Hoa', 'member of the Party Central Committee', 'Standing Deputy Secretary of the Ho Chi Minh City Party Committee'],
        ['Hoang Minh Son', 'Chief of the Committee Office'],
        ['Ksor Thi Nguyet', 'Head of the provincial Committee on Ethnic Minority Affairs'],
        ['Ngo Van Hai', 'PCC Member', 'Chief of the General Staff', 'Deputy Defense Minister', 'Senior Lieutenant General'],
        ['Thich Minh Duc', 'Patriarch'],
      ],
    },
  ],
  // A saint's name in French spelling before a Vietnamese name; the Party committee of the Front and the mass
  // organisations, one body with a comma; a comma before the closing "and" of a body's name; a deacon and a
  // spokesman in lower case; "from October 16 to 18", two dates; "Secretary General" stays one office.
  [
    'The acceptance of Bishop Andre Nguyen Van Khoa as bishop of Vinh Long was welcomed. Comrade Vu Thi Hanh - Secretary of the Party Committee of the Fatherland Front, Central mass organizations, Chairwoman of the Central Committee of the Vietnam Fatherland Front, attended. The Politburo appointed Truong Van Hoa as Chairman of the Party Central Committee’s Commission for Information, Education, and Mass Mobilisation. "We will stay," said Dao Van Kien, a deacon at St Joseph\'s Cathedral, while government spokesman Le Van Dung said the state owns all land. National Assembly Secretary General Bui Van Khanh said the congress will take place from October 16 to 18 in Hanoi.',
    {
      o: [
        ['Andre Nguyen Van Khoa', 'Bishop', 'bishop of Vinh Long'],
        ['Vu Thi Hanh', 'Secretary of the Party Committee of the Fatherland Front, Central mass organizations', 'Chairwoman of the Central Committee of the Vietnam Fatherland Front'],
        ['Truong Van Hoa', 'Chairman of the Party Central Committee’s Commission for Information, Education, and Mass Mobilisation'],
        ['Dao Van Kien', "deacon at St Joseph's Cathedral"],
        ['Le Van Dung', 'spokesman'],
        ['Bui Van Khanh', 'National Assembly Secretary General'],
      ],
      dt: ['October 16=--10-16', '18=--10-18'],
    },
  ],  // A compound title joined by an unspaced hyphen is one; an auditor general; a pope's regnal name after "and" is a
  // person of his own; a month abbreviated after a capitalised place ("On Dec 31") and a see after "dioceses of" are
  // no persons; "the late Bishop" drops "late".
  [
    'Party Central Committee member Do Van Loc, Minister-Chairman of the Committee for Ethnic Minority Affairs, met State Auditor General of the State Audit Office Ngo Van Tam. The meeting between Prime Minister Nguyen Tan Phat and Pope Benedict XVI was important. The late Bishop Joseph Dinh Khoa ordained his successor at the Bishop’s House in Thai Binh City On Dec 31. The dioceses of Ban Me Thuot and Phat Diem are vacant.',
    {
      o: [
        ['Do Van Loc', 'Party Central Committee member', 'Minister-Chairman of the Committee for Ethnic Minority Affairs'],
        ['Ngo Van Tam', 'State Auditor General of the State Audit Office'],
        ['Nguyen Tan Phat', 'Prime Minister'],
        ['Benedict XVI', 'Pope'],
        ['Joseph Dinh Khoa', 'Bishop'],
      ],
    },
  ],
  // "chairs" after a title is the verb, not a plural head.
  [
    'Lo Van Thang, head of the Steering Committee for the provincial Congress of Ethnic Minorities chairs the meeting.',
    { o: [['Lo Van Thang', 'head of the Steering Committee for the provincial Congress of Ethnic Minorities']] },
  ],
  // "the Political Bureau" after a name is the Politburo, a body, not a title; "Political Commissar" still heads one.
  [
    'Also attending were Senior Colonel Tran Van Hung, Political Commissar of the Military Region 7 Command. Thuong thanked Party General Secretary Nguyen Van Tien, and the Political Bureau for their trust.',
    {
      o: [
        ['Tran Van Hung', 'Senior Colonel', 'Political Commissar of the Military Region 7 Command'],
        ['Nguyen Van Tien', 'Party General Secretary'],
      ],
    },
  ],  // A title closing on "of the city" before a comma and the name; an undersecretary after the name.
  [
    'In addition, Chairman of the Vietnam Fatherland Front Committee of the city, Nguyen Thanh Tam, handed over gifts. Monsignor Pietro Lanza, undersecretary of the Vatican Secretariat of State, visited Hanoi.',
    {
      o: [
        ['Nguyen Thanh Tam', 'Chairman of the Vietnam Fatherland Front Committee of the city'],
        ['Pietro Lanza', 'Monsignor', 'undersecretary of the Vatican Secretariat of State'],
      ],
    },
  ],
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
