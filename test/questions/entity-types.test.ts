// Stage 3's entity types: given names from the data set, the named rules that say a capitalised
// sequence names nobody (NOT_A_NAME), and the rules that say an entity speaks for no one (NOT_A_SPEAKER).
import { describe, expect, it } from 'vitest';
import { givenName } from '../../questions/03-names';
import { speakersOf, itFindsSpeakers, type SpeakerCase } from './helpers';
import { analyse, extract } from '../../questions/index';

describe('given names (data set of ~60,000, front-coded)', () => {
  it.each([
    ['Mary', 'f'], ['Donald', 'm'], ['Navdeep', 'm'], ['Andrea', 'either'], ['Zoë', 'f'], ['Suncor', undefined], ['Economic', undefined],
    ['Knowing', undefined], ['The', undefined], ['General', undefined],
  ])('%s → %s', (name, g) => {
    expect(givenName(name)).toBe(g);
  });
});

const people = (text: string) => extract({ text }).people.map((p) => p.name);

describe('not a name (03-mentions NOT_A_NAME)', () => {
  it('a preposition that opens the sentence’s opening phrase is no part of a name: no "Across Asia", no "Throughout Tuesday"', () => {
    const text = 'Across Asia, leaders welcomed the visit. Throughout Tuesday, Ana Ruiz met officials. “We are ready,” Ruiz said.';
    expect(analyse({ text }).people.entities.map((e) => e.person.name)).not.toContain('Across Asia');
    expect(analyse({ text }).people.entities.map((e) => e.person.name)).not.toContain('Throughout Tuesday');
  });
  it('dated-event reads no owner: "surrogates for Obama’s 2008 campaign" still calls Barack Obama "Obama"', () => {
    const text = 'President Barack Obama spoke first. “We built this,” said Teal Baker, who ran surrogates for Obama’s 2008 campaign.';
    expect(extract({ text }).people.map((p) => [p.name, p.aliases])).toEqual([['Barack Obama', ['Obama']], ['Teal Baker', []]]);
  });
  it('acronym-as-kind reads no acronym after a preposition: "In an interview with CNN," names the network', () => {
    const text = 'Ana Ruiz leads the ministry.\n\nIn an interview with CNN, Ruiz said the estimate was “far too high.”';
    expect(analyse({ text }).people.entities.map((e) => e.person.name)).toEqual(['Ana Ruiz', 'CNN']);
  });
  const cases: SpeakerCase[] = [
    ['contraction: "You’ve" opens a question, names nobody',
      '"We will not back down," Tom Brown said.\n\nYou’ve said "the plan will work" many times.', ['Tom Brown', 'Tom Brown']],
    ['acronym-as-kind: "a local NGO," is a kind of thing, no name, and the report\'s author used the words (round 91)',
      'A 2023 report by Yayasan Pesisir Hijau, a local NGO, estimated the losses, describing the rate as “among the fastest on the coast.”', ['Yayasan Pesisir Hijau']],
    ['birth-name: "Born Margaret Ellen Pryce in Kington in 1940, … she read history": the name she was born with is no one else, and "she" is the woman the obituary is of (round 92)',
      'CANON Margaret (‘Peggy’) Ashdown, who died on 3 March, aged 84, was among the first women ordained in the diocese.\n\nBorn Margaret Ellen Pryce in Kington in 1940, the daughter of a hill farmer, she read history before, in her own words, ‘the Church finally caught up with what God had been saying to me since I was 12’.',
      ['Margaret Ashdown']],
    ['dated-event: "An entry from Holy Week 2003 reads" is a time, no one (the entry itself is read as no one’s), and "she wrote" after it is the diarist (round 92)',
      'Margaret Ashdown kept diaries all her life.\n\nAn entry from Holy Week 2003 reads, in its entirety: ‘Three funerals and a sheep in the churchyard.’\n\nShe was made an honorary canon in 2002. ‘I shall have to buy a better coat,’ she wrote to me at the time.',
      [null, 'Margaret Ashdown']],
    ['nationality: "Prominent Canadian" is no name',
      'Prominent Canadian economist Jim Stanford disagreed. "The numbers do not add up at all," he said.', ['Jim Stanford']],
    ['gerund opener: "Knowing Bardos" is Bardos',
      'Knowing Bardos as he did, Kevin Vickers was not surprised. "He was always the first to help," Vickers said.', ['Kevin Vickers']],
    ['numbered law: "Bill C-69" is a law, and "Bill" then no speaker',
      'Kevin Vickers spoke to reporters. "This is a disgrace," he said. Bill C-69 passed on Tuesday.\n\n"We will fight it," Bill said.', ['Kevin Vickers', 'Kevin Vickers']],
    ['a name between "The" and a role noun modifies the role, and "he" is the person named after it',
      'Labour held the seat.\n\nThe Reform UK candidate, Gareth Pryce, came second. He said voters had "run out of patience with both old parties".', ['Gareth Pryce']],
    ['a place listed after a place ("in Iraq and Libya") is no speaker',
      'Donald Trump spoke in Ohio.\n\n"We will win," Trump said. He attacked Clinton for military action in Iraq and Libya, saying, "She is trigger-happy."', ['Donald Trump', 'Donald Trump']],
    ['a name after "of" that a verb of saying follows is someone, no place ("footage of Trump saying")',
      'Hillary Clinton blasted him on taxes. The spot ends with footage of Trump saying during the debate, "That makes me smart," as she speaks.', ['Trump']],
    ['a name after "of" with no verb of saying after it is still a place',
      'The mayor of Springfield was blunt. "The bridge stays shut until further notice," the mayor said.', [null]],
    ['"Dar es Salaam" is one place, no speaker called "Salaam"',
      'Immaculate Nabukenya coaches the Pearls.\n\nAsked about next season\'s club championship in Dar es Salaam, the Pearls coach said:\n\n"We have a young team."', ['Immaculate Nabukenya']],
    ['a given name and a surname that is a title ("said Wanda Pope, whose family …") is a person, no descriptor like "Kentucky Republican"',
      'Data centre\n\n"This is farmland, not a server farm," said Wanda Pope, whose family has grown sweet potatoes next to the site.\n\nKentucky Republican leaders said the vote was "a formality".', ['Wanda Pope', null]],
    ['a kind of organisation opening a deck alone ("Company says"), a word the article writes in lower case, is no name',
      'Thermostats stuck\n\nCompany says a fix is coming "within days"; a researcher disagrees.\n\nOwners of Hearthline thermostats complained on the company\'s forum.', [null]],
    ['the same word as a name the article never writes in lower case stays a speaker ("Alliance said")',
      'Talks stalled on Monday. Alliance said it would "not be rushed" into a deal.', ['Alliance']],
    ['a unit after "per" or a quantity is no speaker ("per TEU"); a year before an acronym still leaves the organisation',
      'Indigo Ocean Lines will charge US$275 per TEU from Monday.\n\nIn an advisory, the line said the surcharge was needed to recover "the substantial costs of waiting times", it said.\n\nIn 2016 NATO said "we are ready to help."', [null, 'NATO']],
    ['"in his last five Tests, brushing off a question …: “…”": a capitalised plural counted is no one (03-not-a-name counted-plural); a year before a name still leaves the man',
      '"In Tests, yes," Wickramaratne replied.\n\nHe has now made three centuries in his last five Tests, brushing off a question about a move up the order with a smile: "Ask the coach."\n\nIn 1998 Jones said "the pitch was fine."',
      ['Wickramaratne', 'Wickramaratne', 'Jones']],
    ['a full name after an owner read as a person is someone of their own ("Al Jazeera’s Catarina Nhantumbo", its reporter)',
      'Floods hit Beira.\n\nAl Jazeera’s Catarina Nhantumbo, reporting from Beira, says the settlement has been almost flattened.\n\n“The scale of destruction here is hard to describe,” she said.', ['Catarina Nhantumbo']],
    ['a name before a model\'s designation is its maker, an organisation ("Aurenne A48s"), whom "the company" names',
      'Skerrivale Airways has ordered 10 Aurenne A48s.\n\nIn a statement, Aurenne says the order brings its backlog to 62 aircraft.\n\n"Skerrivale\'s network is exactly the kind of mission the A48 was designed for," the company says.', ['Aurenne']],
    ['a plural\'s apostrophe inside an organisation\'s name keeps it one ("Producers’ Guild"): no "Guild", no "Anchovy Producers"',
      'Fishing stopped.\n\nRodrigo Vílchez Ortega, president of the Peruvian Anchovy Producers’ Guild, which groups some 40 processing companies, said a second cancellation would be "devastating" for coastal towns.', ['Rodrigo Vílchez Ortega']],
    ['a word after the French article "l’" is part of a longer name ("de l’Est"), and its president, named before the appositive, speaks',
      'Nathalie Gagné-Roy, president of the Association des paysagistes de l’Est, which represents about 120 businesses, called the timeline “completely unrealistic.”', ['Nathalie Gagné-Roy']],
    ['a portfolio after its office is no one, however the sentence goes on ("the Minister of State for Agriculture told the House")',
      'MPs questioned the scheme.\n\nResponding, the Minister of State for Agriculture told the House that government had "nothing to hide" on the project.', [null]],
    ['a magazine is an organisation, no "he" ("Quanta Magazine spoke with Solheim … My doctoral adviser … He told me")',
      'Quanta Magazine spoke with Ingrid Solheim about reefs.\n\nMy doctoral adviser was not enthusiastic. He told me, “Nobody gets a job studying fish noises.”', [null]],
    ['a street by its abbreviation ("on Jl. Jatibaru Raya") is no one, and the vendor on it goes on speaking',
      '“Every time they move us inside, the buyers don’t follow,” said Siti Rohmah, 46, who has sold headscarves on Jl. Jatibaru Raya for 15 years. “Here on the street I can sell 50 pieces a day.”', ['Siti Rohmah', 'Siti Rohmah']],
    ['a translation in brackets after a quotation names no one ("(Reject relocation!)")',
      'Vendors gathered in front of the office, chanting “Tolak relokasi!” (Reject relocation!) and holding banners reading “Pembeli ada di jalan, bukan di gedung” (Buyers are on the street, not in buildings).', [null]],
    ['a movement by its tempo marking is no one ("The Largo … the woman beside me … whispered “agora sim”")',
      'The concert opened with the Adagio, which Inês Valadares took slowly.\n\nThe Largo was beautifully shaped, and the woman beside me, who told me she had first heard the symphony as a schoolgirl in Coimbra, whispered “agora sim” (now, yes) as it began.', [null]],
    ['the nickname inside a name is that person\'s ("Jonas “Brisk” Lindqvist … Brisk said")',
      'The hero of the final was rifler Jonas “Brisk” Lindqvist.\n\n“I don’t know what happened,” Brisk said.', ['Jonas Lindqvist']],
    ['a period\'s adjective before a noun is no one ("Victorian swimming baths")',
      'Campaigners vow to fight ‘heartless’ closure of Victorian baths\n\nCampaigners have vowed to fight plans to close one of Glasgow’s last Victorian swimming baths, describing the decision as “heartless”.', [null]],
    ['a car\'s make is no "she" ("Sophie Kettering\'s Aston Martin")',
      'Marco Bellandi completed the podium, having passed Sophie Kettering\'s Aston Martin at Surtees on lap nine.\n\nKettering, who recovered to seventh, was in no mood to be diplomatic.\n\n"I don\'t know what he was thinking," she said.', [null]],
    ['"All" opening an organisation\'s name is part of it, whom "the union" then names ("the All Ceylon Coconut Mill Workers\' Union")',
      'Meanwhile, the All Ceylon Coconut Mill Workers\' Union, in a statement issued yesterday, called for an investigation.\n\n"The workers have nothing to do with the losses," the union said.', ['All Ceylon Coconut Mill Workers\' Union']],
    ['a saint\'s name in Spanish or Portuguese is a place\'s ("The mayor of San Andrés de los Robles")',
      'The mayor of San Andrés de los Robles, a small municipality, said "no".', [null]],
    ['"Her Honour" is how a judge is called, no name',
      'Justice Helen Marchbank ruled on Friday.\n\nHer Honour also criticised both siblings, noting that legal fees had reached "a figure the orchard would take a decade to earn".', [null]],
    ['a middle initial is no article: "John A. Finlayson" is a name, "A Cake That Got Me Fired" a title',
      'A Cake That Got Me Fired sold well. "We were not very happy when it was first announced," said John A. Finlayson.', ['John A. Finlayson']],
    ['a capitalised verb of saying is no name ("…, Tweeted on Friday")',
      'The head of the PAC, Mike Murphy, praised the effort.\n\n"Not us but we cannot argue with it!" Murphy, the head of the group, Tweeted on Friday.', ['Mike Murphy']],
    ['headline in title case',
      'Paris Terror Attacks Highlight Threat Posed By Returning Fighters\n\nThe attacks shocked Europe. "We are at war," the newspaper said.', [null]],
  ];
  itFindsSpeakers(cases);
  it('title remnant: "Minister of Innovation, Science and Economic Development Navdeep Bains" is Navdeep Bains', () => {
    const ex = extract({ text: 'Minister of Innovation, Science and Economic Development Navdeep Bains announced the fund. "This is a historic investment," Bains said.' });
    expect(ex.quotes[0]!.speaker?.name).toBe('Navdeep Bains');
    expect(people(ex.text)).not.toContain('Economic Development Navdeep Bains');
  });
  it('an acronym before a word names an institution ("UC Davis")', () => {
    const ex = extract({ text: 'She studied at UC Davis. "It was the best year of my life," said Maria Lopez of UC Davis.' });
    expect(ex.quotes[0]!.speaker?.name).toBe('Maria Lopez');
    expect(ex.people.find((p) => p.name === 'UC Davis')?.kind ?? 'organisation').toBe('organisation');
  });
  it.each([
    ['"Bembridge RNLI": a word that is no given name before an acronym is a body\'s branch or club by its place', 'Bembridge RNLI launched its lifeboat.\n\n"Both sailors were very cold," Bembridge RNLI said in a statement.', 'Bembridge RNLI'],
    ['"Priorities USA": the same for a committee named so', 'The ad was paid for by Priorities USA.\n\n"We will keep spending," Priorities USA said.', 'Priorities USA'],
  ])('an acronym after a word: %s', (_title, text, name) => {
    expect(analyse({ text }).people.entities.find((e) => e.person.name === name)?.person.kind).toBe('organisation');
  });
  it('a company\'s name without its legal form is that company: "Tŷ Newydd Living" after "Tŷ Newydd Living Ltd" (round 111), one choice, no person', () => {
    const text = 'Tŷ Newydd Living Ltd had applied to convert the chapel.\n\nTŷ Newydd Living said: "We are disappointed."\n\nAcme Foods Ltd objected. "It is too tall," Acme Foods said.';
    expect(analyse({ text }).people.entities.map((e) => [e.person.name, e.person.kind])).toEqual([['Tŷ Newydd Living Ltd', 'organisation'], ['Acme Foods Ltd', 'organisation']]);
  });
  it('numbered-law by its year: "the Groundwater (Regulation and Conservation) Bill, 2025" is no one called Bill; "Bill, 42," still is (round 111)', () => {
    const law = 'The Assembly passed the Groundwater (Regulation and Conservation) Bill, 2025 on Tuesday.\n\n"It is a good day," Sadia Baloch said.';
    expect(analyse({ text: law }).people.entities.map((e) => e.person.name)).not.toContain('Bill');
    expect(speakersOf('Bill, 42, a farmer, was there.\n\n"It is a good day," Bill said.')).toEqual(['Bill']);
  });
  it('the-plural-group over a given name: "the Adom Brass Ambassadors", "the Columbus Blue Jackets" are groups, though "Adom", "Columbus" are given names (round 114)', () => {
    const text = 'Kwabena Owusu-Ansah now leads the Adom Brass Ambassadors.\n\n"We will play on," he said.';
    expect(analyse({ text }).people.entities.find((e) => e.person.name === 'Adom Brass Ambassadors')?.person.kind).toBe('organisation');
  });
  it('a given name before an acronym is still a person\'s ("Emmanuel MACRON" in capitals)', () => {
    expect(analyse({ text: 'Emmanuel MACRON spoke.\n\n"We are ready," Emmanuel MACRON said.' }).people.entities[0]?.person.kind).toBe('person');
  });
  it('a lifeboat\'s helm is a role: "Bembridge RNLI helm Sam Wetherall said" is Sam Wetherall, and "Helm Sam Wetherall" no name of his', () => {
    const text = 'Bembridge RNLI helm Sam Wetherall said: "We got them aboard quickly."\n\nHelm Sam Wetherall said the sea was "deceptively rough".';
    expect(extract({ text }).quotes.map((q) => q.speaker?.name)).toEqual(['Sam Wetherall', 'Sam Wetherall']);
  });
});

