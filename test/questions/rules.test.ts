// Stage 4's named patterns, one table each: [article, speaker of its last quotation, pattern that found it].
// A row shows the pattern deciding on its own; attribution.test.ts holds the longer cases.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../questions/index';

type Row = [string, string | null, string];

/** The speaker and pattern of the article's last quotation. */
function decided(text: string): [string | null, string] {
  const q = analyse({ text }).explained.at(-1)!;
  return [q.speaker?.name ?? q.unnamedSpeaker ?? null, q.pattern];
}

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    it.each(rows)('%s', (text, speaker, pattern) => {
      expect(decided(text)).toEqual([speaker, pattern]);
    });
  });
}

// 04-rules-local.ts
table('signature', [
  ['Ana Lopez voted against it.\n\n"We will keep the library open on Sundays." ― Jorge Falcon', 'Jorge Falcon', 'signature'],
]);
table('according-to', [
  // ("in the words of" names the speaker as "according to" does, someone unnamed too)
  ['Yakubu Ishaya addressed journalists on Tuesday.\n\nIshaya, in the words of one of his aides, "does not negotiate on the pages of newspapers", and he declined to take questions.', 'one of his aides', 'according-to'],
  ['"The deal is done and signed by both sides," according to Tom Brown.', 'Tom Brown', 'according-to'],
  // (someone the owner has is never the owner: "according to her elder sister" is not she; round 90)
  ['In the autumn of 1951 Leyla Sarıgül, aged 22, boarded a train with a suitcase and, according to her elder sister, ‘a hat that no one in London will understand’.', 'her elder sister', 'according-to'],
  ['Coach Ken Hitchcock was angry. "They owned us all night long," according to the coach.', 'Ken Hitchcock', 'according-to'],
  // (the description set off with the name after its comma)
  ['Aysel Mammadzada won the women\'s event. According to the chief arbiter of the tournament, International Arbiter Kamran Huseynli, "the competition was held at a high level".', 'Kamran Huseynli', 'according-to'],
]);
table('participle', [
  // (a pronoun or a description opens the clause: the participle is theirs, not the name's in the object; round 132)
  ['Liam Routledge, 23, admitted robbery.\n\nHe raised the hammer above the head of shopkeeper Sukhwinder Singh Dhillon, 58, shouting: "Open it or I will cave your head in."', 'Liam Routledge', 'participle'],
  // (a body's description opens the clause: "The guild rejected …, saying in a statement that …")
  ['Rodrigo Vílchez Ortega leads the Peruvian Anchovy Producers’ Guild.\n\nErnesto Llacsa said crews had been squeezed.\n\nThe guild rejected that characterisation, saying in a statement that the fleet operated "under the strictest quota system in Latin America."', 'Peruvian Anchovy Producers’ Guild', 'participle'],
  ['Mary Smith, 45, was there.\n\nA masked man raised the hammer above the head of Sukhwinder Singh Dhillon, shouting: "Open it or I will cave your head in."', 'A masked man', 'participle'],
  // ("in charge": a verb of saying after a preposition is a noun, so "Labour" is no subject of one; round 121)
  ['Mr Jones hit back, telling the chamber that Labour had been in charge "since Tony Blair was in Downing Street".', 'Jones', 'participle'],
  ['Howard Dean poked at the debate, tweeting, "Is this a cold or something worse tonight?"', 'Howard Dean', 'participle'],
  ['Ted Cruz spoke next. Mr. Cruz seemed to mock him, saying at one point, "The answer is not simply to yell."', 'Ted Cruz', 'participle'],
  ['Mitch McConnell met reporters. On Tuesday, Mr. McConnell deflected questions, saying, "It is time to quit attacking people."', 'Mitch McConnell', 'participle'],
  ['Donald Trump will speak in Washington, Paul Manafort said, adding, "You will start to see more depth to the person."', 'Paul Manafort', 'participle'],
  // (over the title the people stage read before the name)
  ['Before the convention, Cleveland Police Chief Calvin Williams lobbied to suspend open carry, saying, "The fewer guns, the better."', 'Calvin Williams', 'participle'],
  // (the name before the comma is the object of the verb before it: the participle shares the sentence's subject)
  ['Rohan Darrell praised Amari Smith, saying "he is the future of Somerset cricket."', 'Rohan Darrell', 'participle'],
  // (over an adverb of manner after the comma)
  ['Kashiya Nwanguma was pushed out of the rally.\n\nMr. Trump turns the interruptions to his advantage, alternately shouting "Get out of here, all of you" at them.', 'Trump', 'participle'],
  ['Rohan Darrell did, however, single out Amari Smith, who took two for 39 on debut, describing him as "the future of Somerset cricket".', 'Rohan Darrell', 'participle'],
]);
table('participle past an earlier quotation of its sentence', [
  ["Donald Trump hardly clarified the matter, treating the remark as a compliment -- ''That makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay federal taxes.''", 'Donald Trump', 'participle'],
]);
table('a word after an owner is a noun, no verb of saying', [
  ['Hillary Clinton said he paid nothing. Donald Trump treated Mrs. Clinton’s remark as a compliment, replying, "That makes me smart."', 'Donald Trump', 'participle'],
  // (nor, after a verb, a plural that is a verb of saying too: "early-morning tweets accusing …", "approving requests for …";
  // nor "put" other than "put it", "put out")
  ['Hillary Clinton spoke in Florida.\n\nShe says Trump’s early-morning tweets accusing Alicia Machado of lying are "lies and conspiracy theories."', 'Hillary Clinton', 'pronoun-verb'],
]);
// (a finding's words are the finder's, who may be unnamed: "A tribunal found that Pelham had put patients at risk by approving
// requests “…”"; round 98)
table('what a body found', [
  ['Tom Pelham resigned.\n\nA tribunal found that Pelham had put patients at risk by approving requests "on the basis of a questionnaire alone".', null, 'partial-subject'],
]);
table('verbs of saying in a mood, and outlets that report', [
  ['Supporters cheered on the floor.\n\n"This is fantastic!" beamed Donald Hartley of Madison, Alabama.', 'Donald Hartley', 'verb-name'],
  ['Few donors give small sums.\n\nLess than a quarter do. The New York Times reports:\n\n"Just 24 percent of the contributors have given $200 or less."', 'New York Times', 'colon-paragraph'],
  ['John Oliver lost his temper. "That is not how any of this works, you know," Oliver barked.', 'John Oliver', 'name-verb'],
  ['Editorial pages warned of danger. "Gun owners should leave their weapons at home," opined Cleveland’s Plain Dealer.', 'Plain Dealer', 'verb-name'],
  ['As Breitbart News reported, "The suspect had visited the country twice."', 'Breitbart News', 'name-verb'],
]);
table('a colon that ends a paragraph after its quotation introduces the next (round 75)', [
  ['Clinics close.\n\n“Dialysis is the one service where the patient can’t skip a visit,” says Jonah Feld, a health economist. He explains the economics like this:\n\n“What happens is the math stops working below a certain number of patients.', 'Jonah Feld', 'colon-paragraph'],
]);
table('clause-after (no attribution after the quotation)', [
  ['"We will win," Hillary Clinton said.\n\n"That makes me smart," when Donald Trump blasted her in the debate.', 'Hillary Clinton', 'carry'],
]);
table('a participle and its agent open the sentence, no subject in them ("Cross-examined by Mr Nash, Mr Quilty accepted"; round 79)', [
  ['Licence\n\nSolicitor Barry Nash, for the applicant, said the bar was quiet.\n\nDermot Quilty, chairman of the residents’ association, told the court that residents were worried.\n\nCross-examined by Mr Nash, Mr Quilty accepted that he had not personally been disturbed by noise.\n\n“Not yet,” he replied.', 'Dermot Quilty', 'pronoun-verb'],
]);
table('after a quotation a verb of saying introduced, "and" opens a clause of its own; "what one described" is no one named (round 78)', [
  ['Church\n\nKate Mallory chairs the land trust. She admitted that some villagers had been wary of what one described to her as a ‘churchy’ project.', 'one', 'unnamed-verb'],
  ['The hearing ran late.\n\nAt one point a woman at the back of the room, who did not give her name, called out "Just say no!" and commission chairwoman Diane Spurlock asked the audience to hold their applause.', null, 'none'],
]);

