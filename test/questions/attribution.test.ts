// Who said it: speaker before, after or in the middle; many verbs; colon
// introductions; pronouns and descriptors; quotes with no speaker in their paragraph.
import { describe, expect, it } from 'vitest';
import { analyse, extract } from '../../questions/index';
import { itFindsSpeakers, pairs, speakersOf, type SpeakerCase } from './helpers';

describe('speaker position and verbs', () => {
  const cases: SpeakerCase[] = [
    ['speaker before', 'Mary Smith said, "We will rebuild the bridge this year."', ['Mary Smith']],
    ['speaker after', '"We will rebuild the bridge this year," Mary Smith said.', ['Mary Smith']],
    ['inverted: said NAME', '"We will rebuild the bridge this year," said Mary Smith.', ['Mary Smith']],
    ['speaker in the middle', '"We will rebuild," Mary Smith said, "and we will do it this year."', ['Mary Smith', 'Mary Smith']],
    ['told', '"The talks went very well for everyone," Tom Brown told reporters.', ['Tom Brown']],
    ['added', 'Tom Brown spoke first. "We are ready for the next step now," Brown added.', ['Tom Brown']],
    ['tweeted', 'Tom Brown tweeted, "Great meeting with the mayor today in the city!"', ['Tom Brown']],
    ['wrote', '"I cannot support this budget as it stands," Tom Brown wrote in a letter.', ['Tom Brown']],
    ['asked', '"Why would anyone vote for this plan at all?" asked Tom Brown.', ['Tom Brown']],
    ['insisted', '"We did nothing wrong at any point here," Tom Brown insisted.', ['Tom Brown']],
    ['according to', '"The deal is done and signed by both sides," according to Tom Brown.', ['Tom Brown']],
    ['colon introduction', 'Tom Brown spoke next. He continued: "The deal is done and signed by both sides."', ['Tom Brown']],
    ['colon introduction in its own paragraph', 'Tom Brown spoke for an hour.\n\nTom Brown continued:\n\n"The deal is done and signed by both sides."', ['Tom Brown']],
    ['appositive between name and verb', '"The deal is done and it is signed," Tom Brown, the union leader, said.', ['Tom Brown']],
    ['title before the name', '"The deal is done and it is signed," said union leader Tom Brown.', ['Tom Brown']],
    ['honorific after said', '"The deal is done and it is signed," says Dr. Tom Brown.', ['Tom Brown']],
  ];
  itFindsSpeakers(cases);
});

describe('pronouns, descriptors and quotes without a speaker', () => {
  const cases: SpeakerCase[] = [
    ['he → the named man', 'Tom Brown arrived late.\n\n"We are ready for the next step now," he said.', ['Tom Brown']],
    ['she → the woman, not the man mentioned after her', 'Mary Smith met John Jones on Monday.\n\n"It was a useful and frank meeting," she said.', ['Mary Smith']],
    ['pronoun skips names inside the previous quote', 'Tom Brown said, "Mary Smith and I agreed on most of the plan."\n\n"It will take time," he said later.', ['Tom Brown', 'Tom Brown']],
    ['descriptor → the person with that role', 'Defenceman Caleb Jones scored twice.\n\n"It felt like a garbage-time goal to me," said the rookie defenceman.', ['Caleb Jones']],
    ['descriptor with determiner before the verb', 'Coach Ken Hitchcock was unhappy after the game.\n\n"They owned us all night long out there," the coach said.', ['Ken Hitchcock']],
    ['no speaker in the paragraph: last speaker continues', '"We are ready for the next step now," Tom Brown said.\n\n"The union will vote on Friday and then we will know."', ['Tom Brown', 'Tom Brown']],
    ['multi-paragraph quote keeps its speaker', 'Tom Brown said: "We are ready for the next step now.\n\n"The union will vote on Friday and then we will know."', ['Tom Brown', 'Tom Brown']],
    ['a group is no single speaker', '"The road will stay closed until Monday morning," police said.', [null]],
  ];
  itFindsSpeakers(cases);
});

describe('who is a person', () => {
  const cases: SpeakerCase[] = [
    ['a place that modifies a role is not the speaker', '"Every publisher rejected me," says Cambridge cartoonist Andre Campbell.', ['Andre Campbell']],
    ['a firm that modifies a role is not the speaker', '"We are very pleased with the results," says Acme director Adam Jones.', ['Adam Jones']],
    ['"the X" is a team or firm, not a person for "he"', 'Nino Niederreiter scored twice against the Edmonton Oilers.\n\n"They are great playmakers," he said.', ['Nino Niederreiter']],
    ['a photo credit names nobody in the story', 'Nadia Jamil has studied shelters for years.\n\nA tent in the park. (Lauren Pelley / CBC News)\n\n"We just need to remember that," she said.', ['Nadia Jamil']],
    ['the subject, not the object, is "he"', 'Nino Niederreiter joined the team on Monday.\n\nNiederreiter has four goals since Minnesota traded him for Victor Rask last week.\n\n"They are great playmakers," he said.', ['Nino Niederreiter']],
    ['party and state between name and verb', '"It is a dog whistle to all Americans," Rep. Gwen Moore (D-Wis.) said Friday.', ['Gwen Moore']],
    ['a title word after an honorific is a surname', 'Mary King leads the group.\n\n"It is all about creating some enthusiasm," Ms. King added.', ['Mary King']],
  ];
  itFindsSpeakers(cases);
});

describe('round three: long paragraphs, appositives, unnamed speakers', () => {
  const cases: SpeakerCase[] = [
    // a pronoun reads only what came before it, even in an article with no paragraph breaks
    ['pronoun looks back, not ahead',
      'Toronto retiree Doug Purdy says the program changed his life. "My blood pressure is down to normal now," he adds. Mississauga accountant Babatunji Farinloye, 50, joined later. "I had a health club membership, but this really helped," he says. Laurie Monsebraaten is a reporter.',
      ['Doug Purdy', 'Babatunji Farinloye']],
    ['name ending an appositive is not the speaker',
      '"Kim is eager to remind the administration of his options," Harry J. Kazianis, director of defence studies at the Centre for the National Interest, said in a statement.',
      ['Harry J. Kazianis']],
    ['possessive role before the name', 'Andre Campbell draws comics. "Most places will not print anything less than 1,000 copies," says Campbell’s partner, Jason Louth.', ['Jason Louth']],
    ['unknown role noun before the name', '"We had never designed a dog house before this one," says architect Lorena Paz Akin.', ['Lorena Paz Akin']],
    ['an indefinite descriptor is someone new', 'Cecil Foster wrote a book. "Nothing could be worse for the country than this," a newspaper columnist wrote in 1954. "We wish them all well."', [null, null]],
    ['an unnamed speaker does not pass on the earlier one',
      'Andre Campbell runs the shop. "It is a lot of work for all of us here," Campbell says. "How many copies?" asks a customer. "No, two, one goes on the shelf."',
      ['Andre Campbell', null, null]],
    ['a participle clause names an object, not the pronoun',
      'Dennis Brooks was homeless for years. Asked what he would tell Toronto Mayor John Tory, he said: "Just listen to us. We are people."',
      ['Dennis Brooks']],
    ['a title word is a surname of someone named in full', 'TDT artistic director Christopher House invited her back. "I always felt it deserved to be longer," says House.', ['Christopher House']],
    ['colon introduction beats the paragraph speaker',
      '"It will be fine in the end," Larry Ellison said. Later Musk took to Twitter with this: "Chairman is an honorific, not an executive role."',
      ['Larry Ellison', 'Musk']],
  ];
  itFindsSpeakers(cases);

  it('leaves out the narrator\'s own exchanges ("…," I said)', () => {
    expect(pairs('"It could be the dad," I said. "No, it is the mom," says Mary Smith.')).toEqual([['No, it is the mom,', 'Mary Smith']]);
  });
});

describe('round four: objects are not subjects; new subjects; topics', () => {
  const cases: SpeakerCase[] = [
    ['a name after a preposition is no speaker: "a spokesman for X said"',
      'Donald Trump spoke in Ohio.\n\n"We have seen a growing discourse against the plan," a spokesman for Trump said.', [null]],
    ['an unnamed source speaking to a network',
      'Another intelligence source speaking to Fox News said, "The agents are investigating the possible links between the two."', [null]],
    ['a descriptor with an organisation after "for the"',
      'A spokeswoman for the House Armed Services Committee said, "As you can see, the law says nothing of the kind."', [null]],
    ['"NAME of ORGANISATION said" names the person',
      'John Smith of the Heritage Foundation said, "As you can see, the law says nothing of the kind."', ['John Smith']],
    ['"said of X": X is who it is about',
      'Ted Cruz spoke first.\n\n"This guy is for real and he is one of us," Mr. English said of Mr. Cruz.', ['English']],
    ['a demonym modifies the descriptor: "said a Mexican official"',
      '"We have seen a growing anti-immigrant discourse in general," said a Mexican official who was not authorized to speak.', [null]],
    ['a law is not a person',
      'The committee released the text of the National Defense Authorization Act, arguing, "As you can see, the law says nothing of the kind."', [null]],
    ['an adjective "written" is no verb of saying',
      'Trump told the Washington Post in a written statement, "I really do not want his endorsement at all."', ['Trump']],
    ['"the president is now saying": the nearer verb\'s subject',
      'President Donald Trump spoke on Friday.\n\nSen. Jon Tester said that if the president is now saying, "We will build the wall with taxpayer money," that is not the direction to go.', ['Donald Trump']],
    ['"Schumer, he said, …": the name before the comma is the topic',
      'Chuck Schumer leads the Senate Democrats.\n\n"It is the old minds and hearts thing," said Sen. Richard Blumenthal. Schumer, he said, "knows the minds and hearts of his colleagues."',
      ['Richard Blumenthal', 'Richard Blumenthal']],
    ['a sentence about someone new hands them the next quotation',
      '"It is fascinating when you come back to an idea and go deeper," says Christopher House. Jeanine Durning did not need much coaxing. "I am thankful for the invitation and this chance to explore it."',
      ['Christopher House', 'Jeanine Durning']],
    ['a party and state, then an appositive, between name and verb',
      '"If the FBI wanted any laptops, they would just go get them," Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.', ['Jim Jordan']],
    ['two appositives between name and verb',
      '"It is an invasion of the state regulatory domain," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.', ['Scott Pruitt']],
    ['a long appositive between name and verb',
      '"It has the important virtue of being fiscally responsible," Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan.', ['Leonard E. Burman']],
    ['a surname that is also a title, after a first name', '"Turnout makes a difference in every single race," said Charlie King, a prominent New York Democrat.', ['Charlie King']],
    ['"X, who told Y: …": the relative pronoun\'s antecedent, not the listener',
      'His comments were echoed by Labour MP Diane Abbott, who told Sky News: "The public will not accept this at all."', ['Diane Abbott']],
    ['sings', 'Mary J. Blige recorded a show.\n\n"Promise mama you will keep your hands in sight," Blige sings to her guest.', ['Mary J. Blige']],
    ['an organisation named by common words: the White House',
      '"The economy is strong and getting stronger every day," the White House said in a statement.', ['White House']],
    ['a title word inside an organisation\'s name: the Justice Department',
      '"The review will take several more weeks," the Justice Department said.', ['Justice Department']],
    ['"the agency" → the organisation named before it, place words and all',
      'Several allies, including the EU, have spoken out.\n\nThe U.S. State Department called for their release.\n\n"We share Canada\'s commitment to the rule of law," the agency said in a statement.',
      ['U.S. State Department']],
    ['an abbreviation before a partial quotation does not end the sentence',
      '"It is a program that works for people," Erin Kim said. Toronto retiree Doug Purdy, who lost 16 lbs. "and two belt loops" between May and October, says the program changed his life.',
      ['Erin Kim', 'Doug Purdy']],
  ];
  itFindsSpeakers(cases);
});

