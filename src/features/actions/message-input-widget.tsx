// The raw message: paste it, choose an .eml file, or drop one on the field.
import { useState, type DragEvent } from 'react';
import type { WidgetProps } from '../../forms/widget-types';

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 102.4) / 10} KB`;
}

export function MessageInputWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string | null>) {
  const fileId = `${id}-file`;
  const [dragging, setDragging] = useState(false);
  const [note, setNote] = useState('');

  const load = async (file: File) => {
    try {
      const text = await file.text();
      onChange(text);
      setNote(`Loaded ${file.name} (${sizeText(file.size)}).`);
    } catch (error) {
      setNote(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const dropProps = readOnly
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop: (event: DragEvent) => {
          const file = event.dataTransfer.files[0];
          if (!file) return;
          event.preventDefault();
          setDragging(false);
          void load(file);
        },
      };

  return (
    <div className={`actions-drop${dragging ? ' actions-drop--active' : ''}`} {...dropProps}>
      <textarea
        id={id}
        className="pm-input pm-textarea pm-input--code"
        rows={12}
        value={value ?? ''}
        placeholder={descriptor.placeholder ?? 'From: alice@example.org\nTo: bob@example.com\nSubject: Hello\n\nMessage text'}
        spellCheck={false}
        autoCapitalize="off"
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {!readOnly && (
        <>
          <label htmlFor={fileId}>Message file (.eml)</label>
          <input
            id={fileId}
            type="file"
            accept=".eml,message/rfc822,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void load(file);
              event.target.value = '';
            }}
          />
          <p>You can also drop an .eml file anywhere in this box.</p>
          <p role="status">{note}</p>
        </>
      )}
    </div>
  );
}