// 04-subject-left.ts: X said
// 04-told-by.ts
table('"go" as a verb of saying only before a mark or "on" (round 132)', [
  ['The closing minutes were played in Clonmel’s half, with the home crowd chanting “Clon-mel! Clon-mel!” as Ennis went through 14 phases.', 'the home crowd', 'descriptor-verb'],
  ['Trump spoke for an hour, and as Trump went on about “how the system is rigged,” the crowd cheered.', 'Trump', 'name-verb'],
]);
table('cry-of, cry-from: words as a shout the sentence names (rounds 132, 134)', [
  ['Rob Spalding, 46, dropped a catch on 38, prompting a cry of “Catch it, Dad!” from his daughter, Evie, in front of the pavilion.', 'Evie', 'cry-from'],
  ['When Mayor Glenn Ostapchuk stepped outside, he was greeted with boos and a chant of "Let us vote!"', 'a chant', 'cry-of'],
  ['Mayor Glenn Ostapchuk spoke last, to shouts of "Shame on you, shame on the council!" from the crowd.', 'the crowd', 'cry-from'],
]);
table('told-by', [
  // (the agent of a passive of telling said the words, not who was told them; round 120)
  ['Deputy Yvonne de Carteret said the plan was late.\n\nShe added that she had been told by the committee that the information was ‘not held in a reportable format’.', 'the committee', 'told-by'],
  ['Ann Lee said she had been assured by Tom Brown that the bridge was "perfectly safe".', 'Tom Brown', 'told-by'],
  // (and the agent of a participle of asking put the question in the words quoted, whoever answers after them; round 124)
  ['Graham Sinclair said the bend was on the list.\n\nAsked by procurator fiscal depute Fiona Grant whether it had been ‘anywhere near the top of the list’, he replied: ‘It was on the list.’', 'Graham Sinclair', 'pronoun-verb'],
  ['Graham Sinclair said the bend was on the list.\n\nAsked by procurator fiscal depute Fiona Grant whether it had been ‘anywhere near the top of the list’, he shrugged.', 'Fiona Grant', 'told-by'],
]);
table('name-verb after "used to"', [
  // (the one who used to say it said the words, not the one who tells of the habit; round 125)
  ['Jodi Kowalchuk coached the team.\n\nKowalchuk said Janelle Rempel used to remind players after every bad rally that “the scoreboard doesn’t know how you feel.”', 'Janelle Rempel', 'name-verb'],
  ['The title, she explained, comes from something her grandmother, Bríd Gallagher, used to tell her: that the road out of Sligo “tasted of salt the whole way to the boat.”', 'Bríd Gallagher', 'name-comma-verb'],
]);
table('name-comma-verb', [
  // (the object of a preposition over a modifier is no subject: "catering to American Jews, wrote"; PolNeAR)
  ['Just last week, J.J. Goldberg, editor at large of The Forward, an influential New York-based newspaper catering to American Jews, wrote, "We should think of the world war."', 'J.J. Goldberg', 'descriptor-verb'],
  // (an object of a preposition before the comma is no subject: the rest of the sentence says who spoke; round 120)
  ['Mayor Darcy Vanderlinden chaired. At one point Vanderlinden cut off an exchange between Feschuk and Bjornson, telling both men to "direct your comments through the chair, please."', 'Darcy Vanderlinden', 'partial-subject'],
  ['Madeleine Kunin backed Clinton.\n\n"This will be a challenge" for Clinton, said Kunin.', 'Madeleine Kunin', 'verb-name'],
  ['"We will appeal," Tom Brown said.\n\nThe director of operations for EHS, Jeff Fraser, says the system works. "It is designed for that," Fraser said.', 'Jeff Fraser', 'name-verb'],
]);
table('descriptor-verb of a gathering', [
  // (a crowd answers as one, no one of it named; round 124)
  ['Lensa Gudeta told the crowd that her mother sells injera.\n\n“Did anyone in this stadium get a raise?” she said, as the crowd shouted back “No!”', 'the crowd', 'descriptor-verb'],
  // (and an opening "As …" clause whose main clause has its own verb of saying is no attribution: PolNeAR)
  ['As the crowd began to chant, Sarah Silverman was joined on stage by Al Franken and joked, “Bernie or Bust people, you’re being ridiculous.”', 'Sarah Silverman', 'coordinated-verb'],
]);
table('joint-subject', [
  // (said together, by no one of those named alone: round 121)
  ['Mary Smith and Tom Jones were at the meeting.\n\n"It is over," Smith and Jones said.', 'Smith and Jones', 'joint-subject'],
  ['The minister insisted the cuts were "temporary" as the Welsh Conservatives and Plaid Cymru demanded an emergency fund.', 'Welsh Conservatives and Plaid Cymru', 'joint-subject'],
  ['"It is over," Mary Smith, Tom Jones and Ann Lee wrote.', 'Mary Smith, Tom Jones and Ann Lee', 'joint-subject'],
]);
table('name-verb', [
  // (a quotation inside dashes whose verb of saying stands outside them is still that verb's)
  ['"We will appeal," Tom Brown said on Monday.\n\nAnna Pilon told the board on Tuesday — "We have no choice. The plant will close." — and left before the vote.', 'Anna Pilon', 'name-verb'],
  ['"We will rebuild the bridge this year," Mary Smith said.', 'Mary Smith', 'name-verb'],
  ['Mary Smith said, "We will rebuild the bridge this year."', 'Mary Smith', 'name-verb'],
  ['"It is a dog whistle to all Americans," Rep. Gwen Moore (D-Wis.) said Friday.', 'Gwen Moore', 'name-verb'],
  ['"The deal is done and it is signed," Tom Brown, the union leader, said.', 'Tom Brown', 'name-verb'],
  // (a quotation ending in "!" or "?" goes on into its attribution over a short appositive)
  ['"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of convention activities.', 'Glenn Thompson', 'name-verb'],
  ['"Is this the end of it?" Mayor Ana Ruiz, a Democrat, asked the council.', 'Ana Ruiz', 'name-verb'],
  // (an agent noun before a known first name and a surname is a title: the sequence is no county)
  ['"We made some horrendous mistakes," Maricopa County Recorder Helen Purcell said during a hearing.', 'Helen Purcell', 'name-verb'],
]);
table('appositive-head', [
  ['"Kim is eager to remind the administration," Harry J. Kazianis, an adviser to Senator Tom Cotton, said.', 'Harry J. Kazianis', 'appositive-head'],
  // (a "who" after the firm that ends the appositive is about the person, not the firm)
  ['Ingrid Solheim, a partner at Oslo and London law firm Holm Berge, who represented Yannis Vafiadis in the arbitration, said the settlement had been reached “without any finding against either party”.', 'Ingrid Solheim', 'appositive-head'],
  // (an organisation closing the appositive is no one's name: the speaker is the name before the verb's clause)
  ['"Kim is eager to remind the administration," Harry J. Kazianis, director of defence studies at the Centre for the National Interest, said.', 'Harry J. Kazianis', 'name-verb'],
]);
table('name-comma-verb', [
  ['"The deal is done and it is signed," the union leader, Tom Brown, said.', 'Tom Brown', 'name-comma-verb'],
]);
table('institution-place', [
  ['"Diabetes is rising fast in the cities," Dr Sanjay Kulkarni, head of endocrinology at AIIMS, Delhi, said.', 'Sanjay Kulkarni', 'institution-place'],
]);
table('coordinated-verb', [
  // (the subject that opens the sentence, not a name in the object's clause)
  ['Hillary Clinton and Donald Trump met.\n\nClinton, the former secretary of State, stressed her support of the raid that killed plotter Osama bin Laden and said she has what the job needs: "Steadiness, and mixed with strength."', 'Hillary Clinton', 'coordinated-verb'],
  ['The foreman, Bill Dyer, had handed him a broom and told him: "Start at the far end of the yard."', 'Bill Dyer', 'coordinated-verb'],
  // (a name after "that" inside what a subject said, and a comma before "and", may be no subject of the next verb: the
  // source, unnamed, not Hrytsenko; round 93. Without the comma the clause goes on: "noted that Sanders … and called")
  ['Oleksandr Hrytsenko was removed from his post on March 3.\n\nA second source said the audit had not found evidence that Hrytsenko had personally benefited from the contracts, and described the dismissal as "a managerial decision, not a criminal one."', 'A second source', 'unnamed-verb'],
  ['Clinton used the exchange to drive a wedge between Sanders and Obama. She noted that Sanders in the past has criticized the president for accepting contributions from Wall Street and called the president "weak."', 'Sanders', 'coordinated-verb'],
]);
table('coordinated verb done to a pronoun its clause\'s subject could be', [
  // (whom the verb is done to is no one its subject could be, or it would be "himself": the sentence's "She" describes him)
  ['Tom Reed admitted theft.\n\nDefending, Ann Price said he regretted it. She added that Reed had attended meetings every week and described him as "a broken man, not a cunning one".', 'Ann Price', 'pronoun-verb'],
  // ("her" before what she is called by someone else; her own words stay hers when the verb is hers)
  ['Lena Ortiz spoke first.\n\nMaria Costa, the mayor, thanked the volunteers and told her staff: "Without them we would have nothing."', 'Maria Costa', 'coordinated-verb'],
  // (over the honorific that opens the sentence: "Dr Gill said …, and described"; round 100)
  ['Dr Rupinder Kaur Gill led the study.\n\nDr Gill said many of the children came from rural areas of Patiala, Sangrur and Fatehgarh Sahib districts, where farm fires were the most concentrated, and described the rise as a "predictable epidemic".', 'Rupinder Kaur Gill', 'coordinated-verb'],
  // (the subject of the clause a verb of saying reports goes on to the verb coordinated with its own; round 97)
  ['Declan Morrissey pleaded guilty.\n\nGarda Holden said Morrissey made full admissions in interview and told gardaí he had "no recollection" of much of that day.', 'Declan Morrissey', 'coordinated-verb'],
  ['Garda Ciarán Holden told the court that Declan Morrissey entered the premises.\n\nGarda Holden said the accused made full admissions in interview and told gardaí he had "no recollection" of much of that day.', 'the accused', 'coordinated-verb'],
  // (with a comma before "and", whose the second verb is is unclear: no coordinated subject)
  ['Mary Smith said Tom Jones had left the room, and told reporters he was "furious".', 'Mary Smith', 'name-verb'],
]);
table('name-verb over an appositive', [
  // (a relative clause about the object of "of" in the appositive: the subject stands before the appositive)
  ['Fishing stopped.\n\nRodrigo Vílchez Ortega, president of the Peruvian Anchovy Guild, which groups some 40 processing companies, said a second cancellation would be "devastating" for coastal towns.', 'Rodrigo Vílchez Ortega', 'name-verb'],
]);
table('head-of-phrase', [
  ['"We will win the seat back," Mary Smith with the Sierra Club said.', 'Mary Smith', 'head-of-phrase'],
]);
table('document-author', [
  ['"The sanctions will stay in place until further notice," a statement from the European Union said.', 'European Union', 'document-author'],
  // (the author who opens the sentence, not the official who read the statement out; round 92)
  ['Chiefs backed the by-law.\n\nA statement from the Minerals Commission, read at the meeting by the District Mining Officer, Mr Yaw Darko Twumasi, said the commission "welcomes and fully supports" the by-law.', 'Minerals Commission', 'document-author'],
  // (", which" after a document its owner is named before: the owner's words, not those of whom pointed to it, round 91)
  ['Lumora Energy said on Monday it would close the plant.\n\nUnion leader Sipho Mokoena was angry. He pointed to Lumora Energy\'s 2023 annual report, which described the plant as “the heart of our business”.', 'Lumora Energy', 'document-author'],
  // (an owner the article tracks by no name: the document, unnamed)
  ['Union leader Sipho Mokoena was angry. He pointed to Lesedi\'s 2023 integrated report, which described the shaft as “the cornerstone of our western limb strategy”.', 'Lesedi\'s 2023 integrated report', 'unnamed-verb'],
  // (not one who only saw it)
  ['An internal email seen by The Register, sent by a council manager on Wednesday, described the situation as "not ideal".', 'An internal email', 'unnamed-verb'],
]);
table('statement-owner', [
  // (the owner of the words a dash sets the quotation off from)
  ['Hillary Clinton faces Trump tonight.\n\nBill Clinton’s stock answer then — “I’ll be alright whatever happens, it’s the American people I’m worried about” — is likely to be repeated by his wife when she goes face-to-face with a candidate.', 'Bill Clinton', 'statement-owner'],
  ['Mary Smith resigned on Monday. "I leave with a heavy heart and many friends," her email said.', 'Mary Smith', 'statement-owner'],
  // (whoever issued a statement, its participle is theirs: not "a statement saying")
  ['Donald Trump spoke on Monday.\n\nMr. Trump, who said last week that the judge was biased, issued a statement Tuesday saying, "I do not feel that heritage makes anyone incapable of being impartial."', 'Donald Trump', 'relative-who'],
]);
table('the statement said: whose document it is', [
  // (not the body it went to: "In a statement to the ASX on Tuesday, the company said …"; round 133)
  ['Widgee Macadamias Ltd reported a net profit of $4.2 million.\n\nIn a statement to the ASX on Tuesday, the company said the result "reflects a challenging pricing environment".\n\n"Kernel prices fell to their lowest level in almost a decade during the first half," the statement said.', 'the statement', 'descriptor-verb'],
  // (the one the article said spoke in a statement, a post or a letter just before)
  ['Cascade Ridge Power, which serves about 210,000 customers in Oregon, said in a statement that it was "cooperating fully" with investigators.\n\n"Our thoughts are with everyone who has been forced from their homes today," the statement said.', 'Cascade Ridge Power', 'descriptor-verb'],
  ['Jason Schultz, a researcher at Talos, stated in the company\'s blog post that the threats came from the same addresses.\n\n"Multiple IPs involved in sending these threats also sent sextortion email," the post said.', 'Jason Schultz', 'descriptor-verb'],
  // (or on whose words a sentence opening on the statement went: an "it" after the description is the document too)
  ['In a statement on Monday, the agency’s spokesperson, Adaeze Okonkwo-Bello, said engineers had found "serious defects".\n\n"The agency wishes to assure traders that the exercise is in their interest," the statement read.\n\n"No trader will be left behind," it added.', 'Adaeze Okonkwo-Bello', 'pronoun-verb'],
  // (a memo "signed by" someone, a role between)
  ['The memo, signed by the city\'s manager of aquatic services, Derek Sawatzky, says the department is short of lifeguards.\n\n"Recruitment remains challenging across the sector," the memo states.', 'Derek Sawatzky', 'descriptor-verb'],
  // (and nobody's where the article said of none: not the person the statement is about)
  ['Geert Supré worked for Vanguard for more than eight years. He was "a greatly respected and well liked colleague," the statement added.', 'the statement', 'descriptor-verb'],
]);
table('relative-who', [
  ['Labour MP Diane Abbott, who told Sky News: "The policy has failed on every count."', 'Diane Abbott', 'relative-who'],
  // (what the comma closed opens on "and": the second half of the relative clause, not an appositive of "UK")
  ['Rahul Menon, who studies mechanochemistry at the University of Bristol, UK, and was not involved in the work, calls the result "genuinely elegant" but urges caution.', 'Rahul Menon', 'relative-who'],
]);
table('pronoun-verb', [
  // (someone the article says has died says nothing in the present tense: "her mother, Lise Thibodeau, who died in 2019. “…,” she
  // writes" is the singer's; round 134)
  ['On her second album, Josée Thibodeau-Pelletier sings about the river.\n\nThe album is dedicated to her mother, Lise Thibodeau, who died in 2019. “Pour maman, qui chantait en lavant la vaisselle,” she writes in the liner notes.', 'Josée Thibodeau-Pelletier', 'pronoun-verb'],
  // (who asked a question in the sentence before is not who answers it: "asked the younger Greathead what …", "Grant Tolley
  // asked whether she had tabled it. ¶ “…,” she said"; round 133)
  ['Masterton commuter Lindsay Greathead appeared before the committee.\n\n“I kept a spreadsheet of every late train,” Lindsay Greathead told MPs.\n\nCommittee chair Grant Tolley asked whether she had tabled it.\n\n“It’s appendix B of the petition,” she said.', 'Lindsay Greathead', 'pronoun-verb'],
  ['Ella Greathead, 19, said students were moving away.\n\nLabour MP Anjali Mehta-Reid asked the younger Greathead what a reliable service would mean for her.\n\n“Honestly? Being able to stay home,” she replied.', 'Ella Greathead', 'pronoun-verb'],
  // (someone unnamed on purpose in the object, "spoke to a current employee of the hotel, who did not want his name
  // mentioned", is whom "he" means after; round 135)
  ['Lamin Jallow was dismissed in 2022.\n\nThe Point also spoke to a current employee of the hotel, who did not want his name mentioned for fear of losing his job. He said workers were afraid.\n\n"Nobody talks about the union here," he said.', 'a current employee of the hotel', 'pronoun-verb'],
  // ("BCP’s Kgathi" after "Lesego Kgathi": a party's member by surname, not a business; round 135)
  ['Count\n\nThe Botswana Congress Party’s (BCP) Lesego Kgathi got 2 310 votes.\n\nBDP chief agent Mpho Tsheko said the party had no complaint.\n\n“We are satisfied with the process,” Tsheko said.\n\nBCP’s Kgathi, who finished a distant third, said her party’s message had been drowned out.\n\n“This became a contest about Gaborone politics,” she said.', 'Lesego Kgathi', 'pronoun-verb'],
  // (after "Woman B told the court", "she" is Woman B, not the woman labelled before her nor the barrister)
  ['Sarah Jones, prosecuting, said the abuse lasted a year.\n\nWoman A said: "I thought he would kill me."\n\nWoman B told the court she had been frightened. "I could not sleep for months," she said.', 'Woman B', 'pronoun-verb'],
  // (a subject pronoun after an opening clause is the sentence's subject, not the name after "with"; a name with a nickname
  // inside it is still a name; a noun after an article in an opening phrase is no verb of saying)
  ['Ald. Marisol Treviño (12th) wanted a vote.\n\nTreviño said she had expected a vote. But before the meeting, she sat down with the committee chair, Ald. Denise Holloway-Barnes (29th), in the chair\'s office.\n\n"She was straight with me. She said I had 10 votes and I needed 11," she said.', 'Marisol Treviño', 'pronoun-verb'],
  ['Fisheries minister Martín Larrañaga announced the closure.\n\nRaúl "El Turco" Benavídez, secretary general of the Gulf Seamen\'s Union, said he had called Larrañaga on Sunday night.\n\n"He told me the decision was already signed," he said.', 'Raúl Benavídez', 'pronoun-verb'],
  ['Samuel Kiptoo, an aviation consultant, said airlines pay high charges. "The market is there," said Kiptoo.\n\nAt the Rift Air counter on Saturday morning, a South Sudanese trader who declined to give his name said he had arrived at 4am.\n\n"They told me at seven o\'clock," he said.', 'a South Sudanese trader', 'pronoun-verb'],
  // (a description whose initials name an organisation and whose noun its officer: "the MFM finance manager" is she who speaks next)
  ['Farmer Mamoeketsi Lebona said she had met MFM\'s finance manager, \'Mathabo Ntsane, in Maseru. "She showed me the figures," Ms Lebona said.\n\nContacted by this publication, the MFM finance manager confirmed the delays, which she blamed on a buyer.\n\n"We are not sitting on anybody\'s money," she said.', 'Mathabo Ntsane', 'pronoun-verb'],
  // (an inverted sentence that opens on where someone sat has that someone as its subject)
  ['The hall was full.\n\nSeated in the front row was an elderly man who said he had come by rickshaw from Soldier Bazaar. "My father used to switch off the radio for the news," he said.', 'an elderly man', 'pronoun-verb'],
  // (an attribution that closes the sentence reports the whole of it; a request is no question, so who was asked does not speak next)
  ['Trump told donors he would not back down on the wall, Christie said. "He was very clear about it, and nobody in the room doubted him," he said.', 'Christie', 'pronoun-verb'],
  ['Tom Brown asked Jim Hart to resign after the vote. "I think it is the honourable thing to do," he said.', 'Tom Brown', 'pronoun-verb'],
  // (an appositive inside an opening participle's clause does not end it: the chairman who asked is no subject; round 94)
  ['Fire commander Marios Christodoulou gave evidence on Monday. “I made the request at 12.18,” Christodoulou said.\n\nAsked by the committee’s chairman, retired Supreme Court judge Andreas Koumides, whether he had considered ordering the evacuation of the villages at that point, the commander said he had.\n\n“I considered it, yes,” he said.', 'Marios Christodoulou', 'pronoun-verb'],
  // (the agent of a participle inside an opening phrase is no subject: the coroner who read the statement out; round 95)
  ['Gareth Pritchard, 68, died in May.\n\nIn a statement read to the court by area coroner Helen Brydon, Eirlys Pritchard, his wife of 44 years, described her husband as a careful cyclist.\n\n"He knew every bend of that road," she said in the statement.', 'Eirlys Pritchard', 'pronoun-verb'],
  // (after a question put to someone, "he said" right after the answer is the one asked, as "he replied" is; round 92)
  ['"They all had the same brochure," Detective Sergeant Carlton Moodie said.\n\nDefence attorney Garfield Lindo then put it to him that the investigation had been "rushed to please people with foreign money", a suggestion the detective rejected.\n\n"With respect, counsel, I rushed nothing," he said.', 'Carlton Moodie', 'pronoun-verb'],
  // (a verb of saying inside what the sentence's subject reports is part of the report: Räsänen is the one speaking)
  // (but a sentence that opens on another subject is reported by whoever its verb at the end names; and after a question put
  // to someone, the one asked answers)
  ['Robert Stovall joined Ted Cruz at Tea Party gatherings.\n\nCruz electrified the small crowds with speeches and promises to shake things up in Washington, Stovall said.\n\n"He was very articulate, smart, well-spoken," he said.', 'Robert Stovall', 'pronoun-verb'],
  ['Ted Cruz met Robert Stovall in San Antonio.\n\nStovall then asked Cruz which states he could win.\n\n"We feel great in every one of those states," he said.', 'Ted Cruz', 'pronoun-verb'],
  ['The opera is by composer Aleksi Räsänen.\n\nRäsänen said he had rewritten the scene three times after the director, Petteri Lahtinen, told him it was too long. "He was right the first two times," he said.', 'Aleksi Räsänen', 'pronoun-verb'],
  // (a pronoun after a short phrase of time with no comma is its sentence's subject, so the apprentice the sentence names is
  // an object; round 97)
  ['Hanna Lindqvist has built boats in Loviisa for 30 years.\n\nLast autumn she took on an apprentice, 19-year-old Elias Mäkelä from Porvoo.\n\n"He is better than I was at his age. Do not tell him," she says.', 'Hanna Lindqvist', 'pronoun-verb'],
  ['Tom Brown arrived late.\n\n"We are ready for the next step now," he said.', 'Tom Brown', 'pronoun-verb'],
  // (the subject of an inverted sentence comes after its verb: "Among the crowd was one supporter")
  ['Jahmal Trott made 112.\n\nAmong the crowd was one St George\'s supporter who has attended every match since 1979.\n\n"I have seen a lot of hundreds at this ground, but that one will be talked about," he said.', "one St George's supporter", 'pronoun-verb'],
  // (someone unnamed, introduced with an article and a name that modifies the head: "One Moree grower, who …")
  ['Rob Hennessy said prices would recover.\n\nOne Moree grower, who asked not to be named, said he had sold his crop.\n\n"I am not a gambler. I took the money in November," he said.', 'One Moree grower', 'pronoun-verb'],
  // (a name in the clause that opens the sentence is no subject: "the chairperson" is)
  ['"Our children learn out there," said Oolipika Ipeelie, the chairperson.\n\nJaypetee Ipeelie, a student who is not related to her, spoke next.\n\nAsked about Jaypetee\'s concerns after the meeting, the chairperson said exams would be rescheduled.\n\n"We will find a way. We always do," she said.', 'Oolipika Ipeelie', 'pronoun-verb'],
  // (a description opening a sentence after "But" is its subject, and "she" is who it describes)
  ['Resident Magistrate Ms Neema Mwakyusa convicted Juma Mrisho on Tuesday.\n\nAsked whether he had anything to say, Mrisho said: "I am a farmer, not a hunter."\n\nBut the magistrate rejected the pleas, citing the minimum sentence.\n\n"This court has no discretion to go below what Parliament has prescribed," she said.', 'Neema Mwakyusa', 'pronoun-verb'],
  // (an office the article writes by its initials: "deputy traffic commissioner (DTC) Helen Marsden … But the DTC said")
  ['The licence was revoked by deputy traffic commissioner (DTC) Helen Marsden.\n\nRepresenting the company, Rachel Brough said it had appointed a new contractor. "This is a family business," she said.\n\nBut the DTC said she was not persuaded.\n\n"I have no confidence that the promises would be kept," she added.', 'Helen Marsden', 'pronoun-verb'],
]);
// 04-read-aloud.ts: a document read aloud is its author's words, where the sentence says who wrote it
table('document-author: what a document says "in which" its writer said (round 132)', [
  ['Defence counsel Desmond Tighe SC said his client had an addiction.\n\nHe handed in a letter from Liam Brady in which the accused said he was “sick to my stomach” at what he had done.', 'Liam Brady', 'document-author'],
]);
table('read-aloud', [
  // ("read it aloud": the document the sentence before names with its author; round 134)
  ['Jurors were also shown a September 2022 email from Jesse Lindquist to a Cloquet couple who had paid a deposit. Prosecutor Rachel Vaillancourt read it aloud: "Your boat is on the truck out of Indiana. Should be here by the 20th."', 'Jesse Lindquist', 'read-aloud'],
  ['Mark Kelly, 19, died in March.\n\nCoroner Helen Price read a statement from the family: "He was the light of our lives."', 'the family', 'read-aloud'],
  ['The hearing went on.\n\nMr Dunne read an email from chief fire officer Peter Walsh to the council: "We cannot guarantee cover after midnight."', 'Peter Walsh', 'read-aloud'],
  ['The court rose at noon.\n\nReading the family\'s statement outside court, Detective Inspector John Ward said: "We are relieved that justice has been done."', 'the family', 'read-aloud'],
  ['Sean Dunne represented the family.\n\nMs Price read from a letter written by the dead man\'s GP, Dr Alan Byrne, which said he had been "low but not in danger".', 'Alan Byrne', 'read-aloud'],
  ['The judge read out a victim impact statement written by Mary Kelly: "I no longer feel safe in my own home."', 'Mary Kelly', 'read-aloud'],
  // (the letter's writer named before the clerk who reads it out: 03-not-a-name-place keeps the company, 04-document-owner gives it)
  ['A letter from Harbour Freight Ltd, read to the meeting by Town Clerk Anne Mulcahy, said the delay was "unacceptable".', 'Harbour Freight Ltd', 'document-author'],
  // (no author given: a statement read out may be the reader's own)
  ['Outside court, Tom Reilly read a short statement: "I have always maintained my innocence."', 'Tom Reilly', 'name-verb'],
  // (someone else speaks between the document and the quotation)
  ['Coroner Helen Price read a statement from the family, and Tom Reilly said: "I will not comment."', 'Tom Reilly', 'name-verb'],
]);
// 04-it-focus.ts: an "it" that reads is a document, its writer the one it was sent or written by
table('it reads: the writer of the document a sentence opened on', [
  ['The email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense Chief of Staff Jeremy Bash, more than three hours after the attack.\n\n"I just tried you on the phone," it reads.\n\n"We have identified the forces that could move," it said.', 'Jeremy Bash', 'pronoun-verb'],
  // (whoever made it public is no writer)
  ['The email, released by Judicial Watch on Monday, was the first of many.\n\n"I just tried you on the phone," it reads.', null, 'pronoun-verb'],
]);
// "refers to X as “…”": naming someone or something is a weak verb of saying
table('refers to … as, accuses … of', [
  ['Trump and Christie met in Florida.\n\nChristie refers to the candidate as "Mr. Trump," while Trump refers to the governor as "Chris."', 'Trump', 'name-verb'],
  ['Mr. Trump used a crude word.\n\nMrs. Clinton, in response, accused him of having a "penchant for sexism."', 'Clinton', 'name-verb'],
  // (the absolute clause after ", with": "one lawmaker", unnamed; round 102)
  ['ISLAMABAD: The National Assembly Standing Committee on Energy on Tuesday took strong exception to overbilling, with one lawmaker accusing officials of "looting the poor in broad daylight".', 'one lawmaker', 'unnamed-verb'],
]);
// (a document's writer named in an appositive after it, and a partial quotation paired with the one before by "and"; round 106)
table('which described … as “…” and “…”', [
  ['Justice Ian Weekes sentenced Jamal Bourne to four years.\n\nHe took into account a pre-sentence report, prepared by the Probation Department, which described Bourne as "remorseful" and "willing to engage" with counselling.', 'Probation Department', 'document-author'],
  ['Clinton drove a wedge between Sanders and Obama.\n\nShe noted that Sanders has criticized the president for accepting contributions and called the president "weak" and "disappointing."', 'Sanders', 'coordinated-verb'],
]);
table('descriptor-verb', [
  // ("family" is no adverb in -ly: the family said it, not the man whose family it is; round 107)
  ['Kacper Nowicki, 34, died in March.\n\nIn a statement issued through the Crown Office, Nowicki\'s family said: "Kacper loved the sea and he loved his job."', 'family', 'descriptor-verb'],
  // (a tribunal, an inquiry, a panel are bodies a description names; round 101)
  ['The Solicitors Disciplinary Tribunal struck off Daniel Catterall.\n\nIn its written reasons, published this week, the tribunal said Catterall had "deliberately and repeatedly" misled a client.', 'Solicitors Disciplinary Tribunal', 'descriptor-verb'],
  // (the one organisation named with the description's word, not one in focus whose name says no kind: "seen by GroundUp"; round 101)
  ['Workers at Boland Canners, members of the Food and Allied Workers Union, voted to strike.\n\nThe vote came after months of talks.\n\nPay was the main issue.\n\nThe CCMA issued a certificate on 28 February.\n\nIn a letter to the management, seen by GroundUp, the union said it had given the company "every opportunity" to improve its offer.', 'Food and Allied Workers Union', 'descriptor-verb'],
  // (an organisation named as whom something was sent to is no description's: "the company" is the firm, not the exchange; round 93)
  ['Serendib Apparel Holdings PLC reported a rise in profit, according to statements filed with the Colombo Stock Exchange (CSE).\n\nIn its disclosure to the CSE, the company said that “the Group continues to monitor developments in its export markets”.', 'Serendib Apparel Holdings PLC', 'descriptor-verb'],
  ['Coach Ken Hitchcock was unhappy after the game.\n\n"They owned us all night long out there," the coach said.', 'Ken Hitchcock', 'descriptor-verb'],
  ['"The road will stay closed until Monday morning," police said.', 'police', 'descriptor-verb'],
  // (someone the owner has is never the owner: "his lawyer" is not Tom Reid, whom nothing makes anyone's lawyer)
  ['Tom Reid was arrested in May. His lawyer said: “He never hurt anyone.”', 'His lawyer', 'descriptor-verb'],
  ['Tom Reid was arrested in May. “He never hurt anyone,” his lawyer said.', 'his lawyer', 'descriptor-verb'],
  // (an office's initials the article writes for the office it gave someone: "the officer in charge" is "the OIC")
  ['Carla Nordstrom, the officer in charge of the Whitehorse RCMP detachment, said the roster is thin.\n\nThe detachment\'s OIC said recruitment was "the single biggest challenge we face."', 'Carla Nordstrom', 'descriptor-verb'],
  // (a verb of perceiving ends what modifies the description: the students shout, not "Phillips said he heard students")
  ['Nathan Phillips spoke to reporters.\n\nPhillips said he heard students shout, "Build that wall!"', 'students', 'descriptor-verb'],
  // (an office no table knows, which the article gives someone and then uses for them)
  ['Rampur Sarpanch, Ramesh Yadav, said the panchayat had called three meetings.\n\n"The problem is the timing, not the water," the sarpanch said.', 'Ramesh Yadav', 'descriptor-verb'],
]);
table('unnamed-verb', [
  // (a noun that is also a verb of perceiving is part of the description: "a neighbourhood watch coordinator")
  ['"We will keep patrolling every night until this stops," a neighbourhood watch coordinator said.', 'a neighbourhood watch coordinator', 'unnamed-verb'],
  ['"Nothing could be worse for the country than this," a newspaper columnist wrote in 1954.', 'a newspaper columnist', 'unnamed-verb'],
  // (whom the subject recalls does what the -ing verbs say: the words are the doctor's)
  ['Dhan Bahadur Budha recalls the doctor on duty examining his wife and telling him: "Take her to Nepalgunj. We cannot do the operation here."', 'the doctor on duty', 'unnamed-verb'],
  // (", which" after a document someone unnamed wrote: its author's words, not the reader's)
  ['Cr Peter Drummond read from one submission, which described the settlement as "a free car park for the whole South Island".', 'one submission', 'unnamed-verb'],
  // (a name after a preposition inside the description is an object: "waiting on the Albert Pier")
  ['The lifeboat came home at dawn.\n\nA woman waiting on the Albert Pier for her partner, one of the crew, said: ‘You never get used to it.’', 'A woman', 'unnamed-verb'],
  // (", which" after a group: the group, no one the sentence named; round 134)
  ['Lorraine Pierre-Stasso, an associate professor, spoke first.\n\n"Efficiency for whom?" she asked the crowd, which answered with a long, rolling "Not for us, never for us!"', 'the crowd', 'unnamed-verb'],
  // (a description before a phrase of where someone stands: "A heckler near the front shouted"; round 135)
  ['Jean Li said the result was fair.\n\nA heckler near the front shouted "Where were you during the rain?" as he spoke.', 'A heckler', 'unnamed-verb'],
  // (a court's label, "Woman A", is someone it may not name: its letter no article, and no one's name before or after the verb)
  ['Sarah Jones, prosecuting, said the abuse lasted a year.\n\nWoman A said: "I thought he would kill me that night."', 'Woman A', 'unnamed-verb'],
  ['Sarah Jones, prosecuting, said the abuse lasted a year.\n\n"I thought he would kill me that night," Woman C said.', 'Woman C', 'unnamed-verb'],
]);
table('object-phrase', [
  // (a preposition's object and no person before it: a word that only ends like an agent is none, "a lot of chatter")
  ['Thomas Perez spoke in Denver.\n\nThere is a lot of chatter about Perez, who is the most animated on stage this morning, saying "Zip codes should not determine destiny."', null, 'object-phrase'],
]);
table('unnamed on purpose after "the … of …"', [
  // ("The mother of a Grade 4 student, who asked that her name not be used": someone new, not the last woman or man named)
  ['Elder Jaypeetee Qillaq, 78, said he was saddened.\n\nThe mother of a Grade 4 student, who asked that her name not be used, said her son was upset.\n\n"I don\'t blame the teacher. She is nice and she is trying," she said.', 'The mother of a Grade 4 student', 'pronoun-verb'],
]);