describe('speakers the article describes but does not name', () => {
  const unnamedOf = (text: string) => extract({ text }).quotes.map((q) => [q.speaker?.name ?? null, q.unnamedSpeaker ?? null]);
  const cases: [string, string, [string | null, string | null][]][] = [
    ['a group', '"Trudeau must go and he must go now!" protesters chanted outside.', [[null, 'protesters']]],
    ['someone new', 'Cecil Foster wrote a book about it.\n\n"Nothing could be worse for the country than this," a national newspaper columnist wrote in 1954.', [[null, 'a national newspaper columnist']]],
    ['after the verb', '"The line was out the door by six in the morning," said a local resident.', [[null, 'a local resident']]],
    ['a spokesman for someone named', 'Donald Trump spoke in Ohio.\n\n"We have seen a growing discourse against the plan," a spokesman for Trump said.', [[null, 'a spokesman']]],
    ['a statement from an organisation is the organisation\'s', 'A statement from the EU said, "The denial of access to a lawyer is contrary to the right of defence."', [['EU', null]]],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(unnamedOf(input)).toEqual(expected);
  });
});

describe('round five: constructions from other outlets', () => {
  const cases: SpeakerCase[] = [
    ['"Mrs Patel" is the wife, not the husband', 'Raj Patel and his wife, Meena Patel, run a shop.\n\n"We love it here and we always will," said Mrs Patel.', ['Meena Patel']],
    ['"Mr Patel" is the husband, not the wife', 'Raj Patel and his wife, Meena Patel, run a shop.\n\nMr Patel said: "It is hard work, every single day."', ['Raj Patel']],
    ['"Mr Ray" after "His wife, Ann Ray"', 'Tom Ray, 50, runs a pub. His wife, Ann Ray, cooks.\n\n"It is busy every night of the week," Mr Ray said.', ['Tom Ray']],
    ['"Mrs Patel" is the wife known as a woman, not the daughter of unknown gender',
      'Raj Patel and his wife, Meena Patel, run a shop. Their daughter, Dr Anjali Patel, is a GP.\n\nMrs Patel said the food bank was his idea. "Raj saw people struggling and said we had to act," she said.', ['Meena Patel']],
    ['"Dr Ashby said he …": the pronoun after the surname picks the husband',
      'Dr Richard Ashby is retiring. His wife, Dr Helen Ashby, a retired dentist, is glad.\n\nDr Ashby said he planned to spend his retirement walking. "I am told it is a skill worth having," he said.', ['Richard Ashby']],
    ['"the chief, Kwame Asante," gives him the role "the chief" later refers to',
      'The chief, Kwame Asante, received the panels. Sir Anthony Gale wrote a letter criticising the return.\n\nBack in Kumasi, the chief offered a final thought. "Today we close a wound that was open too long," he said.', ['Kwame Asante']],
    ['a coordinated verb shares its clause\'s subject',
      'Stephen Harrow recalled his first day. He said the foreman, Bill Dyer, had handed him a broom and told him: "You will sweep this floor until you know every bolt."', ['Bill Dyer']],
    ['… and the object of the first verb is not that subject',
      'Mary Smith thanked John Jones and said: "We could not have done any of this without him."', ['Mary Smith']],
    ['a car someone owns is no person', 'John Smith runs a farm in Kent. He parked his Land Rover outside. "It was a long day for all of us," he said.', ['John Smith']],
    ['"One of the older divers, who …" is someone unnamed, whom the pronoun after is',
      'Femke Bosman, a tourist, said she was sad.\n\nOne of the older divers, who did not want to be named, said some were angry.\n\n"If we jump for free, the city gets nothing," he said.', [null]],
    ['… and "One of the best things" is no one', 'John Smith runs the club.\n\nOne of the best things about it is the view. "It is lovely up here," he said.', ['John Smith']],
    ['a pronoun after someone unnamed is that person, not the last one named',
      'Police officer Mark Hill said the road was closed.\n\nA neighbour, who did not want to be named, said the driver was speeding. "It never slowed down at all," he said.', [null]],
    ['a sentence-opening adverb is no part of a name', 'Martin Shaw is a councillor.\n\nAfterwards Shaw told the Herald: "What a shambles this has been."', ['Martin Shaw']],
    ['a role before a first name and surname', 'Passenger Gwen Rhys said: "We waited hours for any news at all."', ['Gwen Rhys']],
    ['… a trade in "-ist" before any first name', 'Hydrologist Orsolya Pálfi said: "We have not seen the river this high since 1998."', ['Orsolya Pálfi']],
    ['post-nominal letters are no part of a name', 'Defending, James Holt KC said: "You must be sure of guilt."\n\n"Suspicion is not enough, not nearly," Mr Holt said.', ['James Holt', 'James Holt']],
    ['an elected member\'s or a qualification\'s letters are no part of a name', 'Jane Whitfield MP said: "We will fight this all the way."\n\n' +
      'Buyer Sarah Pennington MW said: "The quality is remarkable this year."', ['Jane Whitfield', 'Sarah Pennington']],
    ['"said the TITLE of PORTFOLIO, NAME,": the holder named after the comma',
      '"We will not let this happen again," said the Minister of Health, John Smith, at the launch.\n\n' +
      '"Tais is not just cloth," said the Secretary of State for Arts and Culture, Mário Ximenes da Costa, at the ceremony.', ['John Smith', 'Mário Ximenes da Costa']],
    ['… and without a name after it, the title alone', '"We will not accept this at all," said the Minister of Health, adding that talks would go on.', [null]],
    ['… but after one word they follow a constituency', 'Jim Eglinski, Yellowhead MP, said: "We need this pipeline in the ground now."', ['Jim Eglinski']],
  ];
  itFindsSpeakers(cases);

  it('keeps the description of an unnamed speaker a pronoun refers to', () => {
    const q = extract({ text: 'Police officer Mark Hill said the road was closed.\n\nA neighbour, who did not want to be named, said the driver was speeding. "It never slowed down at all," he said.' }).quotes;
    expect(q.map((x) => x.unnamedSpeaker)).toEqual(['A neighbour']);
  });

  it('does not take a nationality for a name ("the Australian said")', () => {
    for (const who of ['the Australian', 'the Frenchman', 'the Hungarian']) {
      const ex = extract({ text: `Mitch Dawson made 71.\n\n"Callum bowled well all day," ${who} said.` });
      expect(ex.people.map((p) => p.name)).not.toContain(who.replace('the ', ''));
      expect(ex.quotes[0]!.speaker?.name).not.toBe(who.replace('the ', ''));
    }
  });
});

