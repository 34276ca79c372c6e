// Who may stand as a choice (questions/06-speakers.ts): people with evidence, named as the article
// names them, with a short role; never a place, team, campus, headline word, contraction or part
// of an organisation's name. One table per rule, snippets written in several house styles.
import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../questions/index';
import { choiceEvidence, lowerCaseWords, pluralNoun, roleClass, shortRole, titleCaseHeadline } from '../../questions/06-speakers';
import type { Entity } from '../../questions/03-entity';

/** Every label offered as a choice anywhere in the quiz, "Name — Role" where it has a role. */
function choiceLabels(text: string): string[] {
  const labels = new Set<string>();
  for (const q of buildQuiz({ text }).questions) for (const c of q.choices) labels.add(c.description ? `${c.label} — ${c.description}` : c.label);
  return [...labels];
}

/** [what the case shows, article, labels that must be choices, patterns no choice's "Name — Role" may match]. */
type ChoiceCase = [string, string, string[], string[]];

function itOffers(cases: ChoiceCase[]): void {
  it.each(cases)('%s', (_name, text, present, absent) => {
    const labels = choiceLabels(text);
    for (const p of present) expect(labels, labels.join(' | ')).toContain(p);
    for (const a of absent) expect(labels.some((l) => new RegExp(a).test(l)), `${a} in ${labels.join(' | ')}`).toBe(false);
  });
}

describe('names and roles as the article gives them', () => {
  itOffers([
    ['US council: a title word before a given name and a place-word surname (Councilmember Lena Park)',
      'Council renews levy\n\nCouncilmember Lena Park, who voted with the majority, said the district had paid for itself. "Every dollar we put in came back twice over," Park said.\n\nCouncilmember Tom Alvarez voted no. "Small shops outside downtown get none of this," Alvarez said.\n\nMayor Denise Hall said staff would review it. "We will look again at the whole scheme next spring," Hall said.',
      ['Lena Park — Councilmember', 'Tom Alvarez — Councilmember', 'Denise Hall — Mayor'], ['^(?:Hall|Park)\\b', 'Improvement']],
    ['English football: a role before the name is a role, not part of it (captain, substitute)',
      'Rovers snatch it late\n\nGoals from captain Jonny Pritchard and substitute Danny Wells gave Ashford Rovers a 2-1 win.\n\nSubstitute Danny Wells headed in the winner. "I just closed my eyes and went for it, honestly," Wells said.\n\nRovers manager Gary Holt was proud. "We never stopped running, even a goal down," Holt said.\n\nPritchard agreed. "We have been here before and we always find a way back," he said.',
      ['Jonny Pritchard — Captain', 'Danny Wells — Substitute', 'Gary Holt — Rovers manager'], ['Goals', '^Substitute', '^(?:Ashford )?Rovers']],
    ['English cricket: a role before the name stops at a preposition of any kind ("built around captain Usman ul-Haq"; round 132)',
      'Bury beat Frinton\n\nFrinton’s reply was built around captain Usman ul-Haq, who reached 67.\n\nBury captain Will Tindall said the teenager had been “outstanding from ball one”.\n\n“You never know how a 17-year-old is going to react with someone like Usman at the other end,” Tindall said.\n\nAlfie Spalding admitted he had barely slept. “I was more nervous about Dad watching me bowl than about bowling to their lot,” he said.\n\nRob Spalding, 46, said: “I’ve had a few good days at this ground, but that’s the best by a mile.”\n\nFrinton captain ul-Haq was gracious in defeat.\n\n“Fair play to the kid. He bowled me with a good one and I’ve no complaints,” he said.',
      ['Usman ul-Haq — Captain', 'Will Tindall — Bury captain'], ['Built', 'around']],
    ['Nigerian paper: Alhaji and Chief before names, a state government that speaks is no person',
      'Kano traders count losses after fire\n\nTraders at Kantin Kwari market on Monday counted their losses after a fire destroyed more than 200 shops.\n\nAlhaji Musa Danladi, chairman of the market association, said the fire started at night. "We lost everything we had worked for in twenty years," Danladi said.\n\nChief Ngozi Okafor, a textile dealer, said the fire service came late. "By the time they arrived, there was nothing left to save," she said.\n\nThe Kano State Government said it would support the traders. "Relief materials will reach every affected trader this week," the government said.\n\nFire service spokesman Saminu Abdullahi said his men worked all night. "The water tankers could not get into the narrow lanes," Abdullahi said.',
      ['Musa Danladi — Chairman of the market association', 'Ngozi Okafor — Chief', 'Saminu Abdullahi — Fire service spokesman'], ['Kano', 'Government', 'Kantin', '^Alhaji']],
  ]);
});

