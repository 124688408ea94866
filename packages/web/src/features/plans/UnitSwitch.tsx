import { Select } from 'antd';

/** The choice between the units a person answers for (ObligationsPanel loads it only for people with several). */
export function UnitSwitch({
  value,
  onChange,
  units,
}: {
  value: string;
  onChange: (unitId: string) => void;
  units: { unitId: string; unitName: string }[];
}) {
  return (
    <Select
      value={value}
      onChange={onChange}
      options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
      style={{ minWidth: 280 }}
    />
  );
}