describe('round six: held-out constructions', () => {
  const cases: SpeakerCase[] = [
    ['a described subject in the sentence before "she said": the governor, not the sheriff quoted last',
      'Gov. Allison Whitcomb presented her budget on Monday. Sheriff Dana Kowalczyk criticised it.\n\n"That is two fewer people answering calls," Kowalczyk said.\n\nAsked about the criticism from the sheriffs, the 58-year-old governor smiled. "Every budget is a first draft," she said.',
      ['Dana Kowalczyk', 'Allison Whitcomb']],
    ['a first name alone is a person pronouns can refer to',
      'Harriet Olmstead is a churchgoer. "He is a good man to all of us," she said.\n\nOutside the courthouse, Mr. Pryce\u2019s wife, Bernadette, said the family was praying. "Leonard has given his whole life to that church," she said.',
      ['Harriet Olmstead', 'Bernadette']],
    ['"An attorney for X, ROLE NAME, said": the appositive name, not the object of "for"',
      'Two men were charged, Dequan Harris and Tom Brandt.\n\nAn attorney for Harris, public defender Kimberly Osterman, said, "My client will fight these charges in court."', ['Kimberly Osterman']],
    ['a timestamp, a dash, then someone unnamed: "she" is that person',
      'Rosa Delgado is running for mayor.\n\n8:47 p.m. \u2014 A voter leaving a precinct in Eastgate who declined to give her name told our reporter she had split her ticket. "I have been a Democrat my whole life," she said.', [null]],
    ['"A spokesman for the Ministry of X, NAME, said": the description is named',
      'Dr. Layla Farouk spoke first.\n\nA spokesman for the Ministry of Water Resources in Baghdad, Ahmed Nouri, said talks continued. "The talks are ongoing, and we are hopeful," he said.', ['Ahmed Nouri']],
    ['"X\'s brother, Full Name, …": the relative, not the owner quoted before',
      'Council member Luis Ortega voted against it.\n\n"Nobody in this room is against housing," Ortega said.\n\nOrtega\'s brother, Ramon Ortega, owns a taqueria near the site. "More people means more customers," he said.', ['Luis Ortega', 'Ramon Ortega']],
    ['a place set off inside an appositive is not the speaker',
      'Adrian Molnar, a 52-year-old former mayor of the capital, Tirsk, told cheering supporters that he had won. "We ask only that our choice be respected," he said.', ['Adrian Molnar']],
    ['"The duke, who …, said": the duke the article named',
      'The duke, Henry Asquell, 71, said he had decided. Historian Sir Malcolm Threlfall said the move reflected a shift.\n\nThe duke, who has suffered from poor health, said he would stay at the hall. "I have told her only the first half," he said.', ['Henry Asquell']],
    ['"NAME of the ORGANISATION" after a role: the person, not the organisation',
      'The ice is melting fast.\n\n"We used to call it the sleeping giant, half as a joke," says glaciologist Ingrid Solheim-Baptiste of the Norwegian Polar Survey, who led the study.', ['Ingrid Solheim-Baptiste']],
    ['a newspaper is no person for "she"',
      'Eleanor Voss-Whitaker founded the quilt shop in 1971.\n\nIn a 1988 interview with The Des Moines Ledger, she described her approach to business simply. "I make what I would want on my own bed," she said then.', ['Eleanor Voss-Whitaker']],
    ['"a woman named X" names the described subject',
      'Ruth Amstel-Bray runs the ferry board. "We have no money left at all," she said.\n\nThe bus driver, a soft-spoken woman named Consuela Ibarra-Novak, worries about the fall. "These are little kids," she said.', ['Ruth Amstel-Bray', 'Consuela Ibarra-Novak']],
    ['"One engineer, who asked not to be named, …" then "she said": the engineer, unnamed',
      'Nadia Ferreira is the chief executive.\n\nOne engineer, who asked not to be named because she feared reprisals, said she learned of it in a meeting. "I was literally presenting a slide deck," she said.', [null]],
    ['"and said NAME had …": NAME is who was talked about',
      'Jules Fontaine saw it differently. Marco Bellandi won the race.\n\nAfter the race Fontaine spoke to reporters and said Bellandi had "closed the door very late on the final lap".', ['Jules Fontaine']],
    ['"for what he called “just the regulars,” a list that his son, Paul Marchetti, said numbered close to 200": a noun and its relative clause gloss the words; the son speaks of them (round 112)',
      'Tom Marchetti closed the shop in 2019 but kept taking alterations for what he called “just the regulars,” a list that his son, Paul Marchetti, said numbered close to 200.', ['Tom Marchetti']],
    ['"told the meeting that she understood that many people felt “angry and let down”": "that" before a plural is a conjunction, no determiner of a speaker (round 113)',
      'Canon Priya Gillingham chaired the meeting.\n\nCanon Gillingham told the meeting that she understood that many people felt “angry and let down”.', ['Priya Gillingham']],
    ['"In a statement signed by its General Secretary, Madam Dede Ankrah, the … Association described … “…,” the statement added": who signs for "its" owner is no author of the statement (round 114)',
      'Funeral\n\nIn a statement signed by its General Secretary, Madam Dede Ankrah, the Ghana Highlife Musicians Association described the late musician as "a pillar of our musical heritage".\n\n"The association will collaborate with the family to establish an annual festival," the statement added.', ['Ghana Highlife Musicians Association', null]],
    ['"his father asked him from his hospital bed not to let the band die. “…,” he said": a request, no question the father asked and the son answers; the son who said so speaks (round 114)',
      'Funeral\n\nOpanin Kwame Owusu-Ansah died aged 84.\n\nHis son, Mr Kwabena Owusu-Ansah, who now leads the Adom Brass Ambassadors, said his father asked him from his hospital bed not to let the band die.\n\n"That is a promise I intend to keep," he said.', ['Kwabena Owusu-Ansah']],
    ['"Ybarra read the letter from Loretta Haskins into the record … “…,” Ybarra read": the words of the document she was said to read out are its author\'s (round 115)',
      'Loretta Haskins could not make the drive to Austin.\n\nSo state Rep. Marisol Ybarra read the letter from Loretta Haskins into the record at a hearing.\n\n“Last winter I delivered a baby in a pickup truck,” Ybarra read.\n\n“She asked me if anybody listened,” Ybarra said.', ['Loretta Haskins', 'Marisol Ybarra']],
    ['"read Haskins’ letter": a name in -s owns with the apostrophe alone (round 115)',
      'Loretta Haskins could not make the drive to Austin.\n\nSo state Rep. Marisol Ybarra, D-Laredo, read Haskins’ letter into the record at a hearing.\n\n“Last winter I delivered a baby in a pickup truck,” Ybarra read.', ['Loretta Haskins']],
    ['"as Sanders’ campaign manager suggested": someone the owner\'s description names, unnamed, not the woman the sentence is about',
      'Hillary Clinton led Bernie Sanders by 20 points.\n\nThe wins solidify her argument that she is popular across the country, not just a “regional candidate who only wins in the South,” as Sanders’ campaign manager suggested after she swept the South.', [null]],
    ['"… but said the board had “complete confidence” in Raman": a description after the verb and before its own verb is what was said of, not who said it (round 111)',
      'The result is the first under Raman, a former Coles executive.\n\nIn a letter to shareholders, chairman Declan Walsh described the year as “the most difficult in our history” but said the board had “complete confidence” in Raman and her team.', ['Declan Walsh', 'Declan Walsh']],
    ['"X said Y had …" then "she said": X, who was reported speaking, not Y quoted before',
      'Maisie Holt won three events. "I just ran really fast," Maisie said.\n\nHer mother, Claire Holt, said Maisie had been practising in the back garden for weeks. "We have lost half a flowerbed," she said.',
      ['Maisie Holt', 'Claire Holt']],
    ['"As for X, he said …": X is who "he" is',
      'Walter Brandt is recovering in hospital. Dev Malhotra pulled him out.\n\nAs for Malhotra, he said he planned to visit Brandt on the weekend. "He owes me a coffee," he said.', ['Dev Malhotra']],
    ['"from Ethiopia\'s Abebe Tesfaye": a person after an owner, not a place',
      'Kiprotich, 26, pulled away from Ethiopia\'s Abebe Tesfaye at the 35-kilometre mark. "They carried me," Kiprotich said.\n\nTesfaye finished second and said cramp had cost him. "After 30 kilometres, my leg said no," he said through a translator.',
      ['Kiprotich', 'Abebe Tesfaye']],
    ['an album is no person for "she"',
      'The singer-songwriter Isla Brennan, who recorded her debut album Fell Weather in a garage, appeared stunned. "I am supposed to be revising right now," she told the audience.', ['Isla Brennan']],
    ['"Her previous works, Call Waiting and Bond Money, were …": works set off after the word for them, and listed, are no one "she" could be (03-not-a-name work-set-off)',
      'Lena Kovačić has written a play about her father.\n\nKovačić spent years avoiding the subject. Her previous works, Call Waiting and Bond Money, were sharp comedies set in call centres.\n\n“For a long time I was scared of that box,” she says.', ['Lena Kovačić']],
    ['"It was the play, Smith said, that won": a name after the word for a work that says something is a speaker still', // (guard)
      'Critics agreed. It was the play, Smith said, that "changed the season".', ['Smith']],
    ['a question mark before "NAME asked" does not end the sentence',
      'The meeting ran late.\n\n"Is this really fair to everyone here?" Mr. de Jong asked.', ['de Jong']],
    ['"her daughter said" is the person introduced as her daughter',
      'Dr. Helen Marchbanks died on Sunday. Her daughter, Claire Marchbanks-Doyle, said the cause was pneumonia.\n\n"She used to say the twilight zone was the biggest habitat on Earth," her daughter said in a phone interview.',
      ['Claire Marchbanks-Doyle']],
    ['a stage name: "he" is the rapper, not the singer named before',
      'The feud between rapper Kid Solace and pop singer Ava Monroe spilled onto social media Monday.\n\nKid Solace, whose real name is Darnell Whitaker, kicked things off with a post. "Congrats to the industry for giving the industry an award," he wrote.',
      ['Kid Solace']],
  ];
  itFindsSpeakers(cases);
});

describe('round seven: clauses after the quotation, recordings, films', () => {
  const cases: SpeakerCase[] = [
    ['a "when" clause after the quotation is not its attribution; "footage of X saying" is X\'s',
      'The ad ends with footage of Donald Trump saying during the debate, “That makes me smart,” when Hillary Clinton blasted him for not paying tax.',
      ['Donald Trump']],
    ['a first name and surname after "of" is a person, not a place',
      'The campaign released a video of Maria Lopez telling supporters, "We are not going anywhere."', ['Maria Lopez']],
    ['a film after "classic" is no person for "he"',
      'We watched the Christmas classic Home Alone, where Kevin McCallister takes his cues from gangster films. “It’s my house and I have to defend it,” he concludes.',
      ['Kevin McCallister']],
    ['"X\'s director, NAME, welcomed …" then "she said": NAME, not the company quoted before',
      'Following the ruling, Severn Vale Water said in a statement: ‘We respect the court’s judgment.’\n\nThe Environment Agency’s director of enforcement, Philippa Grange, welcomed the ruling. ‘This judgment sends a message,’ she said.',
      ['Severn Vale Water', 'Philippa Grange']],
    ['the verbs of an opening "Asked whether …" clause are not the attribution',
      'Nadia Korhonen runs Lumora.\n\nAsked whether Lumora would eventually add a camera, Korhonen was blunt: "Not this year. Maybe not next year either."', ['Nadia Korhonen']],
    ['"As X said, …" is an attribution',
      'The storm passed.\n\nAs Mayor Ellen Park said, "We got lucky this time."', ['Ellen Park']],
    ['a place after a direction word is no person for "he"',
      'Ernesto Ruiz opened his first shop in 1962. "I had nothing but a griddle," he said.\n\nIn 1987 the business built a factory in southwest San Antonio.\n\nHe refused for years to franchise. "If my name is on the door, I want to be able to drive there," he said.',
      ['Ernesto Ruiz', 'Ernesto Ruiz']],
    ['"the Boro boss said": the manager in focus',
      'Boro manager Gary Pickering was fuming at the officials. Pickering was furious with the decision.\n\n‘For me, it’s never a second yellow,’ the Boro boss said.', ['Gary Pickering']],
  ];
  itFindsSpeakers(cases);
});