describe('names and roles from Bangladeshi, Brazilian, Sudanese and British papers', () => {
  itOffers([
    ['Bangladeshi paper: brothers "Md Anisur Rahman" and "Md Habibur Rahman" are two people; "Vice-President" is an office',
      'Garment workers block highway\n\nWorkers of Rupali Apparels blocked the highway on Sunday. The factory\'s owner, Md Anisur Rahman, could not be reached for comment.\n\nHis brother and co-owner, Md Habibur Rahman, told reporters the company faced a "temporary liquidity crisis".\n\nBGMEA Vice-President Shahidullah Azim said the association was "deeply concerned". "If the owners have absconded, we will work with the government to settle the wages," Azim said.\n\nLine supervisor Rokeya Begum said she had not been paid since August. "We cannot pay rent. My children are eating once a day," she said.',
      ['Md Habibur Rahman', 'Shahidullah Azim — BGMEA Vice-President'], ['^Vice-President', '^Md Anisur Rahman.*Habibur']],
    ['roles with an age, after an owner, or cut before a place: "52-year-old taxi driver", "the group\'s adviser", "planner based in Leeds"',
      'Fans rally for Davi\n\nOne of them, 52-year-old taxi driver Marcos Oliveira, said he understood the club. "Football is business now," Oliveira said.\n\nIn a post on X, the group\'s adviser Basha Tabeeq wrote: "We came to Jeddah in good faith and we will come again."\n\n"Anyone who tells you otherwise is selling something," said Priya Raman, a chartered financial planner based in Leeds.\n\nThe elder Moura, Reinaldo Moura, is his son\'s agent. "My son will decide for himself, and nobody else will," Reinaldo Moura said.',
      ['Marcos Oliveira — 52-year-old taxi driver', 'Basha Tabeeq — Adviser', 'Priya Raman — Chartered financial planner'], ['— -year-old', '— S ', 'based$', '— Elder$']],
  ]);
});

describe('offices of Irish, South African and Indian papers', () => {
  itOffers([
    ['Irish: TD and Tánaiste are titles, a party before TD is no name',
      'Hospital waiting lists grow\n\nFianna Fáil TD Jim O\'Callaghan said the figures were unacceptable. "Nobody should wait two years for a hip," Mr O\'Callaghan said.\n\nThe Tánaiste, Micheál Martin, said later that funding had risen every year. "We have put more money into health than any government before us," he said.\n\nSocial Democrats TD Róisín Shortall disagreed. "Money without reform just buys longer queues," Ms Shortall said.',
      ['Jim O\'Callaghan — Fianna Fáil TD', 'Micheál Martin — Tánaiste', 'Róisín Shortall — Social Democrats TD'], ['^(?:Fianna|Social|Democrats)']],
    ['South African: a provincial MEC, a Prof whose role ends before its preposition',
      'Clinic queues lengthen\n\nWestern Cape health MEC Mireille Wenger said extra staff would start on Monday. "Every clinic will have two more nurses by the end of the month," Wenger said.\n\nProf Tumi Mbeki, an epidemiologist at the University of Cape Town, said the queues were predictable. "We warned about this in March," Mbeki said.\n\nPatient Zodwa Dlamini, 66, waited six hours. "I brought my own chair because I knew," she said.',
      ['Mireille Wenger — Western Cape health MEC', 'Tumi Mbeki — Epidemiologist', 'Zodwa Dlamini — Patient'], ['^(?:Western|Cape|University)']],
    ['Indian: "Additional Solicitor General" is a title before the name',
      'SC questions delay in tribunal appointments\n\nAdditional Solicitor General Aishwarya Bhati told the bench that the files were with the government. "The names will be cleared within four weeks," Bhati said.\n\nSenior advocate Gopal Sankaranarayanan, for the petitioners, said the posts had been vacant for two years. "Justice delayed in tribunals is justice denied to lakhs of litigants," Sankaranarayanan said.\n\nJustice Surya Kant asked for an affidavit. "We want it in writing this time," Justice Kant said.',
      ['Aishwarya Bhati — Additional Solicitor General', 'Gopal Sankaranarayanan — Senior advocate'], ['^(?:Additional|General|Solicitor)']],
  ]);
});

