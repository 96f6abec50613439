// The list's filters on one line (sender, recipient, text, queue), the due range behind "More
// filters". Applying them writes the URL (so the view can be bookmarked); the form follows the
// URL when it changes (back/forward, a shared link). Dates are typed as the table shows them.

import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../ui/button';
import { EMPTY_FILTERS, QUEUE_NAME_MAX_LENGTH, localInputToUtc, utcToTableFormat, type QueueFilters } from './queue-view';

interface FormValues {
  sender: string;
  recipient: string;
  text: string;
  queue: string;
  /** Local time as "YYYY-MM-DD HH:mm". */
  dueAfter: string;
  dueBefore: string;
}

const DATE_PLACEHOLDER = 'YYYY-MM-DD HH:MM';
const DATE_ERROR = `Enter a date and time as ${DATE_PLACEHOLDER}, e.g. 2026-08-21 11:30`;

function toFormValues(filters: QueueFilters): FormValues {
  return { ...filters, dueAfter: utcToTableFormat(filters.dueAfter), dueBefore: utcToTableFormat(filters.dueBefore) };
}

export function QueueFilterForm({ filters, onApply }: { filters: QueueFilters; onApply: (filters: QueueFilters) => void }) {
  const id = useId();
  const { register, handleSubmit, reset, formState, setError, clearErrors } = useForm<FormValues>({
    defaultValues: toFormValues(filters),
  });
  const hasDates = Boolean(filters.dueAfter || filters.dueBefore);
  const [moreOpen, setMoreOpen] = useState(hasDates);
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    reset(toFormValues(JSON.parse(filtersKey) as QueueFilters));
  }, [filtersKey, reset]);
  // A link with a date range opens the range.
  useEffect(() => {
    if (hasDates) setMoreOpen(true);
  }, [hasDates]);

  const submit = handleSubmit((values) => {
    const dueAfter = values.dueAfter.trim() ? localInputToUtc(values.dueAfter) : '';
    const dueBefore = values.dueBefore.trim() ? localInputToUtc(values.dueBefore) : '';
    if (dueAfter === undefined) return setError('dueAfter', { message: DATE_ERROR });
    if (dueBefore === undefined) return setError('dueBefore', { message: DATE_ERROR });
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

  const field = (name: keyof FormValues, label: string, type: string, extra: Record<string, unknown> = {}) => {
    const error = formState.errors[name]?.message;
    const errorId = error ? `${id}-${name}-error` : undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          autoComplete="off"
          {...register(name)}
          {...extra}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
        />
        {error && (
          <span id={errorId} className="queue-filters__error">
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="queue-filters" role="search" aria-label="Filter queued messages" onSubmit={(e) => void submit(e)} noValidate>
      <div className="queue-filters__line">
        {field('sender', 'Sender', 'text')}
        {field('recipient', 'Recipient', 'text')}
        {field('text', 'Sender or recipient', 'search')}
        {field('queue', 'Queue', 'text', { maxLength: QUEUE_NAME_MAX_LENGTH })}
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
          <Button aria-expanded={moreOpen} aria-controls={`${id}-more`} onClick={() => setMoreOpen((open) => !open)}>
            More filters
          </Button>
        </div>
      </div>
      <div id={`${id}-more`} className="queue-filters__line" hidden={!moreOpen}>
        {field('dueAfter', 'Due after', 'text', { placeholder: DATE_PLACEHOLDER, inputMode: 'numeric' })}
        {field('dueBefore', 'Due before', 'text', { placeholder: DATE_PLACEHOLDER, inputMode: 'numeric' })}
      </div>
    </form>
  );
}
