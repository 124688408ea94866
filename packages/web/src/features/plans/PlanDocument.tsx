// The "Nội dung" tab: the plan laid out like the official document (Decree 30 header, căn cứ, I./1./a)/- tree).
import { Typography } from 'antd';
import { isLocalDate, nd30DateLine, parseInlineMarks, printedSectionLabel } from '@dvcq/domain';
import type { PlanSectionDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import type { PlanDetailDto } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

/** "Tây Ninh, ngày 06 tháng 3 năm 2025" (Decree 30), or null while the plan has no date. */
export function placeDateLine(place: string | null, date: string | null): string | null {
  return date && isLocalDate(date) ? nd30DateLine(place, date) : null;
}

/**
 * A section's text with its marks: **đậm**, *nghiêng*, footnotes as numbered superscripts (the note on
 * hover and in the list under the text). Plain functions, called in order, so `notes` is complete after.
 */
function marked(text: string, notes: string[]) {
  return (
    <>
      {parseInlineMarks(text).map((run, i) => {
        if (!('text' in run)) {
          notes.push(run.footnote);
          return (
            <sup key={i} className="doc-footnote" title={run.footnote}>
              {notes.length}
            </sup>
          );
        }
        if (run.bold) return <strong key={i}>{run.text}</strong>;
        if (run.italic) return <em key={i}>{run.text}</em>;
        return run.text;
      })}
    </>
  );
}

function sectionTree(sections: PlanSectionDto[], depth: number, notes: string[]) {
  return (
    <>
      {sections.map((s, i) => (
        <div key={`${s.label}-${i}`} className={`doc-section doc-depth-${Math.min(depth, 3)}`}>
          <p className="doc-section-head">
            {s.label && <span className="doc-label">{printedSectionLabel(s.label, depth + 1)}</span>} {marked(s.heading, notes)}
          </p>
          {s.text && <p className="doc-text">{marked(s.text, notes)}</p>}
          {s.children.length > 0 && sectionTree(s.children, depth + 1, notes)}
        </div>
      ))}
    </>
  );
}

export function PlanDocument({ plan }: { plan: PlanDetailDto }) {
  const dateLine = placeDateLine(plan.place, plan.issuedOn);
  const notes: string[] = [];
  return (
    <article className="plan-doc" data-testid="plan-document">
      <header className="doc-header">
        <div className="doc-issuer">
          <div className="doc-issuer-name">{plan.issuerName.toUpperCase()}</div>
          <div className="doc-rule" />
          <div>{t('plans.doc.number', { number: plan.number ?? t('plans.doc.numberPending') })}</div>
        </div>
        <div className="doc-motto">
          <div className="doc-motto-1">{t('plans.doc.motto')}</div>
          <div className="doc-motto-2">{t('plans.doc.mottoLine2')}</div>
          <div className="doc-rule" />
          <div className="doc-date">{dateLine ?? t('plans.doc.datePending', { place: plan.place ?? '' })}</div>
        </div>
      </header>
      <h3 className="doc-kind">{t('plans.doc.kind')}</h3>
      <p className="doc-title">{plan.title}</p>
      {plan.summary && <p className="doc-text">{plan.summary}</p>}
      {plan.legalBases.length > 0 && (
        <section className="doc-bases">
          <Typography.Title level={5}>{t('plans.tab.legalBases')}</Typography.Title>
          <ul>
            {plan.legalBases.map((b, i) => (
              <li key={`${b.number}-${i}`}>
                <strong>{b.number}</strong>
                {b.date ? ` ${t('plans.doc.dated', { date: showDate(b.date) })}` : ''}
                {b.issuer ? ` ${t('plans.doc.of', { issuer: b.issuer })}` : ''}
                {b.summary ? ` — ${b.summary}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.sections.length > 0 ? (
        <>
          {sectionTree(plan.sections, 0, notes)}
          {notes.length > 0 && (
            <ol className="doc-footnotes">
              {notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ol>
          )}
        </>
      ) : (
        plan.contentAreas.length > 0 && (
          <section>
            <p className="doc-section-head">{t('plans.doc.contentAreas')}</p>
            {plan.contentAreas.map((c) => (
              <div key={c.code} className="doc-section doc-depth-1">
                <p className="doc-section-head">
                  <span className="doc-label">{c.code}.</span> {c.title}
                </p>
                {c.description && <p className="doc-text">{c.description}</p>}
              </div>
            ))}
          </section>
        )
      )}
      {(plan.signerName || plan.signerTitle) && (
        <footer className="doc-signer">
          {plan.signerTitle && <div className="doc-signer-title">{plan.signerTitle}</div>}
          {plan.signerName && <div className="doc-signer-name">{plan.signerName}</div>}
        </footer>
      )}
      {plan.recipients.length > 0 && (
        <div className="doc-recipients">
          <em>{t('plans.doc.recipients')}</em>
          <ul>
            {plan.recipients.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