describe('roles that are no role, and roles given to a list', () => {
  it.each([
    ['Canadian food feature: "the deli counter" is no role, "Stella\'s owners" are each an owner',
      'Union deal at Stella\'s\n\nAt the deli counter Ana Souza, 34, slices ham all day. "The new contract means I can plan my week for once," Souza said.\n\nIn a statement, Stella\'s owners Tore Sohlberg and Lehla Abreder said they respected the vote. "Our priority is a healthy workplace," they said.\n\nUnion president Jeff Traeger said talks start soon. "We will be at the table in January," Traeger said.',
      ['Ana Souza', 'Tore Sohlberg — Stella\'s owner', 'Lehla Abreder — Stella\'s owner'], ['Counter']],
  ] as ChoiceCase[])('%s', (_name, text, present, absent) => {
    const people = buildQuiz({ text }).people.map((p) => (p.role ? `${p.name} — ${p.role}` : p.name));
    for (const p of present) expect(people, people.join(' | ')).toContain(p);
    for (const a of absent) expect(people.some((l) => new RegExp(a).test(l)), people.join(' | ')).toBe(false);
  });
});

describe('NOT_A_CHOICE', () => {
  itOffers([
    ['the-name: a team the article calls "the Maple Leafs" is no person',
      'Parade bill\n\nThe Maple Leafs said the team would talk to the city. "We will sit down with them when the time comes," said Brad Bradford, a city councillor.\n\nMayor Olivia Chow disagreed. "The city does not pay for private parties," Chow said.\n\nCouncillor Paula Fletcher backed her. "Taxpayers should not foot this bill at all," Fletcher said.',
      ['Olivia Chow — Mayor'], ['^(?:Maple )?Leafs']],
    ['headline-only: names in a title-case headline are no one the story introduces',
      'Obama Seeks More Refugees As He Recognizes Major Islamic Holiday.\n\nPresident Barack Obama said the United States should take more refugees. "We are a nation of immigrants and always will be," Obama said.\n\nDonald Trump disagreed. "We cannot take people we cannot vet properly," Trump said.\n\nSenator Ted Cruz said the plan was reckless. "This is the wrong policy at the wrong time," Cruz said.',
      ['Barack Obama — President'], ['^(?:Major )?Islamic']],
    ['plural-noun: a plural common noun ends no name (Youth Councils)',
      'Youth voices\n\nThe Saskatoon Youth Councils met police on Friday. Youth Councils organiser Darian Lonechild said trust was low. "Just seeing police officers, I feel like I can be targeted," Lonechild said.\n\nPolice Chief Troy Cooper said he would listen. "We have a lot of work to do together," Cooper said.\n\nCouncillor Hilary Gough agreed. "This conversation is overdue by years," Gough said.',
      ['Troy Cooper — Police Chief'], ['^(?:Saskatoon )?Youth', 'Friday']],
    ['common-noun-surname: products whose last word the article writes in lower case (Green Cream)',
      'Beards are out\n\nBarber Robert McMillen says beards are shrinking. "The big beard is taking a back seat to stubble," McMillen said.\n\nHe recommends Graydon Green Cream for dry skin, and the cream costs $30.\n\nStylist Kathryn Hudson agrees. "Clients ask for a clean shave again," Hudson said.\n\nCustomer Marcus Bell said he shaved last week. "My wife did not recognise me at dinner," Bell said.',
      ['Robert McMillen — Barber'], ['^Graydon']],
    ['organisation-word: part of an organisation\'s name is no person (Students\' Union, Farmers\' Union)',
      'Union says payments too small\n\nThe National Farmers\' Union said the drought payments were too small. "Families with small herds will fall through the cracks," said Rhiannon Evans, the union\'s Welsh president.\n\nThe Scarborough Campus Students\' Union collected complaints. "Nobody told us anything," said Kwame Mensah, its president.\n\nThe Environment Secretary, Steve Barclay, defended the scheme. "This is the largest package in a decade," he said.',
      ['Rhiannon Evans — Union\'s Welsh president', 'Kwame Mensah — President', 'Steve Barclay — Environment Secretary'], ['^(?:National |Farmers |Campus |Students |Union)']],
  ]);
});