describe('confidence where the article is ambiguous', () => {
  const confidenceOf = (text: string) => extract({ text }).quotes.map((q) => [q.speaker?.name ?? null, q.confidence] as const);
  it('a pronoun that could be either man the sentence names is not published unreviewed', () => {
    const [[speaker, c]] = confidenceOf('C. Boyden Gray, who served as counsel under Mr. Bush\'s father, George Bush, ticked through the code: “Civility and good manners were kind of assumed,” he said.') as [[string, number]];
    expect(speaker).not.toBeNull();
    expect(c).toBeLessThan(0.8);
  });
  it('someone named in an opening "after …" clause is no rival for the subject\'s pronoun', () => {
    const [[speaker, c]] = confidenceOf('Soon after the murder of Father Jacques Hamel in Normandy, Donald Trump asserted that France had lost its identity: “France is no longer France,” he claimed.') as [[string, number]];
    expect(speaker).toBe('Donald Trump');
    expect(c).toBeGreaterThanOrEqual(0.8);
  });
  it('a quotation that talks of its speaker in the third person is not published unreviewed', () => {
    const got = confidenceOf('Coach Eli Brandt took questions. Point guard Tyler Nunez, sitting beside him, nodded. "Tyler talked the most in the locker room," he said.');
    expect(got[0]![1]).toBeLessThan(0.8);
  });
  it('a quotation left open whose next paragraph names someone else is not trusted', () => {
    const text = '“It is a dog whistle,” Rep. Gwen Moore said Friday. “If indeed he is not legitimate, how can you feel good about yourself.\n\n' +
      '“I have been doing a lot of thinking,” added Rep. Jim Clyburn, the assistant leader.';
    const got = confidenceOf(text);
    expect(got.map(([s]) => s)).toEqual(['Gwen Moore', 'Gwen Moore', 'Jim Clyburn']);
    expect(got[0]![1]).toBeGreaterThanOrEqual(0.8);
    expect(got[1]![1]).toBeLessThan(0.8);
    expect(got[2]![1]).toBeGreaterThanOrEqual(0.8);
  });
  it('"he" past a subject named only by a title and a surname ("President Obama"), whose gender the article never tells, is not published unreviewed', () => {
    const text = 'Brexit\n\nIn a statement, her adviser, Jake Sullivan, said: “Hillary Clinton believes that cooperation is essential.”\n\n' +
      'President Obama departs the UK for Germany today, where crowds will protest against the trade deal.\n\n' +
      'Conceding that a trade agreement would come eventually, he warned: “It’s not going to happen any time soon.”';
    const got = confidenceOf(text);
    expect(got[0]).toEqual(['Jake Sullivan', expect.any(Number)]);
    expect(got[1]![0] !== 'Jake Sullivan' || got[1]![1] < 0.8).toBe(true);
  });
  it('a description whose person in focus was last named by a surname two people share is not published unreviewed', () => {
    const text = 'Halloumi\n\nMichalis Georgiou, who keeps around 400 goats outside Dali, said his yields had collapsed.\n\n' +
      '“For us the rules are not the problem,” said Eleni Georgiou, who runs a small family dairy in Kakopetria.\n\n' +
      'Her dairy, she added, had a waiting list of customers in Nicosia and Limassol.\n\n' +
      'The ministry is expected to discuss the request with producers at a meeting next week.\n\n' +
      'For Georgiou, the debate in Nicosia feels a long way from his pens, where the goats now spend most of the day in the shade.\n\n' +
      '“Come in August and look at my animals, then tell me about percentages,” the Dali farmer said.';
    const got = confidenceOf(text);
    expect(got[0]).toEqual(['Eleni Georgiou', expect.any(Number)]);
    expect(got[1]![0] === 'Michalis Georgiou' || got[1]![1] < 0.8).toBe(true);
  });
  it('a quotation that runs on over paragraphs (each opens with a mark, only the last closes) is as sure as its first paragraph', () => {
    const text = 'Bathroom bill\n\nFormer state senator Kelly Warden called for the attorney general\'s impeachment. Warden stated:\n\n' +
      '"The department is not about equal justice any more.\n\n"The latest example is a lawsuit over a state law.\n\n"I will be a conservative champion for the state."';
    const got = confidenceOf(text);
    expect(got.map(([s]) => s)).toEqual(['Kelly Warden', 'Kelly Warden', 'Kelly Warden']);
    expect(got[0]![1]).toBeGreaterThanOrEqual(0.8);
    expect(got[1]![1]).toBe(got[0]![1]);
    expect(got[2]![1]).toBe(got[0]![1]);
  });
  it('a transcript\'s turn ("RAMOS: …") after a paragraph left open is no rest of that quotation', () => {
    const text = 'Debate\n\nSenator Dana Whitlock said:\n\n"We were scrambling to get information that changed by the hour.\n\n"RAMOS: Senator, did you mislead the families?\n\n"WHITLOCK: No."';
    const got = confidenceOf(text);
    expect(got[0]![1]).toBeGreaterThanOrEqual(0.8);
    expect(got[1]![0] !== 'Dana Whitlock' || got[1]![1] < 0.8).toBe(true);
  });
  it('a paragraph after a partial quotation left open (a closing mark missed, more likely) is not as sure', () => {
    const text = "Referees\n\nThe Scottish FA said it 'does not comment on individual refereeing decisions' but confirmed a review.\n\n" +
      "'We're gutted. We did enough to get something.' Those were the words of Motherwell's goalscorer Lewis Baird.";
    const got = confidenceOf(text);
    expect(got).toHaveLength(2);
    expect(got[1]![0] !== 'Scottish FA' || got[1]![1] < 0.8).toBe(true);
  });
});

