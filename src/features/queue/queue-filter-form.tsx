// The list's filters. Applying them writes the URL (so the view can be bookmarked); the form
// follows the URL when it changes (back/forward, a shared link).

import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../ui/button';
import { localZoneLabel } from './format-date';
import {
  EMPTY_FILTERS,
  QUEUE_NAME_MAX_LENGTH,
  localInputToUtc,
  utcToLocalInput,
  type QueueFilters,
} from './queue-view';

interface FormValues {
  sender: string;
  recipient: string;
  text: string;
  queue: string;
  /** datetime-local values (local time). */
  dueAfter: string;
  dueBefore: string;
}

function toFormValues(filters: QueueFilters): FormValues {
  return {
    ...filters,
    dueAfter: utcToLocalInput(filters.dueAfter),
    dueBefore: utcToLocalInput(filters.dueBefore),
  };
}

export function QueueFilterForm({ filters, onApply }: { filters: QueueFilters; onApply: (filters: QueueFilters) => void }) {
  const id = useId();
  const { register, handleSubmit, reset, formState, setError, clearErrors } = useForm<FormValues>({
    defaultValues: toFormValues(filters),
  });
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    reset(toFormValues(JSON.parse(filtersKey) as QueueFilters));
  }, [filtersKey, reset]);

  const submit = handleSubmit((values) => {
    const dueAfter = values.dueAfter ? localInputToUtc(values.dueAfter) : '';
    const dueBefore = values.dueBefore ? localInputToUtc(values.dueBefore) : '';
    if (dueAfter === undefined) return setError('dueAfter', { message: 'Enter a valid date and time' });
    if (dueBefore === undefined) return setError('dueBefore', { message: 'Enter a valid date and time' });
    if (dueAfter && dueBefore && dueAfter > dueBefore) {
      return setError('dueBefore', { message: '"Due before" must be later than "Due after"' });
    }
    clearErrors();
    onApply({
      sender: values.sender.trim(),
      recipient: values.recipient.trim(),
      text: values.text.trim(),
      queue: values.queue.trim(),
      dueAfter,
      dueBefore,
    });
  });

  const field = (name: keyof FormValues, label: string, type: string, extra: Record<string, unknown> = {}, hint?: string) => {
    const error = formState.errors[name]?.message;
    const hintId = hint ? `${id}-${name}-hint` : undefined;
    const errorId = error ? `${id}-${name}-error` : undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          {...register(name)}
          {...extra}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        />
        {hint && (
          <span id={hintId} className="field__hint">
            {hint}
          </span>
        )}
        {error && (
          <span id={errorId} className="queue-filters__error">
            {error}
          </span>
        )}
      </div>
    );
  };

  const zone = localZoneLabel();
  return (
    <form className="queue-filters" role="search" aria-label="Filter queued messages" onSubmit={(e) => void submit(e)} noValidate>
      {field('sender', 'Sender contains', 'text', { autoComplete: 'off' })}
      {field('recipient', 'Recipient contains', 'text', { autoComplete: 'off' })}
      {field('text', 'Sender or recipient contains', 'search', { autoComplete: 'off' }, 'When set, the server ignores the two fields before')}
      {field('queue', 'Queue name', 'text', { maxLength: QUEUE_NAME_MAX_LENGTH, autoComplete: 'off' }, 'Exact name, e.g. default')}
      {field('dueAfter', 'Due after', 'datetime-local', { step: 1 }, `Your local time (${zone})`)}
      {field('dueBefore', 'Due before', 'datetime-local', { step: 1 }, `Your local time (${zone})`)}
      <div className="queue-filters__actions">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Button
          onClick={() => {
            reset(toFormValues(EMPTY_FILTERS));
            onApply(EMPTY_FILTERS);
          }}
        >
          Clear filters
        </Button>
      </div>
    </form>
  );
}
