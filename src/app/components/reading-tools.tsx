import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

type ReadingTool<Id extends string> = {
  id: Id;
  /** Tab label, also the panel's heading. */
  label: string;
  /** Shown after the label in the tab ("Speakers 6"). */
  count: number;
  content: ReactNode;
};

export type ReadingToolsProps<Id extends string> = {
  tools: readonly ReadingTool<Id>[];
  /** The open tool (from the URL). */
  current: Id;
  /** Open another tool. */
  onChange: (id: Id) => void;
};

/**
 * The reading tools (speakers, claims, timeline) as ARIA tabs. Wide screens:
 * a sticky column beside the article, its panel always open. Phones: a bar
 * fixed to the bottom of the screen; a tab opens its panel as a drawer over
 * the article, and a link followed inside it closes the drawer.
 */
export function ReadingTools<Id extends string>({ tools, current, onChange }: ReadingToolsProps<Id>) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  const tabs = useRef(new Map<Id, HTMLButtonElement>());

  const select = (id: Id, focus: boolean) => {
    onChange(id);
    if (focus) tabs.current.get(id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tools.findIndex((tool) => tool.id === current);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tools.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tools[(to + tools.length) % tools.length];
    if (next) select(next.id, true);
  };
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) setDrawerOpen(false);
  };

  return (
    <section
      aria-label="Reading tools"
      onKeyDown={(event) => event.key === 'Escape' && drawerOpen && setDrawerOpen(false)}
      className={[
        'font-sans print:hidden',
        // phones: bottom bar + drawer
        'max-lg:fixed max-lg:flex max-lg:flex-col max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:border-t max-lg:border-line max-lg:bg-surface max-lg:shadow-[0_-4px_16px_rgb(0_0_0/0.15)]',
        // wide: sticky column
        'lg:sticky lg:top-4 lg:self-start',
      ].join(' ')}
    >
      <div
        role="tablist"
        aria-label="Reading tools"
        onKeyDown={onKeyDown}
        className="flex border-b border-line max-lg:order-last"
      >
        {tools.map((tool) => {
          const selected = tool.id === current;
          return (
            <button
              key={tool.id}
              ref={(node) => {
                if (node) tabs.current.set(tool.id, node);
                else tabs.current.delete(tool.id);
              }}
              type="button"
              role="tab"
              id={`tab-${tool.id}`}
              aria-selected={selected}
              aria-controls={`panel-${tool.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => {
                select(tool.id, false);
                setDrawerOpen((open) => (selected ? !open : true));
              }}
              className={[
                'flex-1 px-2 py-3 text-sm font-semibold',
                selected ? 'border-b-3 border-ink text-ink' : 'border-b-3 border-transparent text-muted hover:text-ink',
              ].join(' ')}
            >
              {tool.label} <span className="font-normal">{tool.count}</span>
            </button>
          );
        })}
      </div>
      {tools.map((tool) => (
        <div
          key={tool.id}
          role="tabpanel"
          id={`panel-${tool.id}`}
          aria-labelledby={`tab-${tool.id}`}
          hidden={tool.id !== current}
          tabIndex={0}
          onClick={closeOnLink}
          className={[
            'overflow-y-auto p-4',
            drawerOpen ? 'max-lg:max-h-[60vh]' : 'max-lg:hidden',
            'lg:max-h-[calc(100vh-6rem)]',
          ].join(' ')}
        >
          <div className="mb-3 flex items-center justify-between">
            <h2 className="text-lg font-bold">{tool.label}</h2>
            <button
              type="button"
              onClick={() => setDrawerOpen(false)}
              className="rounded-md border border-line px-3 py-1 text-sm lg:hidden"
            >
              Close
            </button>
          </div>
          {tool.content}
        </div>
      ))}
    </section>
  );
}