describe('round eight: subjects a pronoun continues', () => {
  const cases: SpeakerCase[] = [
    ['"he" after "He broke Kovač twice": the subject the sentence continues, not its object',
      'Lorenzo Rossi beat Marin Kovač. "He played the big points better," Kovač told reporters.\n\nRossi described his serve as "a disaster for two sets" but credited his returning. He broke Kovač twice in the deciding set.\n\n"When I hit that one, I felt the whole stadium with me," he said.',
      ['Marin Kovač', 'Lorenzo Rossi', 'Lorenzo Rossi']],
    ['"she" after someone this paragraph quoted by name, whose first name says nothing',
      'Home Secretary Joanna Pryce announced the change. She said it was fair.\n\nThe Liberal Democrats’ health spokesperson, Ailsa McBride, said the decision would ‘pull the rug from under’ care homes. ‘Nobody I’ve spoken to was consulted,’ she said.',
      ['Ailsa McBride', 'Ailsa McBride']],
    ['"the diplomat said" after "A Western diplomat …": the unnamed diplomat, not the minister named since',
      'A Western diplomat in Manila said the talks had stalled.\n\nForeign Minister Karen Whitley met her counterpart on Friday. "We are not going anywhere," Whitley said.\n\n"Nobody expected a breakthrough this week," the diplomat said.',
      ['Karen Whitley', null]],
    ['"said the woman, who did not want to be named": someone the article does not name',
      'Linda Ellison said her brother had been walking home.\n\n"I heard a bang and then nothing," said the woman, who did not want to be named.',
      [null]],
    ['"the 58-year-old" is the person the article gave that age, not the relative quoted last',
      'His mother, Morag Reid, waited at the base. ‘I have never been so frightened,’ Mrs Reid, 58, said.\n\nHis sister, Eilidh Reid, 24, said he was experienced. ‘He knows the hills,’ she said.\n\nThe 58-year-old said the family owed the rescuers everything. ‘His dad keeps saying he will buy them all a pint,’ she said.',
      ['Morag Reid', 'Eilidh Reid', 'Morag Reid']],
    ['"X asked whether she …": the woman asked, not X, and X stays the man named in full',
      'Sen. Roger Whitfield (R-Texas) was unconvinced.\n\nThe committee also heard from controller Tamika Hollis. "There were two of us," Hollis said.\n\nWhitfield asked whether she would recommend the job to her own children. She paused before answering. "Not right now," she said.',
      ['Tamika Hollis', 'Tamika Hollis']],
    ['"Cr" is a title: "Cr Cavanagh" is Mayor Bruce Cavanagh, a man, not who "she" is',
      'Yarrabee Shire Mayor Bruce Cavanagh said the council had spent $400,000. "We have had two applicants," Cr Cavanagh said.\n\nJoanne Pike, the town pharmacist, said she was fielding anxious questions. "They want to know who will write their scripts," she said.',
      ['Bruce Cavanagh', 'Joanne Pike']],
    ['"Cllr" is a title: "Cllr Sarah Booth" is Sarah Booth, told apart from Cllr Ian Booth',
      'Cllr Ian Booth declared an interest. ‘I have lived here for 25 years,’ he said.\n\nCllr Sarah Booth said she would welcome a smaller scheme.\n\n‘Forty homes, built properly – bring that back and I will support it,’ she said.',
      ['Ian Booth', 'Sarah Booth']],
    ['"Commenters call Elias …": a group opening the sentence is no one for "he"',
      'Elias Haddad, 81, plays the piano at the station every morning. A video of him has been viewed three million times. Commenters call Elias "the piano grandpa."\n\nHe is ambivalent about the attention. "Now people call me from Ohio, from Texas," he said.',
      ['Elias Haddad']],
    ['a paragraph that ends on a quoted nickname ends its sentence: "He …" opens a new one',
      'Elias Haddad restores pianos. His son Tomas runs the business.\n\nA video that Tomas posted two years ago has been viewed three million times. Commenters call Elias "the piano grandpa."\n\nHe is ambivalent about the attention. "Now people call me from Ohio," he said.',
      ['Elias Haddad']],
    ['"Her husband shook his head. "…," he said": the husband the article named, not a company named since',
      'Ms. Benning\'s husband, Ray Benning, 66, has driven her to 200 appointments.\n\nThe trial was funded by Lumina Therapeutics. In a statement, Lumina said it planned a larger trial.\n\nHer husband shook his head. "She has been saying that every day since," he said.',
      ['Ray Benning']],
    ['"the MCA said": a title before a name elsewhere is a role, here the member named',
      'Nairobi Central MCA Mr Samuel Mwangi said the ban was poorly thought out. "You cannot simply chase people away," the MCA said.',
      ['Samuel Mwangi']],
    ['"the Corkman said": a demonym describes someone, it is no name',
      'Ciarán Mulvey, 17, won the festival.\n\n"I did not think I was winning until move 70," the Corkman said afterwards.',
      ['Ciarán Mulvey']],
    ['"One senior inspector …, told Structures Today that …": the inspector, unnamed, not the magazine told',
      'One senior inspector at a national consultancy, who asked not to be identified, told Structures Today that inspections were "routinely deferred".\n\n"We write the same recommendation every six years and nothing happens," he said.',
      [null, null]],
    ['"…." then "X later added that …": a new sentence reporting something else, not this quotation\'s speaker',
      'Budget Director Raymond Oduya defended the cuts.\n\n"Overtime is how we keep shifts staffed," Price said. "If the budget goes down, something else has to give." Oduya later added that the figures assumed fewer overtime hours.',
      ['Price', 'Price']],
    ['"calling state Sen. X "…"": the senator is who is described, not the speaker',
      'Whitcomb\'s team released an ad calling state Sen. Karen Ostrowski "a socialite who never met a tax she did not like."',
      [null]],
    ['"The Police Federation, which represents officers in England and Wales, said": the organisation, not Wales',
      'The Police Federation, which represents rank-and-file officers in England and Wales, said its members were being "put in an impossible position".',
      ['Police Federation']],
    ['"a move Chinese state media described as "…"": state media, not the country named earlier',
      'The suspension comes weeks after Canberra announced it would join a review, a move Chinese state media described as an attempt at "economic containment".',
      [null]],
    ['"said Finland had been asked …" then "she said": a passive\'s subject was spoken to, the minister spoke',
      'Finnish Foreign Minister Elina Saarinen, who was present at the crossing, said Finland had been asked to host the exchange.\n\n"We were glad to help bring two men home," she said.',
      ['Elina Saarinen']],
    ['"NAME, head of X at AIIMS, Delhi, said:": the city only places the institution',
      'Doctors welcomed the decision. Dr Sanjay Kulkarni, head of endocrinology at AIIMS, Delhi, said: "Mexico, the UK and South Africa have all shown that sugar taxes work."',
      ['Sanjay Kulkarni']],
    ['"One Skyline cabin crew member, who asked not to be named, …": a name inside the described phrase; "she" is the unnamed member',
      'Cabin crew chief Naomi Farrant said talks had stalled.\n\nOne Skyline cabin crew member, who asked not to be named because she feared for her job, said rosters had become unworkable. "I have fallen asleep in the crew rest area," she said.',
      [null]],
    ['"the teenager" names the same person each time, even after someone else is named',
      'Chidubem Okonkwo, a student at Holy Trinity College, took first place.\n\nThe teenager said he built his first prototype in the backyard.\n\nThe state Commissioner for Education, Dr Uchenna Obi, told journalists the government would sponsor 500 filters.\n\nAsked what he would do with the prize money, the teenager said he would first pay back his mother. "She sold her goods for me," he said.',
      ['Chidubem Okonkwo']],
    ['"NAME of X University, CITY, said": the person, not the city',
      'Agricultural economist Sucha Singh Brar of Punjabi University, Patiala, said the cut was "small in the national budget but enormous at the farm gate".',
      ['Sucha Singh Brar']],
    ['"the Finn said": a demonym that is also a given name describes someone after "the", it is no organisation "Finn"',
      'There was a maiden podium for rookie Sami Halonen, who took third for Orion.\n\n"I don\'t think I\'ve stopped shaking yet," the Finn said.',
      ['Sami Halonen']],
    ['"Judge Datuk Rozilah Mohd Yusof", then "Judge Rozilah": a Malaysian honorific is no part of the name',
      'Judge Datuk Rozilah Mohd Yusof handed down the sentence on Lee Chong Wai.\n\n"A deterrent sentence is necessary," Judge Rozilah added.',
      ['Rozilah Mohd Yusof']],
    ['"Jordan Pike … the American laughed. "…," she said": a name given to either sex takes the article\'s pronoun, not a guessed gender',
      'Emma Lindqvist beat American qualifier Jordan Pike 6-2 6-1.\n\n"Ana is serving much better," the Swede said.\n\nPike, 19, said the week had still been the best of her career.\n\n"She did not give me anything," Pike said.\n\nAsked what she had learned, the American laughed. "That I need to get a lot stronger," she said.',
      ['Emma Lindqvist', 'Jordan Pike', 'Jordan Pike']],
    ['"The tournament said in a statement that Osorio had been "…"": the subject of what a description said is not its speaker',
      'Defending champion Rafael Osorio withdrew with a wrist injury. The tournament said in a statement that Osorio had been "advised by medical staff not to compete".',
      [null]],
    ['"NewsChannel 9 Chief Meteorologist Gene Abernathy said": a role noun after a title is no part of the name',
      '"That is strong enough to bring down lines," NewsChannel 9 Chief Meteorologist Gene Abernathy said.',
      ['Gene Abernathy']],
    ['"Bernard Kwok Chi-man", then "Kwok said": a Hong Kong name, the surname before a hyphenated given name',
      'Secretary for Development Bernard Kwok Chi-man told the committee the sites would be put up for tender.\n\n"We are not standing still," Kwok said.',
      ['Bernard Kwok Chi-man']],
    ['"Outside the chamber, Desjardins told reporters …" then "he said": "The exchange grew louder when Liberal …" has no described subject',
      'The exchange grew louder when Liberal health critic Robin Desjardins held up a photograph.\n\n"This is what my constituents see at two in the morning," he said.\n\nPremier Ken Hollis was not in the House. His office said he was at a trade event.\n\nOutside the chamber, Desjardins told reporters the answers had been rehearsed.\n\n"She keeps quoting province-wide numbers," he said.',
      ['Robin Desjardins', 'Robin Desjardins']],
    ['"The Dane, appointed in October, added:": a demonym opening the sentence is no name',
      'Aberdeen manager Mikkel Frandsen was pleased.\n\nThe Dane, appointed in October, added: \'Callum has been waiting for his chance.\'',
      ['Mikkel Frandsen']],
    ['"Denise, a housekeeper …, said": a first name set off by what she is, then "she said"',
      'Crestline said in a statement that it was disappointed.\n\nDenise, a housekeeper at the hotel for 22 years who asked that her last name not be used, said she cleans 16 rooms.\n\n“My back is gone. My knees are gone,” she said.',
      ['Denise']],
    ['"Denver-based Crestline Hospitality Group", then "Crestline said": where it is based is no part of its name',
      'Denver-based Crestline Hospitality Group owns the hotel.\n\nCrestline said in a statement that it was “disappointed” by the walkout.',
      ['Crestline Hospitality Group']],
    ['"The Ministry of Tourism, Culture and the Arts … described", "The Trinidad and Tobago Police Service said": whole names',
      'The Ministry of Tourism, Culture and the Arts, in a release yesterday, described the event as “a triumphant showcase”.\n\nThe Trinidad and Tobago Police Service (TTPS) said the event “passed off without major incident”.',
      ['Ministry of Tourism, Culture and the Arts', 'Trinidad and Tobago Police Service']],
    ['"Tom Everett, the Liberal Democrat MP for Eastbrook, …" then "he said": the seat is no mention of "Healthwatch Eastbrook"',
      'Healthwatch Eastbrook, the patient watchdog, said in a statement that it had seen more complaints.\n\nTom Everett, the Liberal Democrat MP for Eastbrook, said he had written to the health secretary. \'Constituents are contacting me every week,\' he said.',
      ['Tom Everett']],
    ['"…citing "vocal strain." Videos posted by fans …": a thing something was done to is no name',
      'Kaia Rivers cancelled the tour.\n\nRivers had already postponed two shows in Denver last month, citing "vocal strain." Videos posted by fans appeared to show her sitting down.',
      ['Kaia Rivers']],
    ['"Husted continued by saying, "…"": something a person did by saying, not a thing done to',
      'Joh Husted, Ohio Secretary of State, disapproved of the ruling.\n\nHusted continued by saying, "We will appeal this decision."',
      ['Joh Husted']],
    ['"A flight attendant who asked not to be named … she said": the unnamed attendant, not the last woman named',
      'Airline spokeswoman Marisa Cunha said the crew acted well. "Safety is first," she said.\n\nA flight attendant who asked not to be named said the crew had been serving breakfast. "The carts went up and came down," she said.',
      ['Marisa Cunha', null]],
    ['"the Slovenian said": a demonym describes someone, it is no name',
      'Tadej Pogacar lost time on the last climb.\n\n\'I paid for the heat,\' the Slovenian said.',
      ['Tadej Pogacar']],
    ['"WMO Deputy Secretary-General Kofi Mensah-Bonsu said:": a hyphenated office is no part of the name',
      'WMO Deputy Secretary-General Kofi Mensah-Bonsu said: "The cryosphere is sending us a distress signal."',
      ['Kofi Mensah-Bonsu']],
    ['"the New Zealander said": a demonym of two words describes someone',
      'Aroha Mitchell was banned for two years.\n\nIn a statement posted on Instagram, the New Zealander said: "I am devastated and I maintain my innocence."',
      ['Aroha Mitchell']],
    ['"\'….\' He conceded the point.": after a full stop, "He" opens a new sentence, not an attribution',
      'Derek Ashworth counted the courses. His wife, Marion, corrected him. \'Seven,\' she said. \'You have forgotten the lunch.\' He conceded the point.',
      ['Marion', 'Marion']],
    ['"Ms. Stahl, who has represented Ms. Marchetti, said …" then "she said": the subject, not the name in the "who" clause',
      '"It was done," Delphine Marchetti said.\n\nMs. Stahl, who has represented Ms. Marchetti since her second novel, said she was not surprised. She and Ms. Feld have spoken almost daily.\n\n"We both know what it cost her," she said.',
      ['Delphine Marchetti', 'Stahl']],
    ['"the bank said": the organisation whose name says it is a bank, not the news agency named since',
      'Northern Savings Bank held its rate. Economists polled by Reuters had expected the hold.\n\n"The Board considers that the current level is appropriate," the bank said in a statement.',
      ['Northern Savings Bank']],
    ['"A political scientist at X, Dr. NAME, said": the named scientist, not someone unnamed',
      'The vote was close.\n\nA political scientist at the University of Ibadan, Dr. Emeka Nwosu, said the battle could drag on. ‘The courts have been inconsistent,’ he said.',
      ['Emeka Nwosu']],
    ['"the Sri Lankan said": a demonym of two words describes someone; the team before the coach\'s name is no "he"',
      'Mumbai Indians head coach Mahela Jayawardene was more circumspect. "He is a talent, no doubt," the Sri Lankan said.\n\n"Eighteen crore is a lot of pressure," he said.',
      ['Mahela Jayawardene', 'Mahela Jayawardene']],
    ['"goals from Nazem Kadri, Jonathan Huberdeau and …": a name listed with people is a person, not a place',
      'The Flames got goals from Nazem Kadri, Jonathan Huberdeau and rookie Matvei Gridin. Coach Ryan Huska was unhappy. "We stopped skating," he said.\n\nKadri, who had a goal and an assist, agreed. "We sat back, and they made us pay," he said.',
      ['Ryan Huska', 'Nazem Kadri']],
    ['"Mr. Sunday Okon": after an honorific, a weekday is a first name',
      'Another trader, Mr. Sunday Okon, 45, was equally dismissive. ‘Whether APC or PDP, the road is still bad,’ he said.',
      ['Sunday Okon']],
  ];
  itFindsSpeakers(cases);
});

describe('inherited speakers the article leaves open', () => {
  it('marks a paragraph of quotation right after the speaker\'s quoted paragraph as following on', () => {
    const { explained } = analyse({ text: '"We are ready for the next step now," Tom Brown said on Monday.\n\n"The union will vote on Friday and then we will know."' });
    expect(explained[1]!.pattern).toBe('carry');
    expect(explained[1]!.features?.followsOn).toBe(true);
  });
  it('caps a carried speaker below publishing when the quotation\'s own sentence is about someone else', () => {
    const ex = extract({ text: 'Hillary Clinton said in the debate that Donald Trump "paid nothing in federal taxes."\n\nMr. Trump hardly clarified the matter, treating the remark as a compliment -- "That makes me smart" -- and moved on.' });
    const q = ex.quotes.find((x) => x.text.startsWith('That makes me smart'))!;
    expect(q.confidence).toBeLessThan(0.8);
  });
  it('caps an unnamed speaker below publishing: a description is never a question\'s answer', () => {
    const ex = extract({ text: '"The only way Wall Street will change is if executives face jail time," a cashier said.' });
    expect(ex.quotes[0]!.unnamedSpeaker).toBe('a cashier');
    expect(ex.quotes[0]!.confidence).toBeLessThan(0.8);
  });
});


describe('organisations described, not named (04-discourse couldBe, itSpeaker)', () => {
  const cases: SpeakerCase[] = [
    ['"the union" is no company the article names ("Harbor Holdings Ltd.")',
      'Harbor Holdings Ltd. cut 300 jobs on Monday.\n\n"This is a betrayal of loyal staff," the union said.', [null]],
    ['"the company" is a company, and "It added" after it is whom it named, not an association named before',
      'Anglers from the Lenn Valley Angling Association met on Monday.\n\nHarbor Foods Inc. said it would invest £1bn. In a statement, the company said: "We know our customers expect more."\n\nIt added that the winter had "placed exceptional pressure on the network".', ['Harbor Foods Inc', 'Harbor Foods Inc']],
    ['"A former Kitchenline quality-control employee … she said": someone unnamed, not the last woman named',
      'Teresa Marsh, a product safety director, criticised the firm. "It is a problem," said Marsh.\n\nA former Kitchenline quality-control employee, who spoke on condition of anonymity because she still works in the industry, said engineers had flagged the wiring. "People raised it. It just never went anywhere," she said.', ['Teresa Marsh', null]],
    ['"the company" is no "… Cooperative Society": the dairy company that issued the statement',
      'Under the agreement, Mapanza Dairy Farmers Cooperative Society will supply milk to Zambezi Valley Dairies.\n\nZambezi Valley Dairies said in a statement that milk from the Mapanza cooperative would be sold under its own brand.\n\n"We are proud to partner with smallholder farmers," the company said.', [null]],
    ['"the GP" is the general practitioner',
      'Anouk de Jong, a general practitioner in the nearby village of Stramproy, said she feared for patients.\n\n"Every minute counts with a stroke," the GP said.', ['Anouk de Jong']],
    ['an organisation right before a colon introduces its words ("… - Pew Research: “…”")',
      'Estimates of civic engagement are problematic - Pew Research: "All the samples evaluated include more engaged individuals."', ['Pew Research']],
  ];
  itFindsSpeakers(cases);
});

