// Copies a value as pretty-printed JSON, and says so (or why not) next to the button.
import { useState } from 'react';
import { Button } from '../../ui/button';

export function CopyJsonButton({ value, label = 'Copy as JSON' }: { value: unknown; label?: string }) {
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);

  const copy = async () => {
    setStatus('');
    try {
      if (!navigator.clipboard) throw new Error('the clipboard is not available on this page');
      await navigator.clipboard.writeText(JSON.stringify(value, null, 2));
      setFailed(false);
      setStatus('Copied to the clipboard.');
    } catch (error) {
      setFailed(true);
      setStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <span className="actions-copy">
      <Button onClick={() => void copy()}>{label}</Button>
      <span role="status" className={`actions-copy__status${failed ? ' actions-outcome--failed' : ''}`}>
        {status}
      </span>
    </span>
  );
}
