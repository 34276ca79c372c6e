// Naming conventions of other house styles (the seventh fresh probe): Korean surname-first names, Spanish
// double surnames, Russian patronymics, Icelandic given names, organisations whose names hold "and", "for",
// a plural owner or a list; a body's name written against its head's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../questions/index';
import { itFindsSpeakers, speakersOf, type SpeakerCase } from './helpers';

describe('names of other conventions', () => {
  const cases: SpeakerCase[] = [
    ['"Kim said" after one Kim is introduced is that Kim (a surname before a hyphenated given name)',
      'Kim Dong-won, director general at the ministry, said applications would open in January.\n\n"Applications will be processed within five business days," Kim said.',
      ['Kim Dong-won']],
    ['"Park Eun-jung" is a person: a surname that is also a place word, before a hyphenated given name',
      'In a separate statement, Park Eun-jung, vice chairperson of the Presidential Committee on Ageing Society and Population Policy, said: "The direction is right, and we will keep going."',
      ['Park Eun-jung']],
    ['"X of the main opposition Democratic Party called …": the party is no subject',
      'The opposition was less impressed. Rep. Han Tae-sik of the main opposition Democratic Party called the plan "too little, too late."',
      ['Han Tae-sik']],
    ['"Carrasco said" after "María José Carrasco Ibáñez": a first surname',
      'The councillor for urban planning, María José Carrasco Ibáñez, announced the measure on Wednesday.\n\n"The center of Madrid cannot become a theme park where nobody lives," Carrasco said.',
      ['María José Carrasco Ibáñez']],
    ['"Mamani said" of "Teófilo Mamani Huanca", just introduced, beside "Milagros Ccori Mamani", whose last word it is: a first surname too',
      'The drone was built by engineer Milagros Ccori Mamani, a member of the team since 2021.\n\nThe mayor of Ubinas, Teófilo Mamani Huanca, said evacuation routes were being reviewed.\n\n"We have lived with this volcano all our lives," Mamani said.',
      ['Teófilo Mamani Huanca']],
    ['"Quesada said …. “…,” she said" after "Marisol Quesada Brenes", called "Quesada", and her brother "Esteban Quesada Brenes", called "Esteban": the sister, not the last named (03-people surname)',
      'Marisol Quesada Brenes was waiting on the beach.\n\n"The beach is hers," said Quesada, who has led the patrols for 14 years.\n\nEsteban Quesada Brenes, Marisol\'s younger brother, joined the patrols in 2019. "Everybody knows who it is," Esteban said.\n\nChloe Bergeron, a student from Quebec, said she walked 11 kilometres on her first shift.\n\nQuesada said the association will hold a meeting in March.\n\n"What is not easy is the trust," she said.',
      ['Marisol Quesada Brenes', 'Esteban Quesada Brenes', 'Marisol Quesada Brenes']],
    ['"Mrs Ozanne said …. ‘…,’ she said" after "Margaret Ozanne" and her husband "Mr Ozanne": not the husband, whom "Mr" named apart (round 120)',
      'Margaret Ozanne, 71, said she could no longer walk.\n\nHer husband, Peter, 74, said they had looked at private surgery.\n\n‘We are not wealthy people,’ Mr Ozanne said.\n\nDr Helen Gallienne said patients were prioritised.\n\nMrs Ozanne said she had written to every deputy.\n\n‘One of them was very kind,’ she said.',
      ['Ozanne', 'Margaret Ozanne']],
    ['"Ms Cronin said" of the accused\'s wife, where the article calls the accused "Cronin": not the man whose given name says he is one; then "Cronin wrote that he was “…”" is him (03-people surname)',
      'Donal Cronin, aged 51, pleaded guilty to assault causing serious harm.\n\nIn interview, Cronin told gardaí that the jeep had "jumped forward".\n\nMaura Cronin, the accused\'s wife, gave evidence on behalf of her husband.\n\n"I\'m caught in the middle of it," Ms Cronin said.\n\nIn a letter, Cronin wrote that he was "ashamed to the bone" of what he had done.',
      ['Donal Cronin', 'Maura Cronin', 'Donal Cronin']],
    ['"U Kyaw Min said" after "U Kyaw Min Htut": a Burmese name has no given names; the shorter one is someone else (round 124)',
      'Banks to merge\n\n"This is not a rescue," SCB chair U Kyaw Min Htut told reporters.\n\nPRDB chief executive U Kyaw Min said the deal would help rural customers.\n\n"Our strength has always been in the villages," U Kyaw Min said.', ['U Kyaw Min Htut', 'U Kyaw Min']],
    ['"Jón Ágúst said" after "Jón Ágúst Pálsson": given names, as Icelandic papers call people',
      'Escaped salmon found in Westfjords rivers\n\nJón Ágúst Pálsson, a sheep farmer who owns fishing rights on the river, said he had caught two fish.\n\n"You can see it immediately from the fins; they are worn down," Jón Ágúst said.',
      ['Jón Ágúst Pálsson']],
    ['"Minister of Food, Agriculture and Fisheries": the last item of a portfolio is no one "she" could be',
      'Bergþóra Hauksdóttir, Minister of Food, Agriculture and Fisheries, said she had been briefed on Monday.\n\n"I have asked for a full account of what happened and why," she said.',
      ['Bergþóra Hauksdóttir']],
    ['"Dean Brady (31)": a title word that is a given name, with an age after the surname, is the given name (round 132)',
      'His co-accused, Martin Brady (44), who is not related to him, was jailed earlier.\n\nDean Brady (31), of Fairgreen Court, said: "I am sorry for what I did."',
      ['Dean Brady']],
    ['"the home of Patrick and Bridget Smith": a given name alone after "of", before "and" and a given name and surname, is the first of a couple, no place; "Mr Smith" is him (round 132)',
      'Dean Brady (31) pleaded guilty to burglary at the home of Patrick and Bridget Smith at Castlerahan.\n\nMr Smith chose to address the court. "I am not a man for speeches," he said.\n\n"It was a terrible night," Mrs Smith said.',
      ['Patrick Smith', 'Bridget Smith']],
    ['"Lawyer Kebba M. Jobe": a letter after a capitalised word that is no title is a middle initial, not the French "M." (round 135)',
      'Lawyer Kebba M. Jobe, who represented the hotel, spoke after the ruling.\n\n"We will take instructions," Lawyer Jobe said.', ['Kebba M. Jobe']],
    ['"at Abdi Warsame’s studio": a given name and a surname owning something after a preposition is a person, no place (round 134)',
      'Album\n\nThe album was recorded over nine days at Abdi Warsame’s studio in Portland.\n\n“People think it is a strange match,” Warsame said.', ['Abdi Warsame']],
    ['"the Anglican Diocese of Bathurst": a church\'s body goes on with "of" and its see (round 133)',
      'Boarding house to close\n\nIn a statement, the Anglican Diocese of Bathurst said it supported the board’s “careful and difficult deliberations”.', ['Anglican Diocese of Bathurst']],
    ['"the Health and Safety Authority": a word that only modifies a title ("Health Minister") may open a body\'s name joined by "and" (round 132)',
      'Inquest\n\nIn a statement after the inquest, the Health and Safety Authority said: "Our thoughts are with the Dooley family at this sad time."', ['Health and Safety Authority']],
    ['"Bury captain Will Tindall": a modal that is a given name, inside a sentence before a surname, is the given name (round 132)',
      'Cricket\n\nBury captain Will Tindall said the teenager had been “outstanding from ball one”.', ['Will Tindall']],
    ['"captain Usman ul-Haq … Frinton captain ul-Haq": the article "ul-" glued to the surname, as "al-" is (round 132)',
      'Cricket\n\nFrinton’s reply was built around captain Usman ul-Haq, who reached 67.\n\nFrinton captain ul-Haq was gracious in defeat.\n\n“Fair play to the kid. He bowled me with a good one,” he said.', ['Usman ul-Haq']],
    ['… nor is the last place of a seat of several ("MSP for Midlothian South, Tweeddale and Lauderdale")',
      'Christine Grahame, MSP for Midlothian South, Tweeddale and Lauderdale, said the decision was wrong.\n\n"This is a blow to the whole of the Borders," she said.',
      ['Christine Grahame']],
    ['"Chairman of the Zhitikara district farmers\' association Pavel Kravchenko called …. «…,» he said": the office ends on its body\'s kind, the name after is its holder',
      'Terminal\n\nDirector of Dalaport Logistics LLP Marat Abenov said the work was on time. «We are not competing with anyone,» Abenov said.\n\nChairman of the Zhitikara district farmers\' association Pavel Kravchenko called the project «long overdue», but noted that tariffs had not been announced.\n\n«If storage costs more than the farmer earns, the terminal will stand half empty,» he said.',
      ['Marat Abenov', 'Pavel Kravchenko', 'Pavel Kravchenko']],
    ['"Her father, the calligrapher Lin Chao-ming, …. “…,” she recalls": a relative set off before what he is, and "she" is his daughter',
      'Breathing on paper\n\nIn the back room, Lin Yu-wen is kneeling on the floor.\n\n“I always leave one work until the end,” Lin says.\n\nThe Taipei-born artist, who is 38, makes large works. Her father, the calligrapher Lin Chao-ming, was a well-known teacher in Tainan, and she grew up grinding ink for his classes.\n\n“He was very strict,” she recalls.',
      ['Lin Yu-wen', 'Lin Yu-wen']],
    ['a body\'s name against its head\'s: "… of the Northern Sea Route Directorate Vitaly Andreyevich Zorin told TASS"',
      'Cargo traffic will reach a record, Deputy Head of the Northern Sea Route Directorate Vitaly Andreyevich Zorin told TASS.\n\n"We expect volumes of about 41 million tonnes," Zorin said.',
      ['Vitaly Andreyevich Zorin']],
    ['"the fleet operator Arktikflot Sergei Nikolayevich Velikanov": an unknown word before a first name, patronymic and surname',
      'Head of the icebreaker fleet operator Arktikflot Sergei Nikolayevich Velikanov spoke at the forum.\n\n"We currently have four icebreakers working in the east," Velikanov said.',
      ['Sergei Nikolayevich Velikanov']],
    ['"the ice-class tanker Severnaya Zvezda" is a ship, never "he"',
      'Captain Pavel Belov, master of the ice-class tanker Severnaya Zvezda, told TASS that ice had been light. "This year the ice was thinner than I have seen," he said.',
      ['Pavel Belov']],
    ['"… “the U.S. as well as Mexico” and that the U.S. Chamber of Commerce thinks …": a second reported clause, and a relative clause\'s speaker no one the article names',
      'In Mexico City, Trump endured a lecture from the Mexican president, who said that NAFTA has been good for "the U.S. as well as Mexico" and that the U.S. Chamber of Commerce thinks that six million jobs depend on it.',
      [null]],
    ['"Purdy, who lost 16 lbs. “and two belt loops”, says": the subject\'s own relative clause keeps him the speaker',
      'Toronto retiree Doug Purdy, who lost 16 lbs. "and two belt loops" between May and October, says the program changed his life.',
      ['Doug Purdy']],
    ['Vietnamese names: "Le Quang Tuan" is a person (no article "Le"), and "he" is no "Nguyen Thi …" woman',
      'Nguyen Thi Hong Nhung, 44, cut down her orchard. "My husband said we were cowards," Nhung said.\n\nLe Quang Tuan, deputy director of the Ben Tre Department of Agriculture and Environment, said gates were closed. "We have learned from 2020," Tuan said.\n\nBut he admitted that small canals were outside the system. "In those areas, farmers must rely on their own ponds," he said.',
      ['Nguyen Thi Hong Nhung', 'Le Quang Tuan', 'Le Quang Tuan']],
    ['"One EU diplomat … said": a quantifier and a name before a role noun describe someone unnamed',
      'Behind closed doors, officials are less optimistic. One EU diplomat from a large member country said capitals were "not going to be rushed by a Parliament that wants a trophy".',
      [null]],
    ['an Arabic article joins the name: "Mohamed Abdelrahman al-Nour", then "Al-Nour said"',
      'Aid worker Mohamed Abdelrahman al-Nour runs the kitchen.\n\n"We cook until the sacks run out, and then we close the gate," Al-Nour said.',
      ['Mohamed Abdelrahman al-Nour']],
    ['"Additional Advocate General Manish Chaudhary": the whole office is a title',
      'Additional Advocate General Manish Chaudhary, appearing for the state, said the road was "vital for connectivity" in the district.',
      ['Manish Chaudhary']],
    ['"… his sister jumps in before he can answer: “…”": who has not answered yet said nothing; his sister did',
      'Rob Quarmby ran the base camp. \'She was on the radio at half past six,\' he says.\n\nWhen Dev Mistry asks whether Rob ever tried to talk her out of it, his sister jumps in before he can answer: \'He tried for about eleven years. He\'s still trying.\'',
      ['Rob Quarmby', null]],
    ['"the judge remarked" is Justice Sehgal, not the Advocate General in focus (an office and its other words)',
      'Justice Nandita Sehgal heard the case. Additional Advocate General Manish Chaudhary said the road was needed. "The state is not against the environment," he said.\n\nWhen Chaudhary said the figures would be placed on record, the judge remarked that the court had "heard this assurance before, in other matters".',
      ['Manish Chaudhary', 'Nandita Sehgal']],
    ['a municipality is an organisation, never "he"',
      'The eThekwini Municipality said the plan was "at an advanced stage".\n\nA senior official, who asked not to be named, said the party was worried. "If it goes to a vote next week, it is too close to call," he said.',
      ['Thekwini Municipality', null]],
    ['Chinese names surname first: "Wang said" after "Wang Jun", before "Wang Lixin" appears',
      'Wang Jun, a research fellow at the institute, told the paper that gaps in the data are common.\n\n"A gap in the data does not mean a transponder was switched off," Wang said.\n\nAnother expert, Wang Lixin, a professor at the university, said the report ignored the data. "It is politics," Wang Lixin said.',
      ['Wang Jun', 'Wang Lixin']],
    ['"The company Entregaí": the kind of organisation before its name; "Jéssica" is a first name, accent and all',
      'The company Entregaí said in a note that it "supports dialogue" with the council.\n\nAmong the few women at the protest was Jéssica, 24, who asked that only her first name be published. "If I speak with my name, tomorrow my account is suspended," she said.',
      ['Entregaí', 'Jéssica']],
    ['"His Excellency said": an honorific is no one\'s name',
      'The facility was opened by His Excellency Dr Rashid Saif Al Dhaheri, Under-Secretary of the Ministry of Climate Change and Environment.\n\nSpeaking at the ceremony, His Excellency said the project was "a practical step towards food security."',
      [null]],
    ['"A senior ANC official in the province, who …, said": the subject is the official, not the province (nor the party in focus)',
      'A senior ANC official in the province, who asked not to be named, said the party was "counting heads" ahead of the vote.',
      [null]],
    ['"Aunty Rosalind Wallace", "Uncle Les": respect titles are no part of the name, and a short form of the first name finds him',
      'Noongar elder Aunty Rosalind Wallace, 74, remembers the pool. "We used to stand at the fence and watch," she said.\n\nHer brother, Uncle Leslie Wallace, 71, sat beside her. When I asked Uncle Les what he thought of the closure, he laughed. "Fifty years they have had to fix it, and they pick now," he said.',
      ['Rosalind Wallace', 'Leslie Wallace']],
    ['"Twelve-year-old Jayden, who …, put it more simply. “…,” he told me": a given name with an age is someone',
      'Uncle Leslie Wallace, 71, sat on the bench. "Fifty years they have had to fix it," he said.\n\nTwelve-year-old Jayden, who was waiting for his turn on the diving board, put it more simply. "It is the only thing to do here," he told me.',
      ['Leslie Wallace', 'Jayden']],
    ['"zu Rantzau said": a German particle belongs to the name',
      'Greens lawmaker Johanna zu Rantzau rejected that claim.\n\n"The minister calls this a rounding error," zu Rantzau said.',
      ['Johanna zu Rantzau']],
    ['"One grower near Wasco, who …, says …. “…,” he says": someone unnamed, not the last man named',
      'Dale Davis has kept bees for 30 years. "It is the worst year I remember," Davis said.\n\nOne grower near Wasco, who asked that his name not be used, says he paid $230 a hive this year.\n\n"Everybody is squeezed," he says.',
      ['Dale Davis', null]],
    ['"A bitter irony": an adjective in -er is no one described',
      'Harold Adams ran the club for years. "We were a family," Adams said.\n\nA bitter irony followed. "I came home and said it again and again," he said.',
      ['Harold Adams', 'Harold Adams']],
    ['"Tomasz Wierzbicki’s The Long Haul": a rarer given name owns a title, and he is the one who speaks after',
      'The documentary prize went to Tomasz Wierzbicki’s The Long Haul, and Wierzbicki used his speech to take aim at the streamers. "Somebody in this room has to keep paying for the weird stuff," he said.',
      ['Tomasz Wierzbicki']],
    ['"The Washington Post\'s Ed O\'Keefe explained": an outlet owns no one',
      '"Securing the Bush endorsement is a coup for Cruz," The Washington Post\'s Ed O\'Keefe explained.',
      ["Ed O'Keefe"]],
    ['"In a Bloomberg interview Trump declared": a phrase before a person does not own them',
      'In a Bloomberg interview Trump declared "I think NATO may be obsolete. Things are different now."',
      ['Trump']],
  ];
  itFindsSpeakers(cases);

  it('organisations whose names hold "and", "for", a plural owner, or the body of a ministry', () => {
    const names = (text: string) => extract({ text }).quotes.map((q) => q.speaker?.name);
    expect(names('The Icelandic Food and Veterinary Authority said divers had found a tear "approximately two metres long" in the pen.'))
      .toEqual(['Icelandic Food and Veterinary Authority']);
    expect(names('The Directorate of Fisheries urged anglers to report fish that would "help establish which farm the fish came from".'))
      .toEqual(['Directorate of Fisheries']);
    expect(names('The Ministry for Arctic Affairs said in a statement that "all measures of the plan are being carried out on schedule."'))
      .toEqual(['Ministry for Arctic Affairs']);
    expect(names('"We welcome the decision, but it came very late," the Lavapiés Residents’ Association said in a statement.'))
      .toEqual(['Lavapiés Residents’ Association']);
  });

  it('"… and asked the Chief Secretary to file": a coordinated verb\'s object is no inverted subject', () => {
    const ex = extract({ text: 'Rajbir Singh Yadav said villagers were disappointed. "We also want the trees," he said.\n\nPassing the order, the court directed that "no further tree shall be felled" along the road, and asked the Haryana Chief Secretary to file an affidavit.' });
    expect(ex.quotes[1]!.confidence).toBeLessThan(0.8);
  });

  it('"Jordan Pike’s Salt Year": what a person owns is no one who could speak, nor a choice', () => {
    const ex = extract({ text: 'Jordan Pike’s Salt Year, a slow-burning drama, was the big winner of the night.\n\nSalt Year’s sweep was not the only story. "Somebody in this room has to keep paying for the weird stuff," he said.' });
    expect(ex.people.map((p) => p.name)).not.toContain('Salt Year');
    expect(ex.quotes[0]!.speaker?.name ?? null).not.toBe('Salt Year');
  });

  it('a headline\'s title case is no one\'s longer name ("Elizabeth Warren Hammers Wells Fargo CEO")', () => {
    const ex = extract({ text: 'Elizabeth Warren Hammers Wells Fargo CEO\n\nSen. Elizabeth Warren questioned the bank\'s chief on Tuesday.\n\n"You should resign," Elizabeth Warren said.' });
    expect(ex.quotes[0]!.speaker?.name).toBe('Elizabeth Warren');
  });
});

