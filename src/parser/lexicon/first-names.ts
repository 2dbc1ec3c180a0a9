/**
 * Common first names and the gender they almost always carry, so that `she`
 * never resolves to `Ted Wheeler` and `he` never to `Maria Lopez`.
 *
 * The lists hold common English-language given names and frequent ones from
 * Spanish, Portuguese, Italian, French, German, Dutch, Scandinavian, Slavic,
 * Greek, Arabic, Persian, Turkish, South Asian, West African and East Asian
 * naming traditions as they appear in English news. Names commonly given to
 * both sexes, or to different sexes in different languages, are left out on
 * purpose (Alex, Chris, Sam, Jordan, Taylor, Robin, Jean, Andrea, Kim, Nicola,
 * Sasha, Ashley, Jamie, Leslie, Morgan…): for them gender stays unknown, which
 * is always safe. A name's gender is only a default: Mr./Ms., a gendered role
 * (`spokeswoman`) or an earlier pronoun decide when the text gives them.
 */

const MALE = `
  aaron abdul abdullah abraham adam adrian ahmad ahmed akira alan albert alberto alejandro aleksandr alexander
  alexandre alexei alfonso alfred ali alistair amir anders andre andreas andrei andres andrew andy angus anthony
  anton antonio arjun arnold arthur ashok augusto ben benjamin bernard bernie bill billy bjorn bob bobby boris
  brad bradley brandon brendan brett brian bruce bruno bryan byron calvin carl carlo carlos cesar charles charlie
  chuck clarence claude clifford colin conor craig curtis dale damian dan daniel danny darren dave david dean
  dennis derek diego dimitri dmitry dominic don donald doug douglas duncan dustin dwight eamon earl eddie edgar
  eduardo edward edwin elijah elliot emmanuel enrique eric erik ernest ethan eugene evan fabio farid fernando
  felipe francesco francis francisco frank franz fred frederick gabriel gareth gary gavin geoffrey george gerald
  gerard gerhard giorgio giovanni giuseppe glenn gordon graham grant greg gregory guillaume gustavo hamid hans
  harold harry harvey hassan hector helmut henri henry herbert howard hugh hugo hussein ian ibrahim igor isaac
  ivan jack jacob jacques jake james jared jason javier jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe
  joel johan johannes john johnny jon jonathan jorge jose josef joseph joshua juan julian julio justin karl
  keith kenneth kevin khalid kieran kofi kurt kwame lars lawrence leo leon leonard leonardo liam lorenzo louis
  luca lucas luigi luis luke malcolm manuel marc marco marcus mario mark martin mateo matt matthew maurice max
  michael miguel mike mikhail mitch mitchell mohamed mohammad mohammed muhammad mustafa nathan neil nelson nicholas
  nick nigel noah norman oleg oliver omar oscar owen pablo patrick paul pedro peter philip philippe phillip pierre
  pieter rafael rahul rajesh ralph ramon randy raul ray raymond reza ricardo richard rick rob robert roberto rodrigo
  roger roland ron ronald ross roy rudy russell ryan salvador samuel santiago scott sean sebastian sergei sergio
  seth shane sheldon simon stanley stefan stephen steve steven stuart sunil ted terry theo thomas tim timothy tobias
  todd tom tommy tony travis trevor tyler umar vadim victor vincent vladimir walter warren wayne wesley william
  willie wolfgang xavier yasser yusuf yuri zachary
`;

const FEMALE = `
  abigail ada adriana agnes aisha alexandra alexis alice alicia alison amanda amber amelia amina amy ana anastasia
  andrea_ angela angelica angelina anita ann anna anne annette antonia april ashley_ barbara beatrice beatriz
  becky belinda bella beth bethany betty beverly bianca brenda bridget brigitte brittany camila carla carmen carol
  caroline carolyn cassandra catherine cecilia celia charlotte chelsea cheryl chloe christina christine cindy
  claire clara claudia colleen cristina cynthia daisy dana_ daniela danielle debbie deborah debra denise diana
  diane dolores donna doris dorothy edith elaine eleanor elena elisabeth elizabeth ella ellen eloise emily emma
  erica erin esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gemma georgia gill
  gillian gina giulia gloria grace gretchen hannah harriet heather heidi helen helena hilary hillary holly ida
  ingrid irene iris isabel isabella ivana jacqueline jan_ jane janet janice jasmine jennifer jenny jessica jill
  joan joanna joanne jocelyn josephine joy joyce judith judy julia julie juliet june karen katarzyna kate katherine
  kathleen kathryn kathy katie kayla kelly_ kimberly kirsten kristen lara laura lauren leah leila lena lily linda
  lisa liz lois lorraine louise lucia lucy lydia lynn lynne madeleine madison magdalena maggie mallory mara
  margaret margarita maria mariana marie marilyn marina marion marjorie martha mary maureen maxine megan melanie
  melissa meredith mia michelle mildred miriam molly monica nadia nancy naomi natalia natalie natasha nicole nina
  nora norma olga olivia pamela patricia paula pauline penelope penny phyllis priya rachel rebecca regina renee
  rita roberta rosa rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley silvia simone
  sofia sonia sophie stephanie susan suzanne svetlana sylvia tamara tanya tara teresa theresa tiffany tina tracy
  ursula valentina valerie vanessa vera veronica victoria virginia wanda wendy yasmin yolanda yvonne zainab zoe
`;

const table = new Map<string, 'male' | 'female'>();
for (const name of MALE.trim().split(/\s+/)) table.set(name, 'male');
// A trailing `_` marks a name left out as ambiguous (kept visible so nobody re-adds it by accident).
for (const name of FEMALE.trim().split(/\s+/)) if (!name.endsWith('_')) table.set(name, 'female');

/** The gender a first name almost always carries, or null when it is not a common unambiguous first name. */
export function firstNameGender(word: string): 'male' | 'female' | null {
  return table.get(word.toLowerCase()) ?? null;
}
