// The plan's full text as its I./1./a)/- tree, edited in the plan editor: each part has its heading and
// its paragraphs; parts are added, removed, moved, indented and outdented, and numbered again from their
// places (domain section-tree rules, the same places the Word export numbers from). Paragraph text
// takes **đậm**, *nghiêng* and [^chú thích] marks through the buttons above it; "- …" list items are
// parts of the kind "gạch đầu dòng". Used as a Form.Item control: `value` / `onChange`.
import { useRef, type ReactNode } from 'react';
import { Button, Empty, Input, Popconfirm, Space, Tooltip, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  BoldOutlined,
  DeleteOutlined,
  ItalicOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  OrderedListOutlined,
  PlusOutlined,
  SubnodeOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import {
  addSectionAfter,
  addSubsection,
  indentSection,
  kindOfSection,
  moveSection,
  outdentSection,
  printedSectionLabel,
  removeSection,
  renumberSections,
  updateSection,
  wrapInlineMark,
  type SectionKind,
  type SectionNode,
} from '@dvcq/domain';
import type { PlanSectionDto } from '@dvcq/shared';
import { TextTableHint } from '../../components/TextTableHint.tsx';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/plans.ts';

type Tree = PlanSectionDto[];
type Path = number[];

export interface SectionTreeEditorProps {
  value?: Tree;
  onChange?: (tree: Tree) => void;
}

const pathKey = (path: readonly number[]) => path.join('.');

export function SectionTreeEditor({ value, onChange }: SectionTreeEditorProps) {
  const tree = value ?? [];
  const change = (next: SectionNode[]) => onChange?.(next as Tree);

  if (!tree.length) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.sections.empty')}>
        <Button icon={<PlusOutlined />} onClick={() => change(addSectionAfter([], []).tree)}>
          {t('plans.sections.addFirst')}
        </Button>
      </Empty>
    );
  }
  return (
    <div className="section-tree-editor" data-testid="section-tree-editor">
      <SectionList tree={tree} nodes={tree} parentPath={[]} depth={1} change={change} />
      <TextTableHint />
      <Button icon={<PlusOutlined />} onClick={() => change(addSectionAfter(tree, []).tree)} style={{ marginTop: 8 }}>
        {t('plans.sections.addTop')}
      </Button>
    </div>
  );
}

interface ListProps {
  tree: Tree;
  nodes: readonly PlanSectionDto[];
  parentPath: Path;
  depth: number;
  change: (next: SectionNode[]) => void;
}