describe('round 16: what a sentence after a quotation says', () => {
  const cases: SpeakerCase[] = [
    ['"… areas.” Brunner told me she had …": a full stop inside the marks, then a verb with an object, opens a new sentence',
      'Gail Brunner runs the pharmacy.\n\nIn a written response, Clearline Health said that its rates were fair and that it offered "additional support for pharmacies serving critical-access areas." Brunner told me she had applied for that support twice.', ['Clearline Health']],
    ['"…,” Brunner told me.": a comma inside the marks still attributes',
      '"I have applied twice," Gail Brunner told me.', ['Gail Brunner']],
    ['"according to the Fire Department, which said … “critical rate”": not the fire\'s name that opens the sentence',
      'The Sespe fire had burned 9,200 acres by 6 p.m., according to the Ventura County Fire Department, which said the blaze was spreading at a "critical rate" through chaparral.', [null]],
  ];
  itFindsSpeakers(cases);
});

describe('round 16: "it" after an organisation described as the subject', () => {
  const cases: SpeakerCase[] = [
    ['"the group said it would file complaints before the Office of the Ombudsman. “…,” it said": not the office named after the group',
      'Senators grilled the department on Wednesday.\n\nIn a statement, the group said it would file complaints before the Office of the Ombudsman against the officials. "The people paid for this wall with their taxes," it said.', [null]],
    ['"Senior Priya Nair": a school year is no part of her name',
      'Senior Priya Nair, the board\'s student representative, said she had surveyed students. She told the board: "Most of us would honestly be relieved."', ['Priya Nair']],
  ];
  itFindsSpeakers(cases);
});

describe('round 17: "the source" is someone unnamed', () => {
  const cases: SpeakerCase[] = [
    ['"The source said … “hasn\'t been ruled out.”": not the player the sentence is about',
      'Quarterback Tyler Brandvold suffered a high ankle sprain, coach Marcus Ivey said.\n\nThe source said the team is hopeful Brandvold avoids surgery, but that a procedure "has not been ruled out."', [null]],
  ];
  itFindsSpeakers(cases);
});

describe('round 19: an organisation described in an appositive is the subject', () => {
  const cases: SpeakerCase[] = [
    ['"Himali Heights, a Kathmandu-based company that runs expeditions on Everest and Manaslu, said": the company, not the mountain',
      'Everest rules tightened\n\nHimali Heights, a Kathmandu-based company that runs commercial expeditions on Everest and Manaslu, said in an email that it was "ready to follow the rule" but wanted clarity.', ['Himali Heights']],
  ];
  itFindsSpeakers(cases);
});

describe('round 21: roles with "of", a central bank described, a team with a plural verb', () => {
  const cases: SpeakerCase[] = [
    ['"said LTA head of women’s tennis Rachel Okafor": the body only modifies her role',
      'Cole wins\n\n‘Harriet has worked incredibly hard,’ said LTA head of women’s tennis Rachel Okafor.', ['Rachel Okafor']],
    ['"The central bank said the Monetary Board had … “…,” it said": not the board named after the bank',
      'Rates held\n\nThe central bank said the Monetary Board had also considered global trade tensions.\n\n"Any adverse developments could weigh on export earnings," it said.', [null]],
  ];
  itFindsSpeakers(cases);
  it('"Nightjar have moved AWPer vortex to the bench": a team, by its plural verb; "Republicans have" is no speaker', () => {
    const kindOf = (text: string, name: string) => analyse({ text }).people.entities.find((e) => e.person.name === name)?.person.kind;
    expect(kindOf('Roster change\n\nNightjar have moved AWPer vortex to the bench after the exit.\n\n"We decided together," Nightjar said.', 'Nightjar')).toBe('organisation');
    expect(kindOf('"It is a witch hunt," said Trey Gowdy. While Republicans have often faced criticism, they went on.', 'Republicans')).not.toBe('organisation');
  });
});

describe('round 22: roles "of" something, carriers, someone unnamed after a long phrase', () => {
  const cases: SpeakerCase[] = [
    ['"said London TravelWatch director of policy Tomasz Wierzbicki": the watchdog only modifies his role',
      'Tube strike\n\n‘Every day of this costs London money,’ said London TravelWatch director of policy Tomasz Wierzbicki.', ['Tomasz Wierzbicki']],
    ['"Orimar, the Geneva-based carrier that …, … the company said … It added": the carrier, not the reservoir named before',
      'Canal limits\n\nWork on the Río Indio reservoir remained on schedule, officials said.\n\nOrimar, the Geneva-based carrier that runs three loops via Panama, told customers a surcharge would apply.\n\n"Orimar will apply a surcharge of $180," the company said in an advisory. It added that schedules would be "reviewed weekly".', ['Orimar', 'Orimar']],
    ['"One surfer packing up his car at North Beach on Tuesday morning, who did not want to be named, … he said": someone unnamed',
      'Beach parking\n\n"They listened politely," said spokesman Glen Pappas.\n\nOne surfer packing up his car at North Beach on Tuesday morning, who did not want to be named, said he had no plans to pay.\n\n"I will park up the back streets," he said.', ['Glen Pappas', null]],
  ];
  itFindsSpeakers(cases);
});

describe('"It said", "It added": the organisation "it" was, not one named in its sentence', () => {
  const cases: SpeakerCase[] = [
    ['"… the ministry said in a written reply to the STA. It added that … had brought “…”": the ministry, not the agency it replied to',
      'Care homes\n\nThe Ministry of Solidarity-Based Future said it was aware of the shortage.\n\n"We are working on a simplified procedure for work permits," the ministry said in a written reply to the STA.\n\nIt added that the new act had brought "additional funding for the sector".', ['Ministry of Solidarity-Based Future', 'Ministry of Solidarity-Based Future']],
    ['"It added that … following the Harbour Licensing Authority\'s approval … “…,” it said": the firm that "it" was, not the authority in its sentence',
      'Tariffs rise\n\nHarbor Foods Inc. said prices would rise by 3 per cent.\n\nIt added that the rise was partly offset by lower fees following the Harbour Licensing Authority\'s approval of a refund. "Customers will see the refund over six months," it said.', ['Harbor Foods Inc']],
  ];
  itFindsSpeakers(cases);
});

describe('"said" an organisation, two roles joined by "and", then a name: the person', () => {
  const cases: SpeakerCase[] = [
    ['"said Harbor Power vice president and head of corporate communications Ana de los Santos"',
      'Power rates\n\n"We will keep the impact small," said Harbor Power vice president and head of corporate communications Ana de los Santos.\n\n"It does not go to us," de los Santos added.', ['Ana de los Santos', 'Ana de los Santos']],
    ['"said former Ohio Gov. and Democratic National Committee Chairman Tom Brennan"',
      'Surrogates\n\n"He is reprising that role," said former Ohio Gov. and Democratic National Committee Chairman Tom Brennan.', ['Tom Brennan']],
  ];
  itFindsSpeakers(cases);
});

describe('whom the subject told is not the speaker of a colon introduction ("told the Chronicle: ‘…’")', () => {
  const cases: SpeakerCase[] = [
    ['"A lifeguard at Camp Bay, who did not wish to be named, told the Chronicle: ‘…’": not the paper',
      'Jet skis\n\nA lifeguard at Camp Bay, who did not wish to be named, told the Chronicle: ‘We see jet skis coming in too close every weekend.’', [null]],
    ['"A source close to the LSU program told 247Sports: "…"": not the site, its name glued to digits',
      'Recruits\n\nA source close to the LSU program told 247Sports: "We felt good as late as Sunday."', [null]],
    ['"One rider, who asked not to be named, told Horse & Hound: ‘…’": someone unnamed, not "Hound"',
      'Eventing\n\nOne rider, who asked not to be named, told Horse & Hound: ‘It isn’t fair on anyone.’', [null]],
    ['"… - Pew Research: “…”": an organisation right before the colon still speaks',
      'Estimates of civic engagement are problematic - Pew Research: "All the samples evaluated include more engaged individuals."', ['Pew Research']],
  ];
  itFindsSpeakers(cases);
});

describe('a name after "said", set off by an appositive before its own verb, is what was said of ("said Saaz, a … variety, was “…”")', () => {
  const cases: SpeakerCase[] = [
    ['"Ondřej Kratochvíl … said Saaz, a fine aroma variety …, was “…”": the agronomist, not the hop',
      'Hops\n\nOndřej Kratochvíl of the Hop Research Institute in Žatec said Saaz, a fine aroma variety with little tolerance for heat, was “particularly sensitive” to the hotter summers.', ['Ondřej Kratochvíl']],
    ['"“…,” said Tom Brown, the mayor, who …": an inversion still', 'Budget\n\n“We will cut nothing,” said Tom Brown, the mayor, who was re-elected in May.', ['Tom Brown']],
  ];
  itFindsSpeakers(cases);
});

describe('after an auxiliary, a name after a verb of saying is its object, no inversion ("had asked Erbil for clarifications")', () => {
  it('"An official …, said the ministry had “…” … and had asked Erbil for clarifications": not Erbil', () => {
    const text = 'Salaries\n\nAn official at the federal Ministry of Finance, who spoke on condition of anonymity, said the ministry had "found discrepancies in the numbers" in the payroll lists and had asked Erbil for clarifications.';
    expect(speakersOf(text)).not.toContain('Erbil');
  });
  itFindsSpeakers([
    ['"… called the loss “…,” pointing to a penalty that put Winnipeg on the power play": after a relative pronoun, its subject, no inversion (04-subject-right)',
      'The Winnipeg Jets beat the Minnesota Wild 3-2.\n\nWild head coach Tom Harnett called the overtime loss "a point we\'ll take, but one we let get away," pointing to a late tripping penalty that put Winnipeg on the power play.',
      ['Tom Harnett']],
  ]);
});

describe('rules kept to what their cues say (a review of rounds 35-40)', () => {
  const cases: SpeakerCase[] = [
    ['"AG Pam Bondi said": a title, not a company\'s legal form after a quotation', '"We will prosecute," AG Pam Bondi said.', ['Pam Bondi']],
    ['"Group chairman Tom Brown said": a quotation with its own punctuation is speech before any capital word',
      '"We are united," Group chairman Tom Brown said.', ['Tom Brown']],
    ['"told Reuters “Absolutely not” Tuesday": no nickname between a given name and a surname',
      'Mary Smith spoke to reporters. She told Reuters "Absolutely not" Tuesday.', ['Mary Smith']],
    ['"what Williams called": a surname, not a people\'s word for something',
      'Tom Williams spoke. It was what Williams called "a historic mistake" in March.', ['Tom Williams']],
    ['"the energy regulator (ERB)": an organisation, not an office whose initials these are',
      'The energy regulator (ERB) met on Monday.\n\n"Prices will rise in the spring," ERB said.', ['ERB']],
    ['"chairman of the panel": "the panel said" is the panel, not its chairman',
      'Tom Brown, chairman of the panel, spoke first.\n\n"We will publish the report in May," the panel said.', [null]],
    ['"Warren and Bernie Sanders" after Elizabeth Warren: no "Warren Sanders"',
      'Elizabeth Warren spoke first.\n\nWarren and Bernie Sanders clashed over trade. "We need a new deal," Sanders said.', ['Bernie Sanders']],
    ['"Mayor Tom Brown, Jane Doe, and …": a name in a list is no office opening the sentence',
      'Mayor Tom Brown, Jane Doe, and Bill Lee met on Monday. "We agreed," Doe said.', ['Jane Doe']],
    ['"remembers the moment, holding his daughter and telling her": his own words',
      'Tom Brown remembers the moment, holding his daughter and telling her: "We are safe now."', ['Tom Brown']],
  ];
  itFindsSpeakers(cases);
});

