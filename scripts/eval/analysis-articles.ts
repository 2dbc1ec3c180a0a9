/**
 * The articles of one PolNeAR split as the error-analysis scripts read them:
 * each text with its chosen annotation, the parser's output, both sides'
 * attributions and the content tokens that `greedyMatch` pairs them by.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseAnnotations,
  goldAttributions,
  parseBrat,
  TokenizedText,
  type GoldAttribution,
  type PredictedAttribution,
} from '@/eval';
import { predictedAttributions } from '@/eval/predicted';
import { parseArticle } from '@/parser';
import type { Article } from '@/article';

export type AnalysisArticle = {
  name: string;
  text: string;
  article: Article;
  tokenized: TokenizedText;
  gold: GoldAttribution[];
  predicted: PredictedAttribution[];
  /** Each gold attribution's content tokens, in `gold`'s order. */
  goldTokens: number[][];
  /** Each predicted attribution's content tokens, in `predicted`'s order. */
  predictedTokens: number[][];
};

/** Every article of `folder` (a split, from `analysisFolder`), read and parsed one at a time. */
export function* analysisArticles(folder: string): Generator<AnalysisArticle> {
  for (const [name, ann] of chooseAnnotations(readdirSync(join(folder, 'attributions')))) {
    const text = readFileSync(join(folder, 'text', `${name}.txt`), 'utf8');
    const brat = parseBrat(readFileSync(join(folder, 'attributions', ann), 'utf8'));
    const article = parseArticle(text, { id: 'a', published: null });
    const tokenized = new TokenizedText(text);
    const gold = goldAttributions(brat, tokenized).attributions;
    const predicted = predictedAttributions(text, article).attributions;
    const goldTokens = gold.map((a) => tokenized.contentTokenIds(a.content));
    const predictedTokens = predicted.map((a) => tokenized.contentTokenIds(a.content));
    yield { name, text, article, tokenized, gold, predicted, goldTokens, predictedTokens };
  }
}
