// The e-mails themselves: a person's daily digest of reminders and one e-mail per event, in Vietnamese,
// plain text and HTML, rendered when queued so that a retry sends exactly the same message.
import { formatDateVi, lastAllowedDay } from '@dvcq/domain';
import { buildCalendar } from '../plans/ical.ts';
import type { OutboxAttachment } from '../../db/schema/reminders.ts';
import { deadlineInWords } from './reminders.rules.ts';

export interface DigestItem {
  obligationId: string;
  title: string;
  unitName: string;
  planNumber: string | null;
  planTitle: string;
  dueDate: string;
  inclusive: boolean;
  link: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  attachments: OutboxAttachment[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const abs = (publicUrl: string, link: string) => (/^https?:/.test(link) ? link : `${publicUrl.replace(/\/$/, '')}${link}`);
const PREFS_PATH = '/thong-bao/cai-dat';

function layout(publicUrl: string, inner: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f;line-height:1.5">${inner}<hr style="border:none;border-top:1px solid #ddd;margin-top:24px"><p style="color:#666;font-size:12px">Thư được gửi tự động từ Hệ thống quản lý công tác dân vận chính quyền, vui lòng không trả lời thư này.<br>Đổi cách nhận thông báo: <a href="${esc(abs(publicUrl, PREFS_PATH))}">${esc(abs(publicUrl, PREFS_PATH))}</a></p></body></html>`;
}

const footerText = (publicUrl: string) =>
  `\n--\nThư được gửi tự động từ Hệ thống quản lý công tác dân vận chính quyền, vui lòng không trả lời thư này.\nĐổi cách nhận thông báo: ${abs(publicUrl, PREFS_PATH)}\n`;

export function renderDigest(input: { fullName: string; date: string; items: DigestItem[]; now: Date; publicUrl: string }): RenderedMail {
  const items = [...input.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'vi'));
  const described = items.map((i) => ({ ...i, deadline: deadlineInWords({ due: i.dueDate, inclusive: i.inclusive }, input.now), url: abs(input.publicUrl, i.link) }));
  const overdue = described.filter((d) => d.deadline.daysLeft < 0).length;
  const subject = `[DVCQ] Nhắc việc ngày ${formatDateVi(input.date)}: ${items.length} việc cần hoàn thành${overdue ? ` (${overdue} việc đã quá hạn)` : ''}`;
  const source = (i: DigestItem) => (i.planNumber ? `Kế hoạch số ${i.planNumber}` : `Kế hoạch «${i.planTitle}»`);
  const text = [
    `Kính gửi đồng chí ${input.fullName},`,
    '',
    'Hệ thống DVCQ nhắc các việc đơn vị của đồng chí cần hoàn thành:',
    '',
    ...described.flatMap((d, n) => [`${n + 1}. ${d.title} — ${d.unitName}`, `   Theo ${source(d)}: ${d.deadline.text}`, `   Xem và thực hiện: ${d.url}`, '']),
    'Tệp lịch (.ics) đính kèm ghi các hạn trên để đồng chí thêm vào lịch công tác.',
  ].join('\n') + footerText(input.publicUrl);
  const rows = described
    .map(
      (d) =>
        `<tr><td style="padding:8px;border-bottom:1px solid #eee"><strong>${esc(d.title)}</strong><br><span style="color:#555">${esc(d.unitName)} · ${esc(source(d))}</span></td>` +
        `<td style="padding:8px;border-bottom:1px solid #eee;${d.deadline.daysLeft < 0 ? 'color:#b42318;font-weight:bold' : ''}">${esc(d.deadline.text)}</td>` +
        `<td style="padding:8px;border-bottom:1px solid #eee"><a href="${esc(d.url)}">Xem và thực hiện</a></td></tr>`,
    )
    .join('');
  const html = layout(
    input.publicUrl,
    `<p>Kính gửi đồng chí ${esc(input.fullName)},</p><p>Hệ thống DVCQ nhắc các việc đơn vị của đồng chí cần hoàn thành:</p>` +
      `<table style="border-collapse:collapse;width:100%"><thead><tr><th align="left" style="padding:8px;border-bottom:2px solid #ccc">Việc</th><th align="left" style="padding:8px;border-bottom:2px solid #ccc">Thời hạn</th><th style="border-bottom:2px solid #ccc"></th></tr></thead><tbody>${rows}</tbody></table>` +
      '<p>Tệp lịch (.ics) đính kèm ghi các hạn trên để đồng chí thêm vào lịch công tác.</p>',
  );
  const ics = buildCalendar(
    'Hạn công tác dân vận chính quyền',
    described.map((d) => ({
      uid: `${d.obligationId}@dvcq`,
      date: lastAllowedDay({ due: d.dueDate, inclusive: d.inclusive, phrase: '' }),
      summary: `Hạn: ${d.title} — ${d.unitName}`,
      description: `Theo ${source(d)}, ${d.deadline.text.replace(/ \(.*\)$/, '')}.`,
      url: d.url,
    })),
    input.now,
  );
  return { subject, text, html, attachments: [{ filename: `nhac-viec-${input.date}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }] };
}

export function renderEvent(input: { fullName: string; title: string; body: string; link: string | null; publicUrl: string }): RenderedMail {
  const url = input.link ? abs(input.publicUrl, input.link) : null;
  const text = [`Kính gửi đồng chí ${input.fullName},`, '', input.title, '', input.body, ...(url ? ['', `Xem chi tiết: ${url}`] : [])].join('\n') + footerText(input.publicUrl);
  const html = layout(
    input.publicUrl,
    `<p>Kính gửi đồng chí ${esc(input.fullName)},</p><p><strong>${esc(input.title)}</strong></p>` +
      (input.body ? `<p style="white-space:pre-line">${esc(input.body)}</p>` : '') +
      (url ? `<p><a href="${esc(url)}">Xem chi tiết</a></p>` : ''),
  );
  return { subject: `[DVCQ] ${input.title}`, text, html, attachments: [] };
}
