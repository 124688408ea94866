// The one date field of the app: people type a day the way they write it ("28/3/2026", "1-1-2026",
// "28 tháng 3 năm 2026") or pick it on a calendar. What cannot be read stays in the field with a message
// saying so; it is never silently erased. The reading rule is readDateVi in @dvcq/domain.
import { useEffect, useId, useState, type CSSProperties } from 'react';
import { Button, Calendar, Input, Popover, Space, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { formatDateVi, readDateVi } from '@dvcq/domain';
import { t } from '../i18n/index.ts';

export interface DateInputProps {
  /** 'YYYY-MM-DD' or null. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  'aria-label'?: string;
  disabled?: boolean;
  style?: CSSProperties;
  /** Days that cannot be chosen on the calendar (typed days are checked by the form's own rules). */
  disabledDate?: (date: string) => boolean;
  onFocus?: () => void;
}

/**
 * For a Form.Item whose value is a dayjs (forms built on antd's DatePicker model): spread into the
 * Form.Item so its DateInput reads and writes 'YYYY-MM-DD' while the form keeps a dayjs.
 */
export const dayjsDateItem = {
  getValueProps: (v: Dayjs | null | undefined) => ({ value: v ? v.format('YYYY-MM-DD') : null }),
  normalize: (v: string | null | undefined) => (v ? dayjs(v) : null),
};

const show = (value: string | null | undefined) => (value ? formatDateVi(value) : '');

export function DateInput({ value, onChange, id, disabled, style, disabledDate, ...rest }: DateInputProps) {
  const [text, setText] = useState(() => show(value));
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const errorId = useId();

  // A value set from outside (a reset, a reload) replaces what is shown, unless the typed text already reads as it.
  useEffect(() => {
    const read = readDateVi(text);
    const same = read.ok ? read.date === value : read.code === 'DATE_EMPTY' && !value;
    if (!same) {
      setText(show(value));
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const commit = (typed: string) => {
    const read = readDateVi(typed);
    if (read.ok) {
      setText(formatDateVi(read.date));
      setError(null);
      if (read.date !== (value ?? null)) onChange?.(read.date);
      return;
    }
    if (read.code === 'DATE_EMPTY') {
      setError(null);
      if (value) onChange?.(null);
      return;
    }
    setError(t(read.code === 'DATE_NOT_A_DAY' ? 'date.notADay' : 'date.unreadable', { text: typed.trim() }));
  };

  return (
    <div style={style}>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          {...rest}
          id={id}
          value={text}
          disabled={disabled}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('date.placeholder')}
          status={error ? 'error' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => commit(text)}
          onPressEnter={() => commit(text)}
        />
        <Popover
          open={open}
          onOpenChange={(o) => setOpen(o && !disabled)}
          trigger="click"
          placement="bottomRight"
          content={
            <div style={{ width: 300 }}>
              <Calendar
                fullscreen={false}
                value={value ? dayjs(value) : dayjs()}
                disabledDate={disabledDate ? (d) => disabledDate(d.format('YYYY-MM-DD')) : undefined}
                onSelect={(d, info) => {
                  if (info.source !== 'date') return;
                  const iso = d.format('YYYY-MM-DD');
                  setText(formatDateVi(iso));
                  setError(null);
                  setOpen(false);
                  if (iso !== (value ?? null)) onChange?.(iso);
                }}
              />
            </div>
          }
        >
          <Button icon={<CalendarOutlined />} aria-label={t('date.pick')} disabled={disabled} />
        </Popover>
      </Space.Compact>
      {error && (
        <Typography.Text type="danger" id={errorId} role="alert" style={{ display: 'block', marginTop: 4 }}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
