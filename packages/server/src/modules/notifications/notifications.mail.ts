// The e-mail sent at once for an event a person wants to hear about (their report came back, a score
// was changed on appraisal, the ranking was issued), in the outbox's frame.
import { absoluteLink, esc, htmlLayout, textFooter, type RenderedMail } from '../outbox/outbox.layout.ts';

export function renderEvent(input: {
  fullName: string;
  title: string;
  body: string;
  link: string | null;
  publicUrl: string;
}): RenderedMail {
  const url = input.link ? absoluteLink(input.publicUrl, input.link) : null;
  const text =
    [`Kính gửi đồng chí ${input.fullName},`, '', input.title, '', input.body, ...(url ? ['', `Xem chi tiết: ${url}`] : [])].join('\n') +
    textFooter(input.publicUrl);
  const html = htmlLayout(
    input.publicUrl,
    `<p>Kính gửi đồng chí ${esc(input.fullName)},</p><p><strong>${esc(input.title)}</strong></p>` +
      (input.body ? `<p style="white-space:pre-line">${esc(input.body)}</p>` : '') +
      (url ? `<p><a href="${esc(url)}">Xem chi tiết</a></p>` : ''),
  );
  return { subject: `[DVCQ] ${input.title}`, text, html, attachments: [] };
}