// 04-subject-right.ts: said X
table('verb-name', [
  // ("added Latin hits": a name before a plural noun modifies it; no one said "“…,” he said" then but the voter, unnamed here)
  ['The band played. The sound system, cycling through songs by Tracy Chapman, added Latin hits including "La Gozadera."\n\nOne voter, Guadalupe Potocacetpl, showed up. "I met a lot of supporters," he said.', null, 'pronoun-verb'],
  ['"We will rebuild the bridge this year," said Mary Smith.', 'Mary Smith', 'verb-name'],
  ['"The deal is done and it is signed," says Dr. Tom Brown.', 'Tom Brown', 'verb-name'],
]);
table('verb-name after a role', [
  ['"The deal is done and it is signed," said union leader Tom Brown.', 'Tom Brown', 'verb-name'],
  ['"Every publisher rejected me," says Cambridge cartoonist Andre Campbell.', 'Andre Campbell', 'verb-name'],
  ['"The rationales for the veto do not hold weight," said 9/11 widow Terry Strada.', 'Terry Strada', 'verb-name'],
]);
table('verb-pronoun', [
  ['Tom Brown arrived late.\n\n"We are ready for the next step now," said he.', 'Tom Brown', 'verb-pronoun'],
]);
table('verb-descriptor', [
  ['Defenceman Caleb Jones scored twice.\n\n"It felt like a garbage-time goal to me," said the rookie defenceman.', 'Caleb Jones', 'verb-descriptor'],
  // (a word that is a descriptor only by its ending, before a noun of its own, is an adjective: no "a broader" said it; round 110)
  ['Economist Dr Prosper Chinyanga said the results reflected a broader recovery in the agro-processing sector, but warned that "the sector\'s fortunes are still tied to the rains".', 'Prosper Chinyanga', 'name-verb'],
]);

