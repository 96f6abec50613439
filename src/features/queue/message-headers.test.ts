import { describe, expect, it } from 'vitest';
import { endOfHeaders, readHeaderBlock } from './header-block';
import { parseHeaders } from './message-headers';

const encoder = new TextEncoder();

/** A body whose chunks are handed out one by one; reading past `failAfter` chunks throws. */
function chunked(chunks: string[], failAfter = chunks.length) {
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index >= failAfter) throw new Error('read past the header block');
      if (index >= chunks.length) return controller.close();
      controller.enqueue(encoder.encode(chunks[index++]!));
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => index, cancelled: () => cancelled };
}

describe('readHeaderBlock', () => {
  it('stops at the first empty line, across chunk boundaries, and cancels the rest', async () => {
    const body = chunked(['Subject: Hi\r\nFrom: a@b.c\r', '\n\r', '\nBody line\r\n', 'more body'], 3);
    const block = await readHeaderBlock(body.stream);
    expect(new TextDecoder().decode(block)).toBe('Subject: Hi\r\nFrom: a@b.c\r\n\r\n');
    expect(body.pulled()).toBe(3);
    expect(body.cancelled()).toBe(true);
  });

  it('accepts bare LF line ends and a message with no body', async () => {
    expect(new TextDecoder().decode(await readHeaderBlock(chunked(['A: 1\n\nbody']).stream))).toBe('A: 1\n\n');
    expect(new TextDecoder().decode(await readHeaderBlock(chunked(['A: 1\r\n'], Infinity).stream))).toBe('A: 1\r\n');
  });

  it('caps an endless header block', async () => {
    const block = await readHeaderBlock(chunked(['X: 123456789\r\n', 'X: 123456789\r\n', 'X: 123456789\r\n']).stream, 20);
    expect(block.length).toBe(20);
  });

  it('finds the end only at an empty line', () => {
    expect(endOfHeaders(encoder.encode('A: 1\r\nB: 2\r\n'))).toBe(-1);
    expect(endOfHeaders(encoder.encode('A: 1\r\n\r\nx'))).toBe(8);
  });
});

describe('parseHeaders', () => {
  it('decodes encoded words and address lists', async () => {
    const block = encoder.encode(
      [
        'From: =?UTF-8?Q?Ren=C3=A9e_Dupont?= <renee@example.com>',
        'To: bob@example.net, "Carol C" <carol@example.org>',
        'Subject: =?UTF-8?B?UmVuY29udHJlIGRlIGx1bmRp?=',
        'Date: Tue, 24 Nov 2026 09:15:00 +0100',
        'Message-ID: <abc.123@example.com>',
        '',
        '',
      ].join('\r\n'),
    );
    expect(await parseHeaders(block)).toEqual({
      subject: 'Rencontre de lundi',
      from: 'Renée Dupont <renee@example.com>',
      to: 'bob@example.net, Carol C <carol@example.org>',
      date: 'Tue, 24 Nov 2026 09:15:00 +0100',
      messageId: '<abc.123@example.com>',
    });
  });
});