describe('what the issue found offered as people', () => {
  itOffers([
    ['a contraction from an interviewer\'s question ("You\'ve") in a radio write-up',
      'Transit chief on the fare card\n\nToronto transit chief Amara Osei spoke with host Gil Brennan on Metro Morning.\n\n"You\'ve had three weeks of lineups. Was that a surprise?" Brennan asked.\n\n"We underestimated the demand for the physical cards," Osei said.\n\nCouncillor Dianne Saxe said riders deserved refunds. "People paid twice for the same trip and they want it back," Saxe said.\n\nRider Tom Okafor, 34, waited an hour. "I missed my shift because of a card machine," he said.',
      ['Amara Osei — Toronto transit chief', 'Gil Brennan — Host'], ['^You', '^Metro']],
    ['a campus in "University of California, Davis" and a constituency in a British by-election',
      'Students and the by-election\n\nStudents at the University of California, Davis marched on Thursday. "We are working two jobs to pay rent," said Maria Lopez, a third-year student.\n\nIn Wealdbridge, Labour\'s Fiona Gallagher won the by-election. "I will be a full-time MP for Wealdbridge," Ms Gallagher said.\n\nConservative MPs said the result was a protest vote. The party chairman, Richard Holden, agreed. "Voters wanted to send a message and they sent it," Mr Holden said.\n\nProfessor Alan Whitcombe said turnout was low. "Seven in ten people stayed at home," he said.',
      ['Maria Lopez — Third-year student', 'Fiona Gallagher'], ['^Davis', '^Wealdbridge', '^MPs', '^Conservative']],
    ['a business improvement area named in a council story, and a sports club',
      'Levy renewed\n\nThe Downtown Riverton Business Improvement Area will keep its levy. "Every dollar came back twice over," said Councillor Lena Park.\n\nKettering Town chairman Ken Samuels said the club backed the plan. "Match days bring thousands into town," Samuels said.\n\nShop owner Priya Shah disagreed. "The levy pays for banners, not customers," Shah said.\n\nMayor Denise Hall said a review would follow. "We will look again next spring," Hall said.',
      ['Lena Park — Councillor', 'Ken Samuels — Kettering Town chairman'], ['Improvement', '^Kettering', '^Downtown']],
  ]);
});

describe('organisations that speak, for organisations\' quotations', () => {
  it('asks who said an organisation\'s quotation among organisations that spoke, people apart', () => {
    const text = 'Schools to reopen\n\nThe Ministry of Education said schools would reopen on Monday. "All classrooms have been inspected and are safe for pupils," the ministry said.\n\nThe National Union of Teachers said it was not consulted. "Our members learned of this decision from the television news," the union said.\n\nThe Nigerian Medical Association said in a statement: \"Children have missed too much already, and the risk is now low.\"\n\nParent Ade Bello, 41, was relieved. "Three months at home with four children is long enough," Bello said.\n\nHeadteacher Grace Obi said her staff were ready. "We have been ready since the first week of the closure," Obi said.';
    const quiz = buildQuiz({ text });
    const kindOf = (id: string) => quiz.people.find((p) => p.id === id)?.kind;
    expect(quiz.questions.filter((q) => kindOf(q.answer) === 'organisation').length).toBeGreaterThan(0);
    for (const q of quiz.questions) {
      const kinds = new Set(q.choices.map((c) => quiz.people.find((p) => p.id === c.id)?.kind));
      expect(kinds.size, q.quote).toBe(1);
    }
  });
});

