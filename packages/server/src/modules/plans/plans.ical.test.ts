import { describe, expect, it } from 'vitest';
import { evidenceLink } from '@dvcq/shared';
import { buildCalendar } from './plans.ical.ts';

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
