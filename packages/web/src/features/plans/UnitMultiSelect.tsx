// Several units from the org tree (coordinating units, a milestone's named audience); typing ignores diacritics.
import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { matchesQuery } from '@dvcq/domain';
import { t } from '../../i18n/index.ts';
import { useOrgUnits } from '../org/orgApi.ts';
import { buildOrgTree, unitSearchText, type OrgNode } from '../org/orgTree.ts';
import '../../i18n/vi/org.ts';

interface Option {
  value: string;
  title: string;
  searchText: string;
  children: Option[];
}

const toOptions = (nodes: OrgNode[]): Option[] =>
  nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, searchText: unitSearchText(n.unit), children: toOptions(n.children) }));

export function UnitMultiSelect({
  value,
  onChange,
  placeholder,
  id,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  placeholder?: string;
  id?: string;
}) {
  const units = useOrgUnits(false);
  const treeData = useMemo(() => toOptions(buildOrgTree(units.data ?? [])), [units.data]);
  return (
    <TreeSelect<string[]>
      id={id}
      multiple
      treeCheckable={false}
      value={value ?? []}
      onChange={(v) => onChange?.(v ?? [])}
      showSearch={{
        filterTreeNode: (input, node) => matchesQuery(String((node as unknown as Option).searchText ?? node.title ?? ''), input),
      }}
      treeData={treeData}
      loading={units.isLoading}
      placeholder={placeholder ?? t('org.searchPlaceholder')}
      allowClear
      treeDefaultExpandedKeys={treeData.map((o) => o.value)}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      style={{ width: '100%' }}
      maxTagCount="responsive"
    />
  );
}