// 04-rules-context.ts
table('colon-intro', [
  ['"It will be fine in the end," Larry Ellison said. Later Musk took to Twitter with this: "Chairman is an honorific, not an executive role."', 'Musk', 'colon-intro'],
  // (a pronoun that opens the main clause after an opening clause)
  ['Thomas Perez spoke first.\n\nHillary Clinton made remarks earlier this year. When she was talking about cleaner energy, she offered up this sound bite: "We are going to put a lot of coal companies out of business."', 'Hillary Clinton', 'colon-intro'],
  // (a clause inside the sentence, to its comma, is not where the subject stands)
  ['Margaret Ellery told police she had been \'fobbed off\' for weeks.\n\nThe court heard that when Mrs Ellery pressed the matter, Deborah Vane sent her a message reading: \'All in hand, contractor chasing it up, don\'t worry yourself x\'.', 'Deborah Vane', 'colon-intro'],
]);
table('partial-subject', [
  // (a name that modifies a preposition's object is no subject: the description opens the sentence, someone unnamed; round 134)
  ['DULUTH — The former bookkeeper for a shuttered Hermantown boat and snowmobile dealership told jurors Wednesday that its owner routinely "moved the money" from deposit accounts.', null, 'partial-subject'],
  // (a body's acronym in brackets after its name is no subject either; round 128)
  ['A spokesperson for the Department for Environment, Food and Rural Affairs (Defra) said the deal was "the best available outcome" and would bring "long-overdue stability" to the fishery.', null, 'partial-subject'],
  // (a preposition's object over an owner's name is no subject: "a spokesperson for Ontario’s Ministry of Mines"; round 125)
  ['In a statement, a spokesperson for Ontario’s Ministry of Mines said the province was “disappointed” by the decision and would work with the company and the union “to support affected workers and their families.”', null, 'partial-subject'],
  // (who "were told to" do something did not say the words of the instruction; round 124)
  ['Graduates of Universiti Teknologi Brunei (UTB) were told to treat their scrolls as "a licence to keep learning, not a certificate that learning is over" during the ceremony.', null, 'none'],
  // (the subject of an absolute clause after ", with" said it, not a name before it; round 101)
  ['Opposition lawmakers used question time to challenge the Transport Ministry over the cuts, with one National Alliance deputy calling the proposal "a slow death sentence for the countryside".', null, 'none'],
  // (a name after "as" is what someone poses as, no subject: the police busted a gang posing as CBI officials; round 114)
  ['HYDERABAD: City police on Monday busted an inter-state gang that allegedly posed as CBI and customs officials to place senior citizens under "digital arrest" over video calls and extort money from them, and arrested seven people.', null, 'none'],
  // (the relative clause of someone else, after ", whose", and its verb of saying hold the words; and "Bill, 2025" is a law, no one; round 111)
  ['The National Assembly on Tuesday passed the Groundwater (Regulation and Conservation) Bill, 2025 amid protest by the opposition, whose members tore up copies of the agenda and staged a walkout, calling the legislation an "assault on provincial autonomy".', null, 'none'],
  // (a description after an opening phrase is the subject: no name later in the sentence said the words)
  ['Fundy Shore Community Transit (FSCT) will cut its runs.\n\nIn an emailed statement, a spokesperson for the province said it "recognizes the importance of community transportation in rural areas," and that groups such as FSCT could apply to a new funding stream expected to open "later this year."', null, 'partial-subject'],
  // (a quotation inside dashes set off from the sentence is read inside them: not Scheer's, whose verb is outside)
  ['Andrew Scheer spoke on Friday.\n\nIf any of his MPs resort to name-calling — Calgary MP Michelle Rempel earlier this week called Immigration Minister Ahmed Hussen a “chicken” on Twitter, for example — Scheer insists it is in reaction to the Liberals.', 'Michelle Rempel', 'partial-subject'],
  // (an abbreviation's full stop before a possessive ends no sentence: the subject is still the one before it)
  ['So how about actors Nick Offerman and Megan Mullally greet the ladies at L.A.’s Regent Theater and tell stories about the first time Nick "plucked the blossom of a woman"?', 'Nick Offerman', 'partial-subject'],
  ['Anna Pilon is not convinced the results are "anything but a fluke" yet.', 'Anna Pilon', 'partial-subject'],
  // (names in a prepositional phrase that opens the sentence are its objects: the rule reads none of them, and the
  // description after it stands — "the company", unnamed, as the paragraph's subject)
  ['Mid-tier producer Kgosi Mining will close its Tlhabane shaft.\n\nIn a trading statement published on the JSE\'s Stock Exchange News Service on Tuesday, the company said the shaft had “consumed cash in every quarter” and that continuing to operate it was “no longer defensible”.', 'the company', 'paragraph-unnamed'],
  // (a party's acronym in brackets before a title modifies the title, as the party's name would: the titled person said it, who
  // "accused" the government of it — since "accuse" is a verb of saying, read as its subject)
  ['The Irrigation Agency suspended water supply for the first rice crop on 2,400 hectares of farmland in February.\n\nLin Wen-ho, a 63-year-old rice farmer in Xinfeng Township, said he understood the decision.\n\n"The government pays us not to plant," Lin said.\n\nKuomintang (KMT) Legislator Lin Yu-ting, who represents Hsinchu City, accused the central government of relying instead on "praying for typhoons."', 'Lin Yu-ting', 'name-verb'],
  // (a description that opens the sentence names its organisation: "the guild", after the Peruvian Anchovy Producers’ Guild)
  // (where a noun follows its noun, the description is of another kind: "the school management said" is no school, nor the paper)
  ['The principal, Meera Sehgal, told HT that the fee was fair.\n\nIn a statement, the school management said parents could apply for a concession "on a case-by-case basis".', null, 'partial-subject'],
  // (after "says", a name and a verb in the past tense are what was said, not who said it: the sentence's subject did)
  ['Chief executive Fiona MacAskill spoke on Monday.\n\nMacAskill declines to disclose the price paid, but says Skerrivale Airways received "a meaningful launch-customer discount".', 'Fiona MacAskill', 'partial-subject'],
  // (a group and its verb before a name make the name an object: the group used the words)
  ['Jonah Whitlock tagged her at Clearways.\n\nThe stewards handed Whitlock a drive-through penalty, ruling in their decision that he had "failed to leave sufficient room" for a car.', 'The stewards', 'partial-subject'],
  // (a passive's agent, named or not, used the words, not its subject)
  ['Deborah Vane, 52, kept the accounts and was described by one villager as \'the person who knew where everything was\'.', 'one villager', 'partial-subject'],
  ['Deborah Vane kept the accounts and was described by Graham Tilson as "the person who knew where everything was".', 'Graham Tilson', 'partial-subject'],
  // (a "he" inside the appositive of someone new and unnamed is them, not the last man named)
  ['Director Shafiqul Alam said the ward was coping.\n\nA doctor on the dengue ward, requesting anonymity as he is not authorised to speak to the media, said the situation was "worse than the hospital is admitting".', null, 'partial-subject'],
  // (and its "as" may open a description the quotation ends, an agent after a possessive)
  ['Brian Holt was described by his family as a man who "could fix anything".', 'his family', 'partial-subject'],
]);
table('subject-shift', [
  ['"It is a hard life but a good one," says Christopher House. Jeanine Durning did not need much coaxing. "I am thankful for every single day of it."', 'Jeanine Durning', 'subject-shift'],
]);
table('paragraph-speaker', [
  ['"We are ready for the next step now," Tom Brown said. "The union will vote on Friday and then we will know."', 'Tom Brown', 'paragraph-speaker'],
  // ("the trust" is the one organisation the article named with that word, however far back; "it" after it is the trust)
  ['The bridge is owned by the Millholme Bridge Trust.\n\nEngineers found corroded girders.\n\nThe bridge was closed on Friday.\n\nSome residents want a temporary crossing.\n\nA petition has 2,300 names.\n\nIn a statement, the trust also urged people not to climb over the barriers.\n\n"The barriers are there for a reason. Please respect them," it said.', 'Millholme Bridge Trust', 'pronoun-verb'],
  // (an "it" after a document that opened the sentence before is the document, whose author that sentence named)
  ['Members of the SIC\'s transport committee voted four to three in favour of the rise.\n\nThe report presented to members, written by executive manager Duncan Leask, states that without the increase the service faces "a structural deficit".\n\nIt adds: "Officers have considered a range of alternatives."', 'Duncan Leask', 'pronoun-verb'],
  // (an organisation the article describes goes on in its paragraph; a paper it names may be quoting someone else)
  ['The aid organisation Kuyambira Relief has warned of cholera.\n\n"Stagnant floodwater and crowded centres are a perfect recipe for cholera," the group said in a statement. "Clean water must be the priority in the next 72 hours."', 'Kuyambira Relief', 'paragraph-speaker'],
  ['The Washington Post reported that Lewandowski was ousted.\n\n"It just came to a head," the Post reported, quoting an anonymous Republican official. "They were moving into a general election phase."', null, 'none'],
  // (a sentence about someone with the attribution set off inside it is the speaker's, who goes on: no shift to its subject)
  ['Yoon Hae-sook studied with the late master Han Geum-ok.\n\nHan, she said, would unpick any seam she judged too neat. "She would say a perfect seam was a lie, because no life is a perfect seam."', 'Yoon Hae-sook', 'reported-speaker'],
]);
table('paragraph-unnamed', [
  ['Polls closed.\n\n"Trump will be defeated in this process," said a New Hampshire Republican. "Congrats to Rubio, but now everyone will go after him."', 'a New Hampshire Republican', 'paragraph-unnamed'],
  ['Shares fell.\n\n"This is crucial for both of them," said one former leadership aide. "Trump needs a unified party behind him."', 'one former leadership aide', 'paragraph-unnamed'],
  // (a sentence joined by "and" to the quotation before it is spoken by the same people)
  ['Nathan Phillips spoke to reporters.\n\nPhillips said he heard students shout, "Build that wall!" and "Go back to the reservation!"', 'students', 'paragraph-unnamed'],
  ['"It is a defeat for us all," a Twitter spokesman said. "We have teams around the world investigating these reports."', 'a Twitter spokesman', 'paragraph-unnamed'],
]);
table('reported-speaker', [
  ['Sarah Chapman says that is not what the union is seeing. "Our members are working longer hours for less."', 'Sarah Chapman', 'reported-speaker'],
]);
table('later-in-paragraph', [
  ['"The union will vote on Friday." Her voice was steady. "And then we will know where we stand," Mary Smith said.', 'Mary Smith', 'name-verb'],
  ['"The union will vote on Friday." Her voice was steady. "And then we will know where we stand," Mary Smith said.', 'Mary Smith', 'name-verb'],
]);
table('continues', [
  // (an organisation's quotation left open goes on in the next paragraph)
  ['Donors were few.\n\nThe New York Times reports:\n\n"Just 24 percent of the contributors have given $200 or less.\n\n"Without this network, the campaign is made to hold more fund-raisers."', 'New York Times', 'continues'],
  ['Tom Brown said: "We are ready for the next step now.\n\n"The union will vote on Friday and then we will know."', 'Tom Brown', 'continues'],
]);
table('colon-paragraph', [
  // (a verb of saying opening the sentence is no part of the name; a time before ", and" is no place)
  ['Roger Stone spoke on the radio.\n\nStated Stone:\n\n"I think that the stakes are so high."', 'Roger Stone', 'colon-paragraph'],
  ['Gun sales rose.\n\nThe Times made these allegations against the NRA in February, and Breitbart News responded:\n\n"The solution is not to punish law-abiding Americans."', 'Breitbart News', 'colon-paragraph'],
  ['Tom Brown spoke for an hour.\n\nTom Brown continued:\n\n"The deal is done and signed by both sides."', 'Tom Brown', 'colon-paragraph'],
]);
table('coordinated', [
  ['"The talks went well for everyone," Tom Brown said on Monday.\n\nAnd later added, "We will meet again next week in the capital."', 'Tom Brown', 'coordinated'],
]);
table('source-after', [
  // (or by opening on who made the point)
  ['The MSF\'s president, Alvin Goh, told The Business Times the group wanted "a clearer timetable".\n\n"Cold chain is not going away. Singapore imports more than 90 per cent of its food."\n\nTan Wei Ling made that point twice on the call.', 'Tan Wei Ling', 'source-after'],
  // (or by saying whose words they were)
  ['The young singer Mehwish Abbasi said the ghazals were hard. "I realised how much I had been getting wrong," Ms Abbasi said.\n\n"We did not discover her. Sindh never forgot her. We only found the boxes."\n\nThose were Ms Rizvi\'s closing words before the lights went down, said archivist Saima Rizvi\'s colleague.', 'Saima Rizvi', 'source-after'],
  // (a quotation that is its paragraph, and the next paragraph opens by naming who spoke it)
  ['Captain Ramon Dizon spoke to inspector Dean Carrow on Monday. "Owners call it cash flow," Carrow said.\n\n"I have been at sea 23 years and I have never had to borrow money from my cook."\n\nThat was how Dizon described the past five months.', 'Ramon Dizon', 'source-after'],
  ['Tessa Oldfield chairs the alliance. "It is a crisis," she said.\n\n"We used to joke that the plane was more reliable than the mail."\n\nThe remark came from Longreach grazier Colin Birtles, who flies to Brisbane every month.', 'Colin Birtles', 'source-after'],
  // (a name ending in s with the apostrophe alone; the possessive ending the phrase; who "said it")
  ['Trustee Gloria Fuentes met Superintendent Ana Ruiz. Ruiz said the buildings would be “mothballed.”\n\n“People keep telling me to fight for the school. I did. I lost.”\n\nThose were Fuentes’ words as she left the board room.', 'Gloria Fuentes', 'source-after'],
  ['Lim Boon Hock chairs the residents. "We can fog, but we cannot be everywhere," Dr Amir Hassan said.\n\n"If this had happened in a condominium, there would be a task force here by now."\n\nThe comparison is Lim\'s, and he has made it at every meeting.', 'Lim Boon Hock', 'source-after'],
  ['Zofia Kruk found the stumps. Asked about the ban, Marek Wolosz said that was “a decision for Warsaw.”\n\n“Every year we argue about the list. The trees cannot wait for the paperwork.”\n\nKruk said it on Saturday afternoon, standing beside the stump.', 'Zofia Kruk', 'source-after'],
  // (who "said it was" something reports what they said, not the quotation: the last speaker carries on)
  ['"We can fog, but we cannot be everywhere," Dr Amir Hassan said.\n\n"The residents have to be our eyes."\n\nLim Boon Hock said it was too late for that.', 'Amir Hassan', 'carry'],
]);
table('carry', [
  ['"We are ready for the next step now," Tom Brown said.\n\n"The union will vote on Friday and then we will know."', 'Tom Brown', 'carry'],
  // (the person who spoke before does not carry over an organisation's words in between)
  ['"The company notified us within the required 24 hours," said Anand Bisnauth.\n\n"At no time was there a risk to the coast," Tradewind Offshore Inc said. "We regret the exceedance and will work with the regulator."', null, 'none'],
]);
table('descriptor-verb over a verb', [
  // ("The Vermont senator emailed supporters saying": a role and its verb make "supporters" their object, not the subject)
  ['Bernie Sanders, the Vermont senator, met Clinton.\n\nYet it was unclear. The Vermont senator emailed supporters saying: "The struggle continues" and vowing to compete.', 'Bernie Sanders', 'descriptor-verb'],
]);
table('a sentence\'s subject over the last speaker, its office set off before it', [
  // ("Its president, Olivier Dumont, met Baudouin … “He admitted …,” he said": the subject, whose office opens the sentence)
  ['"We lost control of the rota," said Thierry Baudouin, the operator\'s manager.\n\nThe association has 600 members. Its president, Olivier Dumont, met Baudouin at the depot last Thursday. "He admitted they had lost control of the rota, and I respect that," he said.', 'Olivier Dumont', 'pronoun-verb'],
]);
table('review of the session\'s rules: what they must not take', [
  // (an office's own noun is no side: "the Florida senator" is the senator)
  ['Senator Marco Rubio spoke. Jeb Bush spoke too.\n\n"We will win Florida," the Florida senator said.', 'Marco Rubio', 'descriptor-verb'],
  // (a participle that describes a role's holder is no verb: "The chief elected official said")
  ['Mary Jones spoke first.\n\nThe chief elected official said: "We will cut taxes."', 'Mary Jones', 'descriptor-verb'],
  // (a newspaper's word is no demonym, even where the text names the National Guard)
  ['The National Guard was deployed.\n\n"This is unacceptable," the Guardian said in an editorial.', 'Guardian', 'name-verb'],
  // (the initials of an office's last words only where a place or body opens it: "Ambassador to the United States" is no "US")
  ['Jane Roe, Ambassador to the United States, spoke.\n\n"We disagree with the ruling," the US said.', null, 'none'],
]);
table('round 58: an unnamed selector, and the paper a statement was sent to', [
  // ("A selector present at the stadium, who did not wish to be named, said …" … "the selector said": that selector)
  ['Durrani took four wickets.\n\nA selector present at the stadium, who did not wish to be named, said Durrani was firmly in the conversation for the tour.\n\n"He is raw, but he has pace," the selector said.', 'A selector', 'descriptor-verb'],
  // (a preposition's object over its article is no subject: "In a written statement sent to the Jakarta Globe, SLN said")
  ['The river ran red.\n\nIn a written statement sent to the Jakarta Globe, SLN said its sediment ponds "operated as designed" and that the colour was caused by "natural erosion in the upper catchment."', 'SLN', 'partial-subject'],
]);
table('an offer of something is no verb of saying', [
  // ("Kestrel had offered retention bonuses …, but “…”": the words are the CEO's, who said so)
  ['Kestrel CEO Marguerite Dassow said the airline had lost 11 captains.\n\nThe CEO said Kestrel had offered retention bonuses of up to $40,000 over two years, but "the maths still favours the big jet operators for anyone with 3,000 hours".', 'Marguerite Dassow', 'descriptor-verb'],
]);
table('a role\'s named holder over an early guess, and over a holder of another party', [
  // ("The president …" before the article names him is no reason to pass over the named President)
  ['In speech, he rallies Democrats for Clinton.\n\nThe president revisited his promise to rally Democrats around Hillary Clinton.\n\nPresident Barack Obama said nobody, not even Bill Clinton, was more qualified.\n\nThe president denounced what he called a vision that fanned "resentment and blame and anger and hate."', 'Barack Obama', 'pronoun-verb'],
  // ("the Republican nominee" is not the Democratic nominee named last)
  ['Republican presidential nominee Donald Trump spoke in Virginia. Democratic vice presidential nominee Tim Kaine spoke in Ohio.\n\nThe Republican nominee also linked cyber attacks to email. He said that Clinton\'s "only experience in cybersecurity" was poor.', 'Donald Trump', 'pronoun-verb'],
]);
table('demonym after "the"', [
  // ("the Texan said" where the article names Texas: someone from there, no organisation called Texan)
  ['Former Texas governor Rick Perry spoke in Iowa.\n\nThe former governor noted that the electorate wants something new. "Those are very skilled governors," the Texan said.', 'Rick Perry', 'descriptor-verb'],
]);

describe('later-in-paragraph', () => {
  it('gives a quotation the speaker named after it in the same paragraph', () => {
    const qs = analyse({ text: '"The union will vote on Friday." Her voice was steady. "And then we will know where we stand," Mary Smith said.' }).explained;
    expect(qs.map((q) => [q.speaker?.name, q.pattern])).toEqual([['Mary Smith', 'later-in-paragraph'], ['Mary Smith', 'name-verb']]);
  });
});