function SectionList({ tree, nodes, parentPath, depth, change }: ListProps) {
  return (
    <>
      {nodes.map((node, i) => {
        const path = [...parentPath, i];
        return (
          <div key={pathKey(path)} className={`section-node section-depth-${Math.min(depth, 4)}`}>
            <SectionRow tree={tree} node={node} path={path} depth={depth} count={nodes.length} change={change} />
            {node.children.length > 0 && (
              <div className="section-children">
                <SectionList tree={tree} nodes={node.children} parentPath={path} depth={depth + 1} change={change} />
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}

interface RowProps {
  tree: Tree;
  node: PlanSectionDto;
  path: Path;
  depth: number;
  count: number;
  change: (next: SectionNode[]) => void;
}

type Field = 'heading' | 'text';

function SectionRow({ tree, node, path, depth, count, change }: RowProps) {
  const index = path[path.length - 1]!;
  const kind = kindOfSection(node);
  const label = printedSectionLabel(node.label, depth) || '•';
  const name = `${label} ${node.heading}`.trim();
  // The last selection in this part's heading or text, for the Đậm / Nghiêng / Chú thích buttons.
  const selection = useRef<{ field: Field; start: number; end: number }>({ field: 'text', start: node.text.length, end: node.text.length });
  const remember = (field: Field) => (e: React.SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    selection.current = { field, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  };

  const set = (patch: Partial<Omit<SectionNode, 'children'>>) => change(updateSection(tree, path, patch));
  const mark = (m: 'bold' | 'italic' | 'footnote') => {
    const { field, start, end } = selection.current;
    const current = field === 'heading' ? node.heading : node.text;
    const wrapped = wrapInlineMark(current, Math.min(start, current.length), Math.min(end, current.length), m);
    selection.current = { field, start: wrapped.caret, end: wrapped.caret };
    set({ [field]: wrapped.text });
  };
  const structural = (op: { tree: SectionNode[] }) => change(op.tree);
  const toggleKind = (to: SectionKind) => change(renumberSections(updateSection(tree, path, { label: to === 'bullet' ? '-' : '' })));

  return (
    <div className="section-row" role="group" aria-label={t('plans.sections.part', { name })} data-section-path={pathKey(path)}>
      <div className="section-row-head">
        <Typography.Text strong className="section-label">
          {label}
        </Typography.Text>
        <Input
          value={node.heading}
          aria-label={t('plans.sections.heading')}
          placeholder={kind === 'bullet' ? t('plans.sections.itemPlaceholder') : t('plans.sections.headingPlaceholder')}
          onChange={(e) => set({ heading: e.target.value })}
          onSelect={remember('heading')}
        />
      </div>
      <Space size={2} wrap className="section-toolbar">
        <Tool title={t('plans.sections.bold')} icon={<BoldOutlined />} onClick={() => mark('bold')} keepFocus />
        <Tool title={t('plans.sections.italic')} icon={<ItalicOutlined />} onClick={() => mark('italic')} keepFocus />
        <Tool title={t('plans.sections.footnote')} icon={<sup>1</sup>} onClick={() => mark('footnote')} keepFocus />
        <span className="section-toolbar-gap" />
        <Tool
          title={t('plans.sections.moveUp')}
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          onClick={() => structural(moveSection(tree, path, -1))}
        />
        <Tool
          title={t('plans.sections.moveDown')}
          icon={<ArrowDownOutlined />}
          disabled={index === count - 1}
          onClick={() => structural(moveSection(tree, path, 1))}
        />
        <Tool
          title={t('plans.sections.indent')}
          icon={<MenuUnfoldOutlined />}
          disabled={index === 0}
          onClick={() => structural(indentSection(tree, path))}
        />
        <Tool
          title={t('plans.sections.outdent')}
          icon={<MenuFoldOutlined />}
          disabled={path.length < 2}
          onClick={() => structural(outdentSection(tree, path))}
        />
        {kind === 'bullet' ? (
          <Tool title={t('plans.sections.toNumbered')} icon={<OrderedListOutlined />} onClick={() => toggleKind('numbered')} />
        ) : (
          <Tool title={t('plans.sections.toBullet')} icon={<UnorderedListOutlined />} onClick={() => toggleKind('bullet')} />
        )}
        <span className="section-toolbar-gap" />
        <Tool title={t('plans.sections.addAfter')} icon={<PlusOutlined />} onClick={() => structural(addSectionAfter(tree, path, kind))} />
        <Tool title={t('plans.sections.addChild')} icon={<SubnodeOutlined />} onClick={() => structural(addSubsection(tree, path))} />
        <Tool
          title={t('plans.sections.addItem')}
          icon={<UnorderedListOutlined />}
          onClick={() => structural(addSubsection(tree, path, 'bullet'))}
        />
        <Popconfirm
          title={
            node.children.length
              ? t('plans.sections.removeWithChildren', { count: node.children.length })
              : t('plans.sections.removeConfirm')
          }
          okText={t('common.remove')}
          cancelText={t('common.cancel')}
          onConfirm={() => change(removeSection(tree, path))}
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('plans.sections.remove')}
            title={t('plans.sections.remove')}
          />
        </Popconfirm>
      </Space>
      <Input.TextArea
        value={node.text}
        aria-label={t('plans.sections.text')}
        placeholder={t('plans.sections.textPlaceholder')}
        autoSize={{ minRows: 1, maxRows: 12 }}
        onChange={(e) => set({ text: e.target.value })}
        onSelect={remember('text')}
      />
    </div>
  );
}

function Tool({
  title,
  icon,
  onClick,
  disabled,
  keepFocus,
}: {
  title: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  keepFocus?: boolean;
}) {
  return (
    <Tooltip title={title}>
      <Button
        size="small"
        type="text"
        icon={icon}
        aria-label={title}
        disabled={disabled}
        // The emphasis buttons keep the caret (and the selection) in the field being typed in.
        onMouseDown={keepFocus ? (e) => e.preventDefault() : undefined}
        onClick={onClick}
      />
    </Tooltip>
  );
}
