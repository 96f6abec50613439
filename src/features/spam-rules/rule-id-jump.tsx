// "Open rule by ID": the one place the list asks the server for a name, since the server's `name`
// filter matches the stored Rule ID exactly. What is typed is rewritten as the server stores IDs.
import { useId, useState, type FormEvent } from 'react';
import { navigate } from '../../router/navigation';
import { useConnection } from '../../session/connection-context';
import { RULE_NAME_REWRITES, storedForm } from '../../schema/stored-form';
import { rulePath } from './spam-rule-paths';
import { findRuleByName } from './spam-rule-queries';

export function RuleIdJump() {
  const { client, accountId } = useConnection();
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const name = storedForm(text, RULE_NAME_REWRITES);
    if (name === '' || busy) return;
    setBusy(true);
    setMessage('');
    try {
      const found = await findRuleByName(client, accountId, name);
      if (found) void navigate(rulePath(found));
      else setMessage(`No rule has the ID ${name}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rule-filter rule-jump" role="search" aria-label="Open a rule by its ID" onSubmit={(event) => void open(event)}>
      <label htmlFor={id}>Rule ID</label>
      <input
        id={id}
        type="text"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--secondary">
        Open
      </button>
      <span id={`${id}-message`} role="status" className="rule-jump__message">
        {message}
      </span>
    </form>
  );
}
