// The frame every DVCQ e-mail shares: Vietnamese, plain text and HTML, the footer that says how to
// change what one receives. Rendered when queued, so that a retry sends exactly the same message.
import type { OutboxAttachment } from '../../db/schema/reminders.ts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  attachments: OutboxAttachment[];
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const absoluteLink = (publicUrl: string, link: string) => (/^https?:/.test(link) ? link : `${publicUrl.replace(/\/$/, '')}${link}`);
const PREFS_PATH = '/thong-bao/cai-dat';

export function htmlLayout(publicUrl: string, inner: string): string {
  const prefs = esc(absoluteLink(publicUrl, PREFS_PATH));
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f;line-height:1.5">${inner}<hr style="border:none;border-top:1px solid #ddd;margin-top:24px"><p style="color:#666;font-size:12px">Thư được gửi tự động từ Hệ thống quản lý công tác dân vận chính quyền, vui lòng không trả lời thư này.<br>Đổi cách nhận thông báo: <a href="${prefs}">${prefs}</a></p></body></html>`;
}

export const textFooter = (publicUrl: string) =>
  `\n--\nThư được gửi tự động từ Hệ thống quản lý công tác dân vận chính quyền, vui lòng không trả lời thư này.\nĐổi cách nhận thông báo: ${absoluteLink(publicUrl, PREFS_PATH)}\n`;