describe('round 42: a relative clause\'s last name, a description of another office, a captain by his side', () => {
  const cases: SpeakerCase[] = [
    ['"The processor, which collects from farms across the South West and Wales, said": the name ends the relative clause, no subject',
      'Milk price\n\nWestmoor Dairies has cut its milk price again.\n\nThe processor, which collects from about 780 farms across the South West and Wales, said the cut reflected ‘continued weakness’ in butter markets.',
      [null]],
    ['"The company, which is owned by Peter Hollis, said": the owner is inside the clause', 'Sale\n\nThe company, which is owned by Peter Hollis, said the sale was "a fair price".', [null]],
    ['"The notice, a copy of which is with Priya Menon, states": a relative pronoun after a preposition opens the clause the name is in (04-subject-left relativeClauseTo)',
      'Eviction\n\nFamilies on the canal bank received a notice from the civic body on Saturday.\n\nThe notice, a copy of which is with Priya Menon, states that the occupants will be "suitably rehabilitated in accordance with the norms".', [null]],
    ['"the accused stood up in the dock. “…,” he said" after his barrister spoke: the accused, not the barrister in focus',
      'Theft\n\nDarragh Twomey pleaded guilty to 22 counts of theft.\n\nDefence barrister Ray Boland SC said his client had developed a gambling addiction.\n\n"This is a man who has lost everything," Mr Boland said.\n\nWhen asked by the judge if he wished to say anything, the accused stood up in the dock.\n\n"I am sorry for what I did to him," he said, before sitting down again.',
      ['Ray Boland', null]],
    ['"the Zimbabwe captain added" of two captains: the one whose role says Zimbabwe, not the captain named last',
      'Test\n\nZimbabwe\'s captain Tendai Mushonga was pleased. Captain Conor Whelan top-scored for Ireland.\n\n"It is hard to take," Whelan said.\n\n"Conor batted beautifully," the Zimbabwe captain added.',
      ['Conor Whelan', 'Tendai Mushonga']],
    ['"described the apology as “…”, noting that Clarke had maintained …": the reported clause after "noting that" is not the quotation\'s',
      'Sentencing\n\nDwayne Clarke was convicted.\n\nCrown Counsel Kerry-Ann Morrison, however, described the apology as "too little, too late", noting that Clarke had maintained throughout the trial that he was not there.',
      ['Kerry-Ann Morrison']],
    ['"Justice Whyte-Campbell commended Morrison … “…,” she said" after Morrison spoke: the sentence\'s subject, not the last speaker named as its object',
      'Sentencing\n\nJustice Andrea Whyte-Campbell sentenced him.\n\nCrown Counsel Kerry-Ann Morrison described the apology as "too little, too late".\n\nJustice Whyte-Campbell commended Morrison for the thoroughness of the case. "She put every piece of the puzzle before the jury," she said.',
      ['Kerry-Ann Morrison', 'Andrea Whyte-Campbell']],
    ['"The Clinton approach is made possible …, said Katie Harbath. Others are “…,” she said": a name after "the" is no subject',
      'Ads\n\nHillary Clinton spoke on Monday.\n\nThe Clinton approach is made possible by its resources, said Katie Harbath. Others are "having to be leaner," she said.',
      ['Katie Harbath']],
    ['"Cruz is …, he is also the ablest candidate Viguerie argues. “…,” he says": the last speaker is the subject of a verb of saying',
      'Endorsement\n\n"The only one that can unite the party is Cruz," Richard Viguerie adds.\n\nCruz is not only right on the issues, he is also the most able candidate Viguerie argues.\n\n"Cruz is our best debater," he says.',
      ['Richard Viguerie', 'Richard Viguerie']],
    ['"“…,” a Cricket Ireland statement said": the author named before the statement, not the coach in focus',
      'Test\n\nDeclan Moyles said the squad would train in August.\n\n"We are delighted that 6,500 spectators came," a Cricket Ireland statement said.', ['Cricket Ireland']],
    ['"In a White House statement, President Obama condemned the test as “…”": the statement opens the sentence, Obama is its subject',
      'Korea\n\nNorth Korea tested a bomb. In a White House statement, President Obama condemned the test as "provocative and destabilizing" on Friday.', ['Obama']],
    ['"Mr Breen put it to him that … He replied: “…”": who replies is whom the sentence before addressed, not its subject',
      'Court\n\nDetective Constable Ross Gillespie said the car was found at the house.\n\nUnder cross-examination by defence solicitor Niall Breen, the detective accepted that no officer had identified the driver.\n\nMr Breen put it to him that the case rested on "a hunch and a set of car keys". He replied: "It rests on a good deal more than that."',
      ['Niall Breen', 'Ross Gillespie']],
    ['"My dad runs a plumbing business … He always says, “…”": the speaker\'s father, unnamed, not the man named before',
      'Q&A\n\nAnika Brar was elected president. Marcus Yeung lost.\n\nMy dad runs a plumbing business in Surrey. He always says, "If you fix the leaky tap, nobody claps."', [null]],
    ['"I was working at a bank, and my mother, who is a nurse, called me … She said to me, “…”": the subject of a second main clause, unnamed, not the woman interviewed (round 110)',
      'Q&A\n\n"It should meet people where they are," Aline Uwase said.\n\nHow did it start?\n\nI was working at a bank, and my mother, who is a nurse in Huye, called me one day. She said to me, "You make these things. Why not one that speaks to me?"', ['Aline Uwase', null]],
    ['"“…” – Health-e News" closing the article: the outlet\'s sign-off, no signature', 'TB\n\nNomvula Mdingi travels two hours to the clinic.\n\nFor now, Mdingi says she will keep going back.\n\n“I want to get better for my children.” – Health-e News', ['Nomvula Mdingi']],
    ['"Kalinaw Capital Management, Inc." then "“…,” it said": a legal form alone is no company "it" could be',
      'Results\n\n"The risk is execution," said Paolo Lacson, head of research at Kalinaw Capital Management, Inc.\n\n"We see no reason to revise our targets," it said.', ['Paolo Lacson', null]],
    ['"Assistant coroner Robert Cheetham asked Mr Ashworth whether … “…,” he replied": whom he asked replies',
      'Inquest\n\nDaniel Ashworth found the body.\n\nAssistant coroner Robert Cheetham asked Mr Ashworth whether the ice would have been visible.\n\n"You could see it from there. Anybody could," he replied.',
      ['Daniel Ashworth']],
    ['"At the market yesterday, a vendor selling island cabbage, who did not want to be named, said … “…,” she said": the vendor, unnamed, after a phrase of place',
      'By-election\n\nThird-placed Silas Kaltapas conceded on Monday.\n\nAt the Luganville market house yesterday, a vendor selling island cabbage, who did not want to be named, said the new MP would be judged on roads.\n\n"We have heard many promises here before," she said.',
      [null]],
    ['"AN EXPERIENCED fell walker who had climbed Helvellyn “more than 60 times” died": a lead in capitals names no one, nor the relative clause\'s object the subject',
      'Walker died on ridge\n\nAN EXPERIENCED fell walker who had climbed Helvellyn "more than 60 times" died after slipping on ice, an inquest has heard.',
      [null]],
    ['"At Number 66 Village on the Corentyne, a fisherman who asked not to be named told this newspaper: “…”": a place after "on the" is no subject',
      'Flaring\n\nMinister Devendra Sukhu defended the regulator.\n\nAt Number 66 Village on the Corentyne, a fisherman who asked not to be named told this newspaper: "Nobody comes to tell the fishermen anything."', [null]],
    ['"Croatian filmmaker Vesna Horvat …. “…,” it said in a statement": a nationality before a role noun is no organisation "it" could be',
      'Awards\n\nBest actress went to Milica Stojanović, who shared the stage with Croatian filmmaker Vesna Horvat.\n\n"Sarajevo has once again shown that cinema is a necessity," it said in a statement.', [null]],
    ['"Samuel Langat, who chairs the cooperative, …. “…,” the chairman says": the office a relative clause gives, not the man named since',
      'Dairy\n\nSamuel Langat, who chairs the Ol Kalou cooperative, admits he was sceptical. What changed his mind was Brian Otieno spending three weeks at the offices.\n\n“He slept in our guest room,” the chairman says.', ['Samuel Langat']],
    ['"Gareth Whitlow, who chairs Independent Pharmacy Alliance North (IPAN), … “…,” the IPAN chair said": whom a relative clause makes chair of a body named, and the body by its initials',
      'Pharmacies\n\nGareth Whitlow, who chairs Independent Pharmacy Alliance North (IPAN), said members were "looking hard at the same numbers".\n\nPriya Raman said her branch would close. According to an IPAN survey, branches lose "around £4 on every check".\n\n\"We want an honest conversation about costs,\" the IPAN chair said.',
      ['Gareth Whitlow', null, 'Gareth Whitlow']],
    ['"In a written reply to The Bogotá Post, the secretariat said it …. “…,” it said": whom something was said to is no "it"',
      'Salsa bar\n\nIn a written reply to The Bogotá Post, the secretariat said it valued such places. "Salsa venues are part of the living memory of the city," it said.', [null]],
  ];
  itFindsSpeakers(cases);
});

describe('a relative the sentence names before "he" is whom it means, where its subject may not be a "he" (round 72)', () => {
  const cases: SpeakerCase[] = [
    ['"Jung Hae-won, whose husband is in intensive care, said he had complained … “…,” she said": the wife, whose name says no gender',
      'Crane\n\nKim Seo-yeon, a professor of port engineering, said cranes of that age "need their ropes checked far more often."\n\nJung Hae-won, whose husband is among the two workers in intensive care, said he had complained about the crane at home for weeks.\n\n"He told me last week that he did not want to work under that crane anymore," she said.',
      ['Kim Seo-yeon', 'Jung Hae-won']],
    ['"Tom Reid, whose son plays for the club, said he was proud. “…,” he said": a father known to be one keeps the "he" (a guard on the rule)',
      'Cup\n\nTom Reid, whose son plays for the club, said he was proud of the team.\n\n"It has been a long season for all of us," he said.', ['Tom Reid']],
  ];
  itFindsSpeakers(cases);
});