describe('not a speaker (03-entity-type NOT_A_SPEAKER, NEVER_A_SPEAKER)', () => {
  const cases: SpeakerCase[] = [
    ['read as a place: "at Davis" makes "Davis said" no speaker',
      'The students met at Davis last spring.\n\n"It was the best year of my life," said Maria Lopez.\n\n"We will be back," Davis said.', ['Maria Lopez', 'Maria Lopez']],
    ['common noun: "Paper said" where the article writes "paper"',
      'The paper mills have closed. "Our thoughts are with the workers," Canadian Pacific Railway said in a statement.\n\nPaper said: "We will recover."', ['Canadian Pacific Railway', null]],
    ['saint-or-place: "St George\'s" (a parish, a club) is no "George" a pronoun could mean',
      'Jahmal Trott struck 112 as St George\'s beat Somerset at Wellington Oval.\n\nThe St George\'s faithful celebrated. "I have seen a lot of hundreds at this ground," he said.', ['Jahmal Trott']],
    ['a person named by surname only is still a speaker',
      '"We will rebuild the bridge this year," Okafor said. The bridge has stood in the town for a century.', ['Okafor']],
  ];
  itFindsSpeakers(cases);
});

describe('an acronym among organisation words names one only in capitals', () => {
  it.each([
    ['"Kim Jong Un" (not the UN)', 'North Korean leader Kim Jong Un said, "We will not give up our weapons."', 'Kim Jong Un'],
    ['"Ap Chencho" (a Bhutanese honorific, not AP)', 'Ap Chencho, 74, said he was worried. "Nobody walks the channel," he said.', 'Ap Chencho'],
  ])('%s is a person', (_name, text, person) => {
    expect(analyse({ text }).people.entities.find((e) => e.person.name === person)?.person.kind).toBe('person');
  });
  it('"AP" is still the news agency', () => {
    expect(analyse({ text: '"The vote is close," AP reported.' }).people.entities.find((e) => e.person.name === 'AP')?.person.kind).toBe('organisation');
  });
});