describe('PERSON_EVIDENCE', () => {
  itOffers([
    ['honorific-or-title: "Mr Jones", "Cr Lisa Nguyen" (Australian councils, no full stops)',
      'Council rejects tower\n\nCr Lisa Nguyen moved to reject the tower. "It is twice the height the plan allows," Cr Nguyen said.\n\nMr Jones, a resident of 40 years, said he was relieved. "The shade would have killed every garden on the street," Mr Jones said.\n\nDeveloper Sam Whitlock said he would appeal. "We will take this to the tribunal," Mr Whitlock said.',
      ['Lisa Nguyen — Councillor', 'Jones — Resident of 40 years', 'Sam Whitlock — Developer'], []],
    ['relation-or-age: "Her daughter, Linh," and "Bao" are people though their names are given alone',
      'Swimming teacher dies at 91\n\nEvelyn Tran taught a generation of Winnipeg children to swim. She was 91.\n\nHer daughter, Linh, said the pool was her mother\'s second home. "She was in the water until she was 85," Linh said.\n\nHer son Bao said the family would hold a memorial. "Mom would want people swimming, not crying," he said.\n\nFormer student Carla Reimer, now a lifeguard, said Mrs. Tran never raised her voice. "She would just look at you, and you would put your face in," Reimer said.',
      ['Linh', 'Bao', 'Carla Reimer — Former student'], []],
    ['given-name: an Indian reporter style, given names of the data set before surnames',
      'Water tanker row in Bengaluru\n\nResidents of Whitefield in Bengaluru protested on Sunday against the rising price of water tankers.\n\n"We are paying Rs 2,000 for a tanker that cost Rs 600 last year," said Priya Raghavan, a software engineer who lives in the area.\n\nBBMP chief commissioner Tushar Giri Nath said the civic body would cap prices. "No tanker operator will be allowed to exploit the shortage," he said.\n\nTanker owner Venkatesh Gowda said diesel costs had doubled. "We are not making the profit people think," Gowda said.',
      ['Priya Raghavan — Software engineer', 'Tushar Giri Nath — BBMP chief commissioner', 'Venkatesh Gowda — Tanker owner'], ['^(?:Whitefield|Bengaluru|BBMP)']],
  ]);
});

describe('choiceEvidence: the named rule that lets an entity be a choice', () => {
  const entity = (name: string, more: Partial<Entity> = {}, role?: string, kind: 'person' | 'organisation' = 'person'): Entity => ({
    person: { id: 'p-x', name, aliases: [], kind, ...(role ? { role } : {}) }, gender: undefined, personish: false, the: false, mentions: 1, solid: true, ...more,
  });
  const view = (e: Entity, spoke = false, text = '') => ({ entity: e, spoke, lowerWords: lowerCaseWords(text), headlineOnly: false });
  const cases: [string, ReturnType<typeof view>, boolean, string | null][] = [
    ['an honorific: Mr Qadri', view(entity('Qadri', { honorific: true })), false, 'honorific-or-title'],
    ['a relation: his son, Bao', view(entity('Bao', { relation: 'son' })), false, 'relation-or-age'],
    ['a role: Tanker owner Venkatesh Gowda', view(entity('Venkatesh Gowda', {}, 'Tanker owner')), false, 'role'],
    ['a given name of the data set: Chukwuemeka Eze', view(entity('Chukwuemeka Eze')), false, 'given-name'],
    ['named as a speaker, two words: Tserendorj Bat-Erdene said', view(entity('Tserendorj Bat-Erdene'), true), false, 'speaks'],
    ['a mononym that speaks, with a he after: Na\'moks said … he', view(entity("Na'moks", { pronounSeen: true }), true), false, 'speaks'],
    ['reported speech alone, two words and nothing else: a show found as a subject', view(entity('Kitchen Kings', { spoke: true })), false, null],
    // (a given name the data set does not know, with or without its accents: "Micheál" it now knows as "michael")
    ['reported speech and a he after: Ruairí Brennan said later … he', view(entity('Ruairí Brennan', { spoke: true, pronounSeen: true })), false, 'speaks'],
    ['a given name known without its accents: Micheál Martin', view(entity('Micheál Martin', { spoke: true, pronounSeen: true })), false, 'given-name'],
    ['a word alone with nothing: Stella', view(entity('Stella\'s')), false, null],
    ['a team: the Maple Leafs', view(entity('Maple Leafs', { theFull: true, the: true })), false, null],
    ['an organisation that spoke: the Union of Teachers', view(entity('Union of Teachers', {}, undefined, 'organisation')), true, 'org-spoke'],
    ['an organisation that did not speak', view(entity('Union of Teachers', {}, undefined, 'organisation')), false, null],
    ['a person the people stage filed as an organisation: Kim Jong Un', view(entity('Kim Jong Un', {}, undefined, 'organisation')), true, null],
  ];
  it.each(cases)('%s', (_name, v, spokeInQuote, expected) => expect(choiceEvidence(v, spokeInQuote)).toBe(expected));
});

