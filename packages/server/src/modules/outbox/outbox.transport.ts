// SMTP, behind an interface so the outbox does not care how a message leaves.
import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxAttachment } from '../../db/schema/reminders.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachments: readonly OutboxAttachment[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

const transports = new Map<string, Transporter>();

/** One pooled nodemailer transport per SMTP URL for the life of the process. */
export function smtpTransport(url: string): MailTransport {
  let t = transports.get(url);
  if (!t) {
    // Timeouts well inside the lease, so a stuck send gives up before another instance may retry it.
    t = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as Parameters<
      typeof nodemailer.createTransport
    >[0]);
    transports.set(url, t);
  }
  const transport = t;
  return {
    async send(mail) {
      await transport.sendMail({
        ...mail,
        attachments: mail.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
      });
    },
  };
}