describe('organisations by the word that ends their name', () => {
  it.each([
    ['Mumbai Indians'], ['Winnipeg Jets'], ['Chennai Super Kings'], ['Toronto Raptors'],
  ])('a team ("%s") is an organisation, not a person', (team) => {
    const ex = extract({ text: `The ${team} won on Friday. "We never gave up," said coach Ken Ollis.` });
    expect(ex.people.find((p) => p.name === team)?.kind ?? 'organisation').toBe('organisation');
    expect(ex.quotes[0]!.speaker?.name).toBe('Ken Ollis');
  });
  it.each([
    ['Rusty Spur Saloon', 'Rusty Spur'], ['Stonewall Inn', 'Stonewall'], ['Regent Theater', 'Regent'],
  ])('a business by its premises ("%s", then "the %s") is an organisation, in full or without its premises word (round 125)', (venue, short) => {
    const ex = extract({ text: `Shay Lindqvist tended bar at the ${venue} on Main Street.\n\nThe owners of the ${short} said the ${short} "does not tolerate violence."\n\n“Enough,” Lindqvist said.` });
    expect(ex.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Shay Lindqvist']);
  });
  it('a surname that ends in s stays a person ("Bernie Sanders", "Kenny Rogers")', () => {
    expect(speakersOf('"We will win," said Bernie Sanders.\n\n"I agree," said Kenny Rogers.')).toEqual(['Bernie Sanders', 'Kenny Rogers']);
  });
  it('"said western Queensland communities": a region of a place is no speaker', () => {
    const ex = extract({ text: 'Tessa Oldfield confirmed the call but said western Queensland communities had heard "promises about stability" before.' });
    expect(ex.people.map((p) => p.name)).toEqual(['Tessa Oldfield']);
    expect(ex.quotes[0]?.speaker?.name).toBe('Tessa Oldfield');
  });
  it('"the total allowable catch (TAC)": a thing the article defines by initials is no speaker', () => {
    const ex = extract({ text: 'The government cut the total allowable catch (TAC) for horse mackerel by 28%.\n\nThe fisheries ministry said the TAC would drop, citing surveys which showed the stock had "declined to levels that require urgent action".' });
    expect(ex.people.map((p) => p.name)).toEqual([]);
  });
  it('"Lower Brierley", "Upper Heyford": a lower or upper village is a place', () => {
    const ex = extract({ text: 'Margaret Oakes, a churchwarden of St Cuthbert\'s, Lower Brierley, spoke. The plan proposes the church for "festival use only". Upper Heyford agreed.' });
    expect(ex.people.map((p) => p.name)).toEqual(['Margaret Oakes']);
  });
  it('"Editor-in-Chief Martin Baron", "officer-in-charge": a compound office by its head', () => {
    const ex = extract({ text: 'In a statement released by Post Editor-in-Chief Martin Baron, the details were discussed. "We stand by it," Baron said.' });
    expect(ex.people.map((p) => [p.name, p.role])).toEqual([['Martin Baron', 'Post Editor-in-Chief']]);
  });
  it('a fellowship ("Gamblers Anonymous") is no person', () => {
    const ex = extract({ text: 'Rhys Pryce admitted fraud. He had attended Gamblers Anonymous meetings every week. "I am ashamed," he said.' });
    expect(ex.people.find((p) => p.name === 'Gamblers Anonymous')?.kind ?? 'organisation').toBe('organisation');
    expect(ex.quotes[0]!.speaker?.name).toBe('Rhys Pryce');
  });
  it('"Nairi Textiles": an industry\'s plural after a given name names a firm, and "she" is no firm (round 74)', () => {
    const text = 'Deputy Minister of Economy Lilit Hovhannisyan visited the plant.\n\nAccording to her, the programme is being implemented by the company Nairi Textiles.\n\nThe deputy minister noted that the plant will produce linen. «Our partners have already expressed interest», she said.\n\nNairi Textiles was founded in 2019.';
    const ex = extract({ text });
    expect(ex.people.find((p) => p.name === 'Nairi Textiles')?.kind ?? 'organisation').toBe('organisation');
    expect(ex.quotes.at(-1)!.speaker?.name).toBe('Lilit Hovhannisyan');
  });
  it('"The Wali of Mostaganem, Abdelhamid Zerrouki, … the Wali affirmed": an office "of" a place, alone after "the", is no one\'s name (round 77)', () => {
    const text = 'Water\n\nThe Wali of Mostaganem, Abdelhamid Zerrouki, said the plant would «put an end to the summer cuts».\n\n«Citizens have been patient», the Wali affirmed, calling on the units to «be ready» for the increase.';
    const ex = extract({ text });
    expect(ex.people.map((p) => p.name)).not.toContain('Wali');
    expect(ex.quotes.map((q) => q.speaker?.name ?? null).filter((n) => n === 'Wali')).toEqual([]);
  });
  it('"the Sophie Brennan-trained Mistral Bay": the trainer before a hyphened participle is a person, what she trained no one (round 80)', () => {
    const text = 'Racing\n\nSaffron Hill was second, with the Sophie Brennan-trained Mistral Bay a further two lengths back in third.\n\nBrennan was pleased with the run of Mistral Bay. “He blew up a bit turning in,” she said.\n\nThe GOP-led House passed the bill.';
    const ex = extract({ text });
    expect(ex.people.map((p) => p.name)).toContain('Sophie Brennan');
    expect(ex.people.map((p) => p.name)).not.toContain('Mistral Bay');
    expect(ex.people.map((p) => p.name)).not.toContain('GOP-led');
    expect(ex.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Sophie Brennan']);
  });
  it('"the Union said" after "the National Farmers Union" is the union', () => {
    expect(speakersOf('"We are disappointed by the decision," said Jan Slomp of the National Farmers Union.\n\n"Farmers deserve better," the Union said in a statement.').at(-1))
      .toBe('National Farmers Union');
  });
});

describe('organisations by their name\'s shape (03-entity-type READ_AS_ORGANISATION)', () => {
  const kindOf = (text: string, name: string) => analyse({ text }).people.entities.find((e) => e.person.name === name)?.person.kind;
  it.each([
    ['the-plural-group: "The Fenmarsh Independents won"', 'The Fenmarsh Independents won 19 seats. "We listened," said Dev Patel, their leader.', 'Fenmarsh Independents', 'organisation'],
    ['common-noun-last: "Kitchenline Appliances" where the article writes "appliances"',
      'Kitchenline Appliances is recalling 1.2 million air fryers. The appliances can overheat. "We acted fast," said Robert Alvarado.', 'Kitchenline Appliances', 'organisation'],
    ['common-noun-last: "Solent Water" where the article writes "water"',
      'Solent Water said it would invest £1bn. The water in the river is dirty. "It is a disgrace," said Tom Aldridge.', 'Solent Water', 'organisation'],
    ['a given name first keeps a person ("Rebekah Brooks" where the article writes "brooks")',
      'Rebekah Brooks spoke on Monday. Two brooks run through the estate. "I was not aware," Brooks said.', 'Rebekah Brooks', 'person'],
    ['a plural surname after "the" keeps a person with a given name ("the Bernie Sanders campaign")',
      'The Bernie Sanders campaign spent $5 million. "We will win," said Bernie Sanders.', 'Bernie Sanders', 'person'],
  ])('%s', (_name, text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });
  const cases: SpeakerCase[] = [
    ['a group that "he" cannot be: "The Independents are expected to nominate Mr Patel … he said" is Patel',
      'The Fenmarsh Independents won 19 seats. The Independents’ group leader, Dev Patel, a former headteacher, spoke.\n\nThe Independents are expected to nominate Mr Patel as leader. Asked what his first act would be, the former headteacher was direct.\n\n‘Reopen the swimming pool,’ he said.', ['Dev Patel']],
  ];
  itFindsSpeakers(cases);
});

describe('organisations by the kind the article says they are (03-mentions)', () => {
  const cases: SpeakerCase[] = [
    ['"of the nonprofit Patient Privacy Watch": an organisation\'s name, whole, and "she" is the person',
      'Another researcher, Lena Feld of the nonprofit Patient Privacy Watch, said health data was valuable. "You can cancel a credit card. You can\'t cancel a diagnosis," she said.', ['Lena Feld']],
    ['"the company CEO John Smith" is a person',
      'The shares fell after the company CEO John Smith spoke. "We will recover," Smith said.', ['John Smith']],
    ['an appositive that says the kind: "MedPoint, the regional pharmacy chain …," and "the company" is MedPoint',
      'MedPoint, the regional pharmacy chain with 400 stores across the Midwest, said on Wednesday that hackers had accessed a database.\n\n"We take the privacy of our customers seriously," the company said.', ['MedPoint']],
    ['"The nurses\' union Zorgbond Nederland" is the union',
      'The nurses\' union Zorgbond Nederland said it had not been consulted. "Staff learned about this from the newspaper," the union said.', ['Zorgbond Nederland']],
    ['"The Manch" after "the environmental group Aravalli Bachao Manch" is the group',
      'Residents and the Gurugram-based environmental group Aravalli Bachao Manch filed a petition. The Manch alleged that the state had "split the project into smaller stretches".', ['Aravalli Bachao Manch']],
    ['"Local carrier Colin Faulkner said": a bare kind word before a given name and a surname describes the man (as "Local farmer" would), and "he" is him',
      'The council voted to close the weighbridge.\n\nLocal carrier Colin Faulkner said the decision was a blow. "We will fight it, because nobody asked the truckies," he said.', ['Colin Faulkner']],
    ['"the retailer John Lewis" keeps its determiner and stays a firm, whom "it" can be', // (guard)
      'Sales fell at the retailer John Lewis last year. "Trading was tough," it said.', ['John Lewis']],
    ['"the carrier Virgin Australia" stays the airline, and "it" is the airline', // (guard: no given name)
      'Fares rose after the carrier Virgin Australia cut routes. "We regret the disruption," it said.', ['Virgin Australia']],
  ];
  itFindsSpeakers(cases);
  it('"John Smith, a former airline pilot," stays a person', () => {
    expect(extract({ text: 'John Smith, a former airline pilot, spoke. "It was frightening," he said.' }).quotes[0]!.speaker?.name).toBe('John Smith');
  });
});

describe('a region after "in the" or "across the" is no speaker (03-not-a-name place-after-preposition)', () => {
  const cases: SpeakerCase[] = [
    ['"in the Highlands": "it" is not the region named after the council, which has no name of its own',
      'The British Dental Association\'s Scottish council said the situation in the Highlands was grave. In a statement, it said: "Fee reform has not stemmed the tide."', [null]],
  ];
  itFindsSpeakers(cases);
  it('names a lower-case noun of places follows are places: "Patiala, Sangrur and Fatehgarh Sahib districts", "Rust Belt states" (round 100)', () => {
    const names = extract({ text: 'Dr Rupinder Kaur Gill said many children came from rural areas of Patiala, Sangrur and Fatehgarh Sahib districts.\n\nTrade angered voters in Rust Belt states, Gill said, calling it "a predictable epidemic".' }).people.map((p) => p.name);
    expect(names).toEqual(['Rupinder Kaur Gill']);
  });
  it('"the Midwest" is nobody', () => {
    expect(extract({ text: 'MedPoint runs 400 stores across the Midwest. "We are sorry," the company said.' }).people.map((p) => p.name)).not.toContain('Midwest');
  });
});

describe('an office\'s acronym is no one (03-entity-type roleAcronyms)', () => {
  const cases: SpeakerCase[] = [
    ['"The District Chief Executive (DCE) …, Mr Ebenezer Kwaku Boateng, said … “…,” the DCE said": the man who holds the office, never someone called "DCE"',
      'The District Chief Executive (DCE) for Wassa East, Mr Ebenezer Kwaku Boateng, said 17 excavators had been seized.\n\n"We arrest them in the day, and by night they are back," the DCE said.', ['Ebenezer Kwaku Boateng']],
    ['"Vice-Chancellor Prof Joyce Akinyi Oduor … The VC said": a hyphened office\'s initials, never someone called "VC" (round 101)',
      'The notice came from Vice-Chancellor Prof Joyce Akinyi Oduor.\n\nThe VC said the arrears would be cleared "within the coming weeks".', ['Joyce Akinyi Oduor']],
  ];
  itFindsSpeakers(cases);
  it('an organisation\'s acronym is the organisation, no office ("Ghana Water Limited (GWL)"; 03-acronym)', () => {
    expect(extract({ text: 'Ghana Water Limited (GWL) shut the plant. "We are deeply concerned," GWL said.' }).quotes[0]!.speaker?.name).toBe('Ghana Water Limited');
  });
});

describe('round 20: organisations by their appositives, outlets and places', () => {
  const cases: SpeakerCase[] = [
    ['"Pro Natura, the country’s largest nature conservation group," then "Pro Natura said": an organisation, never "he"',
      'Wolves culled\n\nPro Natura, the country’s largest nature conservation group, said it was studying the ruling.\n\n“Shooting entire packs is wrong,” Pro Natura said.\n\nA game warden in the canton, who asked not to be named, said the culls were hard. “We spend years following these animals,” he said.', ['Pro Natura', null]],
    ['"Getlink, which operates the Channel Tunnel, … It added": the operator, not the tunnel',
      'Trains cancelled\n\nGetlink, which operates the Channel Tunnel, has given more detail.\n\nIn a statement, Getlink said: "A fault on the overhead line caused a loss of power."\n\nIt added that engineers were "on site and working to identify the cause".', ['Getlink', 'Getlink']],
    ['"told the Kyiv Independent": an outlet is never "the company"',
      'Honey quota used up\n\n"At 65, I am working for nothing," Mykola Kovalenko told the Kyiv Independent.\n\nMedova, one of the country\'s largest honey exporters, said it had suspended contracts.\n\n"We cannot buy honey at prices that cover costs," the company said in a statement.', ['Mykola Kovalenko', null]],
    ['"said Veloria-Castell directeur sportif Gabriela Pardo": the team only modifies her role',
      'Stage three\n\n"We came here with Daniela for the overall," said Veloria-Castell directeur sportif Gabriela Pardo.', ['Gabriela Pardo']],
    ['"off the Puerto de Urbasa": a pass, not the team that "said in a statement"',
      'Stage three\n\nA crash on a wet descent off the Puerto de Urbasa brought down 20 riders.\n\n"She will return to Poland for surgery," the team said in a statement. It added that Lis was "in good spirits".', [null, null]],
  ];
  itFindsSpeakers(cases);
});

describe('places and modifiers are no one: "St Helier Harbour", "Republican Presidential hopeful Sen. Ted Cruz"', () => {
  const cases: SpeakerCase[] = [
    ['"outside St Helier Harbour": a saint\'s name by a place word is a place, not whom "the spokesperson" names',
      'Fishing permits\n\nIn May 2021, around 60 French boats staged a protest outside St Helier Harbour over licence conditions.\n\nThe spokesperson added that the process was ‘committed to fairness’. ‘Where logbooks show a history, that will be taken into account,’ the spokesperson said.', [null, null]],
    ['"Great Lakes Mutual, the Grand Rapids-based insurer that …, said … “…,” the company said": the insurer ("Great" is a given name of the data set only; "Grand Rapids-based" no name)',
      'Golf\n\nGreat Lakes Mutual, the Grand Rapids-based insurer that took over title sponsorship this year, said in a statement that it had extended its agreement. "This week showed exactly why we believe in this event," the company said.', ['Great Lakes Mutual']],
    ['"a curator at the Smithsonian’s National Museum of American History, which …, called him “…”": a museum is no person; the curator is',
      'Obituary\n\nAndrew Okafor-Hale, a curator at the Smithsonian’s National Museum of American History, which acquired one of his accordions in 2015, called him “one of the great American instrument makers”.', ['Andrew Okafor-Hale']],
    ['"Republican Presidential hopeful Sen. Ted Cruz … telling Breitbart London: “…”": the senator, not "Presidential"',
      'Brexit\n\nIn line with his fellow Americans, Republican Presidential hopeful Sen. Ted Cruz was also critical, telling Breitbart London: “The comments today are typical of the administration.”', ['Ted Cruz']],
  ];
  itFindsSpeakers(cases);
});

describe('a title or a headline in capitals is no one\'s name (03-not-a-name determiner-first, headline-in-capitals)', () => {
  const texts: [string, string][] = [
    ['“Americans use the word line,” UK Independence Party leader Nigel Farage told BBC Radio Four’s Any Questions.\n\n“Therefore, he was doing the bidding of Cameron.”', 'Any Questions'],
    ['“We were wrong,” Senator Jane Holt told ABC’s This Week on Sunday.', 'This Week'],
    ['INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman: “Indiana has long looked like a state Cruz could win.”', 'INDIANA’S DEMOGRAPHICS FAVOR CRUZ'],
  ];
  it.each(texts)('%s', (text, title) => {
    const ex = extract({ text: `Interview\n\n${text}` });
    expect(ex.people.map((p) => p.name)).not.toContain(title);
    expect(ex.quotes[0]!.speaker?.name).not.toBe(title);
  });
});
