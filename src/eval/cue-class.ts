/**
 * What kind of attribution a gold cue reports, read from the annotators' cue
 * words: the one place the scorer's word lists live.
 *
 * - `speech`: a verb or phrase of saying or writing (`said`, `told`,
 *   `according to`, `tweeted`, `in a statement`), or a colon or dash;
 * - `thought`: a state of mind the writer reports: belief, knowledge,
 *   feeling, wish, expectation, intention (`believes`, `thinks`, `knows`,
 *   `fears`, `hopes`, `wants`, `expects`, `is expected to`, `plans`,
 *   `intends`, `is concerned`, `seems` or `appears` with a source, `supports`);
 * - `other`: evidence, findings and acts that are neither (`a poll shows`,
 *   `found`, `endorsed`, `declined`, `in`).
 *
 * A cue with a word of saying is speech even when it has a word of thought
 * too (`said he believes`).
 */
export type CueClass = 'speech' | 'thought' | 'other';

export const CUE_CLASSES = ['speech', 'thought', 'other'] as const satisfies readonly CueClass[];

const SPEECH_CUE =
  /^(?:say|said|says|saying|tell|tells|told|telling|add|adds|added|adding|according|write|writes|wrote|written|writing|tweet\w*|post\w*|announc\w*|stat(?:e|ed|es|ing|ement)|claim\w*|note[sd]?|noting|ask\w*|call(?:s|ed|ing)?|report\w*|argu\w*|explain\w*|declar\w*|insist\w*|den(?:y|ies|ied|ying)|accus\w*|warn\w*|suggest\w*|acknowledg\w*|admit\w*|repl(?:y|ies|ied|ying)|respond\w*|describ\w*|criticiz\w*|prais\w*|urg\w*|promis\w*|pledg\w*|vow\w*|predict\w*|testif\w*|repeat\w*|remark\w*|comment\w*|contend\w*|assert\w*|confirm\w*|mention\w*|recall\w*|quot\w*|speak\w*|spoke|talk\w*|interview\w*|conced\w*|complain\w*|joked?|joking|boast\w*|charg\w*|blam\w*|attack\w*|slamm?\w*|blast\w*|ridicul\w*|mock\w*|demand\w*|agree\w*|disagree\w*|dismiss\w*|reject\w*|emphasi[sz]\w*|stress\w*|wonder\w*|questioned|releas\w*|email\w*|messag\w*|address\w*|reiterat\w*|observ\w*|point\w*|tout\w*|reveal\w*|disclos\w*|proclaim\w*|exclaim\w*|shout\w*|yell\w*|cit(?:e|ed|es|ing)|head(?:line|lined)|continu\w*|reads?|defend\w*|assur\w*|express\w*|denounc\w*|condemn\w*|discuss\w*)$/;

const THOUGHT_CUE =
  /^(?:believ\w*|belief\w*|think\w*|thought\w*|know|knows|knew|known|knowing|knowledge|fear\w*|hop(?:e|es|ed|ing|eful)|want\w*|expect\w*|plan|plans|planned|planning|intend\w*|intent\w*|concern\w*|worr(?:y|ies|ied|ying)|feel|feels|feeling|feelings|felt|seem\w*|appear\w*|consider\w*|view|views|viewed|viewing|see|sees|saw|seen|wish\w*|doubt\w*|suspect\w*|assum\w*|presum\w*|understand\w*|understood|realiz\w*|recogniz\w*|remember\w*|forg[eo]t\w*|imagin\w*|aim\w*|seek\w*|sought|tr(?:y|ies|ied|ying)|decid\w*|decision|determin\w*|prefer\w*|like|likes|liked|lov(?:e|es|ed)|hat(?:e|es|ed)|support\w*|oppos\w*|favou?r\w*|convinc\w*|sure|certain|confident|aware|skeptical|optimistic|pessimistic|afraid|eager|willing|reluctant|hesitant|interested|frustrat\w*|angr\w*|upset|anxious|happy|glad|pleased|disappoint\w*|surpris\w*|impress\w*|desir\w*|goal|opinion|sens(?:e|es|ed)|trust\w*|suppos\w*|guess\w*|figur(?:e|es|ed)|reckon\w*|mean(?:s|t)?|look(?:s|ing)?|hunger|agenda|ambition\w*|aspir\w*)$/;

export function cueClass(cue: string): CueClass {
  const trimmed = cue.trim();
  if (trimmed === '') return 'other';
  if (/^[:―—–-]+$/.test(trimmed)) return 'speech';
  const words = cue.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.some((w) => SPEECH_CUE.test(w))) return 'speech';
  return words.some((w) => THOUGHT_CUE.test(w)) ? 'thought' : 'other';
}