describe('rule units', () => {
  const roles: [string | undefined, string | undefined][] = [
    ['Kremlin spokesman', 'Kremlin spokesman'],
    ['Rural Economic Development', undefined],
    ['L’Oréal Paris Men Expert', undefined],
    ['Fire Chief', 'Fire Chief'],
    ['opposition agriculture critic', 'Opposition agriculture critic'],
    ['Minister of Agriculture and Agri-Food and Rural Economic Development', 'Minister'],
    ['public health specialist at Wits University', 'Public health specialist'],
    // (a clause the role phrase ran into: what follows its participle is the person's office; a participle after the role is cut)
    ['Group backing former Arkansas Governor', 'Former Arkansas Governor'],
    ['Likely including former President', 'Former President'],
    ['Be challenging incumbent Representative', 'Incumbent Representative'],
    ['Longtime Republican donor involved', 'Longtime Republican donor'],
    ['Delegate serving', 'Delegate'],
    ['Him grabbing reporter', undefined],
    ['Oscar-winning actress', 'Oscar-winning actress'],
    ['State policy planning director', 'State policy planning director'],
    ['Republican expert on political messaging', 'Republican expert on political messaging'],
    ['Her campaign chairman', 'Her campaign chairman'],
    ['Washington lawyer leading', 'Washington lawyer'],
    ['US Senator', 'US Senator'],
    [undefined, undefined],
  ];
  it.each(roles)('shortRole(%s) = %s', (role, expected) => expect(shortRole(role)).toBe(expected));

  const classes: [string, string | undefined][] = [
    ['Opposition agriculture critic', 'politics'], ['Rovers manager', 'sport'], ['Crown attorney', 'law'], ['Fire Chief', 'emergency'],
    ['Analyst at Desjardins Securities', 'business'], ['Kremlin spokesman', 'press'], ['Third-year student', undefined],
  ];
  it.each(classes)('roleClass(%s) = %s', (role, expected) => expect(roleClass(role)).toBe(expected));

  const plurals: [string, string, boolean][] = [
    ['Councils', '', true], ['Investigations', 'the investigations went on', true], ['Williams', 'he said', false], ['Davis', '', false], ['Banks', 'no banks', true],
  ];
  it.each(plurals)('pluralNoun(%s) in "%s" = %s', (word, text, expected) => expect(pluralNoun(word, lowerCaseWords(text))).toBe(expected));

  const headlines: [string, boolean][] = [
    ['Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday.\n\nPresident …', true],
    ['Kremlin: Trump and Putin discussed creating cybersecurity group\n\n…', false],
    ['Evelyn Tran, who taught a generation of Winnipeg children to swim, dies at 91\n\n…', false],
  ];
  it.each(headlines)('titleCaseHeadline(%j) > 0 is %s', (text, expected) => expect(titleCaseHeadline(text) > 0).toBe(expected));
});