describe('an Arabic article and a surname two people share, after an honorific (round 81)', () => {
  itFindsSpeakers([
    ['"Dr. Al Kuwari" is Dr. Mariam Al Kuwari, "Eng. Al Kuwari" Eng. Hamad Saleh Al Kuwari',
      'Trail\n\nEng. Hamad Saleh Al Kuwari, Director of Public Realm Projects, said the route was "more than 90 percent complete".\n\n"We have completed the shade structures," Eng. Al Kuwari said.\n\nDr. Mariam Al Kuwari, a researcher at the Gulf Institute for Urban Climate, said early readings were encouraging.\n\nDr. Al Kuwari said her team would continue to take measurements. "We want data from a full year," she said.',
      ['Hamad Saleh Al Kuwari', 'Hamad Saleh Al Kuwari', 'Mariam Al Kuwari']],
    ['"Eng." is an honorific written with a full stop: "Eng. Al Kuwari", after both are named, is the engineer',
      'Trail\n\nEng. Hamad Saleh Al Kuwari, Director of Public Realm Projects, said the route was nearly done.\n\nDr. Mariam Al Kuwari, a researcher at the Gulf Institute for Urban Climate, said early readings were encouraging.\n\n"Every tree is tagged," Eng. Al Kuwari said.',
      ['Hamad Saleh Al Kuwari']],
  ]);
});

