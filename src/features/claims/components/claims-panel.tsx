import type { ReactNode } from 'react';
import type { Claim, Quote, Speaker } from '@/article';

export type ClaimsPanelProps = {
  /** The article's claims and denials. */
  claims: readonly Claim[];
  /** The article's quotes, for the words each claim or denial was said in. */
  quotes: readonly Quote[];
  /** The article's speakers, for who said it. */
  speakers: readonly Speaker[];
  /** Renders a link to a quote's place in the text around `children`. */
  renderQuoteLink: (quoteId: string, children: ReactNode) => ReactNode;
};

type Props = Omit<ClaimsPanelProps, 'claims'>;

function Statement({ claim, quotes, speakers, renderQuoteLink }: Props & { claim: Claim }) {
  const speaker = claim.speakerId ? speakers.find((s) => s.id === claim.speakerId) : undefined;
  const words = claim.quoteIds.map((id) => quotes.find((q) => q.id === id)).filter((q): q is Quote => q !== undefined);
  return (
    <>
      <p>
        <span className="font-semibold">{speaker?.name ?? 'Unattributed'}</span>
        {speaker?.role && <span className="text-muted">, {speaker.role}</span>}
      </p>
      <p className="mt-1">{claim.text}</p>
      {words.length > 0 && (
        <ul className="mt-1 space-y-1">
          {words.map((quote) => (
            <li key={quote.id} className="text-sm">
              {/* A thought is the writer's account of a state of mind, not words the person said. */}
              <span className="text-muted">
                {quote.act === 'thought' ? 'In the text, as a thought: ' : 'In the text: '}
              </span>
              {renderQuoteLink(quote.id, quote.kind === 'direct' ? `“${quote.text}”` : quote.text)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Claims set beside the denials that answer them: each claim, then under it
 * every denial whose `respondsTo` names it (who denied it, what they said,
 * the words, linked to their place in the text). Denials that answer no
 * claim in the article follow on their own.
 */
export function ClaimsPanel({ claims, quotes, speakers, renderQuoteLink }: ClaimsPanelProps) {
  const claimIds = new Set(claims.filter((c) => c.stance === 'claim').map((c) => c.id));
  const orphans = claims.filter((c) => c.stance === 'denial' && (c.respondsTo === null || !claimIds.has(c.respondsTo)));
  const shared = { quotes, speakers, renderQuoteLink };

  if (claims.length === 0) return <p className="text-sm text-muted">No claims or denials found in this article.</p>;
  return (
    <div className="space-y-4">
      <ul className="space-y-4">
        {claims
          .filter((c) => c.stance === 'claim')
          .map((claim) => {
            const denials = claims.filter((c) => c.stance === 'denial' && c.respondsTo === claim.id);
            return (
              <li key={claim.id} className="rounded-md border border-line p-3">
                <p className="mb-1 text-xs font-bold tracking-wide text-muted uppercase">Claim</p>
                <Statement claim={claim} {...shared} />
                {denials.length > 0 ? (
                  <>
                    <p className="mt-3 mb-1 text-xs font-bold tracking-wide text-denial uppercase">
                      Denied by {denials.length === 1 ? 'one source' : `${denials.length} sources`}
                    </p>
                    <ul className="space-y-3 border-l-4 border-denial pl-3">
                      {denials.map((denial) => (
                        <li key={denial.id}>
                          <Statement claim={denial} {...shared} />
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="mt-2 text-sm text-muted">Not denied in this article.</p>
                )}
              </li>
            );
          })}
      </ul>
      {orphans.length > 0 && (
        <div>
          <p className="mb-1 text-xs font-bold tracking-wide text-denial uppercase">Other denials</p>
          <ul className="space-y-3">
            {orphans.map((denial) => (
              <li key={denial.id} className="rounded-md border border-line p-3">
                <Statement claim={denial} {...shared} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
