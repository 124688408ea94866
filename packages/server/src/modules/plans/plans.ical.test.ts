import { describe, expect, it } from 'vitest';
import { evidenceLink } from '@dvcq/shared';
import { buildCalendar } from './plans.ical.ts';
import { renderDigest } from '../reminders/reminders.mail.ts';

describe('calendar feed escaping', () => {
  it('a bare CR (or LF) in a title cannot start a new iCalendar property', () => {
    const ics = buildCalendar(
      'Lịch\rX-INJECTED:1',
      [
        {
          uid: 'a@dvcq',
          date: '2026-12-20',
          summary: 'Báo cáo\rBEGIN:VEVENT\rSUMMARY:giả',
          description: 'dòng 1\ndòng 2\r\n',
          url: 'https://dvcq.example/',
          alarmAt: null,
        },
      ],
      new Date('2026-12-01T00:00:00Z'),
    );
    const lines = ics.split('\r\n');
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('X-INJECTED'))).toBe(false);
  });
});

describe('evidence links', () => {
  it('accept only http and https addresses', () => {
    expect(evidenceLink.safeParse({ url: 'https://tayninh.gov.vn/tin-tuc', title: null }).success).toBe(true);
    expect(evidenceLink.safeParse({ url: 'http://tayninh.gov.vn/', title: null }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x']) {
      expect(evidenceLink.safeParse({ url, title: null }).success, url).toBe(false);
    }
  });
});

describe('deadlines in the reminder e-mail', () => {
  it('the attachment names each obligation with the feed’s UID and rings at 08:00 Vietnam time the day before', () => {
    const mail = renderDigest({
      fullName: 'Trần Minh Khoa',
      date: '2026-12-15',
      now: new Date('2026-12-15T01:00:00Z'),
      publicUrl: 'https://dvcq.example',
      items: [
        {
          obligationId: '7d3f0c2e-5b1a-4c8e-9f00-1a2b3c4d5e6f',
          title: 'Báo cáo năm 2026',
          unitName: 'Sở Nội vụ',
          planNumber: '125/KH-UBND',
          planTitle: 'Kế hoạch',
          dueDate: '2026-12-20',
          inclusive: false,
          link: '/ke-hoach/x',
        },
      ],
    });
    const ics = mail.attachments[0]!.content.toString();
    expect(ics).toContain('UID:obligation-7d3f0c2e-5b1a-4c8e-9f00-1a2b3c4d5e6f@dvcq');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261219'); // "trước ngày 20/12": last day 19/12
    expect(ics).toContain('TRIGGER;VALUE=DATE-TIME:20261218T010000Z');
    expect(ics).not.toContain('TRIGGER:-P3D');
  });

  it('a closed item is written without a reminder', () => {
    const ics = buildCalendar(
      'Lịch',
      [{ uid: 'a@dvcq', date: '2026-12-20', summary: 'Đã nộp', description: '', url: 'https://dvcq.example/', alarmAt: null }],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(ics).not.toContain('BEGIN:VALARM');
  });
});
