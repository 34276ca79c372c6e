// Common first names, English and others frequent in the news, that tell a person's gender, so
// that "she said" resolves to the woman just mentioned rather than the man, and a first name alone
// ("Ruth, 69, said") names a person. Names that are as often surnames or words (Kennedy, Lee,
// Parker, Faith, Ruby) are left out: a surname alone must not get a gender. Names not listed leave
// the gender unknown, which agrees with either pronoun.

export const FEMALE_NAMES = new Set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
kathryn sara janice jean alice doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary nikki kellyanne sheila
nadia wendy marie-claude chrystia catherine melania ivanka michelle elizabeth nancy kamala marise jody
jane joanne lynn holly kristen kristin erin tracy tina tammy dana paula robin ellen carla monica valerie
rosa gail naomi sonia priya anita sunita fatima aisha leila ana lucia sofia camila valentina ingrid greta
angela theresa ursula marine justine chantal sylvie isabelle nathalie louise claire caroline fiona kate
katie jenny jen liz beth meg sue pat gwen gwendolyn rhian sian bethan cerys megan nia
betsy peggy marjorie lois norma phyllis mildred florence irene vera agnes edith ethel esther eleanor
tiffany crystal vanessa erica stacy april jill leslie molly bonnie gina kristina kristy lindsay allison
alison alicia alexandra veronica jasmine brooke courtney heidi whitney audrey claudia colleen tara
yvonne lorraine annie penny sally carrie stella harriet condoleezza madeleine elena nina olga tatiana
svetlana natalia irina marina ruth debbie becky jo dolores marsha maxine ilhan alexandria rashida
ayanna tulsi elise susana joni lisa marsha nikki stacey terri tammy loretta sylvia huma donna
ava mia chloe zoe lily ella aria layla scarlett nora ellie stella
maya naomi leah audrey allison gabriella caroline aaliyah
eva nevaeh lucy madelyn kaylee jasmine alexa mackenzie delilah
josephine adeline cora eliana valeria clara vivian mary everly athena bella ximena arianna
rachael bethany kathy kathleen cathy cindy wendy shannon tracey kerry jackie jacqueline bernadette
colette juliet julianne yolanda rosalind miriam esther hannah abby gillian imogen harriet phoebe
freya tilly matilda evie elsie florence beatrice amelia isla rosie orla siobhan niamh
sinead grainne caoimhe clodagh deirdre eimear aisling sorcha nuala maeve
aoife ciara saoirse mairead roisin greta hilde annika astrid birgit brigitte dagmar giulia francesca
chiara alessandra carmen dolores pilar marisol guadalupe lupita consuelo beatriz fernanda gabriela
mariana paola daniela renata ximena yasmin samira fatma zainab mariam layla noor aisha amina
priyanka deepika kavita lakshmi meena anjali pooja neha shreya aditi mei ying xiu hua jing yuki
haruka sakura yoko keiko hana jiwoo seoyeon minji thandiwe ngozi chioma amara adaeze`.split(/\s+/));

export const MALE_NAMES = new Set(`james robert john michael david william richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
russell bobby mason philip louis barack bill mike jim tom bob dan dave steve chris tony joe ted jeb ben
lindsey mitch rand marco bernie hillary justin stephen doug jagmeet andrew vladimir dmitry sergei boris xi
emmanuel angela francois jean-pierre pierre jacques mohammed muhammad ahmed ali omar hassan abdul rahul raj
ken kim connor leon caleb seth melker trevor seamus harry matthew mark keith dennis kody neil jeff tore
ian colin graham nigel gordon hugh liam owen evan luke isaac max oscar leo hugo felix victor ivan igor
yuri alexei nikolai wang li mike mitt newt reince sean rudy kellyanne
charlie jimmy johnny tommy danny eddie freddie frankie ronnie stanley howard norman herbert leonard
earl francis glenn phillip clarence ernest martin craig todd shawn curtis victor jared marcus travis
chad derek derrick troy marvin ricky allen calvin melvin maurice reggie darren spencer
mitchell stuart wesley warren barry lloyd floyd clifford leroy lewis jon josh nick nate sam
tim rob greg jerome elliot elliott jake jay chuck hank rick vince pete fred ed al
duncan malcolm angus fergus alistair rupert nigel clive reginald cedric percy neville
harvey herman hubert morris irving sheldon seymour marty rich richie mick
bernard dick sherrod tim cory chuck orrin thad ted elijah devin kevin adam beto pete bernie
mikhail sergey andrei dmitri ivan recep benjamin bibi shinzo narendra justin pierre emmanuel olaf
boris rishi keir tony gordon david theresa
liam noah oliver elijah lucas mason logan ethan aiden sebastian mateo owen wyatt
julian levi isaac jaxon asher ezra adrian
jeremiah axel declan micah
dominic xavier kai damian wesley vincent theo tobias rhys dafydd gareth
owain huw emrys callum finlay angus hamish fraser alasdair ruairi cian oisin padraig seamus eoin
darragh conor killian diarmuid lorenzo giovanni giuseppe marco luca matteo alessandro francesco
antonio alejandro carlos miguel javier diego sergio pablo rafael andres fernando ricardo eduardo
joaquin santiago gonzalo ignacio hector raul ramon jorge enrique arturo guillermo mohammad mohamed
ahmad mahmoud khalid tariq yusuf ibrahim omar hamza bilal imran faisal karim samir nabil rashid
arjun rohan vikram sanjay suresh ramesh anil sunil vijay amit rakesh ajay wei jun hao ming lei
jian hiroshi takashi kenji satoshi haruto minjun jiho seojun hyun jae chinedu emeka obinna kwame
kofi kwabena themba sipho darnell tyrone deshawn jamal malik terrell dwayne dale ray gerard
ciaran niall colm donal cathal eamon eamonn fergal tadhg fionn cormac liam aidan kieran rory`.split(/\s+/).filter((n) => !['hillary', 'angela', 'kellyanne', 'kim', 'lindsey', 'theresa', 'mary'].includes(n)));

/**
 * Names of the lists above that are given as often to women as to men (Jordan, Jesse, Kelly,
 * Robin, Andrea): still first names, but their gender is only a hint, and the article's
 * pronouns decide ("Jordan Pike … she said").
 */
export const UNISEX_NAMES: ReadonlySet<string> = new Set(`jordan jesse sam charlie frankie kai kelly robin jody jo alexis kerry
ashley andrea jean joni`.split(/\s+/));

/** The commonest Vietnamese surnames, without diacritics (03-names vietnameseGender reads the middle name after one). */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'trinh', 'dinh', 'lam', 'truong']);
