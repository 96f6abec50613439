// The suggestions popup of an expression cell. Options never take focus: the textarea keeps it
// and points at the active option with aria-activedescendant.
import { useEffect } from 'react';
import type { CompletionItem } from './completion-items';

interface CompletionListboxProps {
  id: string;
  label: string;
  items: readonly CompletionItem[];
  active: number;
  optionId: (index: number) => string;
  onPick: (item: CompletionItem) => void;
}

export function CompletionListbox({ id, label, items, active, optionId, onPick }: CompletionListboxProps) {
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  return (
    <ul id={id} role="listbox" aria-label={label} className="pm-xe__listbox">
      {items.map((item, i) => (
        <li
          key={`${item.kind}:${item.label}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={`pm-xe-option${i === active ? ' pm-xe-option--active' : ''}`}
          // Keep focus in the textarea so typing can go on after a click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(item)}
        >
          <span className="pm-xe-option__head">
            <span className={`pm-xe-option__label pm-xe-tok--${item.kind}`}>{item.signature ?? item.label}</span>
            <span className="pm-xe-option__kind">{item.kind}</span>
          </span>
          {item.description && <span className="pm-xe-option__description">{item.description}</span>}
        </li>
      ))}
    </ul>
  );
}