describe('a pronoun after a surname, and a surname shown with its honorific (round 83)', () => {
  itFindsSpeakers([
    ['"Ashcombe wrote that she had …" of his mother: a pronoun that rules out every bearer met is not theirs',
      'Neville Ashcombe, the choral conductor, has died.\n\nNeville Ashcombe was the elder son of Reginald Ashcombe, a draper.\n\nHis mother took a different view. In his memoir, Ashcombe wrote that she had "smuggled Bach into the house", hiding scores in the parish magazine.',
      ['Neville Ashcombe']],
  ]);

  it('the pronoun stands where no bearer is met yet ("Durning … she", her father Charles Durning named later)', () => {
    const text = 'During that visit Durning gave two performances of her solo. "I am thankful for the invitation," Durning said.\n\nHer father was the actor Charles Durning.';
    expect(speakersOf(text)).not.toContain('Charles Durning');
  });

  it('"As Lady Ashcombe she ran the tours": someone named by a surname alone is shown with the honorific given', () => {
    const ex = extract({ text: 'Sir Neville Ashcombe conducted the choir for 40 years. "We sang every Sunday," he said.\n\nIn 1958 he married a cellist. As Lady Ashcombe she ran the choir’s tours. Asked for the secret of their marriage, she said: "He counts everything."' });
    expect(ex.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Neville Ashcombe', 'Lady Ashcombe']);
  });
});

describe('a surname two people share: the one the article already calls by it (round 75), of several words decided once every full name is read', () => {
  itFindsSpeakers([
    ['"Greaves" after her mother Denise Greaves, whom the article calls "Denise", is still Martha Greaves',
      'Martha Greaves never meant to start a campaign.\n\nGreaves, 31, is the author of a poem about the library. It is written in the voice of her mother, Denise Greaves, who worked there for 27 years. Denise, now 64, is less sure about the fuss.\n\n"The arithmetic was a choice," Greaves says.',
      ['Martha Greaves']],
    // (a surname of several words is decided once every full name is read)
    ['"Le Page" met before a second Le Page is named is shared: "Mr Le Page" later is the man',
      'Deputy Sarah Le Page opened the debate on Tuesday. "We cannot wait another winter," Le Page said.\n\nMr Jean Le Page, who runs the harbour café, said trade had fallen.\n\n"We are losing customers every week," Mr Le Page said.',
      ['Sarah Le Page', 'Jean Le Page']],
  ]);
});

describe('titles, offices and initials written against a name (round 15)', () => {
  const cases: SpeakerCase[] = [
    ['"Welsh Conservative leader Gareth ap Rhys …. “…,” Mr ap Rhys said": the Welsh particle "ap" inside the name, not "Rhys" alone (round 121)',
      'Welsh Conservative leader Gareth ap Rhys told the Senedd the cuts were wrong.\n\n"For a pensioner in Llanidloes, the 525 is a lifeline," Mr ap Rhys said.', ['Gareth ap Rhys']],
    ['"Said bin Nasser al Balushi, managing director …, rejected the criticism, telling …": "Said" before "bin" is a given name, no verb of saying, and five words joined by "bin" no headline (round 124)',
      'Said bin Nasser al Balushi, managing director of Sur Coastal Retreats, rejected the criticism.\n\n"We will protect the turtles," Said bin Nasser al Balushi said.', ['Said bin Nasser al Balushi']],
    ['"Kevin d’Entremont …. “…,” d’Entremont said": a glued "d’" is part of the name, and the name without it its surname (round 127)',
      'Liberal health critic Kevin d’Entremont called the figures damning.\n\n“Every government says it’s going to fix this,” d’Entremont said.', ['Kevin d’Entremont']],
    ['"Independent candidate Dermot Mac an tSaoir …": the Irish "an" after "Mac" and the mutated "tSaoir" are the name\'s (round 127)',
      'Independent candidate Dermot Mac an tSaoir drew the loudest applause.\n\n“The lough doesn’t care whether you’re orange or green,” Mr Mac an tSaoir said.', ['Dermot Mac an tSaoir']],
    ['"State Secretary for Foreign Economic Relations Tamás Bércesi said": after an office\'s "for", the words before a given name and a surname are the portfolio (round 122)',
      'Hosting the meeting, Hungarian State Secretary for Foreign Economic Relations Tamás Bércesi said the river could no longer be managed "country by country".\n\n"The Danube does not stop at our borders," Bércesi said.', ['Tamás Bércesi', 'Tamás Bércesi']],
    ['"Member for Wendouree Carla Vescio said": after an office\'s "for", the seat (round 126)',
      'Member for Wendouree Carla Vescio said she had spoken to both sides.\n\n"Nobody wins from a long dispute," Ms Vescio said.', ['Carla Vescio']],
    ['"Colonel Jawdat Abdul-Rahman al-Zubaidi …. “…,” al-Zubaidi said": the name without its joined article is its surname too (round 129)',
      'The spokesman for the Civil Defense Directorate in Basra, Colonel Jawdat Abdul-Rahman al-Zubaidi, said eight fire engines took part.\n\n"Our teams faced great difficulty reaching the building," al-Zubaidi said.', ['Jawdat Abdul-Rahman al-Zubaidi']],
    ['"In a letter … seen by the Rotorua Daily Post, the company’s lawyer, David Fairweather, said …": the paper after "by the" is no head of the appositive (round 128)',
      'In a letter to the trust seen by the Rotorua Daily Post, the company’s lawyer, David Fairweather, said the closure was “unlawful and in breach of a long-standing implied easement”.', ['David Fairweather']],
    ['"Patas do Sul said": the Portuguese particle "do" in lower case inside a body\'s name (round 118)',
      'The Algarve animal charity Patas do Sul says its shelter in Loulé is full.\n\n"We have 140 dogs and room for 120," Patas do Sul said in a statement.', ['Patas do Sul']],
    ['"Commissioners Mark Haddad and Luisa Ortiz voted against": a plural title before two names is no part of the first (round 118)',
      'Commissioners Mark Haddad and Luisa Ortiz voted against it, while Commissioner Greg Allen supported it.\n\n"We heard the neighbours, and they were right about the trucks," Haddad said.', ['Mark Haddad']],
    ['"X, State secretary of the …, said": a capitalised title opens the appositive; X is the speaker, not the body',
      'Outside, Nirmala Hosamani, State secretary of the Karnataka Rajya Raitha Sangha, said farmers were "tired of the blame game" between the State and the Centre.', ['Nirmala Hosamani']],
    ['"Minister for Sugar Industry Viliame Raiwalui said:": the portfolio is the office, the last two words the person',
      'When contacted last night, Minister for Sugar Industry Viliame Raiwalui said: "I have asked FSC for a full report."', ['Viliame Raiwalui']],
    ['"Leader of the Opposition K. Sadananda Hegde said": the title and its office name the person, initial and all',
      'Raising the issue, Leader of the Opposition K. Sadananda Hegde said many had not received "a single rupee" despite announcements.', ['K. Sadananda Hegde']],
    ['"Chief Minister M. K. Stalin": an initial before another is no "M." for Monsieur',
      'Chief Minister M. K. Stalin said the cut was "a betrayal of the State".', ['M. K. Stalin']],
    ['"Island Grain and Feeds Limited (IGF) … IGF said": an acronym in brackets after a name is that name (round 97)',
      'ISLAND Grain and Feeds Limited (IGF) has reported a fall in profit.\n\n"We made a deliberate decision," IGF said.', ['ISLAND Grain and Feeds Limited']],
    ['"the Transportation Safety Board of Canada (TSB)": the acronym may keep only the first initials',
      'The Transportation Safety Board of Canada (TSB) is investigating.\n\n"The crew followed procedure," the TSB said.', ['Transportation Safety Board of Canada']],
    ['"Tom Reid (AP)": letters in brackets after a person that are not the initials are no name of theirs',
      'Tom Reid (AP) spoke first.\n\n"We are ready," AP said.', ['AP']],
    ['"The Chamber of Mines of Namibia said": a second "of" and the country the body is of (round 99)',
      'The Chamber of Mines of Namibia said the closure reflected "pressures faced by the entire mining sector".', ['Chamber of Mines of Namibia']],
    ['"then-Department of Defense Chief of Staff Jeremy Bash said": the second "of" after a title is the office\'s',
      'The email was sent at 7:19 p.m. by then-Department of Defense Chief of Staff Jeremy Bash.\n\nBash said the forces were "spinning up as we speak".', ['Jeremy Bash']],
    ['"the Senate Committee on Foreign Relations", "the National Institute on Drug Abuse": a body whose name goes on with "on" (round 111)',
      'The Senate Committee on Foreign Relations said it was "deeply concerned".\n\nThe National Institute on Drug Abuse said the trend was "alarming".', ['Senate Committee on Foreign Relations', 'National Institute on Drug Abuse']],
    ['"The Food and General Workers Union of SA", "the Heart and Stroke Foundation of Canada": a name joined by "and" goes on with "of" (round 114)',
      'The Food and General Workers Union of SA said it would "fight every single retrenchment".', ['Food and General Workers Union of SA']],
    ['"the EP Committee on Civil Liberties, Justice and Home Affairs": a list in a body\'s name, its last item of two words, a title among its items',
      'Erdogan spoke first.\n\nThe EP Committee on Civil Liberties, Justice and Home Affairs said the deal was "unlawful".', ['EP Committee on Civil Liberties, Justice and Home Affairs']],
    ['"The City Council on Monday said", "Graham told CBS News on Super Tuesday": no "on" before a day, nor after a word that takes none (guard)',
      'The City Council on Monday said the plan was "dead".\n\n"Ted Cruz is not my favorite," Lindsey Graham told CBS News on Super Tuesday.', ['City Council', 'Lindsey Graham']],
    ['"the Danish Agriculture & Food Council", "NZ Apples & Pears": an ampersand inside a body\'s name (round 101)',
      'In a written statement, the Danish Agriculture & Food Council said it welcomed "all initiatives that can reduce nutrient loss".\n\nIndustry body NZ Apples & Pears said in a statement that Heenan was "one of the quiet giants of our industry".', ['Danish Agriculture & Food Council', 'NZ Apples & Pears']],
    ['"Moelis & Company": a firm, no one called Moelis',
      'The insurgents include Lazard, Moelis & Company and LionTree.\n\n"We compete on advice," Ken Moelis said.', ['Ken Moelis']],
    ['"Professor Janine Pretorius of Stellenbosch University\'s Labour Law Unit said": a unit is a body, and she its member who speaks (round 101)',
      'Professor Janine Pretorius of Stellenbosch University\'s Labour Law Unit said both sides "have a lot to lose".', ['Janine Pretorius']],
    ['"Additional Secretary Power Division Zafar Iqbal Lodhi told …; “…,” Lodhi said": the body he serves and the man, read apart (round 102)',
      'Additional Secretary Power Division Zafar Iqbal Lodhi told the committee that bills were wrong.\n\n"Action has been initiated against 312 officials," Lodhi said.', ['Zafar Iqbal Lodhi']],
    ['"Mayor Pro Tem Simone Ashby", "Ruckman Jarrod Hibbert", "Attorney-at-Law Chandima Herath": offices and positions before the name (round 104)',
      '"It keeps our promises on housing," Mayor Pro Tem Simone Ashby said.\n\nRuckman Jarrod Hibbert was outstanding. "Our backs were under siege," Hibbert said.\n\nOne of them is Attorney-at-Law Chandima Herath. "For affidavits and deeds, I still type," Herath says.', ['Simone Ashby', 'Jarrod Hibbert', 'Chandima Herath']],
    ['"Rs 7.9 lakh": a currency before an amount is no one (round 104)',
      'The court awarded Rs 7.9 lakh for the car and Rs 50,000 "towards mental agony and inconvenience".', [null]],
    ['"the road to Lê Văn Tâm’s collection point … “…,” Tâm adds": a Vietnamese name after "to" is someone, no place (round 105)',
      'By mid-morning, the road to Lê Văn Tâm’s collection point is lined with motorbikes.\n\n“It’s risky. If prices fall, the trader loses everything,” Tâm adds.', ['Lê Văn Tâm']],
    ['"A spokesperson for Severn Marches Homes said": after "spokesperson for", a name the article gives a body is no office and a person (round 106)',
      'The application, from housing association Severn Marches Homes, will see the site replaced with flats.\n\nA spokesperson for Severn Marches Homes said the association was "delighted" with the decision.', [null]],
    ['"A spokesperson for Tŷ Newydd Living said": without a given name, what follows "spokesperson for" is whom they speak for, no portfolio and a person "Newydd Living" (round 111)',
      'The chapel will be converted into flats.\n\nA spokesperson for Tŷ Newydd Living said: "We\'re disappointed by the committee\'s decision."', [null]],
    ['"Five-eighth Jayden Pirihi": a position made with a number is no part of the name (round 97)',
      'Five-eighth Jayden Pirihi scored two tries.\n\n"Honestly, I just wanted to win it for Lockie," Pirihi said.', ['Jayden Pirihi']],
    ['"M. Dupont" alone is still Monsieur Dupont',
      'M. Dupont said the plan was "a betrayal of the town".', ['Dupont']],
    ['"Unite regional officer Dean Mulholland": after the role, "Dean" is his given name',
      'Unite regional officer Dean Mulholland said: "These are skilled workers who turned up on Monday."', ['Dean Mulholland']],
    ['"PC Dean Atkinson", "Dr Earl Hughes": after a rank or an honorific, a title word before the surname is the given name (round 108)',
      'PC Dean Atkinson, who is investigating, said: "We believe the thieves used a device."\n\nDr Earl Hughes said the thefts were "typical of a wave".', ['Dean Atkinson', 'Earl Hughes']],
    ['"Associate Dean Hale", "Sergeant Major Cole": a word that makes an office of the title, or a rank, is no given name (guard)',
      'Associate Dean Hale said: "We are reviewing it."\n\nSergeant Major Cole said the drill was "a shambles".', ['Hale', 'Cole']],
    ['"Graham Pettifer, 71, was found by his wife Susan … Mrs Pettifer said": the wife alone by her given name shares his surname, and "Mrs Pettifer" is her (round 108)',
      'Graham Pettifer, 71, was found by his wife Susan on the patio.\n\nIn a statement read to the inquest, Mrs Pettifer said: "Graham was always doing jobs around the house."\n\nCoroner Sarah Hunt said: "This was a tragic accident."', ['Susan Pettifer', 'Sarah Hunt']],
    ['"Ross McKinnon, a retired orchardist who died of cancer in March … “…,” McKinnon says, combining his initials": no one the article says died "says", though a pronoun after the name is of his (round 115)',
      'Lorraine McKinnon, 68, woke on Tuesday to find the ute missing.\n\nThe ute belonged to her husband, Ross McKinnon, a retired orchardist who died of cancer in March.\n\n"He\'s in the glovebox, for goodness\' sake," McKinnon says.\n\nIts plate reads RM1994 - "his little joke", McKinnon says, combining his initials and the year he bought it.', ['Lorraine McKinnon', 'Lorraine McKinnon']],
    ['"Joaquim (Jack) Medeiros, a commercial fisherman, died …": a name with a nickname in brackets opening the article is no dateline, and "he" is him, not "Oak Bluffs" (a place the article reads after "in") nor the dragger "Santa Clara" (round 117)',
      'Obituary\n\nJoaquim (Jack) Medeiros, a commercial fisherman, died on Feb. 3 at his home in Oak Bluffs. He was 84.\n\nThe family moved to Oak Bluffs in 1952, and by 14 he was fishing with his father aboard the dragger Santa Clara out of Menemsha.\n\nHe was known as “Captain Jack,” although he insisted he had been “only ever a deckhand with opinions.”', ['Joaquim Medeiros']],
    ['"Tom Reid thanked Anna Walsh and his wife Susan": not the surname of someone of the other gender named just before (guard)',
      'Tom Reid thanked Anna Walsh and his wife Susan.\n\n"We could not have done it alone," Susan said.', ['Susan']],
    ['"Lorry driver Ashneel, who gave only his first name": someone named by one word, and "he" is him',
      'At Koronubu, grower Ravinesh Prasad said the delays hurt. "It is hard," he said.\n\nLorry driver Ashneel, who gave only his first name, said he had queued for 31 hours. "We sleep in the truck," he said.', ['Ravinesh Prasad', 'Ashneel']],
    ['"Auckland visitor Jess, who did not want her surname used": a first name alone, by the writer\'s say-so, and "she" is her',
      'Vaka tour guide Tai Napa says the bar has brought life to the beach. "Now tourists stay," he says.\n\nAuckland visitor Jess, who did not want her surname used, says she has been staying nearby for a week.\n\n"It is a lovely spot but the bass is brutal after 11," she says.', ['Tai Napa', 'Jess']],
    ['"a cleaner, Mele, who declined to give her last name": the same with a description before her',
      'Chef Sione Fifita says the kitchen is "stretched". "We need two more hands," he says.\n\nA cleaner, Mele, who declined to give her last name, says the shifts run long.\n\n"I start at five and I finish when they let me go," she says.', ['Sione Fifita', 'Sione Fifita', 'Mele']],
    ['"Kunhimoosa, the master builder,": one word set off by what its bearer does is a person, and "he" can be him',
      'Anjali Varghese made the film with her brother, Arun Varghese, who shot it. "He wanted it wider," she said.\n\nKunhimoosa, the master builder, is 74 and has been doing this since he was twelve.\n\nI will only say that Kunhimoosa did not come to the launch. When I asked him why, he said, "I have already said goodbye to her."', ['Anjali Varghese', 'Kunhimoosa']],
    ['"Kestrel, the insurer,": one word set off by a kind of organisation is no person for "he"',
      'Tom Reid runs the yard. "We lost a week," he said.\n\nKestrel, the insurer, is reviewing the claim.\n\nWhen asked about the delay, he said, "We are still waiting."', ['Tom Reid', 'Tom Reid']],
    ['"Tess’s bewildered boyfriend": who has a boyfriend is a person, and "she" can be her, not the Ruth before her',
      'Ruth has done all the caring. Ruth warns Tess’s bewildered boyfriend about the weather.\n\nTess, meanwhile, believes every problem will yield to admin. ‘I’ve colour-coded the options,’ she announces.', ['Tess']],
    ['"Victoria’s sister city": a place\'s sister is no relative',
      'Victoria’s sister city sent a delegation. Ruth Ames, the mayor, met them.\n\nVictoria, meanwhile, hosted the fair. ‘We are proud of it,’ she said.', ['Ruth Ames']],
    ['"according to Taipei-based research firm Sagemark": the firm, not where it is based',
      'Capacity will double, with Taiwan accounting for "well over 80%" of it, according to Taipei-based research firm Sagemark.', ['Sagemark']],
    ['"according to the agency’s own tender documents, which describe …": a document\'s words, and "tender" no one who tenders (data/roles NOT_AGENT_NOUNS)',
      'Transport Minister Aisha Karim defended the contract on Monday. The deal was signed in June, according to the agency’s own tender documents, which describe the buses as "fit for purpose and fully tested".', [null]],
    ['"The Department of Climate Change, Energy, the Environment and Water": a list with "the" in it is one name',
      'The Department of Climate Change, Energy, the Environment and Water said an announcement would be made "in the coming months".', ['Department of Climate Change, Energy, the Environment and Water']],
  ];
  itFindsSpeakers(cases);
});

describe('someone unnamed, however described (round 15)', () => {
  const cases: SpeakerCase[] = [
    ['"One former Halden site manager, who asked not to be named, … he said": the firm\'s name only modifies the description',
      'Halden Build collapsed on Monday. "It is a sad day," said Tom Reid, the chairman.\n\nOne former Halden site manager, who asked not to be named, told Construction News that concerns had been raised.\n\n"Everyone on site knew the numbers did not work," he said.', ['Tom Reid', null]],
    ['"A participant who did not identify himself asked …. ¶ “…?” he asked": a participant is someone unnamed, not the executive named before (round 93)',
      'Ravin Gunasekera added that the group had opened talks with a Japanese retailer.\n\nA participant who did not identify himself asked why the board had not declared an interim dividend.\n\n“Why no interim dividend when you are sitting on this much cash?” he asked.', [null]],
    ['"A Tasmanian Farmers and Graziers Association spokesman said … ¶ “…,” he said": a body\'s name before a role noun only modifies the description (round 103)',
      'Callum James Fitzgerald, 34, died when his quad bike rolled.\n\nA Tasmanian Farmers and Graziers Association spokesman said the body supported the findings.\n\n"Nobody wants to see another family go through this," he said.', [null]],
    ['"A harvesting gang sirdar, who asked not to be named, … he said": any noun can describe someone unnamed',
      'Mr Raiwalui said Government would act. "We will help," he said.\n\nA harvesting gang sirdar, who asked not to be named, said several cutters had left.\n\n"If they do not get paid, they go," he said.', ['Raiwalui', null]],
    ['"In a victim impact statement read to the court by Sergeant Tom Fennelly, the post office worker, who was not named, said …. ¶ “…,” she wrote": someone the article does not name, after an opening phrase whose participle is no verb of the clause (round 97)',
      'Garda Ciarán Holden said Morrissey made full admissions.\n\nIn a victim impact statement read to the court by Sergeant Tom Fennelly, the post office worker, who was not named, said she had been unable to return to work.\n\n"I keep seeing his eyes over the top of the snood," she wrote.', [null]],
    ['"Ciarán Holden spoke after Sinéad Walsh. ¶ “…,” she said": Irish given names tell their gender (data/first-names)',
      'Ciarán Holden spoke after Sinéad Walsh at the meeting.\n\n"We will keep the hall open," she said.', ['Sinéad Walsh']],
    ['"During question time, one audience member – a retired fisherman … – stood to say he …. ¶ “…,” he said": after an opening phrase whose noun is a verb of saying too ("question"), someone unnamed, not the author named before (round 120)',
      'De Wet said a translation was planned.\n\nDuring question time, one audience member – a retired fisherman from Kalk Bay who asked not to be named – stood to say he had recognised his own father.\n\n“You got him right,” he said.', [null]],
    ['"The student, who does not wish to be named, said …. ¶ “…,” he said": someone unnamed on purpose, not the shop owner named before (round 121)',
      'Shop owner Harjit Sandhu said the worker rang him.\n\n"He was shaking," Mr Sandhu said.\n\nThe student, who does not wish to be named, said he had at first thought the man was messing about.\n\n"Then I saw the blade," he said.', ['Harjit Sandhu', null]],
    ['"As the hall began to empty after midnight, a CSV campaign volunteer … said she …. ¶ “…,” she said": "began to" in the opening clause is no verb of saying; the volunteer, not the candidate named before (round 121)',
      'Thill-Kremer cautioned against reading too much into it. “Local elections are personal,” she said.\n\nAs the hall began to empty after midnight, a CSV campaign volunteer stacking chairs said she had spent three Saturdays handing out leaflets.\n\n“Half of them told me they would never vote CSV,” she said.', ['Thill-Kremer', null]],
    ['"His cousin, standing beside him, added: “…”": a relative the article does not name, not the man whose cousin he is (round 121)',
      '“At Christmas we do not talk about politics,” Paul Weydert said.\n\nAsked about a deal, he said only that they had a lot in common. His cousin, standing beside him, added: “Mostly parking.”', ['Paul Weydert', null]],
    ['"The former secretary of State said …. “…,” she said": a description whose last word names a body is no one "she" means after it (PolNeAR)',
      'Hillary Clinton went on offense against Donald Trump on Monday.\n\nThe former secretary of State began her speech by slamming candidates who think they can "outsource" leadership to "dictators."\n\n"America can\'t ever be neutral," Clinton told the meeting. Candidates who think "America no longer has vital interests here are dangerously wrong," she said.', [null, null, 'Hillary Clinton', 'Hillary Clinton']],
    ['"Asked by procurator fiscal depute Fiona Grant whether it had been ‘…’, he replied: ‘…’": the question\'s words are the asker\'s, the answer his (round 124)',
      'Graham Sinclair said the bend was on the list.\n\nAsked by procurator fiscal depute Fiona Grant whether it had been ‘anywhere near the top of the list’, he replied: ‘It was on the list.’', ['Fiona Grant', 'Graham Sinclair']],
    ['"Pettigrew questioned referee Jamie Nuttall’s decision …. “…,” he said": a verb before a role noun, so "Pettigrew" modifies no role and is the coach (round 124)',
      '“We gave them a start,” said Magpies coach Mark Pettigrew.\n\nPettigrew questioned referee Jamie Nuttall’s decision to reverse a penalty.\n\n“I’ll have a look at it,” he said.', ['Mark Pettigrew', 'Mark Pettigrew']],
    ['"Pettigrew questioned Nuttall’s decision. “…,” he said": who questions someone\'s decision has asked no one, who then replies (round 124)',
      '“We gave them a start,” said Magpies coach Mark Pettigrew.\n\nPettigrew questioned Nuttall’s decision.\n\n“I’ll have a look at it,” he said.', ['Mark Pettigrew', 'Mark Pettigrew']],
    ['"Villanueva asked Lindqvist how much she could see …, which he said was partly blocked …. “…,” she said": a "he" taken for Shay Lindqvist makes her no man, whose given name says a woman (round 125)',
      'Shay Lindqvist, who had tended bar at the Rusty Spur Saloon, testified that she ran outside.\n\n“I saw Daniel on the sidewalk,” Lindqvist said.\n\nUnder cross-examination, Villanueva asked Lindqvist how much she could really see from the doorway, which he said was partly blocked by a group of smokers.\n\n“Enough,” she said.', ['Shay Lindqvist', 'Shay Lindqvist']],
    ['"a relative who was present in court, and who did not wish to be named, said …. ¶ “…,” she said": unnamed on purpose after a relative clause of her own (round 124)',
      'The defendant Gamini Wickramaratne declined to comment. However, a relative who was present in court, and who did not wish to be named, said the family had tried to settle the matter.\n\n"The Thero tried twice," she said.', [null]],
    ['"But a mother of two, who asked not to be named, said …. ¶ “…,” she said": unnamed on purpose after "But" and "of two" (round 127)',
      'Headteacher Becky Moss said the school had turned a corner.\n\nBut a mother of two, who asked not to be named, said she had moved her eldest child to another school.\n\n"He was in Year 2 and still couldn\'t read a simple book," she said.', [null]],
    ['"A Navy spouse who attended the rally … asked not to be named …. ¶ “…,” she said": the description\'s own verb says so (round 122)',
      'Senator Krystal Paco-San Agustin addressed the rally.\n\nA Navy spouse who attended the rally with her two young children asked not to be named because her husband is on active duty.\n\n"We\'re getting squeezed too," she said.', [null]],
    ['"The boy, who cannot be identified for legal reasons, said …": whom the law does not let the article name',
      'Garda Tom Keane gave evidence of the arrest.\n\nThe boy, who cannot be identified for legal reasons, said: "I did not know what I was doing."', [null]],
  ];
  itFindsSpeakers(cases);
});

describe('round 17: names of other conventions, and places written after places', () => {
  const cases: SpeakerCase[] = [
    ['"Mohd Faizal said" after "Datuk Ir Mohd Faizal Abdul Rahman": his given names, and "Ir" is a title',
      'Water cut to last three days\n\nState committee chairman Datuk Ir Mohd Faizal Abdul Rahman apologised.\n\n"This is the third major disruption in a year," Mohd Faizal said.', ['Mohd Faizal Abdul Rahman']],
    ['"said Muhammad Hafiz" after "Muhammad Hafiz bin Roslan": the given names before "bin"',
      'Water cut to last three days\n\nFood delivery rider Muhammad Hafiz bin Roslan, 34, said residents were used to it.\n\n"Every time, same story," said Muhammad Hafiz.', ['Muhammad Hafiz bin Roslan']],
    ['"Syahrial, who heads the district environment office and … goes by one name, said": one name that opens the sentence, described by what he does, is someone, and "he" after it (round 91)',
      'Mangroves cleared\n\nResidents wrote to the district in March.\n\nSyahrial, who heads the Langkat district environment office and, like many Indonesians, goes by one name, said his office had received the letter.\n\n“If there is a violation, we will act,” he said.', ['Syahrial']],
    ['"Lieutenant-Colonel Khalid Obaid Al Zaabi, head of …, said": a rank of two titles joined is a title, no headline of five words (round 92)',
      'Police warned of fake listings.\n\nLieutenant-Colonel Khalid Obaid Al Zaabi, head of the e-crime section at Dubai Police, said such cases cluster around holidays.\n\n"Fraudsters follow the calendar," he said.', ['Khalid Obaid Al Zaabi']],
    ['"It belongs to Saeed Rashid Al Mazrouei, an Emirati who …": two given names and more after "to" are someone, no place (round 92)',
      'The villa in the photographs does exist. It belongs to Saeed Rashid Al Mazrouei, an Emirati who owns a farm near Hatta.\n\n"They are my photos," he told Khaleej Times.', ['Saeed Rashid Al Mazrouei']],
    ['"Sauti ya Soko": the Swahili "ya" is part of the name',
      'Sauti ya Soko, a lobby that tracks market revenue, said in a statement that traders had "every right to see receipts".', ['Sauti ya Soko']],
    ['"Jan Van der Straeten": a month\'s abbreviation before a name is a given name',
      'Jan Van der Straeten, who leads the branch, said the unions had been shut out.\n\n"We have sat at the table for months," Van der Straeten said.', ['Jan Van der Straeten']],
    ['"near Nantwich, Cheshire, said": the county is a place, and "he" is the farmer',
      'Hendrik van der Berg, who milks 380 cows near Nantwich, Cheshire, said he had kept calves on the farm.\n\n"We were running out of shed space," he said.', ['Hendrik van der Berg']],
    ['"One, from Doreen MacAulay of Sarnia, Ont., …, reads in part: “…”": the province she is from is no writer (round 91; the letter\'s own subject is not read)',
      'The family found a shoebox of letters from former patients. One, from Doreen MacAulay of Sarnia, Ont., written in 1988 after a triple bypass, reads in part: “My grandchildren have a grandmother this Christmas.”', [null]],
    ['"A letter from Mary Jones of Springfield, Ill., reads": nor is a state\'s abbreviation the writer',
      'A letter from Mary Jones of Springfield, Ill., reads: “We never saw it coming.”', [null]],
    ['"A letter from Harbour Freight Ltd, read to the meeting by Town Clerk Anne Mulcahy, said": the company that wrote the letter is no place, and the clerk who read it no writer',
      'Depot plan rejected\n\nA letter from Harbour Freight Ltd, read to the meeting by Town Clerk Anne Mulcahy, said the delay was "unacceptable".', ['Harbour Freight Ltd']],
    ['"A statement from Acme Logistics said": nor is a firm of no legal form, where its document goes on to say something',
      'A statement from Acme Logistics said drivers had been "badly let down" by the council.', ['Acme Logistics']],
    ['"She handed in a letter from Morrissey, in which he wrote: “…”": the writer, no place (round 97)',
      'Declan Morrissey pleaded guilty.\n\nMs Lalor, instructed by solicitor Seán Kealy, spoke for him.\n\nShe handed in a letter from Morrissey, in which he wrote: "I am ashamed of what I done."', ['Declan Morrissey']],
    ['"A man from Acme Logistics said": someone from a place, or a firm, is no writer of anything',
      'A man from Acme Logistics said drivers had been "badly let down" by the council.', [null]],
    ['"The mayor of Toronto, Tory, said": after a role\'s "of", the name is someone',
      'The mayor of Toronto, Tory, said: “We never saw it coming.”', ['Tory']],
    ['"in KwaMashu, Nokuthula Gumede, 67,": a name with a given name after a place is still someone',
      'At a standpipe in KwaMashu, Nokuthula Gumede, 67, waited. "Amanzi ayimpilo," she said.', ['Nokuthula Gumede']],
  ];
  itFindsSpeakers(cases);
});

describe('round 18: a body, its head\'s title and name; French particles; "and" in a description', () => {
  const cases: SpeakerCase[] = [
    ['"Department of Resource Circulation Director-General Lai Ying-ying (賴瑩瑩) told …; “…,” Lai said": the person, not the department',
      'Cup ban proposed\n\nDepartment of Resource Circulation Director-General Lai Ying-ying (賴瑩瑩) told a news conference that outlets could comply.\n\n"Nobody is asking people to give up bubble tea," Lai said.', ['Lai Ying-ying']],
    ['"The collective Vignes en Colère": the French "en" is part of the name',
      'The collective Vignes en Colère, which blocked the ring road last winter, called the payment "an insult to people".', ['Vignes en Colère']],
    ['"A labor and delivery nurse at the hospital, who spoke on condition of anonymity, … she said": someone unnamed, not the doctor named before',
      'Dr. Rebecca Lindahl, a family physician, said she supported the decision. "I have delivered 1,400 babies here," Lindahl said.\n\nA labor and delivery nurse at the hospital, who spoke on condition of anonymity, said staff learned of it at a meeting. "People were crying in the break room," she said.', ['Rebecca Lindahl', null]],
  ];
  itFindsSpeakers(cases);
});

describe('a given name ending in -ing is no verb opening the sentence when its subject follows', () => {
  const cases: SpeakerCase[] = [
    ['"Tshering Dorji, a senior officer …, said … it was “…”" after "Sangay Dorji": Tshering, not Sangay',
      'Wild pigs\n\nSangay Dorji, 56, from Goshing, said his family slept in the field. "We sleep in the field more than in our house," he said.\n\nTshering Dorji, a senior officer with the National Plant Protection Centre, said fencing had reduced losses but that it was "not a permanent solution".',
      ['Sangay Dorji', 'Tshering Dorji']],
    ['"Having Billy Eichner …": a verb opening the sentence still is one',
      'Bachelor\n\nHaving Billy Eichner on the show was a gamble. "He was the best guest we ever had," said producer Dana Holt.', ['Dana Holt']],
  ];
  itFindsSpeakers(cases);
});

describe('honorifics of other conventions and family descriptions are no part of the name', () => {
  const cases: SpeakerCase[] = [
    ['Myanmar: "Daw Khin Thandar Soe" and "Ma Thandar" are two women, each by her whole name',
      'Power cuts\n\nDaw Khin Thandar Soe runs two sewing machines in her shop in Hlaing Tharyar Township. "We get electricity for four hours," she said.\n\nMa Thandar, 24, who sells power banks near Sule Pagoda, said business was good. "Everybody needs a power bank now," she said.\n\n"They said the same thing last year," said Ko Nay Myo, 29.',
      ['Khin Thandar Soe', 'Thandar', 'Nay Myo']],
    ['Spanish: "Doña Rosa" is Rosa Elena Quiroga Vega',
      'Water trucks\n\nRosa Elena Quiroga Vega has lived in the hills above the river for 40 years.\n\n“You learn to count every drop,” said Doña Rosa, as her neighbors call her.', ['Rosa Elena Quiroga Vega']],
    ['a rank\'s acronym before the surname of someone named in full: "DC Danjuma" is Ibrahim Lawal Danjuma',
      'Cocoa exports\n\nThe Apapa Area Controller, Ibrahim Lawal Danjuma, said scanning was working round the clock.\n\n"Scanning is not optional," DC Danjuma said.', ['Ibrahim Lawal Danjuma']],
    ['Cambodia: "Oknha Ly Sokheng" (a title the king gives)', 'Fish sauce\n\n"We do not want to import," said Oknha Ly Sokheng, chairman of the association.', ['Ly Sokheng']],
    ['Faroe Islands: "Tróndur í Gerðinum", "í" inside the name', 'Cruise cap\n\n"A cap decided in the town hall will be paid for in Hoyvík," said Tróndur í Gerðinum, who runs a boat-tour company.', ['Tróndur í Gerðinum']],
    ['Malawi: "Mayi Esnart Phiri" (Mrs), then "Mayi Phiri … she said"',
      'Fertiliser\n\n"I came here on Monday with my coupon," said Mayi Esnart Phiri, a 48-year-old widow.\n\nAgricultural economist Dr Tiyamike Nkhoma said the problems were well known. "The issue is timing," said Nkhoma.\n\nBack at the market, Mayi Phiri said she would wait until evening.\n\n"If the truck comes at night and I am not here, the bags will finish," she said.',
      ['Esnart Phiri', 'Tiyamike Nkhoma', 'Esnart Phiri']],
    ['Morocco: "Hajj Abdellah Ouchen"', 'Eid\n\n"People think the breeder is getting rich," said Hajj Abdellah Ouchen, who raises sheep near Settat.', ['Abdellah Ouchen']],
    ['Brunei: "Muhammad Zaidi bin Haji Omar": the honorific after "bin" is the father\'s, inside the name',
      'Padi\n\n"This is an encouraging result," said Muhammad Zaidi bin Haji Omar, the acting director of agriculture.', ['Muhammad Zaidi bin Haji Omar']],
    ['Brunei: "farmer Awang Jaludin bin Haji Tamit, 58," then "Jaludin said": his given name before the father\'s',
      'Padi\n\nSpeaking at his plot, farmer Awang Jaludin bin Haji Tamit, 58, said his harvest was the best in a decade.\n\n"This time I think I will reach almost five tonnes," Jaludin said.', ['Jaludin bin Haji Tamit']],
    ['Macau: "Leong Ka Man, 52," is a name given an age, not a descriptor like "Toronto Man"; "Leong said" is her',
      'Casino jobs\n\nLeong Ka Man, 52, dealt baccarat for 19 years.\n\n"They tell you they will keep your details on file," Leong said.\n\n"Workers over 45 have it hard," said Leong Wai Kit, secretary-general of an employees\' association.',
      ['Leong Ka Man', 'Leong Wai Kit']],
    ['the Church of England: "the Rt Revd Alison Marwood", "the Revd Canon Peter Ashby" then "Canon Ashby said"',
      'Church closures\n\n"This is not a counsel of despair," said the Rt Revd Alison Marwood, the Bishop of Hereford.\n\nThe Revd Canon Peter Ashby, who chairs the diocesan board, said the review was overdue.\n\n"Hereford is simply the first to say it out loud," Canon Ashby said.',
      ['Alison Marwood', 'Peter Ashby']],
    ['Oman: "Musallam Said al Mashani": the given name "Said" before a particle is no verb',
      'Camels\n\nCamel owner Musallam Said al Mashani, who keeps a herd of about 60, said the fencing had pushed animals closer to the roads. "Where the camels used to go, now there are farms," he said.',
      ['Musallam Said al Mashani']],
    ['Botswana: "Kgosi Thuso Motlhabane" (chief)', 'Diamonds\n\n"When the mine sneezes, Jwaneng catches a cold," said Kgosi Thuso Motlhabane.', ['Thuso Motlhabane']],
    ['"Ma Ying-jeou": a Chinese surname, not a Burmese honorific', 'Taipei\n\n"We must talk," Ma Ying-jeou said.', ['Ma Ying-jeou']],
    ['Zimbabwe: "Cde Bekezela Nkomo" (comrade)', 'Cattle dipping\n\nCde Bekezela Nkomo said: "We are aware that a number of our dip tanks are in a state of disrepair."', ['Bekezela Nkomo']],
    ['Mongolia: "Ts.Ganbold" and "D.Ganbold", a patronymic\'s initial joined to the given name: two people, and "Herder" no part of the name',
      'Zaamar\n\nGovernor of Zaamar soum Ts.Ganbold said the administration had long awaited the agreement. "Today the companies sit at the same table with us," the Governor said.\n\nHerder D.Ganbold, who keeps 400 head of livestock, was doubtful. "I will believe it when I see grass growing," said D.Ganbold.',
      ['Ts.Ganbold', 'D.Ganbold']],
    ['Mongolia: the office before the name, "Head of the … Division of the Ministry B.Oyunchimeg noted", then "she said"',
      'Speaking at the ceremony, Head of the Land Rehabilitation Division of the Ministry B.Oyunchimeg noted that Zaamar is among the soums most affected. "Some of these pits have been left open for 15 years," she said.',
      ['B.Oyunchimeg']],
    ['Bhutan: "Aum Kinley Wangmo" (a woman), "Dasho Dzongdag Karma Jamtsho" (a title and the district governor\'s office), "Ap Chencho, 74," (no news agency)',
      'Water row\n\nAp Chencho, 74, from Zangthang, said he has never seen the dispute this bad. "Nobody argued with the stick," he said.\n\nAum Kinley Wangmo said she had borrowed a pump. "We cannot wait for meetings," she said.\n\nDasho Dzongdag Karma Jamtsho told farmers the channel was public. "Water belongs to the chiwog," he said.',
      ['Ap Chencho', 'Kinley Wangmo', 'Karma Jamtsho']],
    ['Faroe Islands: "Rúni á Bergi", "á" inside the name', 'Lice\n\n"We chose to harvest early," said Rúni á Bergi, the company\'s chief executive.', ['Rúni á Bergi']],
    ['"Co-author Tiago Pereira": one of those who hold the role, no part of the name', 'Bottles\n\nCo-author Tiago Pereira tested coloured bottles. "The caps simply don\'t react," he says.', ['Tiago Pereira']],
    ['Irish Catholic papers: "Fr Declan Moloney PP" (parish priest), letters after the name', 'Funerals\n\n"No family is ever told there is nobody to bury their dead," said Fr Declan Moloney PP.', ['Declan Moloney']],
    ['"Rob and Jen Kilgour": a first name only the list of short first names knows ("Jen") shares the surname too',
      'Harvest\n\nFor Rob and Jen Kilgour, who crop wheat north of the bridge, the detour is long.\n\n"We are hauling through a sheep paddock," Mrs Kilgour said.\n\nMr Kilgour said the family still had grain in the paddock.\n\n"We have got rain forecast for Thursday," he said.\n\nTheir son, Lachie Kilgour, 23, said the track was fine.',
      ['Jen Kilgour', 'Rob Kilgour']],
    ['"Tom and Jess Kriewaldt": a surname two given names share; "Mr" and "Ms" tell them apart',
      'Chickpeas\n\nLiverpool Plains growers Tom and Jess Kriewaldt farm near Premer.\n\n"We have had the best crop in five years," Mr Kriewaldt said.\n\n"We learned the hard way not to have everything riding on one decision," Ms Kriewaldt said.',
      ['Tom Kriewaldt', 'Jess Kriewaldt']],
    ['a middle initial is no French "M." (Monsieur): "Dana M. Whitcombe"', 'Library hours\n\nLibrary spokesperson Dana M. Whitcombe wrote in an emailed statement that the changes were “difficult but necessary.”',
      ['Dana M. Whitcombe']],
    ['"Illinois Attorney General Lisa Madigan": the office\'s last word goes with it', 'Inquiry\n\n"The public deserves answers," Illinois Attorney General Lisa Madigan said.', ['Lisa Madigan']],
    ['Azerbaijan: "Deputy Minister of Youth and Sports Rashad Aliguliyev": the portfolio\'s last item before the name, then "the deputy minister said"',
      'Chess\n\nSpeaking at the ceremony, Deputy Minister of Youth and Sports Rashad Aliguliyev congratulated the winners.\n\n"Chess has always been a matter of national pride," the deputy minister said.',
      ['Rashad Aliguliyev']],
    ['chess titles: "FIDE Master Nijat Babayev", "Woman International Master Aysel Mammadzada"',
      'Chess\n\nFIDE Master Nijat Babayev, 15, won the tournament.\n\n"I did not look at the standings," said Woman International Master Aysel Mammadzada.', ['Aysel Mammadzada']],
    ['Isle of Man: "Ramsey MHK Tom Skillicorn", a constituency and the letters of a member before the name',
      'A&E waits\n\nRamsey MHK Tom Skillicorn called the figures "the predictable result of years of drift".', ['Tom Skillicorn']],
    ['Uganda: "Hajji Twaha Ssebunya"', 'By-election\n\n"I will not go to Kampala and forget where I came from," said Hajji Twaha Ssebunya.', ['Twaha Ssebunya']],
    ['"… of the CIA chief, Zuckoff said": a role set off by one comma before a name that opens its own clause is not the name\'s',
      'Benghazi\n\nBob Lister, the base chief, stayed in Libya.\n\nThe account of the security team was more credible than that of the CIA chief, Zuckoff said.\n\n"We were there to find out who attacked us," the chief said.',
      ['Bob Lister']],
    ['"Senator Farzana Qaimkhani in the chair": who presides is "the chairperson", then "she"',
      'Radars\n\nBriefing the committee, which met with Senator Farzana Qaimkhani in the chair, chief meteorologist Dr Mehboob Alam Jaffery said two radars were down.\n\n"We have placed the orders," Dr Jaffery said.\n\nThe chairperson said the delay was not acceptable.\n\n"Every year we are told the same story," she remarked.',
      ['Mehboob Alam Jaffery', 'Farzana Qaimkhani']],
    ['"the Coroner, Helen Marsh", then "the Coroner said" and "she said", not the coroner\'s officer',
      'Inquest\n\nThe inquest was held before the Coroner, Helen Marsh.\n\nA statement was read by the Coroner’s officer, Constable Amy Clifton.\n\nRecording her conclusion, the Coroner said the rider had been careful.\n\n"This was not a case of recklessness," she said.',
      ['Helen Marsh']],
    ['"Additional Secretary of the Ministry of Climate Change Naveed Akhtar Bhatti": the ministry\'s name ends where his begins',
      'Radars\n\nAdditional Secretary of the Ministry of Climate Change Naveed Akhtar Bhatti told the committee the funds were late.\n\n"The matter is not one of negligence but of releases," Mr Bhatti said.',
      ['Naveed Akhtar Bhatti']],
    ['"The Prelate said" after "the Diocesan Bishop Rt. Rev. Dr. Samuel Wahome": a bishop is a prelate, no one named Prelate',
      'Synod\n\nPresiding over the synod, the Diocesan Bishop Rt. Rev. Dr. Samuel Wahome said the church must account for its offerings.\n\nThe Prelate said the audit would be independent.\n\n‘Any treasurer who fails to present accounts will be suspended,’ he stated.',
      ['Samuel Wahome']],
    ['"Coxswain Martyn Robilliard": a role before the name', 'Rescue\n\n"We had four metres of swell," said Coxswain Martyn Robilliard.', ['Martyn Robilliard']],
    ['"Mother-of-five Margaret Yakasa": what she is to her family, before her name',
      'Coffee prices\n\n"This year the price is too low," said mother-of-five Margaret Yakasa.\n\nMother-of-five Margaret Yakasa said she would plant vegetables. "We cannot eat coffee," she said.', ['Margaret Yakasa', 'Margaret Yakasa']],    ['Singapore: "Minister of State for Culture, Community and Youth Desmond Quek": a portfolio after "of State for", no one called "Community"',
      'Painters\n\nSpeaking at a preview, Minister of State for Culture, Community and Youth Desmond Quek described the show as "an act of recovery" for the country.\n\n"We owe them that," Mr Quek said.',
      ['Desmond Quek', 'Desmond Quek']],
    ['Malaysia: "said Natural Resources and Environmental Sustainability Minister Datuk Seri Nizam Hamzah", then "he said": a portfolio\'s first items before "and" and the office',
      'Floods\n\nAll relief centres are ready, said Natural Resources and Environmental Sustainability Minister Datuk Seri Nizam Hamzah.\n\n"We have learned a lot from the floods," he said.',
      ['Nizam Hamzah']],
    ['"Home Affairs and Justice Minister Lee Kah Wai said … “…,” he said"', 'Law\n\nHome Affairs and Justice Minister Lee Kah Wai said the bill would pass. "It will pass," he said.', ['Lee Kah Wai']],
    ['"Trump and Defense Secretary Ash Carter": a name that is no portfolio\'s word is someone', 'Talks\n\nTrump and Defense Secretary Ash Carter met on Monday. "We agreed," Trump said.', ['Trump']],
  ];
  itFindsSpeakers(cases);
  it('Ireland: "Detective Garda Colm Hegarty" then "Det Gda Hegarty", "Siobhán Lucey BL": one person each, the rank and the letters no part of the name', () => {
    const text = 'Theft\n\nDetective Garda Colm Hegarty told the court the card was taken.\n\n"He trusted him completely," Det Gda Hegarty said.\n\nAsked by prosecution barrister Siobhán Lucey BL, he replied: "Not one cent, judge."';
    expect(extract({ text }).people.map((p) => p.name)).toEqual(['Colm Hegarty', 'Siobhán Lucey']);
    expect(speakersOf(text)).toEqual(['Colm Hegarty', 'Colm Hegarty']);
  });
  it('Ireland: "An Garda Síochána" and "Gardaí" are the police, no one named "Síochána"', () => {
    const text = 'Crash\n\nAn Garda Síochána said the road was closed.\n\n"We will find them," Gardaí said. "He was a careful driver," Garda Mary Walsh said.';
    expect(extract({ text }).people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Mary Walsh']);
  });
  it('Malaysia: "Datuk Wan Rosli Wan Ismail", then "said Wan Rosli": the given name before a father\'s name that repeats the title', () => {
    const text = 'Floods\n\nCommittee chairman Datuk Wan Rosli Wan Ismail said RM3.5 million had been set aside.\n\n"The allocation covers boats," said Wan Rosli.';
    expect(extract({ text }).people.map((p) => p.name)).toEqual(['Wan Rosli Wan Ismail']);
  });
});

describe('round 43: ranks, offices and letters of other conventions; what owns a company; a sound', () => {
  const cases: SpeakerCase[] = [
    ['UK veterinary papers: "Gemma Pritchard RVN", "Mark Ellison MRCVS": letters after the name', 'Abuse\n\n"It is a wake-up call," said Gemma Pritchard RVN.\n\n"We put up posters," said Mark Ellison MRCVS.', ['Gemma Pritchard', 'Mark Ellison']],
    ['Ontario: "Assiginack Reeve Hugh Carruthers", "Deputy Reeve Ron Bauer", "Wiikwemkoong Ogimaa-kwe Rosanne Manitowabi": offices before the names',
      'Ferry\n\nAssiginack Reeve Hugh Carruthers called the delay "a gut punch".\n\n"I had three tours booked," said Deputy Reeve Ron Bauer.\n\n"Three weeks is a lot of paycheques," said Wiikwemkoong Ogimaa-kwe Rosanne Manitowabi.',
      ['Hugh Carruthers', 'Ron Bauer', 'Rosanne Manitowabi']],
    ['"Deckhand Tyler Okonek, 23, testified": a crew role before the name', 'Hearing\n\nDeckhand Tyler Okonek, 23, testified on Wednesday. "It was foggy," Okonek said.', ['Tyler Okonek']],
  ];
  itFindsSpeakers(cases);
  it('"State-owned Transnet Freight Rail", "the State-owned company": who owns a company is no part of its name, nor anyone', () => {
    const ex = extract({ text: 'Rail\n\nThe miner signed a deal with State-owned Transnet Freight Rail to move ore.\n\n"We remain committed," the State-owned company said.' });
    expect(ex.people.map((p) => p.name)).not.toContain('State-owned');
    expect(ex.people.map((p) => p.name)).not.toContain('State-owned Transnet Freight Rail');
  });
  it('"Prince William Sound" is a place, no prince called William Sound', () => {
    expect(extract({ text: 'Grounding\n\nThe tender ran aground in Prince William Sound. "It was foggy," said Captain Dale Rasmussen.' }).people.map((p) => p.name)).toEqual(['Dale Rasmussen']);
  });
});

describe('round 44: initials without stops, the people of a place', () => {
  const cases: SpeakerCase[] = [
    ['India: "B R Manjunath", "K Venkatesh", "H S Nagaraj": initials without stops, then the surname',
      'Lake track\n\nK Venkatesh, a retired engineer, spoke first. "So which one is true?" Venkatesh asked.\n\nBBMP chief engineer (lakes) B R Manjunath denied it. "The track follows the survey," he told DH.\n\nManjunath said former corporator H S Nagaraj had seen the boundary.\n\nNagaraj, however, said he had not endorsed the plan. "I did not say I was satisfied," he said.',
      ['K Venkatesh', 'B R Manjunath', 'H S Nagaraj']],
    ['"one P&G Amiens employee": the last letter of "P&G" opens no name', 'Attack\n\n"We are shocked," one P&G Amiens employee told BFMTV.', [null]],
    ['"told the committee that Nebraskans had been asking … “…”": the people of a place the article names are no one',
      'Tax swap\n\nNebraska lawmakers met on Monday. State Sen. Margaret Holtz told the Revenue Committee that Nebraskans had been asking for relief "for as long as I\'ve been alive."',
      ['Margaret Holtz']],
    ['"Evans", "Walters" are surnames, no one\'s plural', 'Tax\n\nTom Evans spoke, and Eva Smith. "We will win," Evans said.\n\nWalt Disney and Barbara Walters met. "Yes," Walters said.', ['Tom Evans', 'Barbara Walters']],
  ];
  itFindsSpeakers(cases);
});

describe('round 45: governing bodies, offices by their initials, a body\'s acronym after an office', () => {
  const cases: SpeakerCase[] = [
    ['"Athletics Kenya said in a statement … in line with the Athletics Integrity Unit. “…,” it said": a sport and a country name a body, the subject',
      'Trials\n\nAthletics Kenya said in a statement that all athletes would be tested, in line with the requirements of the Athletics Integrity Unit.\n\n"Every athlete must be clean," it said.',
      ['Athletics Kenya']],
    ['India: "Additional Government Pleader S. Rajasekaran", then "the AGP told him … “…,” he said": the office by its initials',
      'Tank\n\nPetitioner Mr. Karthikeyan said the tank was encroached. "Nobody lifted a finger," he submitted.\n\nAdditional Government Pleader S. Rajasekaran told the court that a survey had been completed. When Mr. Karthikeyan pointed out that the notices were late, the AGP told him that the delay was due to the pandemic. "The department is not sitting idle," he said.',
      ['Karthikeyan', 'S. Rajasekaran']],
    ['India: "said deputy commissioner of police (DCP, Noida) Ankita Sharma", then "The DCP said … “…”": over the office\'s letters to her name, and no one called DCP (round 111)',
      'Attack\n\n"The suspect fled on foot," said deputy commissioner of police (DCP, Noida) Ankita Sharma.\n\nThe DCP said anyone with information could call, and that their identity "would be kept confidential".',
      ['Ankita Sharma', null]],
    ['Bangladesh: "Shahinur Rahman, officer-in-charge (OC) of Sherpur Police Station," then "the OC said": the office by its initials, no one called OC',
      'Blast\n\nShahinur Rahman, officer-in-charge (OC) of Sherpur Police Station, said the owner had fled. Farhana Yasmin, a surgeon, said six were burned.\n\n"A case has been filed under the Boilers Act," the OC said.',
      ['Shahinur Rahman']],
    ['Jamaica, Malta, Singapore: "the DSP said", "the PRO said", "the CTO said" are the officers named with those offices',
      'Robbery\n\nDeputy Superintendent of Police (DSP) Carlton Rowe said a motorcycle was recovered.\n\n"We have clear footage," the DSP said.\n\nMoviment Lokalità\'s public relations officer, Jean-Paul Mifsud, said the party would learn.\n\n"We were defending a record," the PRO said.\n\nCo-founder and CTO Pham Hoang Long said engineers rebuilt the app.\n\n"We lost," the CTO said.',
      ['Carlton Rowe', 'Jean-Paul Mifsud', 'Pham Hoang Long']],
    ['Tanzania, Sri Lanka: "Kongwa District Commissioner Halima Sefu" … "the DC said"; "Galgamuwa Divisional Secretary (DS) K.A. Nilmini Perera" … "The DS said she had met H.M. Kumarihamy … she said"',
      'Water\n\nKongwa District Commissioner Ms Halima Sefu said she had visited the kiosk.\n\n"Every street will get a bowser," the DC said.\n\nGalgamuwa Divisional Secretary (DS) K.A. Nilmini Perera visited the area on Sunday. The DS said she had met H.M. Kumarihamy, a widow whose house was damaged. "She has three children and a house with no front wall," she said.',
      ['Halima Sefu', 'K.A. Nilmini Perera']],
    ['England: "the Ven. Joanna Ruddle" (the Venerable) ends no sentence; "The Archdeacon … she said" is the archdeacon',
      'Synod\n\nThe Revd Helen Tranter said that she had written to one of the diocese\'s archdeacons, the Ven. Joanna Ruddle, in February, asking for more time.\n\n"She wrote back within a day," she said.\n\nThe Archdeacon later told the synod that the timetable had been fair.\n\n"Nothing is being closed today," she said.',
      ['Helen Tranter', 'Joanna Ruddle']],
    ['Pakistan: "Senior Vice President KCCI Syed Asif Raza Naqvi": the body\'s acronym after the office is no part of the name',
      'Gas\n\nKCCI President Tariq Mehmood Paracha called the tariff "totally uncompetitive".\n\nSenior Vice President KCCI Syed Asif Raza Naqvi, who was also present, said Paracha had written to the minister twice. "He has not received a single reply," he said.',
      ['Tariq Mehmood Paracha', 'Syed Asif Raza Naqvi']],
    ['Northern Ireland: "Det Con Gillespie" is Detective Constable Gillespie; "Con Houlihan" a given name',
      'Court\n\nDetective Constable Ross Gillespie told the court the car was stolen.\n\n"It was stolen," Det Con Gillespie said. Con Houlihan, a writer, agreed. "It was," Houlihan said.',
      ['Ross Gillespie', 'Con Houlihan']],
    ['"Third-placed Silas Kaltapas": where someone finished is no part of the name', 'By-election\n\n"We ran a clean campaign," said Third-placed Silas Kaltapas.', ['Silas Kaltapas']],
    ['"the Belgrade-born actress said": where someone was born names no one', 'Awards\n\nMilica Stojanović won best actress.\n\n"She let me fail for three weeks," the Belgrade-born actress said.', ['Milica Stojanović']],
  ];
  itFindsSpeakers(cases);
});
