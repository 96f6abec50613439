// A realistic reply between two colleagues, for the classifier's tests: ham on the real server.
export function realisticReply(received: string, date: string): string {
  return [
    `Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.example.org with ESMTPS id 4Zx; ${received}`,
    `Date: ${date}`,
    'From: Alice Martin <alice@example.com>',
    'To: Bob Jones <bob@example.org>',
    'Subject: Re: Quarterly report draft',
    'Message-ID: <20260406100000.4f2a@mail.example.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Bob, the figures are attached. See https://intranet.example.com/reports for the archive.',
    '',
  ].join('\r\n');
}
