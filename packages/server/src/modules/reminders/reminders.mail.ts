// A person's daily digest of reminders, in the outbox's frame, with the deadlines as an .ics attachment.
import { formatDateVi, lastAllowedDay, obligationEventUid, reminderAlarmAt } from '@dvcq/domain';
import { buildCalendar } from '../plans/plans.ical.ts';
import { absoluteLink as abs, esc, htmlLayout as layout, textFooter as footerText, type RenderedMail } from '../outbox/outbox.layout.ts';
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
  /** What the deadline comes from when it is not a plan, e.g. "Kết luận đối thoại ngày 05/08/2026". */
  source?: string;
}

/** A KPI row of the person's unit lagging today, as the domain words it. */
export interface DigestKpiRow {
  unitName: string;
  /** "Còn thiếu 2 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026". */
  sentence: string;
  status: 'red' | 'amber';
  statusLabel: string;
}

export const KPI_PROGRESS_LINK = '/chi-tieu-tuyen-truyen';

export function renderDigest(input: {
  fullName: string;
  date: string;
  items: DigestItem[];
  /** Lagging KPI rows of the person's units (red first); none: no section. */
  kpiRows?: readonly DigestKpiRow[];
  now: Date;
  publicUrl: string;
}): RenderedMail {
  const kpiRows = input.kpiRows ?? [];
  const kpiUrl = abs(input.publicUrl, KPI_PROGRESS_LINK);
  const items = [...input.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'vi'));
  const described = items.map((i) => ({
    ...i,
    deadline: deadlineInWords({ due: i.dueDate, inclusive: i.inclusive }, input.now),
    url: abs(input.publicUrl, i.link),
  }));
  const overdue = described.filter((d) => d.deadline.daysLeft < 0).length;
  // Only KPI rows (a unit that owes nothing else): no deadline table, no calendar file.
  const kpiOnly = items.length === 0;
  const subject = kpiOnly
    ? `[DVCQ] Nhắc việc ngày ${formatDateVi(input.date)}: ${kpiRows.length} chỉ tiêu truyền thông chậm tiến độ`
    : `[DVCQ] Nhắc việc ngày ${formatDateVi(input.date)}: ${items.length} việc cần hoàn thành${overdue ? ` (${overdue} việc đã quá hạn)` : ''}`;
  const icsNote = 'Tệp lịch (.ics) đính kèm ghi các hạn trên để đồng chí thêm vào lịch công tác.';
  const source = (i: DigestItem) => i.source ?? (i.planNumber ? `Kế hoạch số ${i.planNumber}` : `Kế hoạch «${i.planTitle}»`);
  const text =
    [
      `Kính gửi đồng chí ${input.fullName},`,
      '',
      ...(kpiOnly ? [] : ['Hệ thống DVCQ nhắc các việc đơn vị của đồng chí cần hoàn thành:', '']),
      ...described.flatMap((d, n) => [
        `${n + 1}. ${d.title} — ${d.unitName}`,
        `   Theo ${source(d)}: ${d.deadline.text}`,
        `   Xem và thực hiện: ${d.url}`,
        '',
      ]),
      ...(kpiRows.length
        ? [
            'Chỉ tiêu truyền thông đang chậm tiến độ:',
            '',
            ...kpiRows.map((k) => `- ${k.sentence} — ${k.unitName} (${k.statusLabel.toLowerCase()})`),
            `  Xem tiến độ và ghi nhận minh chứng: ${kpiUrl}`,
            '',
          ]
        : []),
      ...(kpiOnly ? [] : [icsNote]),
    ].join('\n') + footerText(input.publicUrl);
  const rows = described
    .map(
      (d) =>
        `<tr><td style="padding:8px;border-bottom:1px solid #eee"><strong>${esc(d.title)}</strong><br><span style="color:#555">${esc(d.unitName)} · ${esc(source(d))}</span></td>` +
        `<td style="padding:8px;border-bottom:1px solid #eee;${d.deadline.daysLeft < 0 ? 'color:#b42318;font-weight:bold' : ''}">${esc(d.deadline.text)}</td>` +
        `<td style="padding:8px;border-bottom:1px solid #eee"><a href="${esc(d.url)}">Xem và thực hiện</a></td></tr>`,
    )
    .join('');
  const kpiHtml = kpiRows.length
    ? `<p><strong>Chỉ tiêu truyền thông đang chậm tiến độ:</strong></p><ul>${kpiRows
        .map(
          (k) =>
            `<li><span style="${k.status === 'red' ? 'color:#b42318;font-weight:bold' : 'color:#b54708'}">${esc(k.sentence)}</span> — ${esc(k.unitName)} (${esc(k.statusLabel.toLowerCase())})</li>`,
        )
        .join('')}</ul><p><a href="${esc(kpiUrl)}">Xem tiến độ và ghi nhận minh chứng</a></p>`
    : '';
  const html = layout(
    input.publicUrl,
    `<p>Kính gửi đồng chí ${esc(input.fullName)},</p>` +
      (kpiOnly
        ? kpiHtml
        : '<p>Hệ thống DVCQ nhắc các việc đơn vị của đồng chí cần hoàn thành:</p>' +
          `<table style="border-collapse:collapse;width:100%"><thead><tr><th align="left" style="padding:8px;border-bottom:2px solid #ccc">Việc</th><th align="left" style="padding:8px;border-bottom:2px solid #ccc">Thời hạn</th><th style="border-bottom:2px solid #ccc"></th></tr></thead><tbody>${rows}</tbody></table>` +
          kpiHtml +
          `<p>${icsNote}</p>`),
  );
  const ics = buildCalendar(
    'Hạn công tác dân vận chính quyền',
    described.map((d) => {
      const date = lastAllowedDay({ due: d.dueDate, inclusive: d.inclusive, phrase: '' });
      // The same UID as the feed's event of this obligation: a calendar that has both keeps one event.
      return {
        uid: obligationEventUid(d.obligationId),
        date,
        summary: `${d.title} — ${d.unitName}`,
        description: `Theo ${source(d)}, ${d.deadline.text.replace(/ \(.*\)$/, '')}.`,
        url: d.url,
        // Digest items are work still owed.
        alarmAt: reminderAlarmAt(date, true),
      };
    }),
    input.now,
  );
  if (kpiOnly) return { subject, text, html, attachments: [] };
  return {
    subject,
    text,
    html,
    attachments: [{ filename: `nhac-viec-${input.date}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
  };
}
