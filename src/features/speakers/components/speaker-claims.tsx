import type { ReactNode } from 'react';
import type { ClaimWithDenials, DenialOfOther, Statement } from '../lib/profile';

export type SpeakerClaimsProps = {
  /** The entry's claims, each with the denials that answered it. */
  claims: readonly ClaimWithDenials[];
  /** The entry's denials, each with the claim of another it answered. */
  denials: readonly DenialOfOther[];
  /** Renders a link to a quote's place in its article around `children`. */
  renderQuoteLink: (articleId: string, quoteId: string, children: ReactNode) => ReactNode;
  /** Renders a link to an entry's page around `children`. */
  renderSpeakerLink: (entryId: string, children: ReactNode) => ReactNode;
};

type LinkProps = Pick<SpeakerClaimsProps, 'renderQuoteLink' | 'renderSpeakerLink'>;

/** Who said it (linked to their page) and what, linked to its place in the text. */
function Said({ statement, renderQuoteLink, renderSpeakerLink }: LinkProps & { statement: Statement }) {
  const { sayer, claim, quoteId, article } = statement;
  return (
    <>
      <span className="font-semibold">{sayer.entryId ? renderSpeakerLink(sayer.entryId, sayer.name) : sayer.name}</span>
      {': '}
      {quoteId ? renderQuoteLink(article.id, quoteId, claim.text) : claim.text}
      <span className="text-sm text-muted"> (in {article.title})</span>
    </>
  );
}

/**
 * Their claims with the denials that answered them, then the claims of
 * others that they denied. Denials carry a "Denied" label as well as the
 * denial colour.
 */
export function SpeakerClaims({ claims, denials, renderQuoteLink, renderSpeakerLink }: SpeakerClaimsProps) {
  const links = { renderQuoteLink, renderSpeakerLink };
  return (
    <div className="space-y-6">
      <section aria-labelledby="their-claims">
        <h3 id="their-claims" className="text-lg font-bold">
          Their claims
        </h3>
        {claims.length === 0 ? (
          <p className="mt-1 text-muted">No claims found.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {claims.map((item) => (
              <li key={`${item.article.id}/${item.claim.id}`} className="rounded-md border border-line bg-surface p-3">
                <p>
                  <Said statement={item} {...links} />
                </p>
                {item.denials.length === 0 ? (
                  <p className="mt-2 text-sm text-muted">Not denied in that article.</p>
                ) : (
                  <ul className="mt-2 space-y-2 border-l-4 border-denial pl-3" aria-label="Denials">
                    {item.denials.map((denial) => (
                      <li key={denial.claim.id}>
                        <span className="mr-1 text-xs font-bold tracking-wide text-denial uppercase">Denied by</span>
                        <Said statement={denial} {...links} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="their-denials">
        <h3 id="their-denials" className="text-lg font-bold">
          Claims of others they denied
        </h3>
        {denials.length === 0 ? (
          <p className="mt-1 text-muted">No denials found.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {denials.map((item) => (
              <li key={`${item.article.id}/${item.claim.id}`} className="rounded-md border border-line bg-surface p-3">
                {item.answered ? (
                  <p>
                    <span className="mr-1 text-xs font-bold tracking-wide text-muted uppercase">Claim</span>
                    <Said statement={item.answered} {...links} />
                  </p>
                ) : (
                  <p className="text-sm text-muted">The article does not say which claim this answers.</p>
                )}
                <p className="mt-2 border-l-4 border-denial pl-3">
                  <span className="mr-1 text-xs font-bold tracking-wide text-denial uppercase">Their denial</span>
                  {item.quoteId ? renderQuoteLink(item.article.id, item.quoteId, item.claim.text) : item.claim.text}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
