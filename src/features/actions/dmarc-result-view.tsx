// A TroubleshootDmarc result as one card per check, each saying in words why it passed or failed.
import { useId } from 'react';
import type { DmarcTroubleshootResult } from '../../catalog/action';
import { Badge } from '../../ui/badge';
import { checkCards, statusTone, statusWord, type CheckCard, type DmarcRunContext } from './dmarc-explain';

export function DmarcResultView({ result, context, headingLevel }: { result: DmarcTroubleshootResult; context: DmarcRunContext; headingLevel: 3 | 4 }) {
  const cards = checkCards(result, context);
  return (
    <div className="actions-dialog__body">
      <div className="actions-cards">
        {cards.map((card) => (
          <DmarcCheckCard key={card.key} card={card} headingLevel={headingLevel} />
        ))}
      </div>
      <p className="actions-muted">The server took {result.elapsed} ms for these checks.</p>
    </div>
  );
}

function DmarcCheckCard({ card, headingLevel }: { card: CheckCard; headingLevel: 3 | 4 }) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="actions-card" aria-labelledby={headingId}>
      <header>
        <Heading id={headingId}>{card.title}</Heading>
        <Badge tone={statusTone(card.status)}>{statusWord(card.status)}</Badge>
      </header>
      <p>{card.sentence}</p>
      {card.alignment && <p>{card.alignment}</p>}
      {card.details && <p className="actions-card__details">Server details: {card.details}</p>}
      {card.facts.length > 0 && (
        <dl>
          {card.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
