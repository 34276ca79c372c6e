// Finding quotations: marks, splits, multi-sentence and multi-paragraph quotes,
// quotes inside quotes, partial quotes, and quoted titles / scare quotes that are not speech.
import { describe, expect, it } from 'vitest';
import { extract } from '../../questions/index';
import { normalise } from '../../questions/01-normalise';
import { findQuotations } from '../../questions/02-quotations';

/** Quotations the pipeline reports (speech and partial), as text. */
const texts = (s: string) => extract({ text: s }).quotes.map((q) => q.text);
/** Everything stage 2 finds, with its kind: [text, 'speech' | 'partial' | 'title']. */
const kinds = (s: string) => findQuotations(normalise({ text: s })).map((q) => [s.slice(q.start, q.end), q.kind]);

describe('quotation marks and shapes', () => {
  const cases: [string, string, string[]][] = [
    ['straight quotes', 'Mary Smith said, "We will rebuild the bridge this year."', ['We will rebuild the bridge this year.']],
    ['curly quotes', 'Mary Smith said, “We will rebuild the bridge this year.”', ['We will rebuild the bridge this year.']],
    ['guillemets', 'Mary Smith said: «We will rebuild the bridge this year.»', ['We will rebuild the bridge this year.']],
    ['low-9 opening mark', 'Mary Smith said: „We will rebuild the bridge this year.”', ['We will rebuild the bridge this year.']],
    ['doubled apostrophes (newspaper archives)', "''We will rebuild the bridge this year,'' Mary Smith said.", ['We will rebuild the bridge this year,']],
    ['doubled curly singles', '‘‘We will rebuild the bridge this year,’’ Mary Smith said.', ['We will rebuild the bridge this year,']],
    ['backtick opening', "``We will rebuild the bridge this year,'' Mary Smith said.", ['We will rebuild the bridge this year,']],
    ['closing mark typed as the opening one', 'Mary Smith said: ”We will rebuild the bridge this year.”', ['We will rebuild the bridge this year.']],
    ['closing mark opening a paragraph, then an ellipsis', 'The mayor was blunt.\n\n” … we will rebuild the bridge this year,” Mary Smith said.',
      ['… we will rebuild the bridge this year,']],
    ['low-9 opening, high-6 closing', 'Mary Smith said: „We will rebuild the bridge this year“, and left.', ['We will rebuild the bridge this year']],
    ['opening mark typed as the closing one', 'Mary Smith said: “We will rebuild the bridge this year.“ Then she left.', ['We will rebuild the bridge this year.']],
    ['no space after the comma', 'Mary Smith said,"We will rebuild the bridge this year."', ['We will rebuild the bridge this year.']],
    ['split by its attribution', '"We will rebuild," Mary Smith said, "and we will do it this year."',
      ['We will rebuild,', 'and we will do it this year.']],
    ['split, curly, attribution with a title', '“We will rebuild,” said Mayor Mary Smith of Springfield, “and we will do it this year.”',
      ['We will rebuild,', 'and we will do it this year.']],
    ['multi-sentence', '"The bridge is old. It is unsafe. We will rebuild it," Mary Smith said.',
      ['The bridge is old. It is unsafe. We will rebuild it,']],
    ['multi-paragraph: left open, reopened', 'Mary Smith said: "The bridge is old and it is unsafe for everyone.\n\n"We will rebuild it this year, whatever it costs."',
      ['The bridge is old and it is unsafe for everyone.', 'We will rebuild it this year, whatever it costs.']],
    ['multi-paragraph over three paragraphs', 'Mary Smith said: “The bridge is old.\n\n“It is unsafe for everyone who crosses it.\n\n“We will rebuild it this year.”',
      ['The bridge is old.', 'It is unsafe for everyone who crosses it.', 'We will rebuild it this year.']],
    ['quote inside a quote stays in the outer quote', '"He told me \'we are done here\' and walked away from the table," Mary Smith said.',
      ["He told me 'we are done here' and walked away from the table,"]],
    ['curly quote inside straight quote', 'Mary Smith said: "They chanted “lock him up” all night long outside the hall."',
      ['They chanted “lock him up” all night long outside the hall.']],
    ['double inside double', '“He told me “we are done here” and walked away,” Mary Smith said.',
      ['He told me “we are done here” and walked away,']],
    ['short partial quote inside reported speech', 'Mary Smith said the plan was "unworkable" and would be dropped.', ['unworkable']],
    ['British single quotes', "‘We will rebuild the bridge this year,’ Mary Smith said.", ['We will rebuild the bridge this year,']],
    ['British style with a nested double quote', '‘They kept shouting “lock him up” at us,’ Mary Smith said. ‘It was frightening for everyone there.’',
      ['They kept shouting “lock him up” at us,', 'It was frightening for everyone there.']],
    ['British straight singles ending before a full stop', "Mary Smith said: 'We will rebuild the bridge this year'. She did not say how.",
      ['We will rebuild the bridge this year']],
    ['British style among apostrophes', '‘We’re not going to let the workers’ union dictate terms,’ said Mary Smith. ‘It’s the ’90s all over again.’',
      ['We’re not going to let the workers’ union dictate terms,', 'It’s the ’90s all over again.']],
    ['British style: a partial quotation ending in s', 'Wes Streeting said ‘tough choices’ lay ahead. ‘There is no money tree,’ he added.',
      ['tough choices', 'There is no money tree,']],
    ['British style: elisions open nothing', 'Rock ’n’ roll is back, and the Smiths’ fans know it. ‘We love it,’ said Mary Smith.', ['We love it,']],
    ['apostrophes are not quotes', "Mary Smith's plan isn't ready, and the workers' union said so.", []],
    ['inches and feet are not quotes', 'The 6\'2" forward, who weighs 210 pounds, signed on Monday.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('missing and stray marks', () => {
  const cases: [string, string, string[]][] = [
    ['closing mark missing: recovered at the paragraph end', 'Mary Smith said: "We will rebuild the bridge this year.\n\nThe council meets on Monday.',
      ['We will rebuild the bridge this year.']],
    ['closing mark missing before the attribution', '"We will rebuild the bridge this year, said Mary Smith, the mayor.\n\nThe council meets on Monday.',
      ['We will rebuild the bridge this year,']],
    ['a stray closing mark opens nothing', 'The bridge is 40 years old” and the council knows it. Mary Smith said, "We will rebuild it this year."',
      ['We will rebuild it this year.']],
    ['”…” with no opening mark', 'He says,” there are a lot of people who never get listened to.”', ['there are a lot of people who never get listened to.']],
    ['a curly mark opening a new sentence inside a curly quotation: the close before it is missing', '“When they called us George, your labour was indivisible. “You had no identity. You were just a George.” He paused.',
      ['When they called us George, your labour was indivisible.', 'You had no identity. You were just a George.']],
    ['a curly mark after a comma inside a curly quotation nests', '“He told me, “Go home,” and I did,” said Mary Smith.', ['He told me, “Go home,” and I did,']],
    ['invisible format characters before the mark', '\u202a”We will rebuild the bridge this year,” said Mary Smith.', ['We will rebuild the bridge this year,']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('text wrapped at a fixed width', () => {
  const wrapped = [
    'Bridge to reopen in spring',
    '',
    'SPRINGFIELD -- The old bridge over the river will reopen in the spring,',
    'the mayor said on Monday, after two years of repairs that ran well over',
    'the budget the council had set for them.',
    '',
    '"We will rebuild the bridge this year, whatever it costs, and we will',
    'open it with a party for everyone who lives in this city," Mayor Mary',
    'Smith told reporters at City Hall on Monday afternoon.',
    '',
    'The council meets on Thursday to vote on the last of the contracts for',
    'the work on the bridge and on the roads that lead to it from the west.',
  ].join('\n');
  it('joins the lines of a block into one paragraph', () => {
    expect(texts(wrapped)).toEqual([
      'We will rebuild the bridge this year, whatever it costs, and we will\nopen it with a party for everyone who lives in this city,',
    ]);
  });
  it('leaves one-paragraph-per-line text alone', () => {
    const doc = normalise({ text: 'Bridge to reopen\nThe bridge will reopen.\n"We will rebuild it," Smith said.\nThe council meets Thursday.' });
    expect(doc.paragraphs).toHaveLength(4);
  });
});

describe('speech, partial quotation or not speech', () => {
  const cases: [string, string, [string, string][]][] = [
    ['whole utterance', '"We will rebuild the bridge this year," Mary Smith said.', [['We will rebuild the bridge this year,', 'speech']]],
    ['woven into the sentence', 'Smith called the plan "not the dumbest idea I have heard" on Monday.', [['not the dumbest idea I have heard', 'partial']]],
    ['after "that"', 'Smith wrote that "it must be made clear that the bridge is closed."', [['it must be made clear that the bridge is closed.', 'partial']]],
    ['lower case after a comma finishes the reporter\'s sentence', 'Police officers who, "in fits and starts, are trying to do the right thing," were praised.',
      [['in fits and starts, are trying to do the right thing,', 'partial']]],
    ['lower case continuing a split quote', '"We will rebuild," Smith said in a statement, "and we will do it this year."',
      [['We will rebuild,', 'speech'], ['and we will do it this year.', 'speech']]],
    ['right after a verb of saying', 'Protesters shouted, "Build that bridge!" and marched on.', [['Build that bridge!', 'speech']]],
    ['said + clause with its own punctuation', 'But Smith said "we\'re not there yet."', [["we're not there yet.", 'speech']]],
    ['said + words without punctuation stay partial', 'Smith says "the wind is at our backs" despite the loss.', [['the wind is at our backs', 'partial']]],
    ['lower case further on in a clause reported with "that"', 'Smith said Friday that if she wins in November, "she would sign this bill if it came to her desk."',
      [['she would sign this bill if it came to her desk.', 'partial']]],
    ['a capital after "that …," is still an utterance', 'Smith said that on Friday, "The bill is dead and we will not revive it."',
      [['The bill is dead and we will not revive it.', 'speech']]],
    ['one word opening a sentence, then the attribution', 'She was asked if it was true. "Really?" said Smith.', [['Really?', 'speech']]],
    ['a scare-quoted word', 'The so-called "experts" disagreed.', [['experts', 'title']]],
    ['a quoted word or two', 'He was self-medicating with "nerve pills" bought off the street.', [['nerve pills', 'title']]],
    ['a word or two someone used', 'Pilon called the conclusion "bold" in court.', [['bold', 'partial']]],
    // (a sentence joined by "and" to a quotation of speech is spoken too; after a partial quotation it stays partial)
    ['a sentence after a spoken one and "and"', 'Phillips said he heard students shout, "Build that wall!" and "Go back to the reservation!" Some laughed.',
      [['Build that wall!', 'speech'], ['Go back to the reservation!', 'speech']]],
    ['a sentence after a partial one and "and"', 'The crowd chanted back at him, "Send them home," and "Build the wall." He smiled.',
      [['Send them home,', 'partial'], ['Build the wall.', 'partial']]],
    ['TV programme', 'McCain told CBS\'s "Face the Nation" on Sunday that it was dangerous.', [['Face the Nation', 'title']]],
    ['programme as a sentence subject', '"Meet the Press" airs on Sundays.', [['Meet the Press', 'title']]],
    ['capitalised title after "show"', 'She hosts the show "Morning Coffee With Jane" on weekdays.', [['Morning Coffee With Jane', 'title']]],
    ['after "book"', 'His book "How We Win" is out in May.', [['How We Win', 'title']]],
    ['after "film"', 'The film "Dark Water Rising" opens in May.', [['Dark Water Rising', 'title']]],
    ['after "program"', 'The program "Safe Streets for Kids" ends next year.', [['Safe Streets for Kids', 'title']]],
    ['slogan', 'They marched under the slogan "Axe the Tax" all summer.', [['Axe the Tax', 'title']]],
    ['a work set off by commas', 'Ouisa Davis\' commentary, "Melania, tell your immigrant story," is very thoughtful.', [['Melania, tell your immigrant story,', 'title']]],
    ['a word before "says the …" is said, not a name', 'The shop\'s minimum print run is … "One!" says the affable proprietor.', [['One!', 'partial']]],
    ['a nickname given to someone named', 'Commenters call Elias "the piano grandpa." Spanish papers have taken to calling Rossi "el Muro" for his defence.',
      [['the piano grandpa.', 'title'], ['el Muro', 'title']]],
    ['a name something is remembered as', 'The 2001 earthquake is still remembered locally as "el terremoto del sur" by older residents.', [['el terremoto del sur', 'title']]],
    // (but someone said to have said it after the mark, or a class given by someone, keeps the words theirs)
    ['a capitalised word then a speaker set off by commas', 'Was the plan ready? "Absolutely," a spokesman for the council, Tom Brown, said on Monday.', [['Absolutely,', 'speech']]],
    ['"or" between two choices, then who said it', 'The council could accept the deal, or "walk away," Mayor Anna Pilon said on Tuesday.', [['walk away,', 'partial']]],
    ['what someone classified something as', 'Police Chief Tom Brown classified the attack as "a cowardly act of hatred" at a news conference.', [['a cowardly act of hatred', 'partial']]],
    ['a name something is called by, no one said to call it so', 'The area is sometimes called "the Sheffield of Japan," and makes most of its cutlery.', [['the Sheffield of Japan,', 'title']]],
    ['what a group along somewhere calls a thing', 'Many riders in the largely Acadian communities along the shore call the bus simply "la navette" — the shuttle.', [['la navette', 'title']]],
    ['what someone is said to have called it stays theirs', 'The plan was called "a disgrace" by the mayor on Monday.', [['a disgrace', 'partial']]],
    ['a second placard listed after the first, a translation between', 'Parents held placards reading "Fee loot band karo" (Stop the fee loot) and "Education, not business" for two hours.',
      [['Fee loot band karo', 'title'], ['Education, not business', 'title']]],
    ['a motto after its word and comma', 'The proceeds will fund translations, in keeping with the press’s motto, ‘Small books, long shadows’.', [['Small books, long shadows', 'title']]],
    ['what a group across the country now calls something', 'Since Ottawa introduced what administrators across the country now simply call “the cap,” numbers have fallen.', [['the cap,', 'title']]],
    ['a rating cut to one word from another', 'Raghavan cut her rating on the stock to "hold" from "buy" and lowered her target price.', [['hold', 'title'], ['buy', 'title']]],
    ['a word for a thing, after the thing and "or"', 'The association said the harvest, or "vendimia," had begun early this year.', [['vendimia,', 'title']]],
    ['an official designation', 'It repays the debt of veterinarians who serve in areas designated as "veterinary shortage situations."', [['veterinary shortage situations.', 'title']]],
    ['a capitalised name, its comma inside the marks, and a gloss', 'The cooperative urged members to replant with "Castillo," a rust-resistant variety developed in Colombia.', [['Castillo,', 'title']]],
    ['a capitalised word, its comma inside the marks, then who said it', 'Was the plan ready? "Absolutely," a spokesman for the council said.', [['Absolutely,', 'speech']]],
    ['a name given after "calls"', 'Its headline feature, which Lumora calls "Glance," shows short notifications.', [['Glance,', 'title']]],
    ['words written in a column are speech', 'Smith wrote in a column, "We must act now, before the river floods."', [['We must act now, before the river floods.', 'speech']]],
    ['a capitalised phrase that was said is speech', '"As President," she said, "I will oppose it."', [['As President,', 'speech'], ['I will oppose it.', 'speech']]],
    ['a sentence starting with a contraction is no title', 'The crowd was loud. "We\'re America," Smith said.', [["We're America,", 'speech']]],
    // (the words someone used of someone, and an accusation's words, are quoted words, no names)
    ['"referred to Rubio as “…”" quotes what Bush said', 'Bush referred to Rubio as "a bright, charismatic leader" but described him as untested.', [['a bright, charismatic leader', 'partial']]],
    ['"engaged in a “massive eight-year fraudulent scheme”" quotes the complaint', 'According to the complaint, the developers engaged in a "massive eight-year fraudulent scheme" in which they looted millions.', [['massive eight-year fraudulent scheme', 'partial']]],
    // (a quoted adjective before a charge's noun, and what a group called something, are quoted words)
    ['"a “job-killing” tax" quotes someone', 'Tom Reed said it would be a "job-killing" tax on every family.', [['job-killing', 'partial']]],
    ['"what the protesters called “a massacre”" quotes them', 'The police fired. It was what the protesters called "a massacre" of innocents.', [['a massacre', 'partial']]],
    ['"called it “a disgrace”" quotes the one who called it so (a guard on "calls it “the Egg”")', 'The mayor called it "a disgrace" and left the meeting.', [['a disgrace', 'partial']]],
    ['a term named after its words, in the singular "the phrase"', 'It was "the cost of doing business," the phrase the minister used.', [['the cost of doing business,', 'title']]],
    ['single-quoted subhead in a double-quote article',
      "The Oilers lost again.\n\n'They owned us'.\n\nThe coach said, \"We were beaten by a better team tonight.\"",
      [['They owned us', 'title'], ['We were beaten by a better team tonight.', 'speech']]],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(kinds(input)).toEqual(expected);
  });
});

describe('quoted titles and scare quotes are not speech', () => {
  const cases: [string, string, string[]][] = [
    ['TV programme after a possessive', 'John McCain told CBS\'s "Face the Nation" that the idea was dangerous.', []],
    ['programme title then the quote', 'On Sunday, McCain told CBS\'s "Face the Nation," "I am sure that Putin could help with that."',
      ['I am sure that Putin could help with that.']],
    ['so-called', 'He dismissed the so-called "fake news" about the summit.', []],
    ['title-case film name', 'The director said his film "The Long Way Home" opens in May.', []],
    ['book title cue', 'Her book, titled "Winning at All Costs and Other Lessons," sold well.', []],
    ['what a group calls a place, in a relative clause: "a stretch that longtime residents still call “the Gap”" (round 112)', 'The committee backed a request to rezone a stretch of the corridor that longtime residents still call "the Gap" because of its empty lots.', []],
    ['a song right after "singing": what is sung is no one\'s speech (round 112)', 'Late in the second act the whole Bélanger-Sato family starts singing “Gens du pays” for a birthday nobody is in the mood to celebrate.', []],
    ['a hymn or an anthem after "the singing of", "rendition of the … anthem", up to 15 words (round 113)', 'The meeting closed with prayers led by the Revd Tobias Achterberg, and the singing of “The day thou gavest, Lord, is ended”.\n\nAt the end of her rendition of the civil rights anthem "A Change Is Gonna Come," she added a line.', []],
    ['a long title after "under the title" (round 97)', 'The findings are published in the journal Agriculture, Ecosystems & Environment under the title "Below-ground carbon stocks beneath managed hedgerows in lowland Britain".', []],
    ['a memo "titled" with a title of seven words', 'On Monday night, campaign manager Robby Mook released a memo titled "The Facts on Where the Race Stands."', []],
    ['a community\'s word for something: what Finns call "sisu"', 'Nurmela, who had shown plenty of what Finns call “sisu” in recovering from a spin, was emotional.', []],
    ['a name given to a thing: "had nicknamed the tent “the fridge”"', 'Shafiq said the workers had nicknamed the tent “the fridge” and that some found it too cold.', []],
    ['a sign set off from its words: "a sign at the entrance to the beach reading “…”"', 'He said the village had put up a sign at the entrance to the beach reading "Fa\'asao le Matafaga" (Protect the Beach).', []],
    ['a quoted name\'s gloss: "called the mound “Ören Tepe,” or “ruin hill,”"', 'The headman said locals had long called the mound "Ören Tepe," or "ruin hill," and that children picked up sherds.', []],
    ['a group\'s name for a place: "Locals call the sharp bend in the river “the elbow,”"', 'Locals call the sharp bend in the river just downstream "the elbow," and it is there that the jam has locked in place.', []],
    ['what a thing is sold as: "traded as “hornbill ivory”"', 'The hornbill was uplisted by the IUCN in 2015, largely because of demand for its casque, traded as “hornbill ivory” and carved into ornaments.', []],
    ['a scheme\'s name after its owner: "extended its “livestock marketing incentive scheme”"', 'Last week the ministry extended its "livestock marketing incentive scheme", under which farmers receive a top-up.', []],
    ['the words on a placard or a shirt', 'About 60 landowners marched carrying placards reading “No royalty, no mine” and presented a petition.', []],
    ['the words on a banner', 'Relatives protested outside the press club, carrying banners inscribed with "Coal is cheaper than our blood".', []],
    ['a nickname between a given name and a surname', 'Fellow bandsman Anthony “Tony Drum” Catwell said the band would play in his honour.', []],
    ['a company\'s name before its legal form', 'In a statement, "Tuul Gold" LLC said it had allocated MNT 3.2 billion for the works.', []],
    ['a term, as the words after it say: "“fly-in teachers,” a term Anaviapik said she dislikes"', 'The posts will be covered by teachers from the south, whom parents have taken to calling "fly-in teachers," a term Anaviapik said she dislikes.', []],
    ['a word glossed after a comma: "consider a “ra\'ui”, a traditional closure,"', 'She said the families would also consider a "ra\'ui", a traditional closure, on fishing around the motu.', []],
    ['what a trade has come to call something: "part of what the industry has come to call a “flight to quality”"', 'Rents fell 11 per cent as tenants moved to newer towers, part of what the industry has come to call a “flight to quality”.', []],
    ['placards that "read" their words', 'Placards read "No water, no vote" and "Mentoor must go", as police formed a line.', []],
    ['a ship\'s name in another language, its particles in lower case', 'Ibarburu on the bridge of the “Nuestra Señora del Cerro” in 1987.', []],
    ['a crowd\'s chant: "Chants of ‘Hartigan’s barmy army’ rolled down"', 'Chants of "Hartigan\'s barmy army" rolled down from the terracing, and Crane began to run the game.', []],
    ['placards "with inscriptions such as" their words', 'Protesters carried placards with inscriptions such as "Save our livelihood", "We are not squatters" and "Relocation without road is punishment".', []],
    ['"the wording" of an inscription, discussed', 'Dr. Rachel Mendes-Katz said the wording "from her own" was striking.', []],
    ['what a group has "started calling" something', 'Kasayulie said a group of high schoolers had started calling the break “the freeze-out” and were ice fishing.', []],
    ['or glossed after "or": "join a “gotong-royong”, or communal clean-up,"', 'She urged residents to join a "gotong-royong", or communal clean-up, this Saturday.', []],
    ['known by a name, a phrase between: "known around the Brisbane hangar as the “Channel Country class”"', 'Kestrel\'s first intake of eight cadets, known around the Brisbane hangar as the "Channel Country class", begins training in August.', []],
    ['what a thing\'s makers call it: "a model its founders call “pay-on-pour”"', 'They are paid within 24 hours, thanks to a Nairobi startup called MaziwaLink and a model its founders call “pay-on-pour”.', []],
    ['a charge\'s name: "a $175 per teu “port congestion surcharge”", "a “congestion recovery” charge of €85"', 'Andaman Feeder Lines announced a $175 per teu "port congestion surcharge" on all boxes. Nordlink will introduce a “congestion recovery” charge of €85 per teu.', []],
    ['a name a maker gives its thing: "the firm that built it, calls it “the Egg”"', 'A tank the width of a football pitch holds 200,000 salmon. Havbruk Nordvest, the firm that built it, calls it “the Egg”.', []],
    ['what some call something: "Beekeepers have long noticed what some call “dance drift”"', 'Beekeepers have long noticed what some call “dance drift” in late summer, says Becker.', []],
    ['an engraving: "the ring – engraved with the initials ‘E.M. & R.M. 1962’ – dropped"', 'It was only when she rinsed it that the ring – engraved with the initials “E.M. & R.M. 1962” – dropped into the sink.', []],
    ['a sign\'s words, then their translation after a dash', 'A hand-painted sign on the tractor read «Ici, on nourrit la France» – “Here, we feed France”. Gilles Berthier said the protest would go on.', []],
    ['a slogan\'s translation in brackets is the slogan too: "printed with the party\'s local slogan, “Esch, méi no bei dir” (“Esch, closer to you”)" (round 121)',
      '“Mir hunn et gepackt!” shouted Georges Weydert to supporters wearing scarves printed with the party\'s local slogan, “Esch, méi no bei dir” (“Esch, closer to you”).', ['Mir hunn et gepackt!']],
    ['what something has long been described as, by no one: "has long been described as a “postcode lottery”"', 'Rural after-hours care has long been described as a “postcode lottery”, and Marsters says the Northland clinics show it does not have to be.', []],
    ['an owner\'s name for the thing the next word names: its “Volcanes del Sur” monitoring bulletin', 'The IGP will publish its reports every Wednesday through its website and its "Volcanes del Sur" monitoring bulletin.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('offsets point into the input text', () => {
  const inputs = [
    'Washington (CNN)Mary Smith said, "We will rebuild the bridge this year."',
    "\u202a''We will rebuild the bridge this year,'' Mary Smith said.\n\n“And we will do it on budget,” she added.",
    '  Mary Smith said: "The bridge is old and unsafe.\n\n"We will rebuild it this year."  ',
  ];
  it.each(inputs)('%s', (input) => {
    const ex = extract({ text: input });
    expect(ex.text).toBe(input);
    expect(ex.quotes.length).toBeGreaterThan(0);
    for (const q of ex.quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
  });
});