describe('a name in a phrase before the subject "he" is no subject (round 86)', () => {
  const cases: SpeakerCase[] = [
    ['"From Walter he inherited a set of hammers. … “…,” he told The Yorkshire Post": the "he" is Eric, not his uncle',
      'Eric Thwaite, who has died aged 87, built walls for seven decades.\n\nHe left school at 14 to work alongside his uncle, Walter Thwaite.\n\nFrom Walter he inherited a set of hammers and a distrust of cement.\n\n"A wall is just a slow argument between a farmer and the weather," he told The Yorkshire Post in 1998.',
      ['Eric Thwaite']],
  ];
  itFindsSpeakers(cases);
});

describe('a quotation\'s own "he" or "she" is no speaker of the other gender (round 84)', () => {
  it('"Margit Ashdown’s father …, she tells us …. ‘Dust is the enemy,’ he used to say, ‘and …’": neither part is hers', () => {
    const ex = extract({ text: 'Inland Water: A Memoir by Margit Ashdown.\n\nMargit Ashdown’s father built boats for forty years, and for most of those years, she tells us, he would not let her into the varnishing shed. ‘Dust is the enemy,’ he used to say, ‘and children are made of dust.’' });
    expect(ex.quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Margit Ashdown');
  });
});

describe('who was told the words in a passive did not say them (round 52)', () => {
  it('"He said he had … been assured that the Government had “nothing to hide”": not his words at >= 0.8', () => {
    const ex = extract({ text: 'Minister Peter Kombuk defended the audit.\n\nKairuku MP Dickson Oala, a Government backbencher, said he supported the audit. He said he had raised the matter with the minister privately and been assured that the Government had "nothing to hide".' });
    const q = ex.quotes.find((x) => x.text === 'nothing to hide')!;
    expect(q.speaker?.name === 'Dickson Oala' && q.confidence >= 0.8).toBe(false);
  });
  it('"said the community had been promised a station “in writing …”" stays hers: no "that" after the passive (a guard)', () => {
    const ex = extract({ text: 'Protest leader Rosa Elena Cárdenas Moreno said the community had been promised a station "in writing, with a signature and a seal."' });
    expect(ex.quotes[0]!.speaker?.name).toBe('Rosa Elena Cárdenas Moreno');
  });
});

describe('a relative of the pronoun\'s gender, named after a subject whose given name says the other (round 80)', () => {
  const cases: SpeakerCase[] = [
    ['"Moran, 71, was not at the track, but his daughter Aoife Moran was on hand. “…,” she said": the daughter, not the father',
      'Earlier, the Paddy Moran-trained Dunmore Quay won the handicap hurdle.\n\nMoran, 71, was not at the track, but his daughter and assistant Aoife Moran was on hand to greet the winner. "Dad will be thrilled," she said.',
      ['Aoife Moran']],
    ['"Groberg, 33, … Republican nominee Donald Trump. “…,” he said": someone of another surname does not outrank the subject (a guard: "Florent" reads as a woman\'s name)',
      'Florent Groberg is a former Army captain and a lifelong Republican.\n\nGroberg, 33, talked to reporters about his decision, including why he will not be supporting Republican nominee Donald Trump.\n\n"He has absolutely zero military experience," he said.',
      ['Florent Groberg']],
  ];
  itFindsSpeakers(cases);
});

describe('round 73: a two-word Malaysian title, a firm before its founder\'s role, a team by its plural verb', () => {
  const cases: SpeakerCase[] = [
    ['"Sinar Hijau founder and executive chairman Tan Sri Lim Boon Keat, 71, defended the deal …, describing … as “…”. “…,” Lim said": the founder, not his firm; "Lim" is him',
      'Estate sale\n\nSinar Hijau founder and executive chairman Tan Sri Lim Boon Keat, 71, defended the deal on Tuesday, describing the estate\'s oil palms as "old, tired and costly to replant".\n\n"We have been planting in Kulim since 1968," Lim said.',
      ['Lim Boon Keat', 'Lim Boon Keat']],
    ['"The Waikato Kōtuku are champions … He credited … “…,” he said": a team with a plural verb is no "he", whatever its article',
      'Rugby\n\nThe Waikato Kōtuku are champions for the first time after a win in Hamilton on Saturday.\n\nKōtuku head coach Hemi Tautahi paid tribute to his bench.\n\nFor the Kōtuku, the win caps a turnaround under Tautahi, who took charge in 2022.\n\nHe credited the sisters with setting the standard.\n\n"The girls have earned a couple of days off," he said.',
      ['Hemi Tautahi']],
  ];
  itFindsSpeakers(cases);
  it('"Tan Sri" is no part of his name or his role; "Sri Mulyani Indrawati" keeps her given name', () => {
    const people = extract({ text: 'Sale\n\nSinar Hijau executive chairman Tan Sri Lim Boon Keat said "we will sell". Finance Minister Sri Mulyani Indrawati said "we will watch".' }).people;
    expect(people.map((p) => [p.name, p.role ?? ''])).toEqual([['Lim Boon Keat', 'Sinar Hijau executive chairman'], ['Sri Mulyani Indrawati', 'Finance Minister']]);
  });
});

describe('who the article says died speaks no later "she said" (round 48, read again)', () => {
  const cases: SpeakerCase[] = [
    ['"… with her younger sister Hoda, spoke to Ahram Online. Hoda was among those killed. “…,” she said": the survivor, not her sister',
      'Crash\n\nSamah Ali, 34, who had boarded the microbus with her younger sister Hoda, spoke to Ahram Online from her hospital bed. Hoda was among those killed.\n\n"We were asleep. I woke up on the road and I could not find my sister," she said.', ['Samah Ali']],
    ['"His son Tomas was killed in the fire. “…,” he said": the father',
      'Fire\n\nFarmer Piet Venter lost his barn on Sunday. His son Tomas was killed in the fire.\n\n"There was nothing anyone could do," he said.', ['Piet Venter']],
    ['"Lindner died peacefully at home … “…,” he said in 2019": an obituary goes on quoting whom it mourns (a guard on the rule)',
      'Obituary\n\nWinemaker Henry Lindner died peacefully at home on 12 March, his family said.\n\n"People call me a visionary. I was just too tight to pay a man," he said in 2019.', ['Henry Lindner']],
    ['"Tomas survived the fire. “…,” he said": who lived may speak (a guard on the rule)',
      'Fire\n\nFarmer Piet Venter lost his barn on Sunday. His son Tomas Venter survived the fire.\n\n"There was nothing anyone could do," he said.', ['Tomas Venter']],
  ];
  itFindsSpeakers(cases);
});

describe('an unattributed question after an answer is a guess, whoever it is given to (round 89)', () => {
  it('"“…,” Ms Eze replied. ¶ “And how many boreholes did you find?”": below 0.8, the lawyer as likely as the witness', () => {
    const ex = extract({ text: 'Trial\n\nUnder cross-examination, Mr Adeyemi-Cole asked the witness whether investigators had visited the sites.\n\n"Did you go to even one of the 96 locations?" the lawyer asked.\n\n"We visited 11 sites in Niger and Kogi states," Ms Eze replied.\n\n"And how many boreholes did you find?"\n\n"We found four functional boreholes," she said.' });
    const q = ex.quotes.find((x) => x.text.startsWith('And how many'))!;
    expect(q.speaker === null || q.confidence < 0.8).toBe(true);
    // (her answer after it stays hers and sure)
    expect(ex.quotes.find((x) => x.text.startsWith('We found'))!.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('so after any answer to someone else\'s question: "“How much money?” Kipp asked. ¶ “…,” Venkataraman said. ¶ “And who decides where it goes?”" (round 91)', () => {
    const ex = extract({ text: 'Fee vote\n\nTown Manager Priya Venkataraman told the board the fee could raise "real money" for housing.\n\n"How much money are we actually talking about?" Kipp asked.\n\n"Somewhere between $280,000 and $340,000 a year," Venkataraman said.\n\n"And who decides where it goes?"\n\n"Town meeting does."' });
    const q = ex.quotes.find((x) => x.text.startsWith('And who decides'))!;
    expect(q.speaker === null || q.confidence < 0.8).toBe(true);
  });
  it('and an unattributed answer to a question put is not the asker\'s: "“…, correct?” Halvorsen asked. ¶ “Yes.”" is the witness\'s, below 0.8; so is "“…,” she said" after a question the pronoun gives the asker (round 134)', () => {
    const ex = extract({ text: 'Trial\n\nAino Koskinen-Ruud, 58, of Proctor, was the sixth witness.\n\n"No. Never. They thought their money was safe," Koskinen-Ruud said.\n\nDefense attorney Kurt Halvorsen spent nearly two hours cross-examining Koskinen-Ruud.\n\n"You had signing authority on the deposit account, correct?" Halvorsen asked.\n\n"Yes."\n\n"Is there anything in writing where he tells you to make those transfers?"\n\n"No. He didn\'t put things in writing. That was kind of the point," she said.' });
    const of = (start: string) => ex.quotes.find((x) => x.text.startsWith(start))!;
    for (const start of ['Yes', 'No. He didn']) {
      expect(of(start).speaker?.name).toBe('Aino Koskinen-Ruud');
      expect(of(start).confidence).toBeLessThan(0.8);
    }
    expect(of('Is there anything').speaker?.name === 'Kurt Halvorsen' || of('Is there anything').confidence < 0.8).toBe(true);
  });
  it('so after an answer to a question the paragraph before reports: "Vukovic asked Mr Okafor whether …. ¶ “…,” he said. ¶ “That wasn\'t my question. Did you …?”" (round 133)', () => {
    const ex = extract({ text: 'Inquiry\n\nSimon Okafor, the authority\'s chief executive, gave evidence.\n\nLiberal MLC Natalie Vukovic asked Mr Okafor whether the authority had consulted the land council.\n\n"We undertook consultation with a range of stakeholders," he said.\n\n"That wasn\'t my question. Did you meet with the land council before the announcement?"' });
    const q = ex.quotes.find((x) => x.text.startsWith('That wasn'))!;
    expect(q.speaker?.name === 'Natalie Vukovic' || q.confidence < 0.8).toBe(true);
  });
  it('… but not a question a speaker asks and answers: "“Do you want …?” he said. ¶ “For me, …”"', () => { // (guard)
    const ex = extract({ text: 'Dinner\n\nUnion president Jeff Traeger spoke at the rally.\n\n"Do you want to eat a cheaper dinner off the backs of somebody who is struggling?" he said.\n\n"For me, personally, I would rather pay a dollar or two extra at dinner time."' });
    const q = ex.quotes.find((x) => x.text.startsWith('For me'))!;
    expect([q.speaker?.name, q.confidence >= 0.8]).toEqual(['Jeff Traeger', true]);
  });
  it('an unattributed quotation after an answer that is no question carries on as before', () => { // (guard)
    const ex = extract({ text: 'Trial\n\n"Did you go to the sites?" the lawyer asked.\n\n"We visited 11 sites in Niger and Kogi states," Ms Ngozi Eze replied.\n\n"Four had working boreholes."' });
    expect(ex.quotes.find((x) => x.text.startsWith('Four'))!.speaker?.name).toBe('Ngozi Eze');
  });
});
